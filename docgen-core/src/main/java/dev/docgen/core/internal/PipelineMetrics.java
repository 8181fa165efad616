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
}
