package dev.docgen.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Finding;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import dev.docgen.api.spi.Inspection;
import dev.docgen.api.template.TemplateData;
import dev.docgen.xlsx.template.XlsxTemplateFiller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The streaming inspector against POI's: the same workbooks, read both ways, must give the same
 * inspection (text, headings, tables, charts, findings), and files too big for POI still get their
 * cells checked.
 */
class XlsxStreamingInspectionTest {
  private static final LocalDate DATE = LocalDate.of(2026, 11, 28);
  private static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");

  /** Both readers on the same bytes: every part of the inspection must match. */
  static Inspection bothAgree(byte[] xlsx) throws Exception {
    Inspection poi = XlsxInspector.inspectWithPoi(xlsx);
    assertThat(poi.findings()).as("POI reads the workbook").extracting(Finding::code).doesNotContain("xlsx.unreadable");
    Inspection streamed = XlsxInspector.inspectStreaming(xlsx);
    assertThat(streamed.headings()).as("headings").isEqualTo(poi.headings());
    assertThat(streamed.tables()).as("tables").isEqualTo(poi.tables());
    assertThat(streamed.charts()).as("charts").isEqualTo(poi.charts());
    assertThat(streamed.pages()).as("pages").isEqualTo(poi.pages());
    assertThat(streamed.findings()).as("findings").isEqualTo(poi.findings());
    assertThat(streamed.text()).as("text").isEqualTo(poi.text());
    assertThat(streamed).isEqualTo(poi);
    return poi;
  }

  /** Rewrites one part of a package (a broken writer or a hand edit). */
  static byte[] edit(byte[] xlsx, String part, UnaryOperator<String> change) throws Exception {
    byte[] out = XlsxInspectorTest.edit(xlsx, part, change);
    assertThat(out).as("the edit of " + part + " changed something").isNotEqualTo(xlsx);
    return out;
  }

  // ---- workbooks the module writes ---------------------------------------------------------------

  @Test
  void a_rendered_report_reads_the_same_both_ways() throws Exception {
    Inspection i = bothAgree(XlsxRendererTest.render(XlsxRendererTest.report()));
    assertThat(i.tables()).isEqualTo(2);
    assertThat(i.charts()).isEqualTo(2);
    assertThat(i.text()).contains("€4,802.00 4802").contains("2026-07-01");
    bothAgree(XlsxRendererTest.render(XlsxRendererTest.report(), XlsxRendererTest.PROVENANCE));
  }

  @Test
  void specs_with_every_block_chart_type_locale_and_sheet_name_read_the_same_both_ways() throws Exception {
    for (DocumentSpec spec : specs()) {
      bothAgree(XlsxRendererTest.render(spec));
    }
  }

