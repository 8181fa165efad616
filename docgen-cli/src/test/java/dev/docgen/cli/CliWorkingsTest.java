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
}
