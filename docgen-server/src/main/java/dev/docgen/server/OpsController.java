package dev.docgen.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.job.DocumentJobs;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The runbook's operations endpoints: {@code /health} (liveness), {@code /ready} and {@code /metrics}. */
@RestController
public class OpsController {
  private static final Map<String, String> COMPONENTS = Map.of("renderers", "docgenRenderersHealthIndicator",
      "providers", "docgenProvidersHealthIndicator", "store", "docgenStoreHealthIndicator",
      "queue", "docgenQueueHealthIndicator");

  private final DocumentJobs jobs;
  private final DocumentPipeline pipeline;
  private final Map<String, HealthIndicator> indicators;
  private final ObjectProvider<PrometheusMeterRegistry> prometheus;

  public OpsController(DocumentJobs jobs, DocumentPipeline pipeline, Map<String, HealthIndicator> indicators,
      ObjectProvider<PrometheusMeterRegistry> prometheus) {
    this.jobs = jobs;
    this.pipeline = pipeline;
    this.indicators = indicators;
    this.prometheus = prometheus;
  }

  /** Up while the process can work (renderers installed, stores writable); every component with its status. */
  @GetMapping("/health")
  public ResponseEntity<String> health() {
    ObjectNode o = TaskViews.JSON.createObjectNode();
    ObjectNode components = o.putObject("components");
    boolean up = true;
    for (String name : List.of("renderers", "store", "queue", "providers")) {
      HealthIndicator indicator = indicators.get(COMPONENTS.get(name));
      if (indicator == null) {
        continue;
      }
      Health h = indicator.health();
      ObjectNode c = components.putObject(name);
      c.put("status", h.getStatus().getCode());
      ObjectNode details = c.putObject("details");
      // /health needs no key: a provider's endpoint, model and error text stay off it (GET /api/v1/model/version).
      h.getDetails().forEach((k, v) -> details.put(k, name.equals("providers")
          ? String.valueOf(v).replaceAll(":.*", "") : String.valueOf(v)));
      if ((name.equals("renderers") || name.equals("store")) && !h.getStatus().equals(Status.UP)) {
        up = false;
      }
    }
    o.put("status", up ? "UP" : "DOWN");
    return ResponseEntity.status(up ? 200 : 503).contentType(MediaType.APPLICATION_JSON).body(o.toString());
  }

  /** 200 when requests can be taken; 503 while starting, draining, or with a store or the queue out of reach. */
  @GetMapping("/ready")
  public ResponseEntity<String> ready() {
    List<String> reasons = new ArrayList<>();
    if (jobs.draining()) {
      reasons.add("the server is shutting down");
    }
    if (!jobs.store().reachable()) {
      reasons.add("the job store cannot be reached");
    }
    if (!jobs.artifacts().reachable()) {
      reasons.add("the artifact store cannot be reached");
    }
    if (!jobs.queue().reachable()) {
      reasons.add("the queue cannot be reached");
    }
    if (pipeline.formats().isEmpty()) {
      reasons.add("no renderer is installed");
    }
    ObjectNode o = TaskViews.JSON.createObjectNode();
    o.put("status", reasons.isEmpty() ? "ready" : "not ready");
    ArrayNode why = o.putArray("reasons");
    reasons.forEach(why::add);
    o.put("queue_depth", jobs.queue().depth());
    o.put("queue_capacity", jobs.queue().capacity());
    return ResponseEntity.status(reasons.isEmpty() ? 200 : 503).contentType(MediaType.APPLICATION_JSON)
        .body(o.toString());
  }

  /** Prometheus text: docgen's meters (doc_generation_seconds, docgen_queue_depth, ...), JVM and HTTP. */
  @GetMapping("/metrics")
  public ResponseEntity<String> metrics() {
    PrometheusMeterRegistry registry = prometheus.getIfAvailable();
    if (registry == null) {
      throw new ApiProblem(404, "NOT_FOUND", "metrics are off: micrometer-registry-prometheus is not on the classpath");
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain; version=0.0.4; charset=utf-8"))
        .body(registry.scrape());
  }
}
