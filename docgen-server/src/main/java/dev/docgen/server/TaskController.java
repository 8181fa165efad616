package dev.docgen.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docgen.api.job.Job;
import dev.docgen.api.job.JobRequest;
import dev.docgen.api.job.JobResult;
import dev.docgen.api.job.JobStatus;
import dev.docgen.api.template.TemplateRef;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.job.DocumentJobs;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * One document: {@code POST /api/v1/generate} waits for it and answers with the file (or 202 when
 * asked to, or when the wait runs out); {@code /status/{id}}, {@code /download/{id}}, and a cancel.
 */
@RestController
@RequestMapping("/api/v1")
public class TaskController {
  private final DocumentJobs jobs;
  private final ServerSettings settings;
  private final DocumentPipeline pipeline;
  private final Clock clock = Clock.systemUTC();

  private final RunbookLog log;

  public TaskController(DocumentJobs jobs, ServerSettings settings, DocumentPipeline pipeline, RunbookLog log) {
    this.log = log;
    this.jobs = jobs;
    this.settings = settings;
    this.pipeline = pipeline;
  }

  @PostMapping("/generate")
  public ResponseEntity<StreamingResponseBody> generate(HttpServletRequest http, @RequestAttribute(ApiKeyFilter.OWNER) String owner,
      @RequestHeader(value = "Idempotency-Key", required = false) String key,
      @RequestHeader(value = "Prefer", required = false) String prefer) throws Exception {
    JsonNode body;
    JobRequest request;
    String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase(java.util.Locale.ROOT);
    if (type.startsWith("multipart/form-data")) {
      // curl -F prompt=... -F format=pdf -F data=@sales.csv: the fields, and the data as a file.
      body = MultipartRequests.fields(http);
      request = RequestReader.job(body, "");
      request = MultipartRequests.withData(http, request, settings.getMaxBodyBytes());
    } else {
      requireJson(http);
      body = RequestReader.json(RequestReader.body(http, settings.getMaxBodyBytes()));
      request = RequestReader.job(body, "");
    }
    // An unknown template is known now: 422 at once, not a failed task later.
    request.template().ifPresent(t -> pipeline.templates().find(TemplateRef.parse(t)));
    Job job = jobs.submit(request, owner, Optional.ofNullable(key).filter(k -> !k.isBlank()));
    log.submitted(job.id());
    boolean async = body.path("async").asBoolean(false) || prefer != null && prefer.contains("respond-async");
    if (!async) {
      Duration wait = waitFor(body, http);
      Job done = jobs.await(job.id(), wait).orElseThrow();
      if (done.status() == JobStatus.SUCCEEDED) {
        return file(done);
      }
      if (done.status().finished()) {
        throw Problems.of(done.error().orElseThrow());
      }
      job = done;
    }
    byte[] accepted = TaskViews.accepted(job).toString().getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.accepted().header(HttpHeaders.LOCATION, TaskViews.statusUrl(job.id()))
        .header("X-Task-Id", job.id()).contentType(MediaType.APPLICATION_JSON).contentLength(accepted.length)
        .body(out -> out.write(accepted));
  }

  @GetMapping("/status/{id}")
  public ResponseEntity<String> status(@PathVariable String id, @RequestAttribute(ApiKeyFilter.OWNER) String owner) {
    Job job = find(id, owner);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(TaskViews.status(job, jobs.position(id), clock.instant()).toString());
  }

  @DeleteMapping("/status/{id}")
  public ResponseEntity<String> cancel(@PathVariable String id, @RequestAttribute(ApiKeyFilter.OWNER) String owner) {
    Job job = jobs.cancel(id, owner).orElseThrow(() -> notFound(id));
    if (job.status() != JobStatus.CANCELLED) {
      throw new ApiProblem(409, "NOT_CANCELLABLE", "task " + id + " is " + job.status().label()
          + "; only a queued task can be cancelled");
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(TaskViews.status(job, jobs.position(id), clock.instant()).toString());
  }

  @PostMapping("/status/{id}/cancel")
  public ResponseEntity<String> cancelByPost(@PathVariable String id,
      @RequestAttribute(ApiKeyFilter.OWNER) String owner) {
    return cancel(id, owner);
  }

  @GetMapping("/download/{id}")
  public ResponseEntity<StreamingResponseBody> download(@PathVariable String id, @RequestAttribute(ApiKeyFilter.OWNER) String owner)
      throws IOException {
    Job job = find(id, owner);
    if (job.status() == JobStatus.SUCCEEDED) {
      return file(job);
    }
    if (job.status().finished()) {
      throw Problems.of(job.error().orElseThrow());
    }
    throw new ApiProblem(409, "NOT_READY", "task " + id + " is " + job.status().label() + "; ask again shortly, or "
        + "watch " + TaskViews.statusUrl(id), null, Duration.ofSeconds(2));
  }

  /** The document, streamed from the artifact store with its type, a safe file name and its sha256 as the ETag. */
  private ResponseEntity<StreamingResponseBody> file(Job job) throws IOException {
    JobResult r = job.result().orElseThrow();
    Optional<InputStream> in = jobs.open(job.id());
    if (in.isEmpty()) {
      throw new ApiProblem(500, "ARTIFACT_MISSING", "the document of task " + job.id() + " is missing from the store");
    }
    InputStream stream = in.get();
    StreamingResponseBody body = out -> {
      try (stream) {
        stream.transferTo(out);
      }
    };
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(r.mediaType())).contentLength(r.size())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(r.fileName(),
            StandardCharsets.UTF_8).build().toString())
        .eTag("\"" + r.sha256() + "\"").header("X-Task-Id", job.id()).body(body);
  }

  private Duration waitFor(JsonNode body, HttpServletRequest http) {
    String query = http.getParameter("wait");
    double seconds = body.has("wait") ? body.get("wait").asDouble(-1)
        : query != null ? parse(query) : settings.getWait().toMillis() / 1000.0;
    if (seconds < 0) {
      throw ApiProblem.badField("wait", "wait must be a number of seconds, 0 or more");
    }
    Duration d = Duration.ofMillis(Math.round(seconds * 1000));
    return d.compareTo(settings.getMaxWait()) > 0 ? settings.getMaxWait() : d;
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static void requireJson(HttpServletRequest http) {
    String type = http.getContentType();
    if (type != null && !type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
      throw new ApiProblem(415, "UNSUPPORTED_MEDIA_TYPE", "send the request as application/json, not " + type);
    }
  }

  private Job find(String id, String owner) {
    return jobs.status(id, owner).orElseThrow(() -> notFound(id));
  }

  static ApiProblem notFound(String id) {
    return new ApiProblem(404, "NOT_FOUND", "there is no task " + id);
  }
}
