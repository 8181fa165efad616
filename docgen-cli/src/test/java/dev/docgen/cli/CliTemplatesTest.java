package dev.docgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template round trip a user does from the command line. */
class CliTemplatesTest {
  @TempDir
  Path dir;

  private record Result(int code, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DocgenCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private Path template(String heading) throws Exception {
    XWPFDocument doc = new XWPFDocument();
    XWPFParagraph p = doc.createParagraph();
    p.createRun().setText(heading + " {{invoice_");
    p.createRun().setText("number}} for {{buyer.name}}");
    doc.createParagraph().createRun().setText("{{#each lines}}");
    doc.createParagraph().createRun().setText("{{description}}: {{quantity}} × {{unit_price | currency:EUR}}");
    doc.createParagraph().createRun().setText("{{/each}}");
    Path file = dir.resolve(heading + ".docx");
    try (var out = Files.newOutputStream(file)) {
      doc.write(out);
    }
    doc.close();
    return file;
  }

  @Test
  void add_list_fields_get_generate_and_delete() throws Exception {
    String store = dir.resolve("store").toString();
    Path invoice = Path.of(getClass().getResource("/corpus/data/invoice-0142.json").toURI());

    Path file = template("Invoice");
    Result add = run("templates", "add", file.toString(), "--name", "acme-invoice", "--version", "1",
        "--types", "invoice", "--keywords", "contoso", "--description", "Our invoice", "--template-dir", store);
    assertThat(add.code()).as(add.err()).isZero();
    assertThat(add.out()).contains("published acme-invoice@1 (docx, 6 fields");

    Result list = run("templates", "list", "--template-dir", store);
    assertThat(list.out()).contains("acme-invoice").contains("filesystem").contains("builtin").contains("Our invoice");

    Result fields = run("templates", "fields", "acme-invoice", "--template-dir", store, "--data", invoice.toString());
    assertThat(fields.code()).as(fields.out() + fields.err()).isZero();
    assertThat(fields.out()).contains("lines[].unit_price").contains("dry run: invoice-0142.json has every field");

    Path partial = Files.writeString(dir.resolve("partial.json"), "{\"invoice_number\": \"X\", \"lines\": [{\"description\": \"a\"}]}");
    Result dry = run("templates", "fields", "acme-invoice@1", "--template-dir", store, "--data", partial.toString());
    assertThat(dry.code()).isEqualTo(3);
    assertThat(dry.out()).contains("lacks 3 field(s)").contains("buyer.name (value, at paragraph 1)")
        .contains("lines[].quantity");

    Path exported = dir.resolve("exported.docx");
    assertThat(run("templates", "get", "acme-invoice@1", "-o", exported.toString(), "--template-dir", store).code()).isZero();
    assertThat(Files.readAllBytes(exported)).isEqualTo(Files.readAllBytes(file));

    Path out = dir.resolve("filled.docx");
    Path report = dir.resolve("report.json");
    Result gen = run("generate", "Generate invoice INV-2026-0142 for Contoso Retail GmbH", "--data", invoice.toString(),
        "--template", "acme-invoice@1", "--template-dir", store, "--output", out.toString(), "--report", report.toString());
    assertThat(gen.code()).as(gen.err()).isZero();
    try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Invoice INV-2026-0142 for Contoso Retail GmbH");
      assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
          .contains("Implementation sprint (2 weeks): 1 × €9,800.00");
    }
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.path("template").asText()).isEqualTo("acme-invoice@1");
    assertThat(json.path("templateReason").asText()).isEqualTo("named in the request");

    Result auto = run("generate", "Generate invoice INV-2026-0142 for Contoso Retail GmbH", "--data", invoice.toString(),
        "--template-dir", store, "--output", out.toString(), "--report", report.toString());
    assertThat(auto.code()).as(auto.err()).isZero();
    assertThat(new ObjectMapper().readTree(report.toFile()).path("templateReason").asText())
        .contains("document type 'invoice'").contains("keywords");

    assertThat(run("templates", "delete", "acme-invoice@1", "--template-dir", store).out()).contains("deleted acme-invoice@1");
    Result gone = run("templates", "get", "acme-invoice@1", "-o", exported.toString(), "--template-dir", store);
    assertThat(gone.code()).isEqualTo(3);
    assertThat(gone.err()).contains("template 'acme-invoice@1' not found");
  }

  @Test
  void a_built_in_can_be_exported_but_its_version_not_overwritten() throws Exception {
    Path exported = dir.resolve("invoice.docx");
    assertThat(run("templates", "get", "invoice", "-o", exported.toString()).code()).isZero();
    Result same = run("templates", "add", exported.toString(), "--name", "invoice", "--version", "1", "--template-dir",
        dir.resolve("store").toString());
    assertThat(same.code()).isEqualTo(3);
    assertThat(same.err()).contains("built-in template's version").contains("invoice@2");
    Result v2 = run("templates", "add", exported.toString(), "--name", "invoice", "--version", "2", "--types", "invoice",
        "--template-dir", dir.resolve("store").toString());
    assertThat(v2.code()).as(v2.err()).isZero();
  }

  @Test
  void unsafe_uploads_are_refused_with_a_clear_message() throws Exception {
    Path notZip = Files.writeString(dir.resolve("evil.docx"), "MZ not a zip");
    Result r = run("templates", "add", notZip.toString(), "--name", "evil", "--version", "1", "--template-dir",
        dir.resolve("store").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("rejected: not a DOCX or XLSX file");
    Result name = run("templates", "add", template("Invoice").toString(), "--name", "../etc", "--version", "1",
        "--template-dir", dir.resolve("store").toString());
    assertThat(name.code()).isEqualTo(3);
    assertThat(name.err()).contains("unsafe template name '../etc'").doesNotContain("\tat ");
    Result verbose = run("templates", "add", notZip.toString(), "--name", "evil", "--version", "1", "--template-dir",
        dir.resolve("store").toString(), "--verbose");
    assertThat(verbose.err()).as("--verbose works two commands deep").contains("\tat dev.docgen");
  }
}
