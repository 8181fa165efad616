package dev.docgen.core.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docgen.api.DataInput;
import dev.docgen.api.Finding;
import dev.docgen.api.job.Batch;
import dev.docgen.api.job.Job;
import dev.docgen.api.job.JobError;
import dev.docgen.api.job.JobRequest;
import dev.docgen.api.job.JobResult;
import dev.docgen.api.job.JobStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Jobs and batches as JSON, for stores that keep text: field names are stable, times are ISO-8601,
 * and a request's data goes in separately ({@link #withoutData}) so a status read never loads it.
 */
public final class JobCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JobCodec() {}

  /** The job as JSON; with {@code includeData} false, the request's data is left out but its name and kind stay. */
  public static String write(Job job, boolean includeData) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", job.id());
    o.put("owner", job.owner());
    job.batchId().ifPresent(b -> o.put("batchId", b));
    job.idempotencyKey().ifPresent(k -> o.put("idempotencyKey", k));
    o.put("requestHash", job.requestHash());
    o.set("request", request(job.request(), includeData));
    o.put("status", job.status().name());
    o.put("attempts", job.attempts());
    o.put("createdAt", job.createdAt().toString());
    job.startedAt().ifPresent(t -> o.put("startedAt", t.toString()));
    job.finishedAt().ifPresent(t -> o.put("finishedAt", t.toString()));
    job.error().ifPresent(e -> o.putObject("error").put("code", e.code()).put("message", e.message()));
    job.result().ifPresent(r -> {
      ObjectNode res = o.putObject("result");
      res.put("fileName", r.fileName());
      res.put("mediaType", r.mediaType());
      res.put("size", r.size());
      res.put("sha256", r.sha256());
      res.put("qualityScore", r.qualityScore());
      ArrayNode findings = res.putArray("findings");
      for (Finding f : r.findings()) {
        findings.addObject().put("severity", f.severity().name()).put("code", f.code()).put("message", f.message())
            .put("location", f.location());
      }
    });
    return o.toString();
  }

  private static ObjectNode request(JobRequest r, boolean includeData) {
    ObjectNode o = JSON.createObjectNode();
    o.put("prompt", r.prompt());
    o.put("format", r.format());
    r.template().ifPresent(t -> o.put("template", t));
    r.locale().ifPresent(l -> o.put("locale", l));
    r.provider().ifPresent(p -> o.put("provider", p));
    if (r.relaxedChecks()) {
      o.put("relaxedChecks", true);
    }
    r.data().ifPresent(d -> {
      ObjectNode data = o.putObject("data");
      data.put("name", d.name());
      data.put("kind", d.kind().name());
      data.put("size", d.bytes().length);
      if (includeData) {
        data.put("base64", java.util.Base64.getEncoder().encodeToString(d.bytes()));
      }
    });
    return o;
  }

  /**
   * A job read back. {@code data} gives the request's data bytes when the JSON left them out; a
   * job whose data cannot be had reads with empty bytes.
   */
  public static Job read(String json, java.util.function.Supplier<byte[]> data) {
    try {
      JsonNode o = JSON.readTree(json);
      JsonNode r = o.path("request");
      Optional<DataInput> input = Optional.empty();
      if (r.has("data")) {
        JsonNode d = r.get("data");
        byte[] bytes = d.has("base64") ? java.util.Base64.getDecoder().decode(d.get("base64").asText()) : data.get();
        input = Optional.of(new DataInput(d.path("name").asText(), DataInput.Kind.valueOf(d.path("kind").asText()),
            bytes));
      }
      JobRequest request = new JobRequest(r.path("prompt").asText(), r.path("format").asText(), text(r, "template"),
          input, text(r, "locale"), text(r, "provider"), r.path("relaxedChecks").asBoolean(false));
      Optional<JobError> error = o.has("error")
          ? Optional.of(new JobError(o.get("error").path("code").asText(), o.get("error").path("message").asText()))
          : Optional.empty();
      Optional<JobResult> result = Optional.empty();
      if (o.has("result")) {
        JsonNode res = o.get("result");
        List<Finding> findings = new ArrayList<>();
        res.path("findings").forEach(f -> findings.add(new Finding(Finding.Severity.valueOf(f.path("severity").asText()),
            f.path("code").asText(), f.path("message").asText(), f.path("location").asText())));
        result = Optional.of(new JobResult(res.path("fileName").asText(), res.path("mediaType").asText(),
            res.path("size").asLong(), res.path("sha256").asText(), res.path("qualityScore").asDouble(), findings));
      }
      return new Job(o.path("id").asText(), o.path("owner").asText(), text(o, "batchId"), text(o, "idempotencyKey"),
          o.path("requestHash").asText(), request, JobStatus.valueOf(o.path("status").asText()),
          o.path("attempts").asInt(), Instant.parse(o.path("createdAt").asText()), time(o, "startedAt"),
          time(o, "finishedAt"), error, result);
    } catch (IOException e) {
      throw new UncheckedIOException("a job record is not JSON", e);
    }
  }

  public static String write(Batch batch) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", batch.id());
    o.put("owner", batch.owner());
    o.put("createdAt", batch.createdAt().toString());
    ArrayNode jobs = o.putArray("jobIds");
    batch.jobIds().forEach(jobs::add);
    return o.toString();
  }

  public static Batch readBatch(String json) {
    try {
      JsonNode o = JSON.readTree(json);
      List<String> ids = new ArrayList<>();
      o.path("jobIds").forEach(n -> ids.add(n.asText()));
      return new Batch(o.path("id").asText(), o.path("owner").asText(), ids, Instant.parse(o.path("createdAt").asText()));
    } catch (IOException e) {
      throw new UncheckedIOException("a batch record is not JSON", e);
    }
  }

  /** The sha256 of a request as submitted: same prompt, format, options and data bytes, same hash. */
  public static String hash(JobRequest request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(request(request, false).toString().getBytes(StandardCharsets.UTF_8));
      request.data().ifPresent(d -> sha.update(d.bytes()));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> text(JsonNode o, String field) {
    return o.hasNonNull(field) ? Optional.of(o.get(field).asText()) : Optional.empty();
  }

  private static Optional<Instant> time(JsonNode o, String field) {
    return o.hasNonNull(field) ? Optional.of(Instant.parse(o.get(field).asText())) : Optional.empty();
  }
}
