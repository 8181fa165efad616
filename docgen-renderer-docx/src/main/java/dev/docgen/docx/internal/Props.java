package dev.docgen.docx.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/** Get-or-create access to paragraph and run properties, and border settings. */
final class Props {
  private Props() {}

  static CTPPr of(XWPFParagraph p) {
    return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
  }

  static CTRPr of(XWPFRun r) {
    return r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
  }

  /** Sets a border line; {@code size} in eighths of a point, 0 for no line. */
  static void border(CTBorder b, int size, String color) {
    b.setVal(size == 0 ? STBorder.NONE : STBorder.SINGLE);
    b.setSz(BigInteger.valueOf(size));
    b.setSpace(BigInteger.ZERO);
    b.setColor(size == 0 ? "auto" : color);
  }
}
