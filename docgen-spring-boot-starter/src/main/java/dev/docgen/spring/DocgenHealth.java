package dev.docgen.spring;

import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.job.DocumentJobs;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** docgen's components as Spring Boot health indicators. */
final class DocgenHealth {
  private DocgenHealth() {}

  /** Up when at least one renderer is installed; lists them. */
  static HealthIndicator renderers(DocumentPipeline pipeline) {
    return () -> {
      Health.Builder b = pipeline.formats().isEmpty() ? Health.down() : Health.up();
      return b.withDetail("formats", pipeline.formats()).build();
    };
  }

  /** Each content provider's own check (a model provider calls its endpoint). */
  static HealthIndicator providers(DocumentPipeline pipeline) {
    return () -> {
      dev.docgen.api.Health h = pipeline.health();
      boolean up = true;
      Health.Builder b = Health.up();
      for (dev.docgen.api.Health.Component c : h.components()) {
        if (c.name().startsWith("provider:")) {
          // A provider found on the classpath but never pointed at an endpoint is not in use: it says so, it is not down.
          boolean unused = c.status() != dev.docgen.api.Health.Status.UP && c.detail().contains("has no endpoint");
          b.withDetail(c.name(), (unused ? "not configured" : c.status().name().toLowerCase(java.util.Locale.ROOT))
              + ": " + c.detail());
          up &= unused || c.status() == dev.docgen.api.Health.Status.UP;
        }
      }
      return (up ? b : b.down()).build();
    };
  }

  /** The job store and the artifact store can be read and written. */
  static HealthIndicator store(DocumentJobs jobs) {
    return () -> {
      boolean records = jobs.store().reachable();
      boolean files = jobs.artifacts().reachable();
      return (records && files ? Health.up() : Health.down()).withDetail("jobStore", records ? "up" : "down")
          .withDetail("artifactStore", files ? "up" : "down").build();
    };
  }

  /** The queue is reachable and not full; how many jobs wait and run. */
  static HealthIndicator queue(DocumentJobs jobs) {
    return () -> {
      int depth = jobs.queue().depth();
      int capacity = jobs.queue().capacity();
      Health.Builder b = !jobs.queue().reachable() || jobs.draining() ? Health.down()
          : depth >= capacity ? Health.outOfService() : Health.up();
      return b.withDetail("waiting", depth).withDetail("running", jobs.queue().inFlight())
          .withDetail("capacity", capacity).withDetail("draining", jobs.draining()).build();
    };
  }
}
