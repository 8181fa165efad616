package dev.docgen.docx.internal;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Complex fields (begin, instruction, separate, cached result, end). The cached result is what
 * viewers show before fields are updated, so it always carries a plausible value.
 */
final class FieldRuns {
  private FieldRuns() {}

  /** A whole field with its cached {@code result} inside one paragraph. */
  static void field(XWPFParagraph p, String instruction, String result) {
    begin(p, instruction);
    p.createRun().setText(result);
    end(p);
  }

  /** The field's begin, instruction and separator; the result follows in the next runs. */
  static void begin(XWPFParagraph p, String instruction) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    CTText instr = p.createRun().getCTR().addNewInstrText();
    instr.setStringValue(" " + instruction + " ");
    instr.setSpace(SpaceAttribute.Space.PRESERVE);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
  }

  /** Closes a field opened by {@link #begin}. */
  static void end(XWPFParagraph p) {
    CTR r = p.getCTP().addNewR();
    r.addNewFldChar().setFldCharType(STFldCharType.END);
  }
}
