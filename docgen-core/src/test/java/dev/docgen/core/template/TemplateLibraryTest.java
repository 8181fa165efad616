package dev.docgen.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docgen.api.Artifact;
import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationRequest;
import dev.docgen.api.TemplateException;
import dev.docgen.api.template.TemplateField;
import dev.docgen.api.template.TemplateInfo;
import dev.docgen.api.template.TemplateRef;
import dev.docgen.api.template.TemplateUpload;
import dev.docgen.core.DocumentPipeline;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template round trip through the pipeline: publish, list, generate, publish v2, generate again, delete. */
class TemplateLibraryTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
  static final String INVOICE = """
      {"invoice_number": "INV-2026-0142", "issue_date": "2026-11-28", "currency": "EUR",
       "buyer": {"name": "Contoso Retail GmbH", "address": "Friedrichstrasse 88, 10117 Berlin"},
       "lines": [{"description": "Consulting", "quantity": 12, "unit_price": 150.0},
                 {"description": "Implementation sprint", "quantity": 1, "unit_price": 9800.0}]}
      """;

  @TempDir
  Path dir;
  SimpleMeterRegistry registry;
  DocumentPipeline pipeline;

  @BeforeEach
  void setUp() {
    registry = new SimpleMeterRegistry();
    pipeline = DocumentPipeline.builder().templateDirectory(dir).meterRegistry(registry).build();
  }

  /** An invoice template as Word saves it: tags split over runs. */
  static byte[] invoiceTemplate(String heading) throws Exception {
    XWPFDocument doc = new XWPFDocument();
    para(doc, heading + " {{invoice_", "number}}");
    para(doc, "Bill to: {{buyer.na", "me}}, {{buyer.address}}");
    para(doc, "Issued {{issue_date | date:\"d MMMM yyyy\"}}");
    XWPFTable t = doc.createTable(2, 3);
    t.getRow(0).getCell(0).setText("Description");
    t.getRow(0).getCell(1).setText("Qty");
    t.getRow(0).getCell(2).setText("Unit price");
    para(t.getRow(1).getCell(0).getParagraphs().get(0), "{{#each lines}}{{desc", "ription}}");
    para(t.getRow(1).getCell(1).getParagraphs().get(0), "{{quantity}}");
    para(t.getRow(1).getCell(2).getParagraphs().get(0), "{{unit_price | currency:EUR}}{{/each}}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    return out.toByteArray();
  }

  static void para(XWPFDocument doc, String... pieces) {
    para(doc.createParagraph(), pieces);
  }

  static void para(XWPFParagraph p, String... pieces) {
    for (String piece : pieces) {
      XWPFRun r = p.createRun();
      r.setText(piece);
    }
  }

  private TemplateInfo publish(String version, byte[] bytes) {
    return pipeline.templates().publish(new TemplateUpload("invoice-letter", version, "invoice.docx", bytes,
        "Invoice on our letterhead", List.of("invoice"), List.of("contoso")));
  }

  private Artifact generate(String template) {
    GenerationRequest.Builder r = GenerationRequest.builder("Generate invoice INV-2026-0142 for Contoso Retail GmbH")
        .format("docx").data(DataInput.json("invoice.json", INVOICE)).clock(CLOCK);
    if (template != null) {
      r.template(template);
    }
    return pipeline.generate(r.build());
  }

  static String text(Artifact a) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(a.bytes()))) {
      StringBuilder b = new StringBuilder();
      doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
      doc.getTables().forEach(t -> t.getRows().forEach(row -> {
        row.getTableCells().forEach(c -> b.append(c.getText()).append(" | "));
        b.append('\n');
      }));
      return b.toString();
    }
  }

  @Test
  void publish_list_generate_publish_v2_and_generate_with_it() throws Exception {
    byte[] v1Bytes = invoiceTemplate("Invoice");
    TemplateInfo v1 = publish("1", v1Bytes);
    assertThat(v1.format()).isEqualTo("docx");
    assertThat(v1.sha256()).hasSize(64);
    assertThat(v1.fields()).extracting(TemplateField::fullPath).containsExactly("invoice_number", "buyer.name",
        "buyer.address", "issue_date", "lines", "lines[].description", "lines[].quantity", "lines[].unit_price");
    assertThat(pipeline.templates().list()).extracting(TemplateInfo::id).contains("invoice-letter@1");

    Artifact first = generate("invoice-letter@1");
    assertThat(first.template()).isEqualTo("invoice-letter@1");
    assertThat(first.templateReason()).isEqualTo("named in the request");
    assertThat(text(first)).contains("Invoice INV-2026-0142", "Bill to: Contoso Retail GmbH, Friedrichstrasse 88",
        "Issued 28 November 2026", "Consulting | 12 | €150.00", "Implementation sprint | 1 | €9,800.00");

    publish("2", invoiceTemplate("INVOICE"));
    Artifact latest = generate("invoice-letter");
    assertThat(latest.template()).isEqualTo("invoice-letter@2");
    assertThat(text(latest)).contains("INVOICE INV-2026-0142");

    assertThat(pipeline.templates().delete(TemplateRef.parse("invoice-letter@2"))).isTrue();
    assertThat(generate("invoice-letter").template()).isEqualTo("invoice-letter@1");
    assertThat(pipeline.templates().export(TemplateRef.parse("invoice-letter@1"))).isEqualTo(v1Bytes);
  }

  @Test
  void a_published_version_is_immutable() throws Exception {
    byte[] bytes = invoiceTemplate("Invoice");
    TemplateInfo v1 = publish("1", bytes);
    assertThat(publish("1", bytes.clone())).as("same bytes again").isEqualTo(v1);
    assertThatThrownBy(() -> publish("1", invoiceTemplate("Rechnung"))).isInstanceOf(TemplateException.class)
        .hasMessageContaining("invoice-letter@1").hasMessageContaining("conflict");
  }

  @Test
  void a_request_that_names_no_template_gets_the_best_match_and_the_report_says_why() throws Exception {
    publish("1", invoiceTemplate("Invoice"));
    Artifact a = generate(null);
    assertThat(a.template()).isEqualTo("invoice-letter@1");
    assertThat(a.templateReason()).contains("document type 'invoice'").contains("1 of its keywords");
    GenerationRequest memo = GenerationRequest.builder("Write a memo to all staff").clock(CLOCK).build();
    assertThat(pipeline.generate(memo).template()).isEqualTo("builtin:memo");
  }

  @Test
  void the_cache_parses_once_reports_to_micrometer_and_forgets_on_publish_and_delete() throws Exception {
    publish("1", invoiceTemplate("Invoice"));
    int builtins = (int) pipeline.templates().list().stream().filter(t -> t.source().equals("builtin")).count();
    assertThat(pipeline.templates().warm()).as("the published template and the built-ins").isEqualTo(builtins + 1);
    generate("invoice-letter@1");
    generate("invoice-letter@1");
    assertThat(registry.get("template_cache_hits").functionCounter().count()).isEqualTo(2);
    assertThat(registry.get("template_cache_misses").functionCounter().count()).isEqualTo(builtins + 1);
    assertThat(registry.get("template_cache_size").gauge().value()).isEqualTo(builtins + 1);
    assertThat(registry.get("template_cache_weight_bytes").gauge().value()).isPositive();
    pipeline.templates().delete(TemplateRef.parse("invoice-letter@1"));
    assertThat(registry.get("template_cache_size").gauge().value()).isEqualTo(builtins);
  }

  @Test
  void a_letterhead_template_takes_the_whole_generated_report_with_its_charts() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    para(doc, "ACME Corp — Confidential");
    para(doc, "{{doc.title}}");
    para(doc, "{{>con", "tent}}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    pipeline.templates().publish(new TemplateUpload("letterhead", "1", "letterhead.docx", out.toByteArray(), "",
        List.of(), List.of()));
    Artifact a = pipeline.generate(GenerationRequest.builder("Sales report by region with a chart")
        .data(DataInput.csv("sales.csv", "region,month,revenue\nNorth,2026-07,1200.50\nNorth,2026-08,1300.00\n"
            + "South,2026-07,980.25\nSouth,2026-08,1010.00\nEast,2026-07,400.00\nEast,2026-08,455.10\n"))
        .template("letterhead").clock(CLOCK).build());
    assertThat(a.quality().passed()).as(a.quality().findings().toString()).isTrue();
    try (XWPFDocument filled = new XWPFDocument(new ByteArrayInputStream(a.bytes()))) {
      assertThat(filled.getParagraphs().get(0).getText()).isEqualTo("ACME Corp — Confidential");
      assertThat(filled.getCharts()).isNotEmpty();
      assertThat(filled.getTables()).isNotEmpty();
      assertThat(text(a)).contains("North").doesNotContain("{{");
    }
  }

  @Test
  void template_errors_name_the_tag_and_place() throws Exception {
    publish("1", invoiceTemplate("Invoice"));
    GenerationRequest missing = GenerationRequest.builder("Generate invoice").format("docx").template("invoice-letter@1")
        .data(DataInput.json("invoice.json", "{\"lines\": []}")).clock(CLOCK).build();
    assertThatThrownBy(() -> pipeline.generate(missing)).isInstanceOf(TemplateException.class)
        .hasMessageContaining("paragraph 1").hasMessageContaining("{{invoice_number}}")
        .hasMessageContaining("data field missing: invoice_number");
    assertThatThrownBy(() -> generate("nope@3")).isInstanceOf(TemplateException.class)
        .hasMessageContaining("template 'nope@3' not found").hasMessageContaining("invoice-letter");
    GenerationRequest pdf = GenerationRequest.builder("Generate invoice").format("pdf").template("invoice-letter@1")
        .clock(CLOCK).build();
    assertThatThrownBy(() -> DocumentPipeline.builder().templateDirectory(dir).build().generate(pdf))
        .isInstanceOf(dev.docgen.api.DocgenException.class);
  }
}
