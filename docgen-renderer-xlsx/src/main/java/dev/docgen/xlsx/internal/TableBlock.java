package dev.docgen.xlsx.internal;

import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.spi.CellFormatter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One data table on its own sheet: a title row, an optional caption, then an Excel table
 * (ListObject) with typed, formatted cells, a frozen header, an autofilter, fitted column widths,
 * flagged rows and a totals row of SUBTOTAL formulas with their cached values. Rows arrive one at a
 * time, so the same code writes ten rows or a million.
 */
public final class TableBlock {
  /** Sample rows used to fit column widths. */
  public static final int WIDTH_SAMPLE = 200;
  static final int HEADER_ROW = 3;
  private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
  private static final Pattern THRESHOLD = Pattern.compile(
      "(?i).*\\b(reorder|threshold|minimum|min\\.? ?level|safety stock|par level)\\b.*");
  private static final Pattern LEVEL = Pattern.compile(
      "(?i).*\\b(on.?hand|in stock|stock|quantity|qty|units|level|available|balance)\\b.*");

  private final WorkbookWriter book;
  private final SheetWriter sheet;
  private final List<Column> columns;
  private final List<String> headers;
  private final int[] styles;
  private final int[] totalStyles;
  private final int quoted;
  private final BigDecimal[] sums;
  private final double[] doubleSums;
  private final long[] longSums;
  private final long[] counts;
  private final String tableName;
  private int row;
  private int dataRows;

  /**
   * Starts the sheet: widths are fitted to the header and {@code sample} (the first rows, or all of a
   * small table), then the title, caption and header rows are written.
   */
  public TableBlock(WorkbookWriter book, String sheetName, String title, String caption, List<Column> columns,
      List<List<Object>> sample, List<Object> totals, boolean selected, double[] side) {
    this.book = book;
    this.columns = columns;
    this.headers = uniqueHeaders(columns);
    Styles st = book.styles();
    int n = columns.size();
    styles = new int[n];
    totalStyles = new int[n];
    for (int c = 0; c < n; c++) {
      styles[c] = st.cell(columns.get(c), false);
      totalStyles[c] = st.cell(columns.get(c), true);
    }
    quoted = st.quoted(false);
    sums = new BigDecimal[n];
    doubleSums = new double[n];
    longSums = new long[n];
    counts = new long[n];
    java.util.Arrays.fill(sums, BigDecimal.ZERO);
    SheetWriter.Setup setup = new SheetWriter.Setup();
    double[] own = widths(sample, totals, book.metadata().javaLocale());
    double total = 0;
    for (double w : own) {
      total += w;
    }
    setup.widths = java.util.Arrays.copyOf(own, own.length + side.length);
    System.arraycopy(side, 0, setup.widths, own.length, side.length);
    setup.landscape = book.metadata().landscape() || total > 95;
    setup.letter = book.metadata().usesLetterPaper();
    setup.frozenRows = HEADER_ROW;
    setup.selected = selected;
    setup.headerTitle = book.metadata().title();
    setup.locale = book.metadata().javaLocale();
    this.sheet = book.sheet(sheetName, setup);
    this.tableName = title.isEmpty() ? sheet.name() : title;
    sheet.startRow(1, 21);
    sheet.text(0, title.isEmpty() ? sheet.name() : title, st.text(Styles.HEADING, Styles.NO_FILL, false, 0));
    if (!caption.isEmpty()) {
      sheet.startRow(2, 0);
      sheet.text(0, caption, st.text(Styles.CAPTION, Styles.NO_FILL, false, 0));
    }
    sheet.startRow(HEADER_ROW, 0);
    int headerStyle = st.header();
    for (int c = 0; c < n; c++) {
      sheet.text(c, headers.get(c), headerStyle);
    }
    book.printTitles(sheet, HEADER_ROW, HEADER_ROW);
    row = HEADER_ROW;
  }

  public SheetWriter sheet() {
    return sheet;
  }

  /** The first data row (1-based). */
  public int firstDataRow() {
    return HEADER_ROW + 1;
  }

