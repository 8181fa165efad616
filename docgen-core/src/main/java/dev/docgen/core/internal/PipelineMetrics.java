package dev.docgen.core.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** The pipeline's meters, with the names fixed in ARCHITECTURE.md. */
public final class PipelineMetrics {
  private final MeterRegistry registry;

  public PipelineMetrics(MeterRegistry registry) {
    this.registry = registry;
    // Present at zero from the start, so an alert on its rate sees a series before the first failure.
    for (String format : java.util.List.of("docx", "pdf", "xlsx")) {
      Counter.builder("doc_validation_failed_total").description("Documents whose content checks failed")
          .tag("format", format).register(registry);
    }
  }

  public void stage(String stage, Duration time) {
    Timer.builder("doc_stage_seconds").description("Time spent in one pipeline stage")
        .tag("stage", stage).register(registry).record(time);
  }

  /** One finished request: outcome is {@code success}, {@code rejected} (checks failed) or {@code error}. */
  public void generation(String format, String template, String outcome, Duration time) {
    Timer.builder("doc_generation_seconds").description("Time to generate one document")
        .tag("format", format).tag("template", template).tag("outcome", outcome).register(registry).record(time);
    Counter.builder("doc_generation_total").description("Documents requested")
        .tag("format", format).tag("template", template).tag("outcome", outcome).register(registry).increment();
  }

  public void quality(double score) {
    DistributionSummary.builder("doc_quality_score").description("Quality score of generated documents (0-1)")
        .register(registry).record(score);
  }

  public void validationFailed(String format) {
    Counter.builder("doc_validation_failed_total").description("Documents whose content checks failed")
        .tag("format", format).register(registry).increment();
  }

  /** One call to a model: its time by outcome, and the tokens it used. */
  public void modelCall(String provider, String model, String outcome, Duration time, long inputTokens,
      long outputTokens) {
    Timer.builder("doc_llm_seconds").description("Time of one call to a language model")
        .tag("provider", provider).tag("model", model).tag("outcome", outcome).register(registry).record(time);
    if (inputTokens > 0) {
      Counter.builder("doc_llm_tokens_total").description("Tokens sent to and received from language models")
          .tag("provider", provider).tag("model", model).tag("direction", "input").register(registry)
          .increment(inputTokens);
    }
    if (outputTokens > 0) {
      Counter.builder("doc_llm_tokens_total").description("Tokens sent to and received from language models")
          .tag("provider", provider).tag("model", model).tag("direction", "output").register(registry)
          .increment(outputTokens);
    }
  }

  /** A model-backed generation answered from the result cache ({@code hit}) or by calling the model ({@code miss}). */
  public void modelCache(String provider, String result) {
    Counter.builder("doc_llm_cache_total").description("Model-backed generations by cache result")
        .tag("provider", provider).tag("result", result).register(registry).increment();
  }
}
