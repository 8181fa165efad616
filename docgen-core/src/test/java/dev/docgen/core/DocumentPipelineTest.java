package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docgen.api.Artifact;
import dev.docgen.api.ContentCheckException;
import dev.docgen.api.DataInput;
import dev.docgen.api.FormatUnavailableException;
import dev.docgen.api.GenerationException;
import dev.docgen.api.GenerationRequest;
import dev.docgen.api.InvalidRequestException;
import dev.docgen.api.LimitExceededException;
import dev.docgen.api.TemplateException;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.spi.ContentGenerator;
import dev.docgen.api.spi.GenerationContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DocumentPipelineTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
  private static final String SALES = "region,month,revenue\nNorth,2026-07,100.00\nNorth,2026-08,150.00\n"
      + "South,2026-07,80.50\nSouth,2026-08,69.50\n";
  private final DocumentPipeline pipeline = DocumentPipeline.builder().build();

  private static GenerationRequest.Builder request(String prompt) {
    return GenerationRequest.builder(prompt).format("docx").clock(CLOCK);
  }

  @Test
  void same_request_and_clock_give_byte_identical_documents() {
    GenerationRequest r = request("Quarterly sales report for Q3 2026 by region with a chart")
        .data(DataInput.csv("sales.csv", SALES)).build();
    Artifact a = pipeline.generate(r);
    Artifact b = DocumentPipeline.builder().build().generate(r);
    assertThat(a.sha256()).isEqualTo(b.sha256());
    assertThat(a.bytes()).isEqualTo(b.bytes());
  }

  @Test
  void prose_numbers_come_from_the_data() {
    Artifact a = pipeline.generate(request("Sales report by region").data(DataInput.csv("sales.csv", SALES)).build());
    String summary = a.spec().sections().get(0).blocks().get(0).toString();
    assertThat(summary).contains("400.00").contains("North").contains("250.00").contains("62.5%");
    assertThat(a.quality().passed()).isTrue();
  }

  @Test
  void rejects_an_empty_prompt() {
    assertThatThrownBy(() -> pipeline.generate(request("   ").build()))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("prompt is empty");
  }

  @Test
  void rejects_a_prompt_over_the_configured_limit() {
    DocumentPipeline strict = DocumentPipeline.builder().limits(Limits.DEFAULT.withMaxPromptChars(50)).build();
    assertThatThrownBy(() -> strict.generate(request("x".repeat(51)).build()))
        .isInstanceOf(LimitExceededException.class).hasMessageContaining("prompt length is 51, over the limit of 50");
  }

  @Test
  void rejects_an_unknown_format_and_names_the_choices() {
    assertThatThrownBy(() -> pipeline.generate(request("Status report").format("odt").build()))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unknown format 'odt'")
        .hasMessageContaining("docx, pdf, xlsx");
  }

  @Test
  void a_known_format_without_its_renderer_names_the_artifact_to_add() {
    assertThatThrownBy(() -> pipeline.generate(request("Status report").format("pdf").build()))
        .isInstanceOf(FormatUnavailableException.class)
        .hasMessageContaining("not available").hasMessageContaining("dev.docgen:docgen-renderer-pdf");
  }

  @Test
  void a_named_template_that_does_not_exist_is_a_template_error() {
    assertThatThrownBy(() -> pipeline.generate(request("Status report").template("letterhead@2").build()))
        .isInstanceOf(TemplateException.class).hasMessageContaining("letterhead@2");
  }

  @Test
  void a_missing_provider_is_named() {
    assertThatThrownBy(() -> pipeline.generate(request("Status report").provider("openai").build()))
        .isInstanceOf(GenerationException.class).hasMessageContaining("'openai' is not installed")
        .hasMessageContaining("docgen-llm-openai");
  }

  /** A generator that invents a figure, as an unguarded LLM might. */
  private static final class InventingGenerator implements ContentGenerator {
    @Override
    public String id() {
      return "inventing";
    }

    @Override
    public DocumentSpec generate(GenerationContext ctx) {
      return DocumentSpec.builder(Metadata.of("Sales Report", LocalDate.of(2026, 11, 28)))
          .section(Section.of("Summary", Paragraph.of("Revenue reached 987,654.32 this quarter.")))
          .section(Section.of("Empty section"))
          .build();
    }
  }

  @Test
  void invented_numbers_and_empty_sections_fail_the_checks() {
    DocumentPipeline p = DocumentPipeline.builder().contentGenerator(new InventingGenerator()).build();
    GenerationRequest r = request("Sales report").provider("inventing").data(DataInput.csv("s.csv", SALES)).build();
    assertThatThrownBy(() -> p.generate(r)).isInstanceOf(ContentCheckException.class)
        .hasMessageContaining("987,654.32").hasMessageContaining("'Empty section' has no content");
  }

  @Test
  void relaxed_checks_keep_the_document_and_report_the_findings() {
    DocumentPipeline p = DocumentPipeline.builder().contentGenerator(new InventingGenerator()).build();
    Artifact a = p.generate(request("Sales report").provider("inventing").relaxedChecks(true)
        .data(DataInput.csv("s.csv", SALES)).build());
    assertThat(a.quality().passed()).isFalse();
    assertThat(a.quality().score()).isLessThan(1.0);
    assertThat(a.quality().findings()).anyMatch(f -> f.code().equals("number.unsupported"));
  }

  @Test
  void records_metrics_under_the_architecture_names() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    DocumentPipeline p = DocumentPipeline.builder().meterRegistry(registry).build();
    p.generate(request("Create a project status report for Q4 2025").build());
    assertThatThrownBy(() -> p.generate(request("").build())).isInstanceOf(InvalidRequestException.class);
    assertThat(registry.get("doc_generation_seconds").tag("outcome", "success").tag("format", "docx").timer().count())
        .isEqualTo(1);
    assertThat(registry.get("doc_generation_total").tag("outcome", "error").counter().count()).isEqualTo(1);
    assertThat(registry.get("doc_stage_seconds").tag("stage", "render").timer().count()).isEqualTo(1);
    assertThat(registry.get("doc_quality_score").summary().count()).isEqualTo(1);
  }

  @Test
  void artifact_carries_timings_for_every_stage_and_a_file_name() {
    Artifact a = pipeline.generate(request("Create a project status report for Q4 2025").build());
    assertThat(a.timings()).containsKeys("interpret", "load-data", "resolve", "compose", "check", "render", "inspect");
    assertThat(a.fileName()).isEqualTo("project-status-report-q4-2025.docx");
    assertThat(a.template()).isEqualTo("builtin:status-report");
  }

  @Test
  void one_pipeline_serves_concurrent_requests_with_identical_results() throws Exception {
    GenerationRequest r = request("Expense report for October 2026 by category")
        .data(DataInput.json("e.json", "{\"employee\":\"Dana\",\"items\":[{\"category\":\"Travel\",\"amount\":10.5},"
            + "{\"category\":\"Meals\",\"amount\":4.25},{\"category\":\"Travel\",\"amount\":3.0}]}"))
        .build();
    String expected = pipeline.generate(r).sha256();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> pipeline.generate(r).sha256()));
      }
      for (Future<String> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void without_data_author_fields_are_marked_and_advice_goes_to_the_to_complete_list() {
    Artifact a = pipeline.generate(request("Create a project status report for Q4 2025").build());
    String text = dev.docgen.core.internal.SpecText.of(a.spec());
    assertThat(text).contains("Q4 2025").containsIgnoringCase("[owner]").doesNotContainIgnoringCase("lorem")
        .doesNotContain("State the").doesNotContain("Describe");
    assertThat(a.quality().toComplete()).isNotEmpty()
        .anySatisfy(f -> assertThat(f.message()).contains(" — "));
    assertThat(a.spec().sections()).extracting(Section::title)
        .contains("Executive Summary", "Progress and Milestones", "Risks and Issues", "Next Steps");
  }
}