  /** Writes one data row: numbers and dates as typed values, text as text (never a formula). */
  public void row(List<?> values) {
    sheet.startRow(++row, 0);
    dataRows++;
    for (int c = 0; c < values.size() && c < columns.size(); c++) {
      Object v = values.get(c);
      if (v == null || "".equals(v)) {
        continue;
      }
      if (v instanceof BigDecimal d) {
        sheet.number(c, d.toPlainString(), styles[c]);
        sums[c] = sums[c].add(d);
        counts[c]++;
      } else if (v instanceof Double || v instanceof Float) {
        double d = ((Number) v).doubleValue();
        if (Double.isFinite(d)) {
          sheet.number(c, d, styles[c]);
          doubleSums[c] += d;
          counts[c]++;
        }
      } else if (v instanceof Long || v instanceof Integer || v instanceof Short) {
        long l = ((Number) v).longValue();
        sheet.number(c, l, styles[c]);
        long s = longSums[c] + l;
        if (((longSums[c] ^ s) & (l ^ s)) < 0) { // overflow: move the running sum to BigDecimal
          sums[c] = sums[c].add(BigDecimal.valueOf(longSums[c])).add(BigDecimal.valueOf(l));
          s = 0;
        }
        longSums[c] = s;
        counts[c]++;
      } else if (v instanceof LocalDate d) {
        sheet.number(c, ChronoUnit.DAYS.between(EPOCH, d), styles[c]);
      } else {
        String s = v.toString();
        sheet.text(c, s, looksLikeFormula(s) ? quoted : styles[c]);
      }
    }
  }

