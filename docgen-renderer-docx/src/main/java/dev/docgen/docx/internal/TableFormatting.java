package dev.docgen.docx.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Table and cell properties shared by data tables and layout tables (key-value, callouts). */
final class TableFormatting {
  private TableFormatting() {}

  /**
   * Replaces the table's properties: style, fixed layout at the given column widths (twips), the
   * border lines in eighths of a point (0 = none), and cell margins.
   */
  static CTTblPr setUp(XWPFTable table, String styleId, int[] widths, int outer, int insideH, String color) {
    CTTblPr pr = CTTblPr.Factory.newInstance();
    pr.addNewTblStyle().setVal(styleId);
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    width(pr.addNewTblW(), total);
    CTTblBorders b = pr.addNewTblBorders();
    Props.border(b.addNewTop(), outer, color);
    Props.border(b.addNewLeft(), 0, color);
    Props.border(b.addNewBottom(), outer, color);
    Props.border(b.addNewRight(), 0, color);
    Props.border(b.addNewInsideH(), insideH, "BFBFBF");
    Props.border(b.addNewInsideV(), 0, color);
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblCellMar mar = pr.addNewTblCellMar();
    width(mar.addNewTop(), 50);
    width(mar.addNewLeft(), 100);
    width(mar.addNewBottom(), 50);
    width(mar.addNewRight(), 100);
    pr.addNewTblLook().setVal(new byte[] {0x04, (byte) 0xA0});
    table.getCTTbl().setTblPr(pr);
    CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
        : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    return table.getCTTbl().getTblPr();
  }

  static void width(CTTblWidth w, int twips) {
    w.setW(BigInteger.valueOf(twips));
    w.setType(STTblWidth.DXA);
  }

  static CTTcPr props(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  static void cellWidth(XWPFTableCell cell, int twips) {
    CTTcPr pr = props(cell);
    width(pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW(), twips);
  }

  static void fill(XWPFTableCell cell, String color) {
    CTTcPr pr = props(cell);
    CTShd shd = pr.isSetShd() ? pr.getShd() : pr.addNewShd();
    shd.setVal(STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill(color);
  }

  /** A line above the cell, as over a totals row. */
  static void topRule(XWPFTableCell cell, int size, String color) {
    CTTcPr pr = props(cell);
    CTBorder top = (pr.isSetTcBorders() ? pr.getTcBorders() : pr.addNewTcBorders()).addNewTop();
    Props.border(top, size, color);
  }

  /** A line on the cell's leading edge, as on a callout box. */
  static void leftRule(XWPFTableCell cell, int size, String color) {
    CTTcPr pr = props(cell);
    CTBorder left = (pr.isSetTcBorders() ? pr.getTcBorders() : pr.addNewTcBorders()).addNewLeft();
    Props.border(left, size, color);
  }
}
