package dev.docgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docgen batch: a JSON Lines file of requests into a directory of files and a manifest, with no server. */
class CliBatchTest {
  @TempDir
  Path dir;

  @Test
  void every_line_becomes_a_file_or_a_named_failure_in_the_manifest() throws Exception {
    Files.copy(Paths.get("src/test/resources/corpus/data/sales-q3-2026.csv"), dir.resolve("sales.csv"));
    Path requests = dir.resolve("requests.jsonl");
    Files.writeString(requests, String.join("\n",
        "{\"prompt\": \"Create a project status report for Q4 2025\", \"format\": \"pdf\"}",
        "{\"prompt\": \"Quarterly sales report for Q3 2026 with revenue totals by region\", \"format\": \"xlsx\", "
            + "\"data\": \"sales.csv\", \"name\": \"Sales Q3\"}",
        "",
        "{\"prompt\": \"Sales report\", \"format\": \"pdf\", \"data\": \"{\\\"rows\\\": [1,\"}",
        "not json"), StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    Path out = dir.resolve("out");

    int code = DocgenCommand.run(new String[] {"batch", requests.toString(), "--output-dir", out.toString(),
        "--parallel", "2"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

    assertThat(code).as(err.toString()).isEqualTo(4); // some failed
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.path("count").asInt()).isEqualTo(4);
    assertThat(manifest.path("succeeded").asInt()).isEqualTo(2);
    JsonNode items = manifest.path("items");
    assertThat(items.get(0).path("file").asText()).isEqualTo("001-project-status-report-q4-2025.pdf");
    assertThat(items.get(1).path("file").asText()).isEqualTo("002-Sales-Q3.xlsx");
    assertThat(items.get(2).path("error").path("code").asText()).isEqualTo("INVALID_DATA");
    assertThat(items.get(3).path("error").path("message").asText()).isEqualTo("line 5: not JSON");
    try (PDDocument pdf = Loader.loadPDF(out.resolve("001-project-status-report-q4-2025.pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Q4 2025");
    }
    try (XSSFWorkbook book = new XSSFWorkbook(out.resolve("002-Sales-Q3.xlsx").toFile())) {
      assertThat(book.getNumberOfSheets()).isPositive();
    }
    assertThat(Files.list(out).count()).isEqualTo(3);
  }

  @Test
  void a_missing_requests_file_is_bad_input() {
    StringWriter err = new StringWriter();
    int code = DocgenCommand.run(new String[] {"batch", dir.resolve("nope.jsonl").toString(), "--output-dir",
        dir.resolve("out").toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).contains("requests file not found").doesNotContain("Exception");
  }
}
