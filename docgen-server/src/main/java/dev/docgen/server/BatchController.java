package dev.docgen.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docgen.api.job.Batch;
import dev.docgen.api.job.JobRequest;
import dev.docgen.core.job.BatchStatus;
import dev.docgen.core.job.DocumentJobs;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Many documents at once: {@code {requests: [...]}} or JSON Lines in, a ZIP with a manifest out. */
@RestController
@RequestMapping("/api/v1/batch")
public class BatchController {
  private final DocumentJobs jobs;
  private final ServerSettings settings;

  private final RunbookLog log;

  public BatchController(DocumentJobs jobs, ServerSettings settings, RunbookLog log) {
    this.log = log;
    this.jobs = jobs;
    this.settings = settings;
  }

  @PostMapping
  public ResponseEntity<String> submit(HttpServletRequest http, @RequestAttribute(ApiKeyFilter.OWNER) String owner)
      throws Exception {
    byte[] body = RequestReader.body(http, settings.getMaxBodyBytes());
    List<JobRequest> requests = new ArrayList<>();
    String type = http.getContentType() == null ? "" : http.getContentType();
    if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq")) {
      int line = 0;
      for (String l : new String(body, StandardCharsets.UTF_8).split("\\R")) {
        line++;
        if (!l.isBlank()) {
          requests.add(RequestReader.job(RequestReader.json(l.getBytes(StandardCharsets.UTF_8)), "line " + line + ": "));
        }
      }
    } else {
      TaskController.requireJson(http);
      JsonNode root = RequestReader.json(body);
      JsonNode list = root.get("requests");
      if (list == null || !list.isArray()) {
        throw ApiProblem.badField("requests", "a batch is {\"requests\": [{\"prompt\": ..., \"format\": ...}, ...]} "
            + "or JSON Lines (Content-Type: application/x-ndjson)");
      }
      for (int i = 0; i < list.size(); i++) {
        requests.add(RequestReader.job(list.get(i), "requests[" + i + "]."));
      }
    }
    Batch batch = jobs.submitBatch(requests, owner);
    batch.jobIds().forEach(log::submitted);
    ObjectNode o = TaskViews.JSON.createObjectNode();
    o.put("batch_id", batch.id());
    o.put("count", batch.jobIds().size());
    o.put("status_url", "/api/v1/batch/" + batch.id() + "/status");
    o.put("download_url", "/api/v1/batch/" + batch.id() + "/download");
    return ResponseEntity.accepted().header(HttpHeaders.LOCATION, "/api/v1/batch/" + batch.id() + "/status")
        .contentType(MediaType.APPLICATION_JSON).body(o.toString());
  }

  @GetMapping("/{id}/status")
  public ResponseEntity<String> status(@PathVariable String id, @RequestAttribute(ApiKeyFilter.OWNER) String owner) {
    BatchStatus status = jobs.batchStatus(id, owner).orElseThrow(() -> notFound(id));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(TaskViews.batch(status).toString());
  }

  /** The finished documents and a manifest.json, streamed; a batch still running gives a partial ZIP that says so. */
  @GetMapping("/{id}/download")
  public ResponseEntity<StreamingResponseBody> download(@PathVariable String id,
      @RequestAttribute(ApiKeyFilter.OWNER) String owner) {
    if (jobs.batchStatus(id, owner).isEmpty()) {
      throw notFound(id);
    }
    StreamingResponseBody body = out -> jobs.writeArchive(id, owner, out);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("batch-" + id + ".zip")
            .build().toString()).body(body);
  }

  private static ApiProblem notFound(String id) {
    return new ApiProblem(404, "NOT_FOUND", "there is no batch " + id);
  }
}
