package dev.docgen.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Templates are shared by every key: only an admin key may upload or delete one; any key may use them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "docgen.api-keys=user-key", "docgen.admin-keys=admin-key", "docgen.jobs.workers=1"})
class AdminKeyHttpTest extends LiveServer {

  HttpResponse<String> upload(String key) throws Exception {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Letterhead: {{doc.title}}");
      doc.write(out);
      docx = out.toByteArray();
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nletterhead\r\n--b\r\n"
        + "Content-Disposition: form-data; name=\"version\"\r\n\r\n1.0\r\n--b\r\nContent-Disposition: form-data; "
        + "name=\"template\"; filename=\"t.docx\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(docx);
    body.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(uri("/api/v1/templates"))
        .header("Content-Type", "multipart/form-data; boundary=b").header("X-API-Key", key)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }

  int send(String method, String path, String key) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).header("X-API-Key", key)
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  void only_an_admin_key_changes_templates_and_every_key_reads_them() throws Exception {
    HttpResponse<String> denied = upload("user-key");
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(new ObjectMapper().readTree(denied.body()).path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(upload("admin-key").statusCode()).isEqualTo(201);
    assertThat(send("GET", "/api/v1/templates/letterhead/1.0", "user-key")).isEqualTo(200);
    assertThat(send("DELETE", "/api/v1/templates/letterhead/1.0", "user-key")).isEqualTo(403);
    assertThat(send("GET", "/api/v1/cache/warm", "user-key")).isEqualTo(403);
    assertThat(send("GET", "/api/v1/cache/warm", "admin-key")).isEqualTo(200);
    assertThat(send("DELETE", "/api/v1/templates/letterhead/1.0", "admin-key")).isEqualTo(204);
    // An admin key is an API key too.
    assertThat(send("GET", "/api/v1/status/nosuchtask", "admin-key")).isEqualTo(404);
  }
}
