package dev.docgen.docx.internal;

import dev.docgen.api.spi.CellFormatter;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.Table;
import java.util.List;

/**
 * Divides the text width among a table's columns by the length of what they hold: long text
 * columns get more room (up to a cap, beyond which text wraps), short numeric columns less.
 */
final class ColumnWidths {
  private static final int MIN_CHARS = 5;
  private static final int MAX_TEXT_CHARS = 36;
  /** Average advance of a 10 pt sans character, generous so words never break. */
  private static final double TWIPS_PER_CHAR = 115;
  private static final double CELL_PADDING_TWIPS = 300;
  // A bold header's capitals ("Menge", "Commission") run wider than the average character: seen broken mid-word
  // in LibreOffice at 1.1.
  private static final double BOLD_HEADER = 1.3;

  private ColumnWidths() {}

  static int[] of(Table table, CellFormatter formats, int totalTwips) {
    List<Column> columns = table.columns();
    double[] weight = new double[columns.size()];
    double sum = 0;
    for (int c = 0; c < columns.size(); c++) {
      weight[c] = chars(table, formats, c);
      sum += weight[c];
    }
    double[] widths = new double[columns.size()];
    double[] floor = new double[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = totalTwips * weight[c] / sum;
      floor[c] = Math.min(totalTwips / (double) columns.size() * 1.6, wordTwips(table, formats, c));
    }
    raiseToFloors(widths, floor);
    // Floors that add up to more than the page are scaled down together: a long word may wrap, but no column is
    // left with what the others did not take (the commission table's 7th column once got 188 twips).
    double total = 0;
    for (double w : widths) {
      total += w;
    }
    int[] out = new int[columns.size()];
    int used = 0;
    int widest = 0;
    for (int c = 0; c < columns.size(); c++) {
      out[c] = (int) Math.round(widths[c] * totalTwips / total);
      used += out[c];
      widest = out[c] > out[widest] ? c : widest;
    }
    out[widest] += totalTwips - used;
    return out;
  }

  /** Widens columns whose longest word would break, taking the room from columns above their floor. */
  private static void raiseToFloors(double[] widths, double[] floor) {
    double deficit = 0;
    double spare = 0;
    for (int c = 0; c < widths.length; c++) {
      deficit += Math.max(0, floor[c] - widths[c]);
      spare += Math.max(0, widths[c] - floor[c]);
    }
    if (deficit == 0 || spare <= 0) {
      return;
    }
    double take = Math.min(1, deficit / spare);
    for (int c = 0; c < widths.length; c++) {
      widths[c] = widths[c] < floor[c] ? floor[c] : widths[c] - (widths[c] - floor[c]) * take;
    }
  }

  /** Twips needed so that no single word of the column (bold header included) breaks, plus cell padding. */
  private static double wordTwips(Table table, CellFormatter formats, int c) {
    Column column = table.columns().get(c);
    double longest = longestWord(column.header()) * BOLD_HEADER;
    for (List<Object> row : table.rows()) {
      longest = Math.max(longest, longestWord(formats.format(column, row.get(c))));
    }
    if (table.hasTotals()) {
      longest = Math.max(longest, longestWord(formats.format(column, table.totals().get(c))) * BOLD_HEADER);
    }
    return longest * TWIPS_PER_CHAR + CELL_PADDING_TWIPS;
  }

  private static double chars(Table table, CellFormatter formats, int c) {
    Column column = table.columns().get(c);
    int longest = longestWord(column.header());
    int header = column.header().length();
    int values = 0;
    for (List<Object> row : table.rows()) {
      values = Math.max(values, formats.format(column, row.get(c)).length());
    }
    if (table.hasTotals()) {
      values = Math.max(values, formats.format(column, table.totals().get(c)).length());
    }
    int wanted = Math.max(Math.max(longest, (header + 1) / 2), values) + 1;
    int cap = column.type().isNumeric() ? 20 : MAX_TEXT_CHARS;
    return Math.max(MIN_CHARS, Math.min(cap, wanted));
  }

  private static int longestWord(String s) {
    int longest = 0;
    for (String w : s.split("\\s+")) {
      longest = Math.max(longest, w.length());
    }
    return longest;
  }
}
