package dev.docgen.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Finding;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.PageOrientation;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import dev.docgen.api.spi.Inspection;
import dev.docgen.api.spi.RenderOptions;
import dev.docgen.api.model.TextRun;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.ListItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRendererTest {
  static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");
  static final LocalDate DATE = LocalDate.of(2026, 11, 28);

  static byte[] render(DocumentSpec spec) throws Exception {
    return render(spec, RenderOptions.at(CREATED));
  }

  static byte[] render(DocumentSpec spec, RenderOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().render(spec, options, out);
    return out.toByteArray();
  }

  static final RenderOptions PROVENANCE = RenderOptions.at(CREATED).withProperties(
      Map.of("docgen.model", "gpt-test", "docgen.promptHash", "abc123", "docgen.note", "<a & \"b\"> — 数据"));

  /** Each zip entry's name and text. */
  static Map<String, String> parts(byte[] zip) throws Exception {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  static XSSFWorkbook open(byte[] bytes) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static DocumentSpec report() {
    Table.Builder regions = Table.builder().caption("Revenue by region")
        .column(Column.text("Region")).column(Column.currency("Revenue", "EUR"))
        .column(Column.of("Orders", ColumnType.INTEGER)).column(Column.of("Share", ColumnType.PERCENT))
        .column(Column.of("First order", ColumnType.DATE));
    regions.row("North", new BigDecimal("1200.50"), new BigDecimal("12"), new BigDecimal("0.25"), LocalDate.of(2026, 7, 1));
    regions.row("South", new BigDecimal("3601.50"), new BigDecimal("30"), new BigDecimal("0.75"), LocalDate.of(2026, 7, 3));
    regions.totals("Total", new BigDecimal("4802.00"), new BigDecimal("42"), new BigDecimal("1"), "");
    Table.Builder stock = Table.builder()
        .column(Column.text("SKU")).column(Column.of("On hand", ColumnType.INTEGER))
        .column(Column.of("Reorder point", ColumnType.INTEGER));
    stock.row("SKU-1", new BigDecimal("5"), new BigDecimal("10"));
    stock.row("SKU-2", new BigDecimal("50"), new BigDecimal("10"));
    Metadata meta = new Metadata("Quarterly Report — Q3 2026", "1 July – 30 September 2026", "Finance", DATE,
        "en-GB", List.of("sales"), "Sales", "sales-report");
    return DocumentSpec.builder(meta)
        .section(Section.builder("Executive Summary")
            .add(Callout.of(Callout.Kind.SUMMARY, "Key figures", "Revenue rose **23.0%**."))
            .add(new KeyValue("", List.of(new KeyValue.Entry("Total revenue", "€4,802.00"))))
            .add(Paragraph.of("South led the quarter."))
            .add(new Chart(ChartType.PIE, "Share by region", List.of("North", "South"),
                List.of(new Series("Share", List.of(new BigDecimal("0.25"), new BigDecimal("0.75")))), "", ""))
            .build())
        .section(Section.builder("Revenue by Region").add(regions.build())
            .add(new Chart(ChartType.BAR, "Revenue by region", List.of("North", "South"),
                List.of(new Series("Revenue", List.of(new BigDecimal("1200.50"), new BigDecimal("3601.50")))), "Region", "EUR"))
            .build())
        .section(Section.of("Stock", stock.build()))
        .build();
  }

  @Test
  void a_german_workbook_names_its_first_sheet_and_its_pointers_in_german() throws Exception {
    DocumentSpec base = report();
    Metadata m = base.metadata();
    DocumentSpec german = new DocumentSpec(new Metadata(m.title(), m.subtitle(), m.author(), m.date(), "de-DE",
        m.keywords(), m.subject(), m.documentType(), m.orientation()), base.theme(), base.sections());
    try (XSSFWorkbook wb = open(render(german))) {
      // A Spanish and a Dutch reviewer read "Summary" and "(4 rows): see sheet" in their workbooks.
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Übersicht");
      List<String> texts = new java.util.ArrayList<>();
      wb.getSheetAt(0).forEach(r -> r.forEach(c -> texts.add(c.toString())));
      assertThat(texts).anyMatch(t -> t.contains("Zeilen): siehe Blatt")).noneMatch(t -> t.contains("see sheet"));
    }
  }

  @Test
  void every_table_is_a_real_excel_table_with_typed_cells_and_a_subtotal_totals_row() throws Exception {
    try (XSSFWorkbook wb = open(render(report()))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
      XSSFSheet sheet = wb.getSheet("Revenue by Region");
      assertThat(sheet.getTables()).hasSize(1);
      XSSFTable t = sheet.getTables().get(0);
      assertThat(t.getColumns()).extracting(c -> c.getName())
          .containsExactly("Region", "Revenue", "Orders", "Share", "First order");
      assertThat(t.getTotalsRowCount()).isEqualTo(1);
      Row header = sheet.getRow(t.getStartRowIndex());
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Revenue");
      Row north = sheet.getRow(t.getStartRowIndex() + 1);
      assertThat(north.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(north.getCell(1).getNumericCellValue()).isEqualTo(1200.50);
      assertThat(north.getCell(1).getCellStyle().getDataFormatString()).contains("€").contains("#,##0.00");
      assertThat(north.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(north.getCell(4).getDateCellValue()).isNotNull();
      assertThat(new DataFormatter().formatCellValue(north.getCell(4))).isEqualTo("2026-07-01");
      Row totals = sheet.getRow(t.getEndRowIndex());
      Cell revenue = totals.getCell(1);
      assertThat(revenue.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(revenue.getCellFormula()).isEqualTo("SUBTOTAL(109,B4:B5)");
      assertThat(revenue.getNumericCellValue()).as("cached value").isEqualTo(4802.00);
      assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(t.getCTTable().getAutoFilter().getRef()).isEqualTo("A3:E5");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
      assertThat(sheet.getColumnWidth(1)).as("fitted width").isGreaterThan(256 * 10);
    }
  }

  @Test
  void charts_are_native_and_read_ranges_next_to_their_data() throws Exception {
    byte[] bytes = render(report());
    try (XSSFWorkbook wb = open(bytes)) {
      XSSFSheet sheet = wb.getSheet("Revenue by Region");
      List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(1);
      String xml = charts.get(0).getCTChartSpace().xmlText();
      assertThat(xml).contains("barChart").contains("'Revenue by Region'!$H$4:$H$5").contains("'Revenue by Region'!$G$4:$G$5")
          .contains(">EUR<").contains(">Region<");
      assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).isEqualTo("North");
      assertThat(sheet.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(1200.50);
      List<XSSFChart> summaryCharts = wb.getSheet("Summary").getDrawingPatriarch().getCharts();
      assertThat(summaryCharts).hasSize(1);
      assertThat(summaryCharts.get(0).getCTChartSpace().xmlText()).contains("pieChart");
    }
    Inspection inspection = new XlsxInspector().inspect(bytes, report());
    assertThat(inspection.charts()).isEqualTo(2);
    assertThat(inspection.tables()).isEqualTo(2);
    assertThat(inspection.findings()).extracting(Finding::severity).doesNotContain(Finding.Severity.ERROR);
  }

  @Test
  void rows_below_their_reorder_point_are_flagged_by_conditional_formatting() throws Exception {
    try (XSSFWorkbook wb = open(render(report()))) {
      XSSFSheet stock = wb.getSheet("Stock");
      var cf = stock.getSheetConditionalFormatting();
      assertThat(cf.getNumConditionalFormattings()).isEqualTo(1);
      var formatting = cf.getConditionalFormattingAt(0);
      assertThat(formatting.getFormattingRanges()[0].formatAsString()).isEqualTo("A4:C5");
      assertThat(formatting.getRule(0).getFormula1()).isEqualTo("AND(ISNUMBER($B4),$B4<$C4)");
    }
  }

  @Test
  void summary_holds_title_period_key_figures_narrative_and_links_to_the_tables() throws Exception {
    try (XSSFWorkbook wb = open(render(report()))) {
      XSSFSheet summary = wb.getSheet("Summary");
      List<String> texts = new ArrayList<>();
      summary.forEach(r -> r.forEach(c -> {
        if (c.getCellType() == CellType.STRING) {
          texts.add(c.getStringCellValue());
        }
      }));
      assertThat(texts).contains("Quarterly Report — Q3 2026", "1 July – 30 September 2026", "28 November 2026",
          "Executive Summary", "Total revenue", "€4,802.00", "South led the quarter.");
      assertThat(texts).anyMatch(t -> t.startsWith("Key figures: Revenue rose 23.0%"));
      assertThat(summary.getHyperlinkList()).anyMatch(h -> h.getLocation().equals("'Revenue by Region'!A1"));
      assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Quarterly Report — Q3 2026");
      assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("Finance");
    }
  }

  @Test
  void print_setup_repeats_the_header_fits_the_width_and_turns_wide_sheets() throws Exception {
    Table.Builder wide = Table.builder();
    for (int c = 0; c < 12; c++) {
      wide.column(Column.currency("Quarterly revenue " + c, "EUR"));
    }
    List<Object> row = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      row.add(new BigDecimal("123456.78"));
    }
    wide.row(row);
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Wide", DATE))
        .section(Section.of("Narrow", report().sections().get(2).blocks().get(0)))
        .section(Section.of("Wide", wide.build())).build();
    try (XSSFWorkbook wb = open(render(spec))) {
      XSSFSheet narrow = wb.getSheet("Narrow");
      XSSFSheet wideSheet = wb.getSheet("Wide");
      assertThat(narrow.getPrintSetup().getLandscape()).isFalse();
      assertThat(wideSheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(wideSheet.getFitToPage()).isTrue();
      assertThat(wideSheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(wideSheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
      assertThat(wideSheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
    }
    DocumentSpec landscape = new DocumentSpec(spec.metadata().withOrientation(PageOrientation.LANDSCAPE), spec.theme(),
        spec.sections());
    try (XSSFWorkbook wb = open(render(landscape))) {
      assertThat(wb.getSheet("Narrow").getPrintSetup().getLandscape()).isTrue();
    }
  }

  @Test
  void text_that_looks_like_a_formula_is_stored_as_text_never_as_a_formula() throws Exception {
    List<String> attacks = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1",
        "\r=1+1", "=cmd|' /C calc'!A0");
    Table.Builder t = Table.builder().column(Column.text("Comment")).column(Column.of("Amount", ColumnType.DECIMAL));
    attacks.forEach(a -> t.row(a, new BigDecimal("1")));
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Injection", DATE)).section(Section.of("Data", t.build())).build();
    byte[] bytes = render(spec);
    try (XSSFWorkbook wb = open(bytes)) {
      XSSFSheet sheet = wb.getSheet("Data");
      for (int i = 0; i < attacks.size(); i++) {
        Cell cell = sheet.getRow(3 + i).getCell(0);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(attacks.get(i));
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
      }
    }
    assertThat(new XlsxInspector().inspect(bytes, spec).findings()).extracting(Finding::code)
        .doesNotContain("xlsx.unexpected-formula");
  }

  @Test
  void sheet_names_are_valid_unique_and_at_most_31_characters() throws Exception {
    Table one = Table.builder().column(Column.text("A")).row("x").build();
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Names", DATE))
        .section(Section.of("Revenue: Q3/Q4 [draft] *final?* \\ by region and channel, all markets", one))
        .section(Section.of("Revenue: Q3/Q4 [draft] *final?* \\ by region and channel, all markets", one))
        .section(Section.of("summary", one))
        .section(Section.of("History", one))
        .section(Section.of("'quoted'", one))
        .build();
    try (XSSFWorkbook wb = open(render(spec))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).hasSize(6).doesNotHaveDuplicates();
      assertThat(names).allMatch(n -> n.length() <= 31 && !n.matches(".*[\\[\\]:*?/\\\\].*") && !n.startsWith("'"));
      assertThat(names.get(1)).isEqualTo("Revenue Q3 Q4 draft final by");
      assertThat(names.get(2)).isEqualTo("Revenue Q3 Q4 draft final (2)");
      assertThat(names.get(3)).isEqualTo("summary (2)");
      assertThat(names.get(4)).isEqualTo("History data");
      assertThat(names.get(5)).isEqualTo("quoted");
    }
  }

  @Test
  void names_that_excel_would_misread_are_made_safe() throws Exception {
    Table one = Table.builder().column(Column.text("A")).row("x").build();
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("2027 Budget & Plan", DATE))
        .section(Section.of("2027", one)).build();
    try (XSSFWorkbook wb = open(render(spec))) {
      XSSFSheet sheet = wb.getSheet("2027");
      assertThat(sheet.getTables().get(0).getName()).isEqualTo("tbl2027_");
      assertThat(sheet.getCTWorksheet().getHeaderFooter().getOddHeader()).isEqualTo("&L&8 2027 Budget && Plan&R&8&A");
    }
  }

  @Test
  void same_spec_and_instant_give_identical_bytes_in_any_time_zone() throws Exception {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      byte[] a = render(report());
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
      byte[] b = render(report());
      assertThat(a).isEqualTo(b);
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void render_options_properties_become_custom_properties_that_poi_reads() throws Exception {
    try (XSSFWorkbook wb = open(render(report(), PROVENANCE))) {
      var custom = wb.getProperties().getCustomProperties();
      assertThat(custom.getProperty("docgen.model").getLpwstr()).isEqualTo("gpt-test");
      assertThat(custom.getProperty("docgen.promptHash").getLpwstr()).isEqualTo("abc123");
      assertThat(custom.getProperty("docgen.note").getLpwstr()).isEqualTo("<a & \"b\"> — 数据");
      var props = custom.getUnderlyingProperties().getPropertyList();
      assertThat(props).extracting(p -> p.getName()).containsExactly("docgen.model", "docgen.note", "docgen.promptHash");
      assertThat(props).extracting(p -> p.getPid()).containsExactly(2, 3, 4);
      assertThat(props).extracting(p -> p.getFmtid()).containsOnly("{D5CDD505-2E9C-101B-9397-08002B2CF9AE}");
      assertThat(wb.getSheet("Revenue by Region").getTables()).hasSize(1);
      assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Quarterly Report — Q3 2026");
    }
  }

  @Test
  void custom_properties_are_declared_in_the_content_types_and_package_relationships() throws Exception {
    Map<String, String> parts = parts(render(report(), PROVENANCE));
    assertThat(parts.get("[Content_Types].xml")).contains("<Override PartName=\"/docProps/custom.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>");
    assertThat(parts.get("_rels/.rels")).contains("Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "relationships/custom-properties\" Target=\"docProps/custom.xml\"");
    assertThat(parts.get("docProps/custom.xml")).contains("name=\"docgen.note\"><vt:lpwstr>&lt;a &amp; &quot;b&quot;&gt;");
  }

  @Test
  void without_properties_no_custom_part_or_relationship_is_written() throws Exception {
    Map<String, String> parts = parts(render(report()));
    assertThat(parts).doesNotContainKey("docProps/custom.xml");
    assertThat(parts.get("[Content_Types].xml")).doesNotContain("custom");
    assertThat(parts.get("_rels/.rels")).doesNotContain("custom");
  }

  @Test
  void same_spec_and_properties_give_identical_bytes() throws Exception {
    byte[] first = render(report(), PROVENANCE);
    assertThat(render(report(), RenderOptions.at(CREATED).withProperties(new java.util.HashMap<>(PROVENANCE.properties()))))
        .isEqualTo(first);
    assertThat(first).isNotEqualTo(render(report()));
  }

  @Test
  void a_field_for_the_author_keeps_its_brackets_in_the_sheet() throws Exception {
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Fields", DATE)).section(Section.of("Summary",
        Paragraph.of(TextRun.plain("Against a target of "), TextRun.placeholder("target"), TextRun.plain(".")),
        new BulletList(List.of(new ListItem(List.of(TextRun.plain("Prices: "), TextRun.placeholder("price assumption")),
            List.of()))))).build();
    try (XSSFWorkbook wb = open(render(spec))) {
      List<String> shown = new java.util.ArrayList<>();
      wb.getSheetAt(0).forEach(r -> r.forEach(c -> shown.add(new DataFormatter().formatCellValue(c))));
      assertThat(shown).contains("Against a target of [target].").anyMatch(t -> t.endsWith("Prices: [price assumption]"));
    }
  }
}
