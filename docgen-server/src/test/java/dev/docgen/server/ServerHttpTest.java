package dev.docgen.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The API over real HTTP on a random port, as a client sees it: statuses, headers, problem bodies, and the files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "docgen.jobs.workers=2", "docgen.jobs.queue-capacity=100", "docgen.api-keys=key-alice,key-bob"})
class ServerHttpTest extends LiveServer {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String SALES = "{\"prompt\": \"Quarterly sales report for Q3 2026 with revenue by region\", "
      + "\"format\": \"pdf\", \"data\": \"region,revenue\\nNorth,1200.50\\nSouth,980.25\\nWest,1510.00\\n\"}";


  HttpResponse<byte[]> send(String method, String path, String key, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(90))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null && !java.util.Arrays.asList(headers).contains("Content-Type")) {
      b.header("Content-Type", "application/json");
    }
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode json(HttpResponse<byte[]> r) throws Exception {
    return JSON.readTree(r.body());
  }

  static String pdfText(byte[] bytes) throws Exception {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void generate_waits_and_answers_with_the_pdf() throws Exception {
    HttpResponse<byte[]> r = send("POST", "/api/v1/generate", "key-alice", SALES);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
        .contains("filename=\"").contains(".pdf");
    String taskId = r.headers().firstValue("X-Task-Id").orElseThrow();
    String etag = r.headers().firstValue("ETag").orElseThrow();
    assertThat(pdfText(r.body())).contains("North").contains("1,510.00");

    JsonNode status = json(send("GET", "/api/v1/status/" + taskId, "key-alice", null));
    assertThat(status.path("status").asText()).isEqualTo("succeeded");
    assertThat(etag).isEqualTo("\"" + status.path("file").path("sha256").asText() + "\"");
    assertThat(status.path("attempts").asInt()).isEqualTo(1);
    assertThat(status.path("quality").path("score").asDouble()).isPositive();
    assertThat(status.path("download_url").asText()).isEqualTo("/api/v1/download/" + taskId);
    // Another key's task is not there for it.
    assertThat(send("GET", "/api/v1/status/" + taskId, "key-bob", null).statusCode()).isEqualTo(404);
    HttpResponse<byte[]> again = send("GET", "/api/v1/download/" + taskId, "key-alice", null);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(r.body());
  }

  @Test
  void async_answers_202_with_links_and_the_task_can_be_polled_and_fetched() throws Exception {
    HttpResponse<byte[]> r = send("POST", "/api/v1/generate", "key-alice",
        "{\"prompt\": \"Create a project status report for Q4 2025\", \"format\": \"docx\", \"async\": true}");

    assertThat(r.statusCode()).isEqualTo(202);
    JsonNode accepted = json(r);
    String id = accepted.path("task_id").asText();
    assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/status/" + id);
    assertThat(accepted.path("status_url").asText()).isEqualTo("/api/v1/status/" + id);
    HttpResponse<byte[]> file = null;
    for (int i = 0; i < 300; i++) {
      file = send("GET", "/api/v1/download/" + id, "key-alice", null);
      if (file.statusCode() != 409) {
        break;
      }
      assertThat(file.headers().firstValue("Retry-After")).isPresent();
      Thread.sleep(100);
    }
    assertThat(file.statusCode()).isEqualTo(200);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.body()));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      assertThat(words.getText()).contains("Q4 2025");
    }
  }

  @Test
  void bad_requests_get_problem_bodies_naming_the_field() throws Exception {
    HttpResponse<byte[]> noPrompt = send("POST", "/api/v1/generate", "key-alice", "{\"format\": \"pdf\"}");
    assertThat(noPrompt.statusCode()).isEqualTo(400);
    assertThat(noPrompt.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode p = json(noPrompt);
    assertThat(p.path("code").asText()).isEqualTo("INVALID_REQUEST");
    assertThat(p.path("field").asText()).isEqualTo("prompt");
    assertThat(p.path("status").asInt()).isEqualTo(400);
    assertThat(p.path("instance").asText()).isEqualTo("/api/v1/generate");
    assertThat(new String(noPrompt.body(), StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("at dev.");

    assertThat(json(send("POST", "/api/v1/generate", "key-alice", "{\"prompt\": \"x\", \"format\": \"pptx\"}"))
        .path("field").asText()).isEqualTo("format");
    HttpResponse<byte[]> deep = send("POST", "/api/v1/generate", "key-alice", "{\"prompt\": " + "[".repeat(1200)
        + "]".repeat(1200) + "}");
    assertThat(deep.statusCode()).isEqualTo(400);
    assertThat(json(deep).path("code").asText()).isEqualTo("INVALID_REQUEST");
    HttpResponse<byte[]> notJson = send("POST", "/api/v1/generate", "key-alice", "{\"prompt\": ");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json(notJson).path("detail").asText()).contains("not JSON");
    HttpResponse<byte[]> badData = send("POST", "/api/v1/generate", "key-alice",
        "{\"prompt\": \"Sales report\", \"format\": \"pdf\", \"data\": \"{\\\"rows\\\": [1,\"}");
    assertThat(badData.statusCode()).isEqualTo(422);
    assertThat(json(badData).path("code").asText()).isEqualTo("INVALID_DATA");
    assertThat(send("GET", "/api/v1/status/nosuchtask", "key-alice", null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/nowhere", "key-alice", null).statusCode()).isEqualTo(404);
    HttpResponse<byte[]> text = send("POST", "/api/v1/generate", "key-alice", "prompt=x", "Content-Type", "text/plain");
    assertThat(text.statusCode()).isEqualTo(415);
  }

  @Test
  void api_keys_are_needed_except_for_health_and_ready() throws Exception {
    HttpResponse<byte[]> none = send("POST", "/api/v1/generate", null, SALES);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
    assertThat(json(none).path("code").asText()).isEqualTo("UNAUTHORIZED");
    assertThat(send("GET", "/api/v1/status/x", "wrong-key", null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/metrics", null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/v1/status/x", null, null, "X-API-Key", "key-bob").statusCode()).isEqualTo(404);

    HttpResponse<byte[]> health = send("GET", "/health", null, null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json(health).path("status").asText()).isEqualTo("UP");
    assertThat(json(health).path("components").path("renderers").path("details").path("formats").asText())
        .contains("pdf");
    HttpResponse<byte[]> ready = send("GET", "/ready", null, null);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(json(ready).path("status").asText()).isEqualTo("ready");
  }

  @Test
  void metrics_are_prometheus_text_with_docgens_names() throws Exception {
    send("POST", "/api/v1/generate", "key-alice", SALES);
    HttpResponse<byte[]> m = send("GET", "/metrics", "key-alice", null);
    assertThat(m.statusCode()).isEqualTo(200);
    assertThat(m.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    String text = new String(m.body(), StandardCharsets.UTF_8);
    assertThat(text).contains("doc_generation_seconds_bucket{").contains("doc_generation_total{")
        .contains("doc_stage_seconds_bucket{").contains("doc_quality_score").contains("doc_validation_failed_total{")
        .contains("template_cache_hits_total").contains("docgen_queue_depth{queue=\"document_queue\"}")
        .contains("jvm_memory_used_bytes").contains("http_server_requests");
  }

  @Test
  void the_same_idempotency_key_gives_the_same_task_and_another_body_gets_422() throws Exception {
    String body = "{\"prompt\": \"Create a project status report for Q4 2025\", \"format\": \"pdf\", \"async\": true}";
    String a = json(send("POST", "/api/v1/generate", "key-alice", body, "Idempotency-Key", "k-1")).path("task_id").asText();
    String b = json(send("POST", "/api/v1/generate", "key-alice", body, "Idempotency-Key", "k-1")).path("task_id").asText();
    assertThat(b).isEqualTo(a);
    HttpResponse<byte[]> other = send("POST", "/api/v1/generate", "key-alice", SALES.replace("}", ", \"async\": true}"),
        "Idempotency-Key", "k-1");
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(json(other).path("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void a_batch_runs_and_downloads_as_a_zip_with_a_manifest() throws Exception {
    String batch = "{\"requests\": [" + SALES + ", {\"prompt\": \"Create a project status report for Q4 2025\", "
        + "\"format\": \"docx\"}, {\"prompt\": \"Sales report\", \"format\": \"pdf\", \"data\": \"{\\\"a\\\":\"}]}";
    HttpResponse<byte[]> r = send("POST", "/api/v1/batch", "key-alice", batch);
    assertThat(r.statusCode()).isEqualTo(202);
    String id = json(r).path("batch_id").asText();
    assertThat(json(r).path("count").asInt()).isEqualTo(3);

    JsonNode status = null;
    for (int i = 0; i < 600; i++) {
      status = json(send("GET", "/api/v1/batch/" + id + "/status", "key-alice", null));
      if (status.path("finished").asBoolean()) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(status.path("counts").path("succeeded").asInt()).isEqualTo(2);
    assertThat(status.path("counts").path("failed").asInt()).isEqualTo(1);
    assertThat(status.path("items").get(2).path("error").path("code").asText()).isEqualTo("INVALID_DATA");
    assertThat(send("GET", "/api/v1/batch/" + id + "/status", "key-bob", null).statusCode()).isEqualTo(404);

    HttpResponse<byte[]> zip = send("GET", "/api/v1/batch/" + id + "/download", "key-alice", null);
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    assertThat(entries).containsKey("manifest.json").hasSize(3);
    JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
    assertThat(manifest.path("complete").asBoolean()).isFalse();
    String pdf = manifest.path("items").get(0).path("file").asText();
    assertThat(pdfText(entries.get(pdf))).contains("West");

    HttpResponse<byte[]> lines = send("POST", "/api/v1/batch", "key-alice",
        "{\"prompt\": \"Create a project status report for Q4 2025\"}\n{\"format\": \"pdf\"}\n",
        "Content-Type", "application/x-ndjson");
    assertThat(lines.statusCode()).isEqualTo(400);
    assertThat(json(lines).path("field").asText()).isEqualTo("line 2: prompt");
  }

  @Test
  void a_queued_task_can_be_cancelled_and_a_finished_one_cannot() throws Exception {
    String done = send("POST", "/api/v1/generate", "key-alice", SALES).headers().firstValue("X-Task-Id").orElseThrow();
    HttpResponse<byte[]> late = send("DELETE", "/api/v1/status/" + done, "key-alice", null);
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(json(late).path("code").asText()).isEqualTo("NOT_CANCELLABLE");
    assertThat(send("POST", "/api/v1/status/" + done + "/cancel", "key-bob", null).statusCode()).isEqualTo(404);
  }

  @Test
  void predict_shows_what_the_interpreter_reads_and_validate_gives_its_pass_rate() throws Exception {
    HttpResponse<byte[]> r = send("POST", "/api/v1/predict", "key-alice",
        "{\"prompt\": \"Quarterly sales report for Q3 2026 with revenue totals by region and a chart\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode p = json(r);
    assertThat(p.path("type").asText()).isEqualTo("sales-report");
    assertThat(p.path("period").path("label").asText()).isEqualTo("Q3 2026");
    assertThat(p.path("period").path("start").asText()).isEqualTo("2026-07-01");
    assertThat(p.path("interpreter").asText()).isNotBlank();
    assertThat(send("POST", "/api/v1/predict", "key-alice", "{}").statusCode()).isEqualTo(400);

    JsonNode v = json(send("POST", "/api/v1/validate", "key-alice", null));
    assertThat(v.path("total").asInt()).isEqualTo(ModelController.KNOWN.size());
    assertThat(v.path("pass_rate").asDouble()).as(v.toString()).isEqualTo(1.0);

    JsonNode model = json(send("GET", "/api/v1/model/version", "key-alice", null));
    assertThat(model.path("interpreter").asText()).isEqualTo(p.path("interpreter").asText());
    assertThat(model.path("providers").toString()).contains("offline");
    assertThat(new String(send("GET", "/metrics", "key-alice", null).body(), StandardCharsets.UTF_8))
        .contains("model_inference_seconds");

    JsonNode version = json(send("GET", "/api/v1/version", "key-alice", null));
    assertThat(version.path("java").asText()).startsWith("17");
    assertThat(version.path("renderers").toString()).contains("pdf", "docx", "xlsx");
    assertThat(version.path("providers").toString()).contains("offline");
  }

  @Test
  void generate_takes_multipart_with_a_data_file_as_curl_sends_it() throws Exception {
    String boundary = "----docgen";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\n"
        + "Quarterly sales report for Q3 2026 with revenue by region\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\npdf\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"sales.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\nregion,revenue\nNorth,1200.50\nSouth,980.25\nWest,1510.00\n\r\n"
        + "--" + boundary + "--\r\n";
    HttpResponse<byte[]> r = send("POST", "/api/v1/generate", "key-alice", body, "Content-Type",
        "multipart/form-data; boundary=" + boundary);
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(pdfText(r.body())).contains("West").contains("1,510.00");
  }
}
