package dev.docgen.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docgen.api.Finding;
import dev.docgen.api.job.Job;
import dev.docgen.api.job.JobStatus;
import dev.docgen.core.job.BatchStatus;
import java.time.Instant;
import java.util.OptionalInt;

/** Jobs and batches as the API shows them: snake_case JSON with links. */
final class TaskViews {
  static final ObjectMapper JSON = new ObjectMapper();

  private TaskViews() {}

  static String statusUrl(String id) {
    return "/api/v1/status/" + id;
  }

  static String downloadUrl(String id) {
    return "/api/v1/download/" + id;
  }

  /** What a 202 says: where to ask and where to fetch. */
  static ObjectNode accepted(Job job) {
    ObjectNode o = JSON.createObjectNode();
    o.put("task_id", job.id());
    o.put("status", job.status().label());
    o.put("status_url", statusUrl(job.id()));
    o.put("download_url", downloadUrl(job.id()));
    return o;
  }

  static ObjectNode status(Job job, OptionalInt position, Instant now) {
    ObjectNode o = accepted(job);
    job.batchId().ifPresent(b -> o.put("batch_id", b));
    o.put("format", job.request().format());
    o.put("created_at", job.createdAt().toString());
    job.startedAt().ifPresent(t -> o.put("started_at", t.toString()));
    job.finishedAt().ifPresent(t -> o.put("finished_at", t.toString()));
    o.put("attempts", job.attempts());
    if (job.status() == JobStatus.QUEUED) {
      position.ifPresent(p -> o.put("queue_position", p));
    }
    o.put("queue_seconds", job.queueWait(now).toMillis() / 1000.0);
    job.runTime().ifPresent(d -> o.put("run_seconds", d.toMillis() / 1000.0));
    job.result().ifPresent(r -> {
      ObjectNode file = o.putObject("file");
      file.put("name", r.fileName());
      file.put("media_type", r.mediaType());
      file.put("size", r.size());
      file.put("sha256", r.sha256());
      ObjectNode quality = o.putObject("quality");
      quality.put("score", r.qualityScore());
      ArrayNode findings = quality.putArray("findings");
      for (Finding f : r.findings()) {
        findings.addObject().put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT))
            .put("code", f.code()).put("message", f.message()).put("location", f.location());
      }
    });
    job.error().ifPresent(e -> o.putObject("error").put("code", e.code()).put("message", e.message()));
    if (job.status() != JobStatus.SUCCEEDED) {
      o.remove("download_url");
    }
    return o;
  }

  static ObjectNode batch(BatchStatus status) {
    ObjectNode o = JSON.createObjectNode();
    o.put("batch_id", status.batch().id());
    o.put("count", status.items().size());
    o.put("finished", status.finished());
    ObjectNode counts = o.putObject("counts");
    status.counts().forEach((s, n) -> counts.put(s.label(), n));
    o.put("status_url", "/api/v1/batch/" + status.batch().id() + "/status");
    o.put("download_url", "/api/v1/batch/" + status.batch().id() + "/download");
    ArrayNode items = o.putArray("items");
    int index = 0;
    for (Job j : status.items()) {
      ObjectNode item = items.addObject();
      item.put("index", ++index);
      item.put("task_id", j.id());
      item.put("status", j.status().label());
      j.error().ifPresent(e -> item.putObject("error").put("code", e.code()).put("message", e.message()));
    }
    return o;
  }
}
