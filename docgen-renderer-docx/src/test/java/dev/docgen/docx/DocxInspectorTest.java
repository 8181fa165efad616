package dev.docgen.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Finding;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.spi.Inspection;
import dev.docgen.api.spi.OutputInspector;
import java.io.ByteArrayOutputStream;
import java.util.ServiceLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxInspectorTest {
  private final DocxInspector inspector = new DocxInspector();

  @Test
  void is_found_as_the_docx_inspector_service() {
    assertThat(ServiceLoader.load(OutputInspector.class).stream().map(p -> p.get().id())).contains("docx");
  }

  @Test
  void finds_no_problems_in_a_rendered_report() {
    DocumentSpec spec = SampleSpecs.rich("en-GB");
    Inspection inspection = inspector.inspect(Rendered.bytes(spec), spec);
    assertThat(inspection.findings()).isEmpty();
    assertThat(inspection.headings()).startsWith("Project Phoenix Status Report", "Executive summary")
        .contains("Milestones", "Detail");
    assertThat(inspection.tables()).isEqualTo(1);
    assertThat(inspection.charts()).isEqualTo(3);
    assertThat(inspection.pages()).isZero();
    assertThat(inspection.text()).contains("€1,234.50", "Grace Hopper", "Vendor contract expires", "[owner name]");
  }

  @Test
  void reports_garbage_bytes_as_unreadable_instead_of_throwing() {
    Inspection inspection = inspector.inspect("not a zip".getBytes(), SampleSpecs.sections(1, "en-GB"));
    assertThat(inspection.findings()).extracting(Finding::code).containsExactly("docx.unreadable");
    assertThat(inspection.findings().get(0).severity()).isEqualTo(Finding.Severity.ERROR);
  }

  @Test
  void reports_a_section_without_heading() {
    byte[] bytes = Rendered.bytes(SampleSpecs.sections(2, "en-GB"));
    DocumentSpec expected = SampleSpecs.sections(2, "en-GB").toBuilder().section(Section.of("Appendix",
        Paragraph.of("x"))).build();
    assertThat(inspector.inspect(bytes, expected).findings()).extracting(Finding::code)
        .containsExactly("docx.missing-heading");
  }

  @Test
  void reports_unresolved_template_tags() {
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Tags", SampleSpecs.DATE))
        .section(Section.of("Body", Paragraph.of("Dear {{customer.name}},"))).build();
    assertThat(inspector.inspect(Rendered.bytes(spec), spec).findings())
        .anySatisfy(f -> {
          assertThat(f.code()).isEqualTo("docx.unresolved-tag");
          assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
        });
  }

  @Test
  void reports_tables_without_repeating_header_and_empty_runs() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().setStyle("Heading1");
      doc.getParagraphs().get(0).createRun().setText("Body");
      doc.createParagraph().createRun();
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("a");
      doc.write(out);
      bytes = out.toByteArray();
    }
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Plain", SampleSpecs.DATE))
        .section(Section.of("Body", Paragraph.of("x"))).build();
    Inspection inspection = inspector.inspect(bytes, spec);
    assertThat(inspection.findings()).extracting(Finding::code)
        .containsExactlyInAnyOrder("docx.table-without-header", "docx.empty-run");
    assertThat(inspection.tables()).isEqualTo(1);
  }
}