  /** Text that a spreadsheet would take for a formula if typed: kept as text, marked with a quote prefix. */
  static boolean looksLikeFormula(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * Ends the table. {@code totals} null writes no totals row; otherwise one value per column: text
   * is a label, a number equal to the column's sum becomes SUBTOTAL(109), one equal to its average
   * SUBTOTAL(101), any other number stays a number. {@link #autoTotals()} builds such a list.
   */
  public void finish(List<Object> totals) {
    if (dataRows == 0) {
      sheet.startRow(++row, 0); // a table needs one data row
      dataRows = 1;
    }
    int first = firstDataRow();
    int last = row;
    int n = columns.size();
    List<String> labels = null;
    List<String> formulas = null;
    if (totals != null) {
      labels = new ArrayList<>();
      formulas = new ArrayList<>();
      sheet.startRow(++row, 0);
      for (int c = 0; c < n; c++) {
        Object v = c < totals.size() ? totals.get(c) : "";
        String range = Refs.col(c) + first + ":" + Refs.col(c) + last;
        if (v instanceof BigDecimal d && columns.get(c).type().isNumeric()) {
          BigDecimal sum = sum(c);
          String function = null;
          if (d.compareTo(sum) == 0 || d.compareTo(sum.setScale(Math.max(d.scale(), 0), RoundingMode.HALF_UP)) == 0) {
            function = "SUBTOTAL(109," + range + ")";
          } else if (counts[c] > 0 && d.compareTo(sum.divide(BigDecimal.valueOf(counts[c]), MathContext.DECIMAL64)
              .setScale(Math.max(d.scale(), 0), RoundingMode.HALF_UP)) == 0) {
            function = "SUBTOTAL(101," + range + ")";
          }
          if (function != null) {
            sheet.formula(c, function, d.toPlainString(), totalStyles[c]);
          } else {
            sheet.number(c, d.toPlainString(), totalStyles[c]);
          }
          labels.add(null);
          formulas.add(function);
        } else if (v instanceof String s && !s.isEmpty()) {
          sheet.text(c, s, book.styles().totalLabel());
          labels.add(s);
          formulas.add(null);
        } else {
          sheet.blank(c, totalStyles[c]);
          labels.add(null);
          formulas.add(null);
        }
      }
    }
    String lastCol = Refs.col(n - 1);
    String ref = "A" + HEADER_ROW + ":" + lastCol + row;
    String filter = "A" + HEADER_ROW + ":" + lastCol + last;
    book.table(sheet, tableName, ref, filter, headers, labels, formulas, HEADER_ROW);
    flagRows(first, last);
  }

  /** Totals computed from the rows written: a "Total" label, sums of every non-percent number column. */
  public List<Object> autoTotals() {
    List<Object> out = new ArrayList<>();
    boolean labelled = false;
    for (int c = 0; c < columns.size(); c++) {
      ColumnType t = columns.get(c).type();
      if (t.isNumeric() && t != ColumnType.PERCENT) {
        out.add(sum(c));
      } else if (!labelled && t == ColumnType.TEXT) {
        out.add("Total");
        labelled = true;
      } else {
        out.add("");
      }
    }
    return out;
  }

  private BigDecimal sum(int c) {
    BigDecimal s = longSums[c] == 0 ? sums[c] : sums[c].add(BigDecimal.valueOf(longSums[c]));
    return doubleSums[c] == 0 ? s : s.add(BigDecimal.valueOf(doubleSums[c]));
  }

  /** Rows whose level column is below its threshold column (stock under its reorder point) are highlighted. */
  private void flagRows(int first, int last) {
    int threshold = -1;
    int level = -1;
    for (int c = 0; c < columns.size(); c++) {
      if (!columns.get(c).type().isNumeric()) {
        continue;
      }
      String h = columns.get(c).header();
      if (threshold < 0 && THRESHOLD.matcher(h).matches()) {
        threshold = c;
      } else if (level < 0 && LEVEL.matcher(h).matches()) {
        level = c;
      }
    }
    if (threshold >= 0 && level >= 0) {
      String range = "A" + first + ":" + Refs.col(columns.size() - 1) + last;
      sheet.flag(range, "AND(ISNUMBER($" + Refs.col(level) + first + "),$" + Refs.col(level) + first + "<$"
          + Refs.col(threshold) + first + ")");
    }
  }

  private double[] widths(List<List<Object>> sample, List<Object> totals, Locale locale) {
    CellFormatter f = new CellFormatter(locale);
    int n = columns.size();
    double[] w = new double[n];
    for (int c = 0; c < n; c++) {
      double longest = chars(headers.get(c)) + 3; // room for the filter button
      for (List<Object> r : sample) {
        if (c < r.size() && r.get(c) != null) {
          longest = Math.max(longest, chars(text(f, columns.get(c), r.get(c))));
        }
      }
      if (totals != null && c < totals.size() && totals.get(c) != null) {
        longest = Math.max(longest, chars(text(f, columns.get(c), totals.get(c))) + 1);
      }
      w[c] = Math.max(8, Math.min(60, longest + 2));
    }
    return w;
  }

  private static String text(CellFormatter f, Column c, Object v) {
    if (v instanceof BigDecimal || v instanceof LocalDate) {
      return f.format(c, v);
    }
    if (v instanceof Number num && c.type().isNumeric()) {
      return f.format(c, new BigDecimal(num.toString()));
    }
    return v.toString();
  }

  /** Width in character cells: East Asian wide characters count twice. */
  private static double chars(String s) {
    double n = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      n += ch >= 0x1100 && (ch <= 0x115F || (ch >= 0x2E80 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3)
          || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFF00 && ch <= 0xFF60)) ? 2 : 1;
    }
    return n;
  }

  /** Header texts as table column names: one line, non-empty, unique regardless of case. */
  private static List<String> uniqueHeaders(List<Column> columns) {
    List<String> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int c = 0; c < columns.size(); c++) {
      String h = columns.get(c).header().replaceAll("[\\r\\n\\t]+", " ").trim();
      if (h.isEmpty()) {
        h = "Column" + (c + 1);
      }
      String name = h;
      for (int k = 2; !seen.add(name.toLowerCase(Locale.ROOT)); k++) {
        name = h + " " + k;
      }
      out.add(name);
    }
    return out;
  }
}
