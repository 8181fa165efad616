package dev.docgen.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one worksheet part as a stream: the head (views, frozen panes, column widths) when the
 * first row arrives, rows in ascending order, then the tail (merges, conditional formats, links,
 * print setup, drawing, tables). Small blocks placed to the right of the main content (chart data)
 * are merged into the rows as they pass. Used for every sheet, so a streamed million-row table has
 * the same features as a ten-row one.
 */
public final class SheetWriter {
  /** A cell waiting to be written beside the main content. */
  private record Extra(int style, String text, String number) {}

  /** Print and view settings decided before the first row. */
  public static final class Setup {
    public double[] widths = new double[0];
    public int frozenRows;
    public boolean landscape;
    public boolean letter;
    public boolean fitToWidth = true;
    public boolean selected;
    public String headerTitle = "";
    /** The document's locale, for the footer's words. */
    public java.util.Locale locale = java.util.Locale.UK;
    public String dimension = "";
    public boolean gridLines = true;
  }

  private final Xml x;
  private final WorkbookWriter book;
  private final int index;
  private final Setup setup;
  private final List<String> merges = new ArrayList<>();
  private final List<String> conditionals = new ArrayList<>();
  private final List<String[]> links = new ArrayList<>();
  private final List<WorkbookWriter.TableInfo> tables = new ArrayList<>();
  private final List<ChartXml.Placed> charts = new ArrayList<>();
  private final TreeMap<Integer, TreeMap<Integer, Extra>> extras = new TreeMap<>();
  private boolean headWritten;
  private int row;
  private byte[] rowDigits = new byte[0];
  private int lastCol;
  private boolean inRow;

  SheetWriter(WorkbookWriter book, Xml x, int index, Setup setup) {
    this.book = book;
    this.x = x;
    this.index = index;
    this.setup = setup;
  }

  public int index() {
    return index;
  }

  public String name() {
    return book.sheetName(index);
  }

  /** Merges a range such as {@code A3:H3}. */
  public void merge(String ref) {
    merges.add(ref);
  }

  /** Highlights the cells of {@code sqref} where {@code formula} (relative to its top-left cell) is true. */
  public void flag(String sqref, String formula) {
    conditionals.add("<conditionalFormatting sqref=\"" + sqref + "\"><cfRule type=\"expression\" dxfId=\"0\" priority=\""
        + (conditionals.size() + 1) + "\"><formula>" + escape(formula) + "</formula></cfRule></conditionalFormatting>");
  }

  /** A link from cell {@code ref} to a place in the workbook such as {@code 'Sales'!A1}. */
  public void link(String ref, String location, String display) {
    links.add(new String[] {ref, location, display});
  }

  /** A text cell beside the main content, written when its row passes. */
  public void extraText(int r, int c, String text, int style) {
    extras.computeIfAbsent(r, k -> new TreeMap<>()).put(c, new Extra(style, text, null));
  }

  /** A number cell beside the main content. */
  public void extraNumber(int r, int c, String plain, int style) {
    extras.computeIfAbsent(r, k -> new TreeMap<>()).put(c, new Extra(style, null, plain));
  }

  void table(WorkbookWriter.TableInfo t) {
    tables.add(t);
  }

  /** Places a chart on this sheet. */
  public void chart(ChartXml chart, int col, int row, int cols, int rows) {
    charts.add(new ChartXml.Placed(chart, col, row, cols, rows));
  }

  /** Starts row {@code r} (1-based, ascending); {@code height} in points, or 0 for the default. */
  public void startRow(int r, double height) {
    if (!headWritten) {
      head();
    }
    if (inRow) {
      endRow();
    }
    if (r <= row) {
      throw new IllegalStateException("rows must ascend: " + r + " after " + row);
    }
    flushExtrasBefore(r);
    row = r;
    rowDigits = Integer.toString(r).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    lastCol = -1;
    inRow = true;
    x.raw("<row r=\"").raw(r).raw('"');
    if (height > 0) {
      x.raw(" ht=\"").raw(fmt(height)).raw("\" customHeight=\"1\"");
    }
    x.raw('>');
  }

