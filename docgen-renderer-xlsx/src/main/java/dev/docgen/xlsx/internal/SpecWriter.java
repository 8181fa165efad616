package dev.docgen.xlsx.internal;

import dev.docgen.api.model.Block;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Image;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a {@link DocumentSpec} out as a workbook: a Summary sheet with the title, period, key
 * figures and the narrative (charts of text-only sections beside their data), then one sheet per
 * table, with the charts of the table's section placed to the right of it next to their data.
 */
public final class SpecWriter {
  private static final int TEXT_COLUMNS = 8;
  private static final double TEXT_WIDTH = 14;
  private static final int CHART_ROWS = 16;
  private static final int CHART_COLS = 7;

  private final DocumentSpec spec;
  private final WorkbookWriter book;
  private final Styles styles;
  /** Each table in document order with its section and sheet; the Summary's links consume them in the same order. */
  private record Placement(Table table, Section section, String sheet) {}

  private final List<Placement> placements = new ArrayList<>();
  private int linked;
  private final Map<Section, List<Chart>> chartsBesideTables = new IdentityHashMap<>();
  private SheetWriter summary;
  private int row;

  private SpecWriter(DocumentSpec spec, WorkbookWriter book) {
    this.spec = spec;
    this.book = book;
    this.styles = book.styles();
  }

  public static void write(DocumentSpec spec, Instant created, OutputStream out, int level) {
    write(spec, created, java.util.Map.of(), out, level);
  }

  /** As {@link #write(DocumentSpec, Instant, OutputStream, int)}, with custom document properties. */
  public static void write(DocumentSpec spec, Instant created, java.util.Map<String, String> custom, OutputStream out,
      int level) {
    Styles styles = new Styles(spec.theme().accentColor(), spec.theme().tintColor(), spec.metadata().javaLocale());
    try (WorkbookWriter book = new WorkbookWriter(out, spec.metadata(), created, custom, level, styles)) {
      new SpecWriter(spec, book).write();
    }
  }

  // The workbook's own words in the document's language: its first sheet and the line that points to a table's sheet.
  private static final java.util.Map<String, String> SUMMARY = java.util.Map.of("en", "Summary", "de", "Übersicht",
      "fr", "Synthèse", "es", "Resumen", "nl", "Overzicht");
  private static final java.util.Map<String, String> ROWS = java.util.Map.of("en", "(%d rows): see sheet %s",
      "de", "(%d Zeilen): siehe Blatt %s", "fr", "(%d lignes) : voir la feuille %s", "es", "(%d filas): ver la hoja %s",
      "nl", "(%d rijen): zie blad %s");
  private static final java.util.Map<String, String> ONE_ROW = java.util.Map.of("en", "(%d row): see sheet %s",
      "de", "(%d Zeile): siehe Blatt %s", "fr", "(%d ligne) : voir la feuille %s", "es", "(%d fila): ver la hoja %s",
      "nl", "(%d rij): zie blad %s");

  private String word(java.util.Map<String, String> words) {
    return words.getOrDefault(spec.metadata().javaLocale().getLanguage(), words.get("en"));
  }

  private void write() {
    String summaryName = book.reserve(word(SUMMARY));
    for (Section s : spec.allSections()) {
      List<Table> own = new ArrayList<>();
      s.blocks().forEach(b -> {
        if (b instanceof Table t) {
          own.add(t);
        }
      });
      for (Table t : own) {
        String wanted = own.size() > 1 && !t.caption().isEmpty() ? t.caption() : s.title();
        placements.add(new Placement(t, s, book.reserve(wanted)));
      }
      if (!own.isEmpty()) {
        List<Chart> charts = new ArrayList<>();
        s.blocks().forEach(b -> {
          if (b instanceof Chart c) {
            charts.add(c);
          }
        });
        chartsBesideTables.put(s, charts);
      }
    }
    summary(summaryName);
    Map<Section, Boolean> chartsPlaced = new IdentityHashMap<>();
    for (Placement p : placements) {
      List<Chart> charts = chartsPlaced.put(p.section(), true) == null ? chartsBesideTables.get(p.section()) : List.of();
      tableSheet(p, charts);
    }
  }

