package dev.docgen.docx.internal;

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

  private ColumnWidths() {}

  static int[] of(Table table, ValueFormats formats, int totalTwips) {
    List<Column> columns = table.columns();
    double[] weight = new double[columns.size()];
    double sum = 0;
    for (int c = 0; c < columns.size(); c++) {
      weight[c] = chars(table, formats, c);
      sum += weight[c];
    }
    int[] widths = new int[columns.size()];
    int used = 0;
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = c == columns.size() - 1 ? totalTwips - used : (int) Math.round(totalTwips * weight[c] / sum);
      used += widths[c];
    }
    return widths;
  }

  private static double chars(Table table, ValueFormats formats, int c) {
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
