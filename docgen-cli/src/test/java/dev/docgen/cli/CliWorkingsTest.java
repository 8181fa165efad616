package dev.docgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every derived figure is in {@code --report} with its working, and each one re-computes from the data file with
 * this test's own arithmetic: the document's commission is what the sales and the rates give.
 */
class CliWorkingsTest {
  @TempDir
  Path dir;

  @Test
  void each_commission_in_the_report_recomputes_from_the_data_and_the_document_shows_the_total() throws Exception {
    Path data = Path.of("src/test/resources/corpus/data/commission-nov-2026.csv");
    Path out = dir.resolve("commission.docx");
    Path report = dir.resolve("commission.json");
    int code = DocgenCommand.run(new String[] {"generate", "Commission statement for November 2026 by region",
        "--data", data.toString(), "--output", out.toString(), "--report", report.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    Map<String, BigDecimal> expected = new HashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      BigDecimal commission = new BigDecimal(f[2]).multiply(new BigDecimal(f[4].replace("%", "")))
          .movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
      expected.put("commission[" + f[0] + "]", commission);
      total = total.add(commission);
    }
    JsonNode figures = new ObjectMapper().readTree(report.toFile()).path("quality").path("figures");
    Map<String, JsonNode> byId = new HashMap<>();
    figures.forEach(f -> byId.put(f.path("id").asText(), f));
    assertThat(byId.keySet()).containsAll(expected.keySet());
    expected.forEach((id, value) -> {
      JsonNode f = byId.get(id);
      assertThat(new BigDecimal(f.path("value").asText())).as(id).isEqualByComparingTo(value);
      assertThat(f.path("working").asText()).as(id).startsWith("Commission = ").endsWith(" = " + value.toPlainString());
      assertThat(f.path("formula").asText()).isEqualTo("Commission = Sales × Commission rate");
    });
    assertThat(new BigDecimal(byId.get("total_commission").path("value").asText())).isEqualByComparingTo(total);
    try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Total commission").contains(String.format("%,.2f", total));
    }
  }

  @Test
  void the_vat_at_each_rate_in_the_report_recomputes_from_the_invoice_lines() throws Exception {
    Path data = Path.of("src/test/resources/corpus/data/invoice-2207-mixed-vat.json");
    Path out = dir.resolve("invoice.pdf");
    Path report = dir.resolve("invoice.json");
    int code = DocgenCommand.run(new String[] {"generate", "Invoice INV-2207 to St Anne's Primary School",
        "--data", data.toString(), "--output", out.toString(), "--report", report.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    // This test's own arithmetic: each line after its discount, summed by rate, taxed by rate.
    Map<BigDecimal, BigDecimal> base = new java.util.TreeMap<>();
    for (JsonNode l : new ObjectMapper().readTree(data.toFile()).path("lines")) {
      BigDecimal unit = new BigDecimal(l.path("unit_price").asText());
      if (l.has("discount_pct")) {
        unit = unit.multiply(BigDecimal.ONE.subtract(new BigDecimal(l.path("discount_pct").asText()).movePointLeft(2)))
            .setScale(2, RoundingMode.HALF_UP);
      }
      base.merge(new BigDecimal(l.path("vat_rate").asText()).movePointLeft(2).stripTrailingZeros(),
          unit.multiply(new BigDecimal(l.path("quantity").asText())).setScale(2, RoundingMode.HALF_UP), BigDecimal::add);
    }
    JsonNode figures = new ObjectMapper().readTree(report.toFile()).path("quality").path("figures");
    Map<String, JsonNode> byId = new HashMap<>();
    figures.forEach(f -> byId.put(f.path("id").asText(), f));
    BigDecimal vat = BigDecimal.ZERO;
    for (Map.Entry<BigDecimal, BigDecimal> e : base.entrySet()) {
      BigDecimal tax = e.getKey().multiply(e.getValue()).setScale(2, RoundingMode.HALF_UP);
      JsonNode f = byId.get("tax[" + e.getKey().toPlainString() + "]");
      assertThat(f).as("VAT at " + e.getKey()).isNotNull();
      assertThat(new BigDecimal(f.path("value").asText())).isEqualByComparingTo(tax);
      assertThat(f.path("working").asText()).isEqualTo("VAT at " + e.getKey().toPlainString() + " = " + e.getKey().toPlainString()
          + " × " + e.getValue().toPlainString() + " = " + tax.toPlainString());
      vat = vat.add(tax);
    }
    BigDecimal subtotal = base.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(new BigDecimal(byId.get("tax").path("value").asText())).isEqualByComparingTo(vat);
    assertThat(new BigDecimal(byId.get("total").path("value").asText())).isEqualByComparingTo(subtotal.add(vat));
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains(String.format("£%,.2f", subtotal.add(vat)));
    }
  }
}
