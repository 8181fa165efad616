package dev.docgen.docx.internal;

import dev.docgen.api.model.Callout;
import dev.docgen.api.model.KeyValue;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Key-value blocks and callouts, both drawn as layout tables (table style {@code
 * DocgenLayoutTable}, which readers and the inspector use to tell them from data tables).
 */
final class BoxWriter {
  private final DocxContext ctx;

  BoxWriter(DocxContext ctx) {
    this.ctx = ctx;
  }

  /** A borderless two-column table: bold labels, values beside them, an optional title above. */
  void keyValue(KeyValue kv) {
    if (!kv.title().isEmpty()) {
      RunWriter.text(ctx.paragraph(StyleSheet.BOX_TITLE), kv.title());
    }
    int total = ctx.page.textWidth();
    int[] widths = {total * 32 / 100, total - total * 32 / 100};
    XWPFTable table = ctx.doc.createTable();
    TableFormatting.setUp(table, StyleSheet.LAYOUT_TABLE, widths, 0, 0, ctx.theme.accentColor())
        .addNewTblDescription().setVal("key-value");
    for (int i = 0; i < kv.entries().size(); i++) {
      XWPFTableRow row = i == 0 ? table.getRow(0) : table.createRow();
      if (i == 0) {
        row.addNewTableCell();
      }
      row.setCantSplitRow(true);
      KeyValue.Entry e = kv.entries().get(i);
      XWPFParagraph label = cellParagraph(row.getCell(0), widths[0]);
      if (!e.label().isEmpty()) {
        RunWriter.text(label, e.label()).forEach(r -> r.setBold(true));
      }
      XWPFParagraph value = cellParagraph(row.getCell(1), widths[1]);
      if (!e.value().isEmpty()) {
        RunWriter.text(value, e.value());
      }
    }
    ctx.paragraph(StyleSheet.TABLE_SPACER);
  }

  /** A one-cell shaded box with a strong rule on its leading edge, a bold title and the text. */
  void callout(Callout callout) {
    String[] colours = colours(callout.kind());
    XWPFTable table = ctx.doc.createTable();
    int width = ctx.page.textWidth();
    TableFormatting.setUp(table, StyleSheet.LAYOUT_TABLE, new int[] {width}, 0, 0, colours[1])
        .addNewTblDescription().setVal("callout " + callout.kind().name().toLowerCase(java.util.Locale.ROOT));
    XWPFTableCell cell = table.getRow(0).getCell(0);
    table.getRow(0).setCantSplitRow(true);
    TableFormatting.fill(cell, colours[0]);
    TableFormatting.leftRule(cell, 24, colours[1]);
    XWPFParagraph first = cellParagraph(cell, width);
    spacing(first);
    if (!callout.title().isEmpty()) {
      for (var r : RunWriter.text(first, callout.title())) {
        r.setBold(true);
        r.setColor(colours[2]);
      }
      first = cell.addParagraph();
      first.setStyle(StyleSheet.TABLE_TEXT);
      spacing(first);
    }
    RunWriter.runs(first, callout.runs());
    ctx.paragraph(StyleSheet.TABLE_SPACER);
  }

  private static void spacing(XWPFParagraph p) {
    p.setSpacingBefore(60);
    p.setSpacingAfter(60);
  }

  /** Fill, rule and title colours for each kind of callout. */
  private String[] colours(Callout.Kind kind) {
    return switch (kind) {
      case NOTE -> new String[] {"E8F1FA", "2E75B6", "1F4E79"};
      case WARNING -> new String[] {"FFF4E0", "E69F00", "8A5A00"};
      case SUMMARY -> new String[] {ctx.theme.tintColor(), ctx.theme.accentColor(), ctx.theme.accentColor()};
    };
  }

  private static XWPFParagraph cellParagraph(XWPFTableCell cell, int width) {
    TableFormatting.cellWidth(cell, width);
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setStyle(StyleSheet.TABLE_TEXT);
    return p;
  }
}
