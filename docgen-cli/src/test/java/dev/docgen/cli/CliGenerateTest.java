package dev.docgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliGenerateTest {
  @TempDir
  Path dir;

  private static int run(String... args) {
    return DocgenCommand.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @Test
  void a_fact_it_could_only_list_as_written_is_in_the_report_and_lowers_the_score() throws Exception {
    Path out = dir.resolve("claim.docx");
    Path report = dir.resolve("claim.json");
    assertThat(run("generate", "expense claim for Laura Mitchell, North Valley Youth Trust. conference trip Manchester "
        + "3-4 Feb 2026. train return Sheffield-Manchester £42.60, Premier Inn 1 night £89.00. total please.",
        "--output", out.toString(), "--report", report.toString())).isZero();
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    List<JsonNode> unplaced = new java.util.ArrayList<>();
    json.path("quality").path("findings").forEach(f -> {
      if (f.path("code").asText().equals("request.unplaced")) {
        unplaced.add(f);
      }
    });
    assertThat(unplaced).isNotEmpty().allSatisfy(f -> assertThat(f.path("severity").asText()).isEqualTo("WARNING"));
    try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
      String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (x, y) -> x + "\n" + y);
      // Each one counted is one the document shows as the request wrote it.
      assertThat(unplaced).allSatisfy(f -> assertThat(text).contains(f.path("message").asText()
          .replaceFirst("^[^\"]*\"", "").replaceFirst("\"$", "")));
    }
    assertThat(json.path("quality").path("score").asDouble()).isLessThanOrEqualTo(1.0 - 0.05 * unplaced.size() + 1e-9);
  }

  @Test
  void generates_the_readme_status_report_with_a_report() throws Exception {
    Path out = dir.resolve("report.docx");
    Path report = dir.resolve("report.json");
    assertThat(run("generate", "Create a project status report for Q4 2025", "--format", "docx",
        "--output", out.toString(), "--report", report.toString())).isZero();
    try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getParagraphs()).anyMatch(p -> "Title".equals(p.getStyle())
          && p.getText().equals("Project Status Report — Q4 2025"));
    }
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.path("format").asText()).isEqualTo("docx");
    assertThat(json.path("documentType").asText()).isEqualTo("status-report");
    assertThat(json.path("template").asText()).isEqualTo("builtin:status-report");
    assertThat(json.path("timingsSeconds").has("interpret")).isTrue();
    assertThat(json.path("timingsSeconds").has("render")).isTrue();
    assertThat(json.path("timingsSeconds").has("inspect")).isTrue();
    assertThat(json.path("quality").path("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.path("quality").path("coverage").get(0).path("requirement").asText()).isEqualTo("Q4 2025");
  }

  @Test
  void without_format_the_output_file_extension_chooses_it() throws Exception {
    Path pdf = dir.resolve("report.pdf");
    Path xlsx = dir.resolve("report.xlsx");
    Path other = dir.resolve("report.out");
    assertThat(run("generate", "Create a project status report for Q4 2025", "--output", pdf.toString())).isZero();
    assertThat(run("generate", "Create a project status report for Q4 2025", "-o", xlsx.toString())).isZero();
    assertThat(run("generate", "Create a project status report for Q4 2025", "-o", other.toString())).isZero();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isPositive();
    }
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
      assertThat(book.getNumberOfSheets()).isPositive();
    }
    try (InputStream in = Files.newInputStream(other); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getParagraphs()).isNotEmpty(); // no known extension: DOCX, as before
    }
  }

  @Test
  void landscape_flag_turns_every_pdf_page() throws Exception {
    Path out = dir.resolve("wide.pdf");
    assertThat(run("generate", "Create a project status report for Q4 2025", "--format", "pdf", "--landscape",
        "--output", out.toString())).isZero();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
      assertThat(doc.getNumberOfPages()).isPositive();
      doc.getPages().forEach(p -> assertThat(p.getMediaBox().getWidth()).isGreaterThan(p.getMediaBox().getHeight()));
    }
  }

  @Test
  void a_spreadsheet_keeps_every_data_row_while_a_document_keeps_the_largest() throws Exception {
    StringBuilder csv = new StringBuilder("order,region,amount\n");
    for (int i = 0; i < 800; i++) {
      csv.append("ORD-").append(i).append(',').append(i % 2 == 0 ? "North" : "South").append(',')
          .append(100 + i).append(".25\n");
    }
    Path data = Files.writeString(dir.resolve("orders.csv"), csv);
    Path xlsx = dir.resolve("orders.xlsx");
    Path docx = dir.resolve("orders.docx");
    assertThat(run("generate", "Sales report by region", "--data", data.toString(), "--format", "xlsx",
        "--output", xlsx.toString())).isZero();
    assertThat(run("generate", "Sales report by region", "--data", data.toString(), "--output", docx.toString()))
        .isZero();
    try (InputStream in = Files.newInputStream(xlsx);
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var detail = wb.getSheet("Detailed Data").getTables().get(0);
      assertThat(detail.getEndRowIndex() - detail.getStartRowIndex() - 1).as("data rows").isEqualTo(800);
    }
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().contains("The 500 largest of 800 rows"));
    }
  }

  @Test
  void renders_an_example_spec() throws Exception {
    Path out = dir.resolve("rich.docx");
    assertThat(run("render", "../examples/specs/rich.json", "--output", out.toString())).isZero();
    try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getTables()).isNotEmpty();
      assertThat(doc.getCharts()).isNotEmpty();
    }
  }

  @Test
  void prints_the_schema() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(run("schema")).isZero();
    } finally {
      System.setOut(original);
    }
    JsonNode schema = new ObjectMapper().readTree(captured.toString(StandardCharsets.UTF_8));
    assertThat(schema.has("$schema")).isTrue();
  }

  @Test
  void overwriting_replaces_the_file_and_leaves_nothing_else() throws Exception {
    Path out = dir.resolve("memo.docx");
    Files.writeString(out, "old content");
    assertThat(run("generate", "Write a memo to all staff about parking", "--output", out.toString())).isZero();
    assertThat(Files.readAllBytes(out)).startsWith('P', 'K');
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  private static int process(Path out, String epoch, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.docgen.cli.DocgenCommand", "generate"));
    cmd.addAll(List.of(args));
    cmd.addAll(List.of("--output", out.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(new File("/dev/null"));
    pb.environment().put("SOURCE_DATE_EPOCH", epoch);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  @Test
  void the_same_source_date_epoch_gives_byte_identical_files_across_processes() throws Exception {
    String csv = Paths.get("src/test/resources/corpus/data/sales-q3-2026.csv").toString();
    String[] sales = {"Quarterly sales report for Q3 2026 with revenue totals by region and a chart", "--data", csv};
    assertThat(process(dir.resolve("a.docx"), "1795000000", sales)).isZero();
    Thread.sleep(1100);
    assertThat(process(dir.resolve("b.docx"), "1795000000", sales)).isZero();
    assertThat(process(dir.resolve("c.docx"), "1795090000", sales)).isZero();
    assertThat(Files.readAllBytes(dir.resolve("a.docx"))).isEqualTo(Files.readAllBytes(dir.resolve("b.docx")));
    assertThat(Files.readAllBytes(dir.resolve("a.docx"))).isNotEqualTo(Files.readAllBytes(dir.resolve("c.docx")));
    assertThat(process(dir.resolve("d.docx"), "yesterday", "Status report")).isEqualTo(2);
    assertThat(dir.resolve("d.docx")).doesNotExist();
  }
}
