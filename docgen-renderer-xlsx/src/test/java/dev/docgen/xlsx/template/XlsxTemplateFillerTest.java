package dev.docgen.xlsx.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docgen.api.TemplateException;
import dev.docgen.api.template.TemplateData;
import dev.docgen.api.template.TemplateField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An invoice sheet saved by a spreadsheet program (shared strings), filled with three lines. */
class XlsxTemplateFillerTest {
  private final XlsxTemplateFiller filler = new XlsxTemplateFiller();

  static byte[] template() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("Invoice");
      s.createRow(0).createCell(0).setCellValue("Invoice {{invoice_number}}");
      var h = s.createRow(2);
      String[] header = {"Description", "Qty", "Price", "Amount"};
      for (int c = 0; c < 4; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      var line = s.createRow(3);
      line.createCell(0).setCellValue("{{#each lines}}{{description}}");
      line.createCell(1).setCellValue("{{quantity}}");
      line.createCell(2).setCellValue("{{unit_price}}{{/each}}");
      line.createCell(3).setCellFormula("B4*C4");
      var total = s.createRow(4);
      total.createCell(0).setCellValue("Total");
      total.createCell(3).setCellFormula("SUM(D4:D4)");
      s.createRow(6).createCell(0).setCellValue("Thank you, {{buyer.name}}");
      s.addMergedRegion(new CellRangeAddress(6, 6, 0, 3));
      var cf = s.getSheetConditionalFormatting();
      cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("D4:D4")},
          cf.createConditionalFormattingRule(ComparisonOperator.GT, "1000"));
      s.createTable(new AreaReference("A3:D4", wb.getSpreadsheetVersion()));
      var drawing = s.createDrawingPatriarch();
      XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 5, 2, 12, 16));
      XDDFChartData bars = chart.createData(ChartTypes.BAR,
          chart.createCategoryAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.BOTTOM),
          chart.createValueAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT));
      bars.addSeries(XDDFDataSourcesFactory.fromStringCellRange(s, CellRangeAddress.valueOf("A4:A4")),
          XDDFDataSourcesFactory.fromNumericCellRange(s, CellRangeAddress.valueOf("D4:D4")));
      chart.plot(bars);
      wb.setPrintArea(0, "$A$1:$D$7");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  static Map<String, Object> data() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("invoice_number", "INV-2026-0142");
    root.put("buyer", Map.of("name", "Contoso Retail GmbH"));
    root.put("lines", List.of(
        Map.of("description", "Consulting", "quantity", new BigDecimal("12"), "unit_price", new BigDecimal("150.0")),
        Map.of("description", "Sprint", "quantity", new BigDecimal("1"), "unit_price", new BigDecimal("9800.0")),
        Map.of("description", "Support", "quantity", new BigDecimal("1"), "unit_price", new BigDecimal("1200.0"))));
    return root;
  }

  XSSFWorkbook fill(byte[] template, Map<String, Object> data) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    filler.parse(template).fill(new TemplateData(data, Optional.empty(), Locale.UK,
        Instant.parse("2026-11-28T09:00:00Z"), true), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void rows_expand_and_formulas_merges_formats_tables_charts_and_print_areas_follow() throws Exception {
    try (XSSFWorkbook wb = fill(template(), data())) {
      XSSFSheet s = wb.getSheet("Invoice");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Invoice INV-2026-0142");
      assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Consulting");
      assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Support");
      assertThat(s.getRow(4).getCell(1).getCellType()).as("numbers stay numbers").isEqualTo(CellType.NUMERIC);
      assertThat(s.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(9800.0);
      assertThat(s.getRow(3).getCell(3).getCellFormula()).isEqualTo("B4*C4");
      assertThat(s.getRow(5).getCell(3).getCellFormula()).as("each copy reads its own row").isEqualTo("B6*C6");
      assertThat(s.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(s.getRow(6).getCell(3).getCellFormula()).as("the total covers every line").isEqualTo("SUM(D4:D6)");
      assertThat(s.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Thank you, Contoso Retail GmbH");
      assertThat(s.getMergedRegions()).extracting(CellRangeAddress::formatAsString).containsExactly("A9:D9");
      assertThat(s.getSheetConditionalFormatting().getConditionalFormattingAt(0).getFormattingRanges()[0]
          .formatAsString()).isEqualTo("D4:D6");
      assertThat(s.getTables().get(0).getArea().formatAsString()).isEqualTo("A3:D6");
      String chart = s.getDrawingPatriarch().getCharts().get(0).getCTChartSpace().xmlText();
      assertThat(chart).contains("Invoice!$D$4:$D$6").contains("Invoice!$A$4:$A$6");
      assertThat(wb.getPrintArea(0)).isEqualTo("Invoice!$A$1:$D$9");
      assertThat(wb.getCTWorkbook().getCalcPr().getFullCalcOnLoad()).isTrue();
      var eval = wb.getCreationHelper().createFormulaEvaluator();
      assertThat(eval.evaluate(s.getRow(6).getCell(3)).getNumberValue()).isEqualTo(12 * 150.0 + 9800 + 1200);
    }
  }

  @Test
  void an_empty_list_removes_the_rows_and_ranges_close_up() throws Exception {
    Map<String, Object> data = data();
    data.put("lines", List.of());
    try (XSSFWorkbook wb = fill(template(), data)) {
      XSSFSheet s = wb.getSheet("Invoice");
      assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(s.getMergedRegions()).extracting(CellRangeAddress::formatAsString).containsExactly("A6:D6");
    }
  }

  @Test
  void fields_and_errors_name_the_cell() throws Exception {
    assertThat(filler.parse(template()).fields()).extracting(TemplateField::fullPath)
        .containsExactly("invoice_number", "lines", "lines[].description", "lines[].quantity", "lines[].unit_price",
            "buyer.name");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Data").createRow(3).createCell(1).setCellValue("{{#each rows}}{{x}}");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      assertThatThrownBy(() -> filler.parse(out.toByteArray())).isInstanceOf(TemplateException.class)
          .hasMessageContaining("Data!B4").hasMessageContaining("{{#each rows}} is never closed");
    }
    Map<String, Object> data = data();
    data.remove("invoice_number");
    assertThatThrownBy(() -> fill(template(), data)).isInstanceOf(TemplateException.class)
        .hasMessageContaining("Invoice!A1").hasMessageContaining("data field missing: invoice_number");
  }
}
