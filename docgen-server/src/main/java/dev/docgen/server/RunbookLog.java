package dev.docgen.server;

import dev.docgen.api.Finding;
import dev.docgen.api.job.Job;
import dev.docgen.api.job.JobStatus;
import dev.docgen.core.job.JobListener;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One line per finished task in {@code generation.log}, and one per quality failure in
 * {@code quality.log}, laid out so the runbook's own commands read them:
 *
 * <pre>
 * 2026-12-04 19:02:11.412 INFO  task=ID SUCCEEDED Document generated 0.412 s format=pdf trace=…
 * 2026-12-04 19:02:11.415 ERROR task=ID INVALID_DATA FAILED after 0.012 s format=pdf: … trace=…
 * </pre>
 *
 * Field 5 is the outcome's code and field 8 the seconds, so {@code awk '{print $5}'} counts failures
 * by code and {@code awk '{sum+=$8}'} averages the generation time.
 */
public final class RunbookLog implements JobListener {
  private static final Logger GENERATION = LoggerFactory.getLogger("docgen.log.generation");
  private static final Logger QUALITY = LoggerFactory.getLogger("docgen.log.quality");
  // Bounded: a task replayed by its idempotency key, or never finished here, must not keep its entry forever.
  private final Map<String, String> traces = com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
      .maximumSize(100_000).expireAfterWrite(java.time.Duration.ofDays(1)).<String, String>build().asMap();

  /** Remembers the trace of the request that submitted a task, for its lines. */
  public void submitted(String taskId) {
    String trace = MDC.get("trace");
    if (trace != null) {
      traces.put(taskId, trace);
    }
  }

  @Override
  public void finished(Job job) {
    String trace = traces.getOrDefault(job.id(), "-");
    traces.remove(job.id());
    String seconds = String.format(Locale.ROOT, "%.3f", job.runTime().map(d -> d.toNanos() / 1e9).orElse(0.0));
    String format = job.request().format();
    if (job.status() == JobStatus.SUCCEEDED) {
      GENERATION.info("task={} SUCCEEDED Document generated {} s format={} file={} trace={}", job.id(), seconds, format,
          job.result().map(r -> r.fileName()).orElse("-"), trace);
      job.result().ifPresent(r -> {
        if (r.findings().stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR)) {
          QUALITY.warn("task={} VALIDATION_FAILED format={} findings={} trace={}", job.id(), format,
              r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).map(Finding::code).toList(),
              trace);
        }
      });
      return;
    }
    String code = job.error().map(e -> e.code()).orElse("UNKNOWN");
    String message = job.error().map(e -> e.message()).orElse("").replaceAll("\\s+", " ");
    if (job.status() == JobStatus.CANCELLED) {
      GENERATION.info("task={} CANCELLED not run format={} trace={}", job.id(), format, trace);
      return;
    }
    GENERATION.error("task={} {} FAILED after {} s format={}: {} trace={}", job.id(), code, seconds, format, message,
        trace);
    if (code.equals("VALIDATION_FAILED")) {
      QUALITY.warn("task={} VALIDATION_FAILED format={} findings={} trace={}", job.id(), format, message, trace);
    }
  }
}
