package dev.docgen.docx.internal;

import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.Table;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes data tables: caption above, a header row repeated on every page (white bold on the accent),
 * banded rows in the tint, thin horizontal rules only, numbers right-aligned and formatted for the
 * locale, and a bold totals row under a rule.
 */
final class TableWriter {
  private static final String TOTAL_LABEL = "Total";
  private final DocxContext ctx;

  TableWriter(DocxContext ctx) {
    this.ctx = ctx;
  }

  void write(Table t) {
    if (!t.caption().isEmpty()) {
      RunWriter.text(ctx.paragraph(StyleSheet.CAPTION), t.caption());
    }
    List<Column> columns = t.columns();
    int[] widths = ColumnWidths.of(t, ctx.formats, ctx.page.textWidth());
    XWPFTable table = ctx.doc.createTable();
    var pr = TableFormatting.setUp(table, StyleSheet.DATA_TABLE, widths, 8, 4, ctx.theme.accentColor());
    if (!t.caption().isEmpty()) {
      pr.addNewTblCaption().setVal(t.caption());
    }
    XWPFTableRow header = table.getRow(0);
    while (header.getTableCells().size() < columns.size()) {
      header.addNewTableCell();
    }
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < columns.size(); c++) {
      XWPFTableCell cell = header.getCell(c);
      TableFormatting.fill(cell, ctx.theme.accentColor());
      for (XWPFRun r : cellText(cell, widths[c], columns.get(c).header(), columns.get(c).type().isNumeric())) {
        r.setBold(true);
        r.setColor("FFFFFF");
      }
    }
    for (int i = 0; i < t.rows().size(); i++) {
      row(table, columns, widths, t.rows().get(i), i % 2 == 1 ? ctx.theme.tintColor() : null);
    }
    if (t.hasTotals()) {
      totals(table, columns, widths, t.totals());
    }
    ctx.paragraph(StyleSheet.TABLE_SPACER);
  }

  private XWPFTableRow row(XWPFTable table, List<Column> columns, int[] widths, List<Object> values, String fill) {
    XWPFTableRow row = table.createRow();
    row.setCantSplitRow(true);
    for (int c = 0; c < columns.size(); c++) {
      XWPFTableCell cell = row.getCell(c);
      if (fill != null) {
        TableFormatting.fill(cell, fill);
      }
      Column column = columns.get(c);
      cellText(cell, widths[c], ctx.formats.format(column, values.get(c)), column.type().isNumeric());
    }
    return row;
  }

  private void totals(XWPFTable table, List<Column> columns, int[] widths, List<Object> totals) {
    List<Object> values = totals;
    if ("".equals(totals.get(0)) && columns.get(0).type() == ColumnType.TEXT) {
      values = new java.util.ArrayList<>(totals);
      values.set(0, TOTAL_LABEL);
    }
    XWPFTableRow row = row(table, columns, widths, values, null);
    for (XWPFTableCell cell : row.getTableCells()) {
      TableFormatting.topRule(cell, 12, ctx.theme.accentColor());
      cell.getParagraphs().forEach(p -> p.getRuns().forEach(r -> r.setBold(true)));
    }
  }

  /** Fills a cell's first paragraph; returns its runs, none for a blank cell. */
  private static List<XWPFRun> cellText(XWPFTableCell cell, int width, String text, boolean numeric) {
    TableFormatting.cellWidth(cell, width);
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setStyle(StyleSheet.TABLE_TEXT);
    if (numeric) {
      p.setAlignment(ParagraphAlignment.RIGHT);
    }
    return RunWriter.text(p, text);
  }
}
