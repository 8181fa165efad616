package dev.docgen.test;

import static dev.docgen.test.DocumentAssert.assertThat;
import static dev.docgen.test.DocumentAssert.assertThatDocument;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docgen.api.Artifact;
import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationException;
import dev.docgen.api.GenerationRequest;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.api.spi.DocumentRenderer;
import dev.docgen.api.spi.RenderOptions;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.docx.DocxRenderer;
import dev.docgen.pdf.PdfRenderer;
import dev.docgen.xlsx.XlsxRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fixtures as a host application would use them. */
class DocumentAssertTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
  static final String SALES = "region,month,revenue\nNorth,2026-07,1200.50\nNorth,2026-08,1300.00\n"
      + "South,2026-07,980.25\nSouth,2026-08,1010.00\n";
  private final DocumentPipeline pipeline = DocumentPipeline.builder().build();

  private Artifact generate(String format) {
    return pipeline.generate(GenerationRequest.builder("Quarterly sales report for Q3 2026 by region with a chart")
        .format(format).data(DataInput.csv("sales.csv", SALES)).clock(CLOCK).build());
  }

  @Test
  void docx_pdf_and_xlsx_read_back_the_same_report() {
    assertThat(generate("docx")).isDocx().hasHeading("Revenue by Region").containsText("Q3 2026", "North")
        .hasTableWithHeaders("Region", "Revenue").hasCharts(2);
    assertThat(generate("pdf")).isPdf().hasHeading("revenue by region").containsText("2,500.50")
        .hasTableWithHeaders("Region", "Revenue").hasPageCountAtLeast(1).hasCharts(2);
    assertThat(generate("xlsx")).isXlsx().hasSheet("Summary").hasHeading("Revenue by Region")
        .hasTableWithHeaders("Region", "Revenue").hasCell("Revenue by Region", "A4", "North")
        .hasCell("Revenue by Region", "B4", "2,500.50").hasCharts(2);
  }

  @Test
  void a_failed_assertion_says_what_the_file_has() {
    Artifact docx = generate("docx");
    assertThatThrownBy(() -> assertThat(docx).hasHeading("Risks")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("the headings are").hasMessageContaining("Revenue by Region");
    assertThatThrownBy(() -> assertThat(docx).isPdf()).hasMessageContaining("expected a PDF file but it is DOCX");
    assertThatThrownBy(() -> assertThat(docx).hasTableWithHeaders("Owner")).hasMessageContaining("[Region, Revenue");
  }

  @Test
  void the_scripted_generator_stands_in_for_an_llm() {
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Scripted status", LocalDate.of(2026, 11, 28)))
        .section(Section.builder("Risks").paragraph("Vendor delay on the Atlas migration.").build())
        .section(Section.of("Budget", Table.builder().column(Column.text("Item"))
            .column(Column.currency("Amount", "EUR")).row("Licences", new BigDecimal("1200")).build()))
        .build();
    ScriptedContentGenerator llm = ScriptedContentGenerator.replying(spec).thenFail("model overloaded");
    DocumentPipeline withLlm = DocumentPipeline.builder().contentGenerator(llm).build();
    GenerationRequest request = GenerationRequest.builder("Status report for the Atlas migration")
        .provider(ScriptedContentGenerator.ID).clock(CLOCK).relaxedChecks(true).build();
    assertThat(withLlm.generate(request)).isDocx().hasHeading("Risks").containsText("Vendor delay")
        .hasTableWithHeaders("Item", "Amount");
    assertThatThrownBy(() -> withLlm.generate(request)).isInstanceOf(GenerationException.class)
        .hasMessageContaining("model overloaded");
    org.assertj.core.api.Assertions.assertThat(llm.calls()).hasSize(2);
    org.assertj.core.api.Assertions.assertThat(llm.calls().get(0).intent().prompt())
        .isEqualTo("Status report for the Atlas migration");
  }

  @Test
  void a_scripted_model_is_retried_grounded_and_cached_like_a_real_one() {
    DocumentSpec invented = DocumentSpec.builder(Metadata.of("Sales Q3 2026", LocalDate.of(2026, 11, 28)))
        .section(Section.builder("Summary").paragraph("North sold 2,500.50 in all. Revenue grew 41.3% on Q2.").build())
        .build();
    ScriptedContentGenerator llm = ScriptedContentGenerator.replying().thenUnavailable(429, java.time.Duration.ZERO)
        .then(invented).asModel();
    DocumentPipeline withLlm = DocumentPipeline.builder().contentGenerator(llm).modelPolicy(dev.docgen.core.ModelPolicy
        .builder().backoff(java.time.Duration.ofMillis(10), java.time.Duration.ofMillis(20)).build()).build();
    GenerationRequest request = GenerationRequest.builder("Quarterly sales report for Q3 2026 by region")
        .data(DataInput.csv("sales.csv", SALES)).provider(ScriptedContentGenerator.ID).clock(CLOCK).build();

    Artifact a = withLlm.generate(request);
    Artifact again = withLlm.generate(request);

    assertThat(a).isDocx().containsText("North sold 2,500.50 in all.").doesNotContainText("41.3%")
        .hasTableWithHeaders("Region", "Revenue");
    org.assertj.core.api.Assertions.assertThat(a.quality().findings())
        .anyMatch(f -> f.code().equals("llm.invented-number") && f.message().contains("41.3%"));
    org.assertj.core.api.Assertions.assertThat(llm.calls().get(1).draft()).isPresent();
    org.assertj.core.api.Assertions.assertThat(llm.calls()).hasSize(4); // 429, then the first answer and 2 repairs
    org.assertj.core.api.Assertions.assertThat(again.sha256()).isEqualTo(a.sha256());
  }

  private static final DocumentSpec SMALL = DocumentSpec.builder(Metadata.of("Provenance", LocalDate.of(2026, 11, 28)))
      .section(Section.of("Budget", Table.builder().column(Column.text("Item")).column(Column.currency("Amount", "EUR"))
          .row("Licences", new BigDecimal("1200")).build()))
      .build();
  private static final RenderOptions PROVENANCE = RenderOptions.at(CLOCK.instant())
      .withProperties(Map.of("docgen.model", "gpt-test", "docgen.promptHash", "abc123"));

  private static byte[] render(DocumentRenderer renderer, RenderOptions options) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      renderer.render(SMALL, options, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void custom_properties_read_back_from_docx_pdf_and_xlsx() {
    for (DocumentRenderer renderer : List.of(new DocxRenderer(), new PdfRenderer(), new XlsxRenderer())) {
      assertThatDocument(render(renderer, PROVENANCE)).hasCustomProperty("docgen.model", "gpt-test")
          .hasCustomProperty("docgen.promptHash", "abc123");
    }
  }

  @Test
  void a_missing_or_different_custom_property_fails_listing_what_the_file_has() {
    for (DocumentRenderer renderer : List.of(new DocxRenderer(), new PdfRenderer(), new XlsxRenderer())) {
      byte[] file = render(renderer, PROVENANCE);
      assertThatThrownBy(() -> assertThatDocument(file).hasCustomProperty("docgen.model", "gpt-other"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("expected custom property <docgen.model> to be <gpt-other> but it is <gpt-test>")
          .hasMessageContaining("docgen.promptHash=abc123");
      assertThatThrownBy(() -> assertThatDocument(file).hasCustomProperty("docgen.tokens", "42"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("expected a custom property <docgen.tokens>")
          .hasMessageContaining("docgen.model=gpt-test");
      byte[] plain = render(renderer, RenderOptions.at(CLOCK.instant()));
      if (renderer instanceof PdfRenderer) {
        // A PDF always carries the renderer's own counts; none of the caller's properties.
        assertThatThrownBy(() -> assertThatDocument(plain).hasCustomProperty("docgen.model", "gpt-test"))
            .hasMessageContaining("DocgenTables=1").hasMessageNotContaining("docgen.model=");
      } else {
        assertThatThrownBy(() -> assertThatDocument(plain).hasCustomProperty("docgen.model", "gpt-test"))
            .hasMessageContaining("has no custom properties");
      }
    }
  }
}