  @Test
  void streamed_tables_read_the_same_both_ways() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxStream x = XlsxStream.open(out, Metadata.of("Orders", DATE), CREATED)) {
      XlsxStreamTest.writeRows(x.table("Orders", XlsxStreamTest.COLUMNS), 500);
      XlsxStream.Table plain = x.table("No totals", List.of(Column.text("Name"), Column.of("Qty", ColumnType.INTEGER)));
      plain.totals(false);
      plain.row("a", 1L);
      plain.row("b", 2L);
      x.table("Empty", XlsxStreamTest.COLUMNS);
      XlsxStream.Table mixed = x.table("Mixed", List.of(Column.text("Name"), Column.of("When", ColumnType.DATE),
          Column.of("Amount", ColumnType.DECIMAL), Column.of("Rate", ColumnType.PERCENT)));
      mixed.row("=1+1", LocalDate.of(2026, 1, 31), new BigDecimal("-12.345"), 0.125);
      mixed.row("", null, 1e-7, 1.5);
      mixed.row("tab\tand\nnewline _x0041_ \u0001", LocalDate.of(1900, 3, 1), 12345678901234.5, 0.0);
    }
    Inspection i = bothAgree(out.toByteArray());
    assertThat(i.findings()).isEmpty();
    assertThat(i.tables()).isEqualTo(4);
  }

  @Test
  void a_template_with_shared_strings_and_its_filled_copy_read_the_same_both_ways() throws Exception {
    byte[] template = invoiceTemplate();
    Inspection raw = bothAgree(template);
    assertThat(raw.findings()).extracting(Finding::code).contains("xlsx.unexpected-formula");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("invoice_number", "INV-2026-0142");
    data.put("buyer", Map.of("name", "Contoso Retail GmbH"));
    data.put("lines", List.of(
        Map.of("description", "Consulting", "quantity", new BigDecimal("12"), "unit_price", new BigDecimal("150.0")),
        Map.of("description", "Sprint", "quantity", new BigDecimal("1"), "unit_price", new BigDecimal("9800.0")),
        Map.of("description", "Support", "quantity", new BigDecimal("1"), "unit_price", new BigDecimal("1200.0"))));
    new XlsxTemplateFiller().parse(template).fill(new TemplateData(data, Optional.empty(), Locale.UK, CREATED, true),
        out);
    assertThat(XlsxRendererTest.parts(out.toByteArray())).containsKey("xl/sharedStrings.xml");
    Inspection filled = bothAgree(out.toByteArray());
    assertThat(filled.text()).contains("Invoice INV-2026-0142").contains("Description\t");
  }

  @Test
  void odd_cells_read_the_same_both_ways() throws Exception {
    // Booleans, errors, rich and escaped text, cached formula results of every type, array, shared
    // and data-table formulas, defined names, column styles, duplicate and unreferenced cells, a
    // table whose totals cover other ranges, and charts on another sheet with empty cells.
    Inspection i = bothAgree(oddWorkbook());
    assertThat(i.headings()).contains("Odd cells overview", "Bold and plain", "styled by its column");
    assertThat(i.findings()).extracting(Finding::code)
        .contains("xlsx.unexpected-formula", "xlsx.total-mismatch", "xlsx.chart-range");
    assertThat(i.findings()).anyMatch(f -> f.message().contains("B4*Rate"));
    assertThat(i.text()).contains("run two").contains("null\t").contains("true\t");
  }

  // ---- damage both readers must report alike -----------------------------------------------------

  @Test
  void a_changed_cached_total_is_reported_alike() throws Exception {
    byte[] bytes = XlsxRendererTest.render(XlsxRendererTest.report());
    byte[] tampered = edit(bytes, "xl/worksheets/sheet2.xml", s -> s.replace("<v>4802.00</v>", "<v>5000</v>"));
    assertThat(bothAgree(tampered).findings()).anyMatch(f -> f.code().equals("xlsx.total-mismatch")
        && f.message().contains("5000") && f.message().contains("4802"));
  }

  @Test
  void a_changed_average_total_is_reported_alike() throws Exception {
    Table.Builder t = Table.builder().column(Column.text("Team")).column(Column.of("Score", ColumnType.DECIMAL));
    t.row("a", new BigDecimal("2")).row("b", new BigDecimal("4")).totals("Average", new BigDecimal("3"));
    byte[] bytes = XlsxRendererTest.render(DocumentSpec.builder(Metadata.of("Scores", DATE))
        .section(Section.of("Scores", t.build())).build());
    assertThat(XlsxRendererTest.parts(bytes).get("xl/worksheets/sheet2.xml")).contains("SUBTOTAL(101,B4:B5)");
    byte[] tampered = edit(bytes, "xl/worksheets/sheet2.xml", s -> s.replace("SUBTOTAL(101,B4:B5)</f><v>3</v>",
        "SUBTOTAL(101,B4:B5)</f><v>3.5</v>"));
    assertThat(bothAgree(tampered).findings()).anyMatch(f -> f.code().equals("xlsx.total-mismatch")
        && f.message().contains("3.5"));
  }

  @Test
  void a_total_over_another_range_is_summed_in_a_second_pass_alike() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxStream x = XlsxStream.open(out, Metadata.of("Orders", DATE), CREATED)) {
      XlsxStreamTest.writeRows(x.table("Orders", XlsxStreamTest.COLUMNS), 500);
    }
    byte[] tampered = edit(out.toByteArray(), "xl/worksheets/sheet1.xml",
        s -> s.replace("SUBTOTAL(109,F4:F503)", "SUBTOTAL(109,F4:F10)").replace("SUBTOTAL(109,H4:H503)",
            "SUBTOTAL(109,$H$4:$H$1000)"));
    List<Finding> findings = bothAgree(tampered).findings();
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("table tblOrders: total in 'Orders'!F504 shows 12750.0 but the cells it covers sum to 28.0"));
  }

  @Test
  void a_blanked_chart_cell_is_reported_alike() throws Exception {
    byte[] bytes = XlsxRendererTest.render(XlsxRendererTest.report());
    byte[] blank = edit(bytes, "xl/worksheets/sheet2.xml", s -> s.replace("<c r=\"H4\" s=\"8\"><v>1200.50</v></c>",
        "<c r=\"H4\" s=\"8\"/>"));
    assertThat(bothAgree(blank).findings()).anyMatch(f -> f.code().equals("xlsx.chart-range")
        && f.message().contains("$H$4 is empty"));
    byte[] gone = edit(bytes, "xl/worksheets/sheet2.xml", s -> s.replace("<c r=\"G5\" t=\"inlineStr\"><is><t>South</t></is></c>",
        ""));
    assertThat(bothAgree(gone).findings()).anyMatch(f -> f.message().contains("$G$5 is empty"));
  }

  @Test
  void charts_reading_missing_sheets_invalid_ranges_or_nothing_are_reported_alike() throws Exception {
    byte[] bytes = XlsxRendererTest.render(XlsxRendererTest.report());
    String chart = "xl/charts/chart2.xml";
    assertThat(bothAgree(edit(bytes, chart, s -> s.replace("'Revenue by Region'!$H$4:$H$5", "'Nowhere'!$H$4:$H$5")))
        .findings()).anyMatch(f -> f.message().contains("sheet 'Nowhere' does not exist"));
    assertThat(bothAgree(edit(bytes, chart, s -> s.replace("$H$4:$H$5", "$H$40:$H$41"))).findings())
        .anyMatch(f -> f.message().contains("$H$40 is empty"));
    assertThat(bothAgree(edit(bytes, chart, s -> s.replace("$H$4:$H$5", "$H$4:$H$"))).findings())
        .anyMatch(f -> f.message().contains("invalid range"));
    assertThat(bothAgree(edit(bytes, chart, s -> s.replace("'Revenue by Region'!$H$4:$H$5", "'revenue BY region'!H:H")))
        .findings()).anyMatch(f -> f.message().contains("reads 'revenue BY region'!H:H but")); // any case, whole column
    assertThat(bothAgree(edit(bytes, chart, s -> s.replaceAll("<c:f>[^<]*</c:f>", ""))).findings())
        .anyMatch(f -> f.message().endsWith("reads no cells"));
  }

  @Test
  void a_renamed_header_cell_is_reported_alike() throws Exception {
    byte[] bytes = XlsxRendererTest.render(XlsxRendererTest.report());
    byte[] renamed = edit(bytes, "xl/worksheets/sheet2.xml", s -> s.replace(
        "<c r=\"B3\" s=\"21\" t=\"inlineStr\"><is><t>Revenue</t></is></c>",
        "<c r=\"B3\" s=\"21\" t=\"inlineStr\"><is><t>Income</t></is></c>"));
    assertThat(bothAgree(renamed).findings()).anyMatch(f -> f.code().equals("xlsx.table-header")
        && f.message().contains("B3 does not read 'Revenue'"));
    byte[] missing = edit(bytes, "xl/worksheets/sheet2.xml", s -> s.replace(
        "<c r=\"C3\" s=\"21\" t=\"inlineStr\"><is><t>Orders</t></is></c>", "<c r=\"C3\" s=\"21\"><v>7</v></c>"));
    assertThat(bothAgree(missing).findings()).anyMatch(f -> f.message().contains("C3 does not read 'Orders'"));
  }

  @Test
  void a_formula_in_a_data_row_is_reported_alike() throws Exception {
    byte[] bytes = XlsxRendererTest.render(XlsxRendererTest.report());
    byte[] injected = edit(bytes, "xl/worksheets/sheet2.xml", s -> s.replace(
        "<c r=\"A4\" t=\"inlineStr\"><is><t>North</t></is></c>", "<c r=\"A4\"><f>HYPERLINK(\"http://x\")</f></c>"));
    assertThat(bothAgree(injected).findings()).anyMatch(f -> f.code().equals("xlsx.unexpected-formula")
        && f.location().equals("'Revenue by Region'!A4") && f.message().endsWith("HYPERLINK(\"http://x\")"));
  }

  // ---- big files ----------------------------------------------------------------------------------

  @Test
  void a_200000_row_workbook_over_the_poi_limit_still_gets_its_cells_checked() throws Exception {
    int rows = 200_000;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxStream x = XlsxStream.open(out, Metadata.of("Orders", DATE), CREATED, 0)) {
      XlsxStreamTest.writeRows(x.table("Orders", XlsxStreamTest.COLUMNS), rows);
    }
    String total = "SUBTOTAL(109,F4:F" + (rows + 3) + ")</f><v>" + XlsxStreamTest.unitsTotal(rows) + "</v>";
    byte[] tampered = replaceOnce(out.toByteArray(), "xl/worksheets/sheet1.xml", total,
        total.replace("<v>" + XlsxStreamTest.unitsTotal(rows), "<v>" + (XlsxStreamTest.unitsTotal(rows) + 1)));
    assertThat(tampered.length).as("bigger than POI is trusted with").isGreaterThan(XlsxInspector.FULL_CHECK_LIMIT);
    long start = System.nanoTime();
    Inspection i = new XlsxInspector().inspect(tampered, DocumentSpec.builder(Metadata.of("Orders", DATE)).build());
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("streaming inspection of %,d rows (%,d bytes): %,d ms%n", rows, tampered.length, ms);
    assertThat(i.findings()).extracting(Finding::code).doesNotContain("xlsx.structure-only", "xlsx.unreadable");
    assertThat(i.findings()).filteredOn(f -> f.code().equals("xlsx.text-cut")).hasSize(1);
    assertThat(i.text().length()).isLessThan(17 << 20);
    assertThat(i.findings()).filteredOn(f -> f.severity() != Finding.Severity.INFO).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("xlsx.total-mismatch");
      assertThat(f.location()).isEqualTo("Orders");
      assertThat(f.message()).contains("F" + (rows + 4)).contains(String.valueOf(XlsxStreamTest.unitsTotal(rows) + 1));
    });
    assertThat(i.tables()).isEqualTo(1);
    assertThat(i.text()).contains("ORD-1\t").doesNotContain("ORD-199999\t"); // text stops at 16 M characters
  }

  @Test
  void a_file_the_streaming_reader_cannot_follow_falls_back_to_poi_or_to_its_structure() throws Exception {
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Orders", DATE)).build();
    // Overlapping column definitions are valid, but POI's merging of them is not mirrored.
    String cols = "<cols>";
    String overlap = "<cols><col min=\"1\" max=\"3\" width=\"9\" customWidth=\"1\"/>";
    byte[] medium = replaceOnce(streamed(3_000, 0), "xl/worksheets/sheet1.xml", cols, overlap);
    assertThat(medium.length).isBetween(XlsxInspector.STREAMING_LIMIT, XlsxInspector.FULL_CHECK_LIMIT);
    assertThat(new XlsxInspector().inspect(medium, spec)).isEqualTo(XlsxInspector.inspectWithPoi(medium));

    byte[] large = replaceOnce(streamed(25_000, 0), "xl/worksheets/sheet1.xml", cols, overlap);
    assertThat(large.length).isGreaterThan(XlsxInspector.FULL_CHECK_LIMIT);
    Inspection structure = new XlsxInspector().inspect(large, spec);
    assertThat(structure.findings()).extracting(Finding::code).containsExactly("xlsx.structure-only");
    assertThat(structure.findings().get(0).message()).contains("overlapping column definitions");
    assertThat(structure.tables()).isEqualTo(1);

    byte[] broken = replaceOnce(streamed(25_000, 0), "xl/worksheets/sheet1.xml", "<c r=\"A4\" s=\"",
        "<c r=\"A4\" t=\"n\"><v>zero</v></c><c r=\"Z4\" s=\"");
    assertThat(new XlsxInspector().inspect(broken, spec).findings()).extracting(Finding::code)
        .containsExactly("xlsx.unreadable", "xlsx.structure-only");
    assertThat(new XlsxInspector().inspect(new byte[XlsxInspector.STREAMING_LIMIT + 1], spec).findings())
        .extracting(Finding::code).containsExactly("xlsx.unreadable");
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private static byte[] streamed(int rows, int level) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxStream x = XlsxStream.open(out, Metadata.of("Orders", DATE), CREATED, level)) {
      XlsxStreamTest.writeRows(x.table("Orders", XlsxStreamTest.COLUMNS), rows);
    }
    return out.toByteArray();
  }

  /** Replaces the last occurrence of {@code find} in a (large) part, byte for byte, keeping the zip's deflate level. */
  private static byte[] replaceOnce(byte[] xlsx, String part, String find, String replace) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(0);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(part)) {
          byte[] f = find.getBytes(StandardCharsets.UTF_8);
          byte[] r = replace.getBytes(StandardCharsets.UTF_8);
          int at = lastIndexOf(data, f);
          assertThat(at).as(find).isGreaterThanOrEqualTo(0);
          byte[] changed = new byte[data.length - f.length + r.length];
          System.arraycopy(data, 0, changed, 0, at);
          System.arraycopy(r, 0, changed, at, r.length);
          System.arraycopy(data, at + f.length, changed, at + r.length, data.length - at - f.length);
          data = changed;
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static int lastIndexOf(byte[] data, byte[] find) {
    outer:
    for (int i = data.length - find.length; i >= 0; i--) {
      for (int k = 0; k < find.length; k++) {
        if (data[i + k] != find[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static List<DocumentSpec> specs() {
    List<DocumentSpec> specs = new ArrayList<>();
    specs.add(DocumentSpec.builder(Metadata.of("Nothing", DATE)).build());
    // Text-only sections: their charts go on the Summary, beside their data.
    specs.add(DocumentSpec.builder(new Metadata("Narrative", "A subtitle", "Ops", DATE, "en-US", List.of("a", "b"),
            "Subject", "memo"))
        .section(Section.builder("Overview")
            .add(Paragraph.of("Plain text with <markup> & \"quotes\" and 数据."))
            .add(BulletList.of("one", "two **bold**"))
            .add(NumberedList.of("first", "second"))
            .add(Callout.of(Callout.Kind.WARNING, "Careful", "Stock is low."))
            .add(new Chart(ChartType.LINE, "Trend", List.of("Jan", "Feb", "Mar"),
                List.of(new Series("A", List.of(new BigDecimal("1"), new BigDecimal("2.5"), new BigDecimal("-3"))),
                    new Series("B", List.of(new BigDecimal("4"), new BigDecimal("5"), new BigDecimal("6")))), "Month", "Units"))
            .add(new Chart(ChartType.PIE, "", List.of("x", "y"),
                List.of(new Series("Share", List.of(new BigDecimal("0.4"), new BigDecimal("0.6")))), "", ""))
            .build())
        .build());
    // German formats: the currency symbol after the amount.
    Table.Builder money = Table.builder().caption("Umsatz").column(Column.text("Region"))
        .column(Column.currency("Umsatz", "EUR")).column(Column.currency("Kosten", "USD"))
        .column(Column.of("Anteil", ColumnType.PERCENT)).column(Column.of("Datum", ColumnType.DATE));
    money.row("Nord", new BigDecimal("1234.5"), new BigDecimal("-99.99"), new BigDecimal("0.3333"), LocalDate.of(2026, 2, 28));
    money.row("Süd", new BigDecimal("0.01"), new BigDecimal("0"), new BigDecimal("0.6667"), LocalDate.of(2024, 2, 29));
    money.totals("Summe", new BigDecimal("1234.51"), new BigDecimal("-99.99"), new BigDecimal("1"), "");
    Table.Builder second = Table.builder().caption("Second table").column(Column.text("K")).column(Column.of("V", ColumnType.INTEGER));
    second.row("k", new BigDecimal("1"));
    specs.add(DocumentSpec.builder(new Metadata("Bericht", "", "", DATE, "de-DE", List.of(), "", ""))
        .section(Section.builder("Zahlen").add(money.build()).add(second.build())
            .add(new Chart(ChartType.BAR, "Umsatz", List.of("Nord", "Süd"),
                List.of(new Series("Umsatz", List.of(new BigDecimal("1234.5"), new BigDecimal("0.01")))), "", ""))
            .build())
        .build());
    // Markup characters in a sheet name, which its charts' ranges repeat.
    Table.Builder rd = Table.builder().column(Column.text("Lab")).column(Column.of("Cost", ColumnType.DECIMAL));
    rd.row("x", new BigDecimal("1.5")).row("y", new BigDecimal("2"));
    specs.add(DocumentSpec.builder(Metadata.of("R&D", DATE))
        .section(Section.builder("R&D <north> \"q\"").add(rd.build())
            .add(new Chart(ChartType.BAR, "Cost", List.of("x", "y"),
                List.of(new Series("Cost", List.of(new BigDecimal("1.5"), new BigDecimal("2")))), "", ""))
            .build())
        .build());
    // Formula-looking text, stored as text.
    Table.Builder attacks = Table.builder().column(Column.text("Comment")).column(Column.of("Amount", ColumnType.DECIMAL));
    for (String a : List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1",
        "=cmd|' /C calc'!A0")) {
      attacks.row(a, new BigDecimal("1"));
    }
    specs.add(DocumentSpec.builder(Metadata.of("Injection", DATE)).section(Section.of("Data", attacks.build())).build());
    // Sheet names that must be cleaned, and a title that reads as a cell reference.
    Table one = Table.builder().column(Column.text("A")).row("x").build();
    specs.add(DocumentSpec.builder(Metadata.of("2027 Budget & Plan", DATE))
        .section(Section.of("Revenue: Q3/Q4 [draft] *final?* \\ by region and channel, all markets", one))
        .section(Section.of("Revenue: Q3/Q4 [draft] *final?* \\ by region and channel, all markets", one))
        .section(Section.of("summary", one)).section(Section.of("History", one)).section(Section.of("'quoted'", one))
        .section(Section.of("2027", one))
        .build());
    // A wide table (landscape) and a stock table with flagged rows.
    Table.Builder wide = Table.builder();
    List<Object> row = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      wide.column(Column.currency("Quarterly revenue " + c, "EUR"));
      row.add(new BigDecimal("123456.78"));
    }
    wide.row(row);
    specs.add(DocumentSpec.builder(Metadata.of("Wide", DATE))
        .section(Section.of("Narrow", XlsxRendererTest.report().sections().get(2).blocks().get(0)))
        .section(Section.of("Wide", wide.build())).build());
    return specs;
  }

  /** An invoice template as a spreadsheet program saves it: shared strings, formulas without cached values. */
  static byte[] invoiceTemplate() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("Invoice");
      s.createRow(0).createCell(0).setCellValue("Invoice {{invoice_number}}");
      XSSFRow h = s.createRow(2);
      String[] header = {"Description", "Qty", "Price", "Amount"};
      for (int c = 0; c < 4; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      XSSFRow line = s.createRow(3);
      line.createCell(0).setCellValue("{{#each lines}}{{description}}");
      line.createCell(1).setCellValue("{{quantity}}");
      line.createCell(2).setCellValue("{{unit_price}}{{/each}}");
      line.createCell(3).setCellFormula("B4*C4");
      XSSFRow total = s.createRow(4);
      total.createCell(0).setCellValue("Total");
      total.createCell(3).setCellFormula("SUM(D4:D4)");
      s.createRow(6).createCell(0).setCellValue("Thank you, {{buyer.name}}");
      s.addMergedRegion(new CellRangeAddress(6, 6, 0, 3));
      s.createTable(new AreaReference("A3:D4", wb.getSpreadsheetVersion()));
      XSSFDrawing drawing = s.createDrawingPatriarch();
      XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 5, 2, 12, 16));
      XDDFChartData bars = chart.createData(ChartTypes.BAR, chart.createCategoryAxis(AxisPosition.BOTTOM),
          chart.createValueAxis(AxisPosition.LEFT));
      bars.addSeries(XDDFDataSourcesFactory.fromStringCellRange(s, CellRangeAddress.valueOf("A4:A4")),
          XDDFDataSourcesFactory.fromNumericCellRange(s, CellRangeAddress.valueOf("D4:D4")));
      chart.plot(bars);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** A workbook POI writes, with a second sheet replaced by hand-written XML of unusual cells. */
  static byte[] oddWorkbook() throws Exception {
    int headingStyle;
    int dateStyle;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet odd = wb.createSheet("Odd cells");
      XSSFFont big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      XSSFFont almost = wb.createFont();
      almost.setBold(true);
      almost.setFontHeight(12.5);
      XSSFCellStyle heading = wb.createCellStyle();
      heading.setFont(big);
      headingStyle = heading.getIndex();
      XSSFCellStyle small = wb.createCellStyle();
      small.setFont(almost);
      XSSFCellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
      dateStyle = date.getIndex();
      XSSFCellStyle percent = wb.createCellStyle();
      percent.setDataFormat((short) 10);
      XSSFCellStyle red = wb.createCellStyle();
      red.setDataFormat(wb.createDataFormat().getFormat("#,##0.00;[Red]-#,##0.00"));
      XSSFCellStyle fraction = wb.createCellStyle();
      fraction.setDataFormat((short) 12);

      XSSFRow r0 = odd.createRow(0);
      r0.createCell(0).setCellValue("Odd cells overview");
      r0.getCell(0).setCellStyle(heading);
      r0.createCell(1).setCellValue(true);
      r0.createCell(2).setCellValue(false);
      r0.createCell(3).setCellErrorValue(FormulaError.DIV0);
      r0.createCell(4).setCellValue(0.1 + 0.2);
      r0.createCell(5).setCellValue(46000.5);
      r0.getCell(5).setCellStyle(date);
      r0.createCell(6).setCellValue(0.125);
      r0.getCell(6).setCellStyle(percent);
      r0.createCell(7).setCellValue(1e20);
      r0.createCell(8).setCellValue(-1234.5678);
      r0.getCell(8).setCellStyle(red);
      r0.createCell(9).setCellValue("almost a heading");
      r0.getCell(9).setCellStyle(small);
      r0.createCell(10).setCellValue(5);
      r0.getCell(10).setCellStyle(heading);
      r0.createCell(11).setCellValue(0.75);
      r0.getCell(11).setCellStyle(fraction);

      XSSFRow r1 = odd.createRow(1);
      XSSFRichTextString rich = new XSSFRichTextString("Bold and plain");
      rich.applyFont(0, 4, big);
      r1.createCell(0).setCellValue(rich);
      r1.getCell(0).setCellStyle(heading);
      r1.createCell(1).setCellValue("line one\rline two");
      r1.createCell(2).setCellValue("tab\there");
      r1.createCell(3).setCellValue("  padded  ");
      r1.createCell(4).setCellValue("");
      r1.createCell(5).setCellValue("Bold and plain");

      XSSFRow r2 = odd.createRow(2);
      r2.createCell(0).setCellFormula("1+1");
      r2.getCell(0).setCellValue(2);
      r2.createCell(1).setCellFormula("\"a\"&\"b\"");
      r2.getCell(1).setCellValue("ab");
      r2.createCell(2).setCellFormula("TRUE()");
      r2.getCell(2).setCellValue(true);
      r2.createCell(3).setCellFormula("1/0");
      r2.getCell(3).setCellErrorValue(FormulaError.DIV0);
      r2.createCell(4).setCellFormula("SUM(A3:A3)");
      odd.setArrayFormula("E1:F1*2", CellRangeAddress.valueOf("A4:B4"));
      odd.createRow(5);

      // A table whose totals row has a right sum, a wrong average and a total over other rows.
      String[] names = {"Item", "Amount", "Share"};
      XSSFRow h = odd.createRow(6);
      for (int c = 0; c < 3; c++) {
        h.createCell(c).setCellValue(names[c]);
      }
      Object[][] data = {{"a", 10.5, 0.25}, {"b", 20.25, 0.5}, {"c", null, 0.25}};
      for (int r = 0; r < data.length; r++) {
        XSSFRow row = odd.createRow(7 + r);
        row.createCell(0).setCellValue((String) data[r][0]);
        if (data[r][1] != null) {
          row.createCell(1).setCellValue((Double) data[r][1]);
        }
        row.createCell(2).setCellValue((Double) data[r][2]);
      }
      XSSFRow totals = odd.createRow(10);
      totals.createCell(0).setCellValue("Total");
      totals.createCell(1).setCellFormula("SUBTOTAL(109,B8:B10)");
      totals.getCell(1).setCellValue(30.75);
      totals.createCell(2).setCellFormula("SUBTOTAL(101, C8:C10)");
      totals.getCell(2).setCellValue(0.5);
      totals.createCell(3).setCellFormula("SUBTOTAL(109,$B$8:$B$8)");
      totals.getCell(3).setCellValue(10.5);
      totals.createCell(4).setCellFormula("SUBTOTAL(109,B12:B11)");
      totals.getCell(4).setCellValue(0);
      XSSFTable table = odd.createTable(new AreaReference("A7:C11", wb.getSpreadsheetVersion()));
      table.getCTTable().setTotalsRowCount(1);
      table.setName("Figures");

      XSSFName rate = wb.createName();
      rate.setNameName("Rate");
      rate.setRefersToFormula("'Odd cells'!$E$1");

      XSSFSheet raw = wb.createSheet("Raw");
      raw.createRow(0).createCell(0).setCellValue("placeholder");

      XSSFSheet charts = wb.createSheet("Charts");
      charts.createRow(0).createCell(0).setCellValue("Charts of another sheet");
      XSSFDrawing drawing = charts.createDrawingPatriarch();
      XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 1, 2, 8, 16));
      XDDFChartData bars = chart.createData(ChartTypes.BAR, chart.createCategoryAxis(AxisPosition.BOTTOM),
          chart.createValueAxis(AxisPosition.LEFT));
      bars.addSeries(XDDFDataSourcesFactory.fromStringCellRange(odd, CellRangeAddress.valueOf("A8:A10")),
          XDDFDataSourcesFactory.fromNumericCellRange(odd, CellRangeAddress.valueOf("B8:B10")));
      chart.plot(bars);
      XSSFChart second = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 9, 2, 16, 16));
      XDDFChartData lines = second.createData(ChartTypes.LINE, second.createCategoryAxis(AxisPosition.BOTTOM),
          second.createValueAxis(AxisPosition.LEFT));
      lines.addSeries(XDDFDataSourcesFactory.fromStringCellRange(raw, CellRangeAddress.valueOf("A1:C2")),
          XDDFDataSourcesFactory.fromNumericCellRange(odd, CellRangeAddress.valueOf("C8:C10")));
      second.plot(lines);
      wb.write(out);
    }
    String rawSheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<cols><col min=\"3\" max=\"3\" width=\"10\" style=\"" + headingStyle + "\" customWidth=\"1\"/></cols>"
        + "<sheetData>"
        // cells without references follow the one before; an index past the shared strings reads ""
        + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c r=\"D1\" t=\"s\"><v>999</v></c>"
        + "<c t=\"s\"><v>x</v></c></row>"
        // out of order, and a duplicate: the later C2 replaces the earlier one
        + "<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>replaced</t></is></c><c r=\"A2\"><v>1.5</v></c>"
        + "<c r=\"C2\"><v>3</v></c><c r=\"B2\" t=\"inlineStr\"><is><r><t>run </t></r><r><rPr><b/></rPr><t>two</t></r>"
        + "<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></is></c></row>"
        // shared formulas, one reading a defined name; a plain formula too
        + "<row r=\"3\"><c r=\"A3\"><f t=\"shared\" ref=\"A3:A5\" si=\"0\">B2*Rate</f><v>0</v></c>"
        + "<c r=\"B3\"><f>A3 + Rate</f><v>1</v></c></row>"
        + "<row r=\"4\"><c r=\"A4\"><f t=\"shared\" si=\"0\"/><v>0</v></c></row>"
        // a row without a number follows the one before; C5 takes its column's heading style
        + "<row><c r=\"A5\"><f t=\"shared\" si=\"0\"/><v>0</v></c>"
        + "<c r=\"C5\" t=\"inlineStr\"><is><t xml:space=\"preserve\">styled by its column</t></is></c></row>"
        + "<row r=\"7\"/>"
        + "<row r=\"8\"><c r=\"A8\" t=\"inlineStr\"><is/></c><c r=\"B8\" t=\"str\"><v>plain _x0041_ escaped</v></c>"
        + "<c r=\"C8\" t=\"e\"><v>#N/A</v></c><c r=\"D8\" t=\"b\"><v>1</v></c><c r=\"E8\"/><c r=\"F8\"><v></v></c>"
        + "<c r=\"G8\" s=\"" + dateStyle + "\"><v>45000.25</v></c><c r=\"H8\" t=\"inlineStr\"><v>cached</v></c>"
        + "<c r=\"I8\" t=\"inlineStr\"><is><t><![CDATA[a <cdata> & more]]></t></is></c></row>"
        // an array formula over two cells, and a data-table cell (not a formula to POI)
        + "<row r=\"9\"><c r=\"A9\"><f t=\"array\" ref=\"A9:B9\">{1,2}*1</f><v>1</v></c><c r=\"B9\"><v>2</v></c>"
        + "<c r=\"C9\"><f t=\"dataTable\" ref=\"C9\" dt2D=\"0\" dtr=\"0\" r1=\"A1\"/><v>7</v></c>"
        + "<c r=\"D9\" s=\"9999\" t=\"inlineStr\"><is><t>style out of range</t></is></c></row>"
        + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        + "</worksheet>";
    return XlsxInspectorTest.edit(out.toByteArray(), "xl/worksheets/sheet2.xml", s -> rawSheet);
  }

  @Test
  void aSheetNamedWithMarkupCharactersKeepsItsChartsValid() throws Exception {
    Table.Builder rd = Table.builder().column(Column.text("Lab")).column(Column.of("Cost", ColumnType.DECIMAL));
    rd.row("x", new BigDecimal("1.5")).row("y", new BigDecimal("2"));
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("R&D", DATE))
        .section(Section.builder("R&D <north> \"q\"").add(rd.build())
            .add(new Chart(ChartType.BAR, "Cost", List.of("x", "y"),
                List.of(new Series("Cost", List.of(new BigDecimal("1.5"), new BigDecimal("2")))), "", ""))
            .build())
        .build();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new XlsxRenderer().render(spec, dev.docgen.api.spi.RenderOptions.at(java.time.Instant.parse("2026-01-01T00:00:00Z")), out);
    for (dev.docgen.api.spi.Inspection i : List.of(XlsxInspector.inspectWithPoi(out.toByteArray()),
        XlsxInspector.inspectStreaming(out.toByteArray()))) {
      org.assertj.core.api.Assertions.assertThat(i.findings()).noneMatch(f -> f.code().equals("xlsx.chart-range"));
      org.assertj.core.api.Assertions.assertThat(i.charts()).isEqualTo(1);
    }
  }
}