  /** An inline string cell; {@code col} 0-based, ascending within the row. */
  public void text(int col, String value, int style) {
    lastCol = col;
    x.raw("<c r=\"").raw(Refs.colBytes(col)).raw(rowDigits).raw('"');
    if (style != 0) {
      x.raw(" s=\"").raw(style).raw('"');
    }
    x.raw(" t=\"inlineStr\"><is><t");
    if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1)) || value.indexOf('\n') >= 0)) {
      x.raw(" xml:space=\"preserve\"");
    }
    x.raw('>').text(value).raw("</t></is></c>");
  }

  /** A number cell; {@code plain} is the value in plain decimal notation. */
  public void number(int col, String plain, int style) {
    lastCol = col;
    x.raw("<c r=\"").raw(Refs.colBytes(col)).raw(rowDigits).raw('"');
    if (style != 0) {
      x.raw(" s=\"").raw(style).raw('"');
    }
    x.raw("><v>").raw(plain).raw("</v></c>");
  }

  /** A number cell from a long. */
  public void number(int col, long value, int style) {
    lastCol = col;
    x.raw("<c r=\"").raw(Refs.colBytes(col)).raw(rowDigits).raw('"');
    if (style != 0) {
      x.raw(" s=\"").raw(style).raw('"');
    }
    x.raw("><v>").raw(value).raw("</v></c>");
  }

  /** A number cell from a double: short exact decimals are written without {@link Double#toString}. */
  public void number(int col, double value, int style) {
    lastCol = col;
    x.raw("<c r=\"").raw(Refs.colBytes(col)).raw(rowDigits).raw('"');
    if (style != 0) {
      x.raw(" s=\"").raw(style).raw('"');
    }
    x.raw("><v>");
    decimal(value);
    x.raw("</v></c>");
  }

  /**
   * Writes {@code d} as a decimal that parses back to exactly {@code d}: values that are a whole
   * number of hundredths are written from a long (the common case for money, and much faster than
   * {@link Double#toString} before JDK 19); anything else falls back to it.
   */
  private void decimal(double d) {
    double cents = d * 100;
    if (Math.abs(cents) < 1e15 && cents == Math.rint(cents) && Math.rint(cents) / 100 == d) {
      long c = (long) cents;
      if (c < 0) {
        x.raw('-');
        c = -c;
      }
      x.raw(c / 100);
      long frac = c % 100;
      if (frac != 0) {
        x.raw('.');
        x.raw((char) ('0' + frac / 10));
        if (frac % 10 != 0) {
          x.raw((char) ('0' + frac % 10));
        }
      }
      return;
    }
    x.raw(Double.toString(d));
  }

  /** A styled empty cell. */
  public void blank(int col, int style) {
    lastCol = col;
    x.raw("<c r=\"").raw(Refs.colBytes(col)).raw(rowDigits).raw("\" s=\"").raw(style).raw("\"/>");
  }

  /** A formula cell with its cached result, so viewers that do not recalculate still show it. */
  public void formula(int col, String formula, String cached, int style) {
    lastCol = col;
    x.raw("<c r=\"").raw(Refs.colBytes(col)).raw(rowDigits).raw('"');
    if (style != 0) {
      x.raw(" s=\"").raw(style).raw('"');
    }
    x.raw("><f>").text(formula).raw("</f><v>").raw(cached).raw("</v></c>");
  }

  private void endRow() {
    TreeMap<Integer, Extra> beside = extras.remove(row);
    if (beside != null) {
      beside.forEach((c, e) -> {
        if (c > lastCol) {
          extraCell(c, e);
        }
      });
    }
    x.raw("</row>");
    inRow = false;
  }

  private void extraCell(int c, Extra e) {
    if (e.text != null) {
      text(c, e.text, e.style);
    } else {
      number(c, e.number, e.style);
    }
  }

  private void flushExtrasBefore(int r) {
    while (!extras.isEmpty() && extras.firstKey() < r) {
      Map.Entry<Integer, TreeMap<Integer, Extra>> e = extras.pollFirstEntry();
      row = e.getKey();
      rowDigits = Integer.toString(row).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      x.raw("<row r=\"").raw(row).raw("\">");
      e.getValue().forEach(this::extraCell);
      x.raw("</row>");
    }
  }

  private void head() {
    headWritten = true;
    x.raw("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
        .raw("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    x.raw("<sheetPr><pageSetUpPr fitToPage=\"").raw(setup.fitToWidth ? "1" : "0").raw("\"/></sheetPr>");
    if (!setup.dimension.isEmpty()) {
      x.raw("<dimension ref=\"").raw(setup.dimension).raw("\"/>");
    }
    x.raw("<sheetViews><sheetView workbookViewId=\"0\"");
    if (setup.selected) {
      x.raw(" tabSelected=\"1\"");
    }
    if (!setup.gridLines) {
      x.raw(" showGridLines=\"0\"");
    }
    if (setup.frozenRows > 0) {
      String cell = "A" + (setup.frozenRows + 1);
      x.raw("><pane ySplit=\"").raw(setup.frozenRows).raw("\" topLeftCell=\"").raw(cell)
          .raw("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"")
          .raw(cell).raw("\" sqref=\"").raw(cell).raw("\"/></sheetView>");
    } else {
      x.raw("/>");
    }
    x.raw("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    if (setup.widths.length > 0) {
      x.raw("<cols>");
      for (int c = 0; c < setup.widths.length; c++) {
        x.raw("<col min=\"").raw(c + 1).raw("\" max=\"").raw(c + 1).raw("\" width=\"").raw(fmt(setup.widths[c]))
            .raw("\" customWidth=\"1\"/>");
      }
      x.raw("</cols>");
    }
    x.raw("<sheetData>");
  }

  /** Ends the sheet: remaining side cells, then everything that follows the cell data. */
  void finish() {
    if (!headWritten) {
      head();
    }
    if (inRow) {
      endRow();
    }
    flushExtrasBefore(Integer.MAX_VALUE);
    x.raw("</sheetData>");
    if (!merges.isEmpty()) {
      x.raw("<mergeCells count=\"").raw(merges.size()).raw("\">");
      merges.forEach(m -> x.raw("<mergeCell ref=\"").raw(m).raw("\"/>"));
      x.raw("</mergeCells>");
    }
    conditionals.forEach(x::raw);
    if (!links.isEmpty()) {
      x.raw("<hyperlinks>");
      links.forEach(l -> x.raw("<hyperlink ref=\"").raw(l[0]).raw("\" location=\"").text(l[1]).raw("\" display=\"")
          .text(l[2]).raw("\"/>"));
      x.raw("</hyperlinks>");
    }
    x.raw("<printOptions horizontalCentered=\"0\"/>")
        .raw("<pageMargins left=\"0.6\" right=\"0.6\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        .raw("<pageSetup paperSize=\"").raw(setup.letter ? "1" : "9").raw("\" orientation=\"")
        .raw(setup.landscape ? "landscape" : "portrait").raw('"');
    if (setup.fitToWidth) {
      x.raw(" fitToWidth=\"1\" fitToHeight=\"0\"");
    }
    x.raw("/>");
    x.raw("<headerFooter><oddHeader>&amp;L&amp;8").text(headerText(setup.headerTitle)).raw("&amp;R&amp;8&amp;A</oddHeader>")
        .raw("<oddFooter>&amp;C&amp;8").text(dev.docgen.api.spi.LayoutWords.pageWords(setup.locale)[0]).raw(" &amp;P ")
        .text(dev.docgen.api.spi.LayoutWords.pageWords(setup.locale)[1]).raw(" &amp;N</oddFooter></headerFooter>");
    int rel = 1;
    if (!charts.isEmpty()) {
      x.raw("<drawing r:id=\"rId").raw(rel++).raw("\"/>");
    }
    if (!tables.isEmpty()) {
      x.raw("<tableParts count=\"").raw(tables.size()).raw("\">");
      for (int i = 0; i < tables.size(); i++) {
        x.raw("<tablePart r:id=\"rId").raw(rel++).raw("\"/>");
      }
      x.raw("</tableParts>");
    }
    x.raw("</worksheet>");
  }

  List<WorkbookWriter.TableInfo> tables() {
    return tables;
  }

  List<ChartXml.Placed> charts() {
    return charts;
  }

  /**
   * Header text with "&" doubled, as Excel's header codes require, at most 200 characters (the
   * whole header may hold 255), and a space first when it starts with a digit, which would
   * otherwise extend the font-size code before it.
   */
  static String headerText(String s) {
    String t = s.length() > 200 ? s.substring(0, 200) : s;
    t = t.replace("&", "&&");
    return !t.isEmpty() && Character.isDigit(t.charAt(0)) ? " " + t : t;
  }

  static String fmt(double d) {
    if (d == Math.rint(d)) {
      return Long.toString((long) d);
    }
    return java.math.BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
