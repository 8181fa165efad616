package dev.docgen.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Finding;
import dev.docgen.api.spi.Inspection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class XlsxInspectorTest {
  private final XlsxInspector inspector = new XlsxInspector();

  /** Rewrites one part of a package, as a broken writer or a hand edit would. */
  static byte[] edit(byte[] xlsx, String part, UnaryOperator<String> change) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(part)) {
          data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void a_clean_workbook_reads_back_its_text_tables_and_charts() throws Exception {
    Inspection i = inspector.inspect(XlsxRendererTest.render(XlsxRendererTest.report()), XlsxRendererTest.report());
    assertThat(i.findings()).isEmpty();
    assertThat(i.tables()).isEqualTo(2);
    assertThat(i.charts()).isEqualTo(2);
    assertThat(i.headings()).contains("Summary", "Revenue by Region", "Stock", "Quarterly Report — Q3 2026",
        "Executive Summary");
    assertThat(i.text()).contains("€4,802.00").contains("4802").contains("2026-07-01").contains("South led the quarter.");
  }

  @Test
  void a_total_that_does_not_match_its_cells_is_an_error() throws Exception {
    byte[] bytes = XlsxRendererTest.render(XlsxRendererTest.report());
    byte[] tampered = edit(bytes, "xl/worksheets/sheet2.xml", s -> s.replace("<v>4802.00</v>", "<v>5000</v>"));
    assertThat(tampered).isNotEqualTo(bytes);
    assertThat(inspector.inspect(tampered, XlsxRendererTest.report()).findings())
        .anyMatch(f -> f.code().equals("xlsx.total-mismatch") && f.message().contains("5000")
            && f.message().contains("4802"));
  }

  @Test
  void a_chart_reading_a_missing_sheet_or_empty_cells_is_an_error() throws Exception {
    byte[] bytes = XlsxRendererTest.render(XlsxRendererTest.report());
    byte[] missing = edit(bytes, "xl/charts/chart2.xml", s -> s.replace("'Revenue by Region'!$H$4:$H$5", "'Nowhere'!$H$4:$H$5"));
    assertThat(inspector.inspect(missing, XlsxRendererTest.report()).findings())
        .anyMatch(f -> f.code().equals("xlsx.chart-range") && f.message().contains("Nowhere"));
    byte[] empty = edit(bytes, "xl/charts/chart2.xml", s -> s.replace("$H$4:$H$5", "$H$40:$H$41"));
    assertThat(inspector.inspect(empty, XlsxRendererTest.report()).findings())
        .anyMatch(f -> f.code().equals("xlsx.chart-range") && f.message().contains("is empty"));
  }

  @Test
  void a_formula_outside_a_totals_row_is_an_error() throws Exception {
    byte[] bytes = XlsxRendererTest.render(XlsxRendererTest.report());
    byte[] injected = edit(bytes, "xl/worksheets/sheet2.xml", s -> s.replace(
        "<c r=\"A4\" t=\"inlineStr\"><is><t>North</t></is></c>", "<c r=\"A4\"><f>HYPERLINK(\"http://x\")</f></c>"));
    assertThat(injected).isNotEqualTo(bytes);
    assertThat(inspector.inspect(injected, XlsxRendererTest.report()).findings())
        .anyMatch(f -> f.code().equals("xlsx.unexpected-formula") && f.location().contains("A4"));
  }

  @Test
  void garbage_is_an_unreadable_finding_not_an_exception() {
    assertThat(inspector.inspect(new byte[] {1, 2, 3}, XlsxRendererTest.report()).findings())
        .extracting(Finding::code).contains("xlsx.unreadable");
  }
}
