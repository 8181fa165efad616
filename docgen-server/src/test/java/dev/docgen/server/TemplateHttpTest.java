package dev.docgen.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The runbook's template and cache commands over real HTTP, multipart uploads included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"docgen.jobs.workers=1",
    "spring.servlet.multipart.max-file-size=200KB", "spring.servlet.multipart.max-request-size=210KB"})
class TemplateHttpTest extends LiveServer {
  static final ObjectMapper JSON = new ObjectMapper();


  HttpResponse<byte[]> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(uri(path));
  }

  /** A Word file with one tag, as an author would make it. */
  static byte[] letterhead(String text) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** multipart/form-data as curl -F sends it. */
  static HttpRequest.BodyPublisher multipart(String boundary, byte[] file, String... fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < fields.length; i += 2) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
          + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    if (file != null) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"template\"; filename=\"report-"
          + "template.docx\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(file);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
  }

  HttpResponse<byte[]> upload(byte[] file, String... fields) throws Exception {
    return send(at("/api/v1/templates").header("Content-Type", "multipart/form-data; boundary=XyZ")
        .POST(multipart("XyZ", file, fields)));
  }

  @Test
  void upload_list_download_use_and_delete_a_template_version() throws Exception {
    HttpResponse<byte[]> created = upload(letterhead("Acme Ltd quarterly report: {{doc.title}}"), "name",
        "quarterly-report", "version", "2.0");
    assertThat(created.statusCode()).as(new String(created.body(), StandardCharsets.UTF_8)).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/templates/quarterly-report/2.0");
    assertThat(JSON.readTree(created.body()).path("fields").toString()).contains("doc.title");

    JsonNode list = JSON.readTree(send(at("/api/v1/templates").GET()).body());
    JsonNode ours = null;
    for (JsonNode t : list.path("templates")) {
      if (t.path("name").asText().equals("quarterly-report")) {
        ours = t;
      }
    }
    assertThat(ours).isNotNull();
    assertThat(ours.path("versions").get(0).path("version").asText()).isEqualTo("2.0");
    assertThat(ours.path("versions").get(0).path("sha256").asText()).hasSize(64);
    assertThat(list.path("templates").size()).isGreaterThan(1); // the built-ins too

    HttpResponse<byte[]> file = send(at("/api/v1/templates/quarterly-report/2.0").GET());
    assertThat(file.statusCode()).isEqualTo(200);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.body()));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      assertThat(words.getText()).contains("Acme Ltd quarterly report");
    }

    HttpResponse<byte[]> doc = send(at("/api/v1/generate").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\": \"Create a project status report for Q4 2025\", "
            + "\"format\": \"docx\", \"template\": \"quarterly-report@2.0\"}")));
    assertThat(doc.statusCode()).as(new String(doc.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(doc.body()));
        XWPFWordExtractor words = new XWPFWordExtractor(d)) {
      assertThat(words.getText()).contains("Acme Ltd quarterly report: ").contains("Q4 2025");
    }

    JsonNode warm = JSON.readTree(send(at("/api/v1/cache/warm").GET()).body());
    assertThat(warm.path("cached").asInt()).isPositive();
    JsonNode stats = JSON.readTree(send(at("/api/v1/cache/stats").GET()).body());
    assertThat(stats.has("hit_rate")).isTrue();

    assertThat(send(at("/api/v1/templates/quarterly-report/2.0").DELETE()).statusCode()).isEqualTo(204);
    assertThat(send(at("/api/v1/templates/quarterly-report/2.0").GET()).statusCode()).isEqualTo(422);
    assertThat(send(at("/api/v1/templates/quarterly-report/2.0").DELETE()).statusCode()).isEqualTo(404);
  }

  @Test
  void a_rejected_upload_and_an_unknown_template_are_problems_that_say_why() throws Exception {
    HttpResponse<byte[]> notDocx = upload("this is not a Word file".getBytes(StandardCharsets.UTF_8), "name", "bad",
        "version", "1.0");
    assertThat(notDocx.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(notDocx.body()).path("code").asText()).isEqualTo("TEMPLATE_ERROR");
    HttpResponse<byte[]> big = upload(new byte[300_000], "name", "big", "version", "1.0");
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(big.body()).path("code").asText()).isEqualTo("LIMIT_EXCEEDED");
    HttpResponse<byte[]> noName = upload(letterhead("x"), "version", "1.0");
    assertThat(noName.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(noName.body()).path("field").asText()).isEqualTo("name");

    HttpResponse<byte[]> unknown = send(at("/api/v1/generate").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\": \"Create a project status report for Q4 2025\", "
            + "\"format\": \"pdf\", \"template\": \"status-report-v2\"}")));
    assertThat(unknown.statusCode()).isEqualTo(422);
    JsonNode p = JSON.readTree(unknown.body());
    assertThat(p.path("code").asText()).isEqualTo("TEMPLATE_ERROR");
    assertThat(p.path("detail").asText()).contains("status-report-v2").contains("not found");
  }
}
