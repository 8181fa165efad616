package dev.docgen.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Artifact;
import dev.docgen.api.DataInput;
import dev.docgen.api.Finding;
import dev.docgen.api.GenerationRequest;
import dev.docgen.api.template.TemplateInfo;
import dev.docgen.api.template.TemplateRef;
import dev.docgen.api.template.TemplateUpload;
import dev.docgen.core.DocumentPipeline;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in templates: listed, filled from generated content, exported, edited and published back. */
class BuiltinTemplatesTest {
  @TempDir
  Path dir;

  private static final String INVOICE = """
      {"invoice_number": "INV-2026-0142", "issue_date": "2026-11-28", "due_date": "2026-12-28",
       "seller": {"name": "Northwind Analytics Ltd", "address": "12 Harbour Street, Leeds LS1 4AB"},
       "buyer": {"name": "Contoso Retail GmbH", "address": "Friedrichstrasse 88, 10117 Berlin"},
       "currency": "EUR", "tax_rate": 0.19,
       "lines": [{"description": "Consulting", "quantity": 12, "unit_price": 150.0},
                 {"description": "Implementation sprint (2 weeks)", "quantity": 1, "unit_price": 9800.0}]}
      """;

  static String text(Artifact a) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(a.bytes()))) {
      StringBuilder b = new StringBuilder();
      doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
      doc.getTables().forEach(t -> t.getRows().forEach(r -> {
        r.getTableCells().forEach(c -> b.append(c.getText()).append(" | "));
        b.append('\n');
      }));
      doc.getHeaderList().forEach(h -> b.append(h.getText()));
      return b.toString();
    }
  }

  @Test
  void seven_built_ins_in_two_formats_are_listed_and_none_is_picked_unasked() {
    DocumentPipeline pipeline = DocumentPipeline.builder().build();
    List<TemplateInfo> builtins = pipeline.templates().list().stream().filter(t -> t.source().equals("builtin")).toList();
    assertThat(builtins).extracting(TemplateInfo::id).containsExactlyInAnyOrder("invoice@1", "letter@1", "memo@1",
        "minutes@1", "report@1", "invoice-sheet@1", "expense-sheet@1");
    assertThat(builtins).extracting(TemplateInfo::format).contains("docx", "xlsx");
    assertThat(pipeline.templates().warm()).isEqualTo(7);
    Artifact memo = pipeline.generate(GenerationRequest.builder("Write a memo to all staff about the office move").build());
    assertThat(memo.template()).isEqualTo("builtin:memo");
  }

  @Test
  void the_invoice_built_in_lays_out_the_computed_lines_in_its_own_design() throws Exception {
    DocumentPipeline pipeline = DocumentPipeline.builder().build();
    Artifact a = pipeline.generate(GenerationRequest.builder("Generate invoice INV-2026-0142 for Contoso Retail GmbH")
        .data(DataInput.json("invoice.json", INVOICE)).template("invoice").build());
    assertThat(a.template()).isEqualTo("invoice@1");
    assertThat(a.quality().findings()).extracting(Finding::code).doesNotContain("docx.unresolved-tag");
    String text = text(a);
    assertThat(text).contains("Invoice INV-2026-0142", "Issued 28 November 2026 · Due 28 December 2026",
        "Northwind Analytics Ltd", "Contoso Retail GmbH", "Consulting | 12 | ", "1,800.00", "Subtotal: €11,600.00", "VAT 19%: €2,204.00",
        "Total: €13,804.00");
    assertThat(text).doesNotContain("{{");
  }

  @Test
  void the_invoice_workbook_grows_its_lines_and_its_totals_follow() throws Exception {
    DocumentPipeline pipeline = DocumentPipeline.builder().build();
    Artifact a = pipeline.generate(GenerationRequest.builder("Generate invoice INV-2026-0142 for Contoso Retail GmbH")
        .format("xlsx").data(DataInput.json("invoice.json", INVOICE)).template("invoice-sheet").build());
    assertThat(a.template()).isEqualTo("invoice-sheet@1");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(a.bytes()))) {
      var s = wb.getSheet("Invoice");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Invoice INV-2026-0142");
      assertThat(s.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Consulting");
      assertThat(s.getRow(7).getCell(3).getCellFormula()).isEqualTo("B8*C8");
      assertThat(s.getRow(8).getCell(3).getCellFormula()).isEqualTo("SUM(D7:D8)");
      var eval = wb.getCreationHelper().createFormulaEvaluator();
      assertThat(eval.evaluate(s.getRow(8).getCell(3)).getNumberValue()).isEqualTo(11600.0);
      assertThat(eval.evaluate(s.getRow(10).getCell(3)).getNumberValue()).isEqualTo(13804.0);
    }
  }

  @Test
  void each_built_in_fills_from_a_prompt_alone() throws Exception {
    DocumentPipeline pipeline = DocumentPipeline.builder().build();
    for (String[] c : new String[][] {{"report", "Create a project status report for Q4 2025"},
        {"letter", "Write a letter to Contoso Retail GmbH about the delivery delay"},
        {"memo", "Write a memo to all staff about the office move"},
        {"minutes", "Meeting minutes for the weekly engineering sync on 2026-11-24"}}) {
      Artifact a = pipeline.generate(GenerationRequest.builder(c[1]).template(c[0]).build());
      String text = text(a);
      assertThat(text).as(c[0]).doesNotContain("{{").contains(a.spec().metadata().title());
      assertThat(a.quality().passed()).as(c[0] + ": " + a.quality().findings()).isTrue();
    }
  }

  @Test
  void export_a_built_in_edit_it_publish_v2_and_generate_with_it() throws Exception {
    DocumentPipeline pipeline = DocumentPipeline.builder().templateDirectory(dir).build();
    byte[] exported = pipeline.templates().export(TemplateRef.parse("invoice"));
    byte[] edited = TemplateSafetyTestSupport.replaceInPart(exported, "word/document.xml", "Invoice {{invoice_number}}",
        "Rechnung {{invoice_number}} für {{buyer.name}}");
    pipeline.templates().publish(new TemplateUpload("invoice", "2", "invoice.docx", edited, "German heading",
        List.of("invoice"), List.of("contoso")));
    Artifact named = pipeline.generate(GenerationRequest.builder("Generate invoice INV-2026-0142")
        .data(DataInput.json("invoice.json", INVOICE)).template("invoice").build());
    assertThat(named.template()).isEqualTo("invoice@2");
    assertThat(text(named)).contains("Rechnung INV-2026-0142 für Contoso Retail GmbH");
    Artifact picked = pipeline.generate(GenerationRequest.builder("Generate invoice INV-2026-0142 for Contoso")
        .data(DataInput.json("invoice.json", INVOICE)).build());
    assertThat(picked.template()).as("a published template serving the type is picked").isEqualTo("invoice@2");
    assertThat(pipeline.generate(GenerationRequest.builder("Generate invoice INV-2026-0142")
        .data(DataInput.json("invoice.json", INVOICE)).template("invoice@1").build()).template()).isEqualTo("invoice@1");
  }
}