  private void summary(String name) {
    SheetWriter.Setup setup = new SheetWriter.Setup();
    setup.widths = new double[TEXT_COLUMNS];
    java.util.Arrays.fill(setup.widths, TEXT_WIDTH);
    setup.selected = true;
    setup.gridLines = false;
    setup.letter = spec.metadata().usesLetterPaper();
    setup.landscape = spec.metadata().landscape();
    setup.headerTitle = spec.metadata().title();
    setup.locale = spec.metadata().javaLocale();
    summary = book.sheet(name, setup);
    row = 0;
    textRow(spec.metadata().title(), styles.text(Styles.TITLE, Styles.NO_FILL, false, 0), 28);
    if (!spec.metadata().subtitle().isEmpty()) {
      textRow(spec.metadata().subtitle(), styles.text(Styles.MUTED, Styles.NO_FILL, false, 0), 0);
    }
    textRow(spec.metadata().date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(spec.metadata().javaLocale())), styles.text(Styles.MUTED, Styles.NO_FILL, false, 0), 0);
    row++;
    for (Section s : spec.sections()) {
      section(s);
    }
  }

  private void section(Section s) {
    row++;
    textRow(s.title(), styles.text(s.level() == 1 ? Styles.HEADING : Styles.BOLD, Styles.NO_FILL, false, 0),
        s.level() == 1 ? 20 : 0);
    for (Block b : s.blocks()) {
      block(s, b);
    }
    for (Section sub : s.subsections()) {
      section(sub);
    }
  }

  private void block(Section s, Block b) {
    if (b instanceof Paragraph p) {
      wrapped(p.shown(), styles.text(Styles.NORMAL, Styles.NO_FILL, true, 0), 0, TEXT_COLUMNS);
    } else if (b instanceof BulletList l) {
      list(l.items(), false, 0);
    } else if (b instanceof NumberedList l) {
      list(l.items(), true, 0);
    } else if (b instanceof KeyValue kv) {
      if (!kv.title().isEmpty()) {
        textRow(kv.title(), styles.text(Styles.BOLD, Styles.NO_FILL, false, 0), 0);
      }
      int label = styles.text(Styles.BOLD, Styles.NO_FILL, true, 0);
      int value = styles.text(Styles.NORMAL, Styles.NO_FILL, true, 0);
      for (KeyValue.Entry e : kv.entries()) {
        String v = Paragraph.of(e.value()).text();
        int lines = Math.max(lines(e.label(), 3), lines(v, TEXT_COLUMNS - 3));
        summary.startRow(++row, lines > 1 ? lines * 15 + 2 : 0);
        summary.text(0, e.label(), label);
        summary.text(3, v, value);
        summary.merge("A" + row + ":C" + row);
        summary.merge("D" + row + ":" + Refs.col(TEXT_COLUMNS - 1) + row);
      }
    } else if (b instanceof Callout c) {
      int fill = c.kind() == Callout.Kind.WARNING ? Styles.WARNING : Styles.TINT;
      String text = (c.title().isEmpty() ? "" : c.title() + ": ") + c.shown();
      wrapped(text, styles.text(Styles.NORMAL, fill, true, 0), 0, TEXT_COLUMNS);
    } else if (b instanceof Table t) {
      String sheet = placements.get(linked++).sheet();
      String what = (t.caption().isEmpty() ? s.title() : t.caption()) + " " + String.format(
          word(t.rows().size() == 1 ? ONE_ROW : ROWS), t.rows().size(), sheet);
      summary.startRow(++row, 0);
      summary.text(0, what, styles.text(Styles.LINK, Styles.NO_FILL, false, 0));
      summary.link("A" + row, Refs.sheet(sheet) + "!A1", what);
    } else if (b instanceof Chart c && !chartsBesideTables.containsKey(s)) {
      chartInFlow(c);
    } else if (b instanceof Image i) {
      textRow("Image: " + (i.altText().isEmpty() ? i.caption() : i.altText()),
          styles.text(Styles.CAPTION, Styles.NO_FILL, false, 0), 0);
    }
  }

  private void list(List<ListItem> items, boolean numbered, int level) {
    int n = 1;
    for (ListItem item : items) {
      String marker = numbered ? (n++) + ". " : "• ";
      wrapped(marker + item.shown(), styles.text(Styles.NORMAL, Styles.NO_FILL, true, level + 1), 0, TEXT_COLUMNS);
      list(item.children(), numbered, level + 1);
    }
  }

  private void textRow(String text, int style, double height) {
    summary.startRow(++row, height);
    summary.text(0, text, style);
  }

  /** Text across the merged text columns, the row tall enough for its wrapped lines. */
  private void wrapped(String text, int style, int fromCol, int cols) {
    int lines = lines(text, cols);
    summary.startRow(++row, lines > 1 ? lines * 15 + 3 : 0);
    summary.text(fromCol, text, style);
    if (cols > 1) {
      summary.merge(Refs.col(fromCol) + row + ":" + Refs.col(fromCol + cols - 1) + row);
    }
  }

  /** Lines {@code text} takes across {@code cols} text columns (about 1.1 characters per width unit). */
  private static int lines(String text, int cols) {
    double perLine = cols * TEXT_WIDTH * 1.1;
    int lines = 0;
    for (String para : text.split("\n", -1)) {
      lines += Math.max(1, (int) Math.ceil(para.length() / perLine));
    }
    return lines;
  }

  /** A chart in the Summary's flow: its data in the first columns, the chart beside it. */
  private void chartInFlow(Chart c) {
    int top = row + 1;
    ChartXml chart = dataBlock(summary, c, 0, top, true);
    int dataCols = 1 + c.series().size();
    int rowsUsed = Math.max(c.categories().size() + 1, CHART_ROWS);
    summary.chart(chart, dataCols + 1, top - 1, Math.max(4, TEXT_COLUMNS - dataCols - 1 + 2), CHART_ROWS);
    row = top + rowsUsed;
  }

  /**
   * Writes a chart's data (header row, then one row per category) at {@code col}/{@code top}, as
   * rows in the flow ({@code inFlow}) or as cells beside the sheet's main content, and returns the
   * chart reading it.
   */
  private ChartXml dataBlock(SheetWriter sheet, Chart c, int col, int top, boolean inFlow) {
    int header = styles.text(Styles.BOLD, Styles.NO_FILL, false, 0);
    String label = c.xAxisTitle().isEmpty() ? "Category" : c.xAxisTitle();
    List<Series> series = c.series();
    boolean whole = series.stream().flatMap(x -> x.values().stream())
        .allMatch(v -> v.stripTrailingZeros().scale() <= 0);
    int number = styles.chartNumber(whole);
    if (inFlow) {
      sheet.startRow(top, 0);
      sheet.text(col, label, header);
      for (int i = 0; i < series.size(); i++) {
        sheet.text(col + 1 + i, series.get(i).name(), header);
      }
      for (int p = 0; p < c.categories().size(); p++) {
        sheet.startRow(top + 1 + p, 0);
        sheet.text(col, c.categories().get(p), 0);
        for (int i = 0; i < series.size(); i++) {
          sheet.number(col + 1 + i, series.get(i).values().get(p).toPlainString(), number);
        }
      }
    } else {
      sheet.extraText(top, col, label, header);
      for (int i = 0; i < series.size(); i++) {
        sheet.extraText(top, col + 1 + i, series.get(i).name(), header);
      }
      for (int p = 0; p < c.categories().size(); p++) {
        sheet.extraText(top + 1 + p, col, c.categories().get(p), 0);
        for (int i = 0; i < series.size(); i++) {
          sheet.extraNumber(top + 1 + p, col + 1 + i, series.get(i).values().get(p).toPlainString(), number);
        }
      }
    }
    String q = Refs.sheet(sheet.name()) + "!";
    int last = top + c.categories().size();
    List<ChartXml.Series> out = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      int sc = col + 1 + i;
      out.add(new ChartXml.Series(series.get(i).name(), q + Refs.abs(sc, top),
          q + Refs.abs(sc, top + 1) + ":" + Refs.abs(sc, last),
          series.get(i).values().stream().map(BigDecimal::toPlainString).toList()));
    }
    return new ChartXml(c.chartType(), c.title(), q + Refs.abs(col, top + 1) + ":" + Refs.abs(col, last),
        c.categories(), out, spec.theme().chartPalette()).axisTitles(c.xAxisTitle(), c.yAxisTitle());
  }

  private void tableSheet(Placement p, List<Chart> charts) {
    Table t = p.table();
    Section s = p.section();
    List<List<Object>> sample = t.rows().size() <= TableBlock.WIDTH_SAMPLE ? t.rows()
        : t.rows().subList(0, TableBlock.WIDTH_SAMPLE);
    TableBlock block = new TableBlock(book, p.sheet(), s.title(), t.caption(), t.columns(), sample,
        t.hasTotals() ? t.totals() : null, false, sideWidths(charts));
    SheetWriter sheet = block.sheet();
    int col = t.columns().size() + 1;
    int top = TableBlock.HEADER_ROW;
    for (Chart c : charts) {
      ChartXml chart = dataBlock(sheet, c, col, top, false);
      sheet.chart(chart, col + 2 + c.series().size(), top - 1, CHART_COLS, CHART_ROWS);
      top += Math.max(c.categories().size() + 2, CHART_ROWS + 2);
    }
    for (List<Object> r : t.rows()) {
      block.row(r);
    }
    block.finish(t.hasTotals() ? t.totals() : null);
  }

  /** Widths of the columns right of a table: a narrow gap, the chart data's label and values. */
  private static double[] sideWidths(List<Chart> charts) {
    if (charts.isEmpty()) {
      return new double[0];
    }
    int series = charts.stream().mapToInt(c -> c.series().size()).max().orElse(1);
    double label = 10;
    for (Chart c : charts) {
      for (String cat : c.categories()) {
        label = Math.max(label, Math.min(40, cat.length() + 2));
      }
    }
    double[] w = new double[2 + series];
    w[0] = 3;
    w[1] = label;
    for (int i = 0; i < series; i++) {
      w[2 + i] = 14;
    }
    return w;
  }
}
