package dev.docgen.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged server as a real process: what {@code java -jar docgen-server.jar} and {@code ./docgen serve} run. */
class ServeProcessIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

  @TempDir
  Path home;

  /** Environment variables for the next server started. */
  final java.util.Map<String, String> env = new java.util.HashMap<>();

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Server(Process process, int port, StringBuffer log) {}

  Server start(String... more) throws Exception {
    return startWith("-Xmx512m", more);
  }

  /** The server as an operator starts it: {@code ./docgen serve} (which runs the jar this build just made). */
  Server serve(String... more) throws Exception {
    Path stamp = Paths.get("target", ".built-from");
    Files.write(stamp, new byte[0]); // the jar is current: ./docgen must not build it again
    List<String> command = new java.util.ArrayList<>(List.of(Paths.get("..", "docgen").toAbsolutePath().normalize()
        .toString(), "serve", "--port", "0", "--docgen.home=" + home, "--docgen.jobs.workers=1",
        "--docgen.jobs.grace=30s"));
    command.addAll(List.of(more));
    env.put("DOCGEN_JAVA_OPTS", "-Xmx512m");
    return launch(command);
  }

  Server startWith(String heap, String... more) throws Exception {
    Path jar = Paths.get("target", "docgen-server.jar");
    assertThat(jar).exists();
    List<String> command = new java.util.ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
        .toString(), heap, "-jar", jar.toString(), "--server.port=0", "--docgen.home=" + home,
        "--docgen.jobs.workers=1", "--docgen.jobs.grace=30s"));
    for (String m : more) {
      // A setting given again replaces the default: Spring would join the two values with a comma.
      command.removeIf(c -> c.startsWith("--") && c.contains("=") && c.substring(0, c.indexOf('=') + 1)
          .equals(m.substring(0, m.indexOf('=') + 1)));
      command.add(m);
    }
    return launch(command);
  }

  Server launch(List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("DOCGEN_API_KEYS");
    pb.environment().put("DOCGEN_LOG_DIR", home.resolve("logs").toString());
    env.forEach(pb.environment()::put);
    Process p = pb.start();
    StringBuffer log = new StringBuffer();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          log.append(line).append('\n');
          Matcher m = STARTED.matcher(line);
          if (m.find()) {
            port.complete(Integer.parseInt(m.group(1)));
          }
        }
      } catch (Exception e) {
        port.completeExceptionally(e);
      }
      port.completeExceptionally(new IllegalStateException("the server stopped before it started:\n" + log));
    });
    reader.setDaemon(true);
    reader.start();
    return new Server(p, port.get(90, TimeUnit.SECONDS), log);
  }

  HttpResponse<byte[]> send(Server s, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
        .timeout(Duration.ofSeconds(90)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void docgen_serve_serves_pdfs_and_a_sigterm_mid_batch_loses_nothing() throws Exception {
    Server first = serve();
    assertThat(first.log().toString()).contains("listening on 127.0.0.1 only");
    HttpResponse<byte[]> pdf = send(first, "POST", "/api/v1/generate",
        "{\"prompt\": \"Create a project status report for Q4 2025\", \"format\": \"pdf\"}");
    assertThat(pdf.statusCode()).as(first.log().toString()).isEqualTo(200);
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Q4 2025");
    }

    StringBuilder batch = new StringBuilder("{\"requests\": [");
    for (int i = 0; i < 12; i++) {
      batch.append(i == 0 ? "" : ",").append("{\"prompt\": \"Quarterly sales report for Q").append(i % 4 + 1)
          .append(" 2026 with revenue by region\", \"format\": \"").append(List.of("pdf", "docx", "xlsx").get(i % 3))
          .append("\", \"data\": \"region,revenue\\nNorth,").append(1000 + i).append(".50\\nSouth,980.25\\n\"}");
    }
    JsonNode accepted = JSON.readTree(send(first, "POST", "/api/v1/batch", batch.append("]}").toString()).body());
    String id = accepted.path("batch_id").asText();
    // SIGTERM once the batch is under way, with work still queued.
    for (int i = 0; i < 600; i++) {
      JsonNode st = JSON.readTree(send(first, "GET", "/api/v1/batch/" + id + "/status", null).body());
      if (st.path("counts").path("succeeded").asInt() >= 1) {
        break;
      }
      Thread.sleep(50);
    }
    first.process().destroy();
    assertThat(first.process().waitFor(60, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();
    JsonNode before = JSON.readTree(Files.readString(home.resolve("batches").resolve(id + ".json")));
    assertThat(before.path("jobIds")).hasSize(12);

    Server second = serve();
    try {
      JsonNode status = null;
      for (int i = 0; i < 1200; i++) {
        status = JSON.readTree(send(second, "GET", "/api/v1/batch/" + id + "/status", null).body());
        if (status.path("finished").asBoolean()) {
          break;
        }
        Thread.sleep(100);
      }
      assertThat(status.path("counts").path("succeeded").asInt()).as(second.log().toString()).isEqualTo(12);
      // The restart found work the stop left queued, and ran it.
      assertThat(second.log().toString()).containsPattern("[1-9][0-9]* queued jobs from before the restart");
      try (Stream<Path> files = Files.list(home.resolve("artifacts"))) {
        // 12 batch documents and the first PDF, one file each, no leftovers.
        assertThat(files.filter(f -> f.toString().endsWith(".bin")).count()).isEqualTo(13);
      }
      assertThat(send(second, "GET", "/ready", null).statusCode()).isEqualTo(200);
    } finally {
      second.process().destroy();
      second.process().waitFor(60, TimeUnit.SECONDS);
    }
  }

  /** Runs a runbook command with bash, the log directory put in for /var/log/doc-pipeline. */
  String runbook(String command) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", command.replace("/var/log/doc-pipeline", home.resolve("logs")
        .toString())).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out.strip();
  }

  @Test
  void the_runbooks_log_commands_give_true_answers() throws Exception {
    try (dev.docgen.test.FakeOpenAiServer model = dev.docgen.test.FakeOpenAiServer.start()) {
      // A model that answers with placeholder text: the document fails its quality checks.
      model.otherwise(r -> dev.docgen.test.FakeOpenAiServer.Reply.content("{\"metadata\": {\"title\": \"Report\", \"date\": \"2025-12-01\"}, "
          + "\"sections\": [{\"title\": \"Summary\", \"level\": 1, \"blocks\": [{\"type\": \"paragraph\", "
          + "\"runs\": [{\"text\": \"Placeholder text.\"}]}]}]}"));
      Server s = start("--docgen.llm.base-url=" + model.baseUrl(), "--docgen.llm.model=fake-model");
      try {
        List<String> ok = new java.util.ArrayList<>();
        for (String format : List.of("pdf", "docx")) {
          HttpResponse<byte[]> r = send(s, "POST", "/api/v1/generate", "{\"prompt\": \"Create a project status "
              + "report for Q4 2025\", \"format\": \"" + format + "\", \"provider\": \"offline\"}");
          assertThat(r.statusCode()).isEqualTo(200);
          ok.add(r.headers().firstValue("X-Task-Id").orElseThrow());
        }
        HttpResponse<byte[]> badData = send(s, "POST", "/api/v1/generate", "{\"prompt\": \"Sales report\", "
            + "\"format\": \"pdf\", \"data\": \"{\\\"a\\\":\"}");
        assertThat(badData.statusCode()).isEqualTo(422);
        HttpResponse<byte[]> placeholder = send(s, "POST", "/api/v1/generate", "{\"prompt\": \"Create a project "
            + "status report for Q4 2025\", \"format\": \"docx\", \"provider\": \"openai\"}");
        assertThat(placeholder.statusCode()).as(new String(placeholder.body(), StandardCharsets.UTF_8)).isEqualTo(422);
        assertThat(JSON.readTree(placeholder.body()).path("code").asText()).isEqualTo("VALIDATION_FAILED");

        double mean = 0;
        for (String id : ok) {
          mean += JSON.readTree(send(s, "GET", "/api/v1/status/" + id, null).body()).path("run_seconds").asDouble() / 2;
        }
        String average = runbook("grep \"Document generated\" /var/log/doc-pipeline/generation.log | tail -1000 | "
            + "awk '{sum+=$8; count++} END {print \"Average: \" sum/count \"s\"}'");
        assertThat(average).startsWith("Average: ").endsWith("s");
        assertThat(Double.parseDouble(average.substring(9, average.length() - 1))).isCloseTo(mean,
            org.assertj.core.data.Offset.offset(0.002));

        String byCode = runbook("grep \"FAILED\" /var/log/doc-pipeline/generation.log | tail -20 | awk '{print $5}' | "
            + "sort | uniq -c");
        assertThat(byCode.lines().map(String::strip).toList()).containsExactly("1 INVALID_DATA", "1 VALIDATION_FAILED");
        assertThat(runbook("grep \"ERROR\" /var/log/doc-pipeline/generation.log | wc -l")).isEqualTo("2");
        String quality = runbook("grep \"VALIDATION_FAILED\" /var/log/doc-pipeline/quality.log");
        assertThat(quality.lines()).hasSize(1);
        String failedTask = JSON.readTree(placeholder.body()).path("instance").asText();
        assertThat(quality).contains("format=docx").contains("placeholder").containsPattern("task=[a-z2-7]{26}")
            .containsPattern("trace=[0-9a-f]{32}");
        assertThat(failedTask).isEqualTo("/api/v1/generate");
        assertThat(runbook("tail -50 /var/log/doc-pipeline/errors.log")).doesNotContain("Exception in thread");
      } finally {
        s.process().destroy();
        s.process().waitFor(60, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void a_thousand_item_batch_and_its_zip_pass_in_a_256_mb_heap() throws Exception {
    Server s = startWith("-Xmx256m", "--docgen.jobs.workers=2", "--docgen.jobs.queue-capacity=1000");
    try {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 1000; i++) {
        lines.append("{\"prompt\": \"Write a memo to all staff about the office move on ").append(i % 28 + 1)
            .append(" January 2026\", \"format\": \"").append(i % 2 == 0 ? "docx" : "xlsx").append("\"}\n");
      }
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
          + "/api/v1/batch")).header("Content-Type", "application/x-ndjson")
          .POST(HttpRequest.BodyPublishers.ofString(lines.toString())).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(202);
      String id = JSON.readTree(r.body()).path("batch_id").asText();
      JsonNode status = null;
      for (int i = 0; i < 3000; i++) {
        status = JSON.readTree(send(s, "GET", "/api/v1/batch/" + id + "/status", null).body());
        if (status.path("finished").asBoolean()) {
          break;
        }
        Thread.sleep(200);
      }
      assertThat(status.path("counts").path("succeeded").asInt()).as(s.log().toString()).isEqualTo(1000);
      Path zip = home.resolve("batch.zip");
      HttpResponse<Path> z = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
          + "/api/v1/batch/" + id + "/download")).build(), HttpResponse.BodyHandlers.ofFile(zip));
      assertThat(z.statusCode()).isEqualTo(200);
      int entries = 0;
      JsonNode manifest = null;
      try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
        for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
          entries++;
          if (e.getName().equals("manifest.json")) {
            manifest = JSON.readTree(in.readAllBytes());
          }
        }
      }
      assertThat(entries).isEqualTo(1001);
      assertThat(manifest.path("complete").asBoolean()).isTrue();
      assertThat(s.log().toString()).doesNotContain("OutOfMemoryError");
    } finally {
      s.process().destroy();
      s.process().waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void with_DOCGEN_LOG_JSON_the_logs_are_json_lines() throws Exception {
    env.put("DOCGEN_LOG_JSON", "true");
    Server s = start();
    try {
      HttpResponse<byte[]> r = send(s, "POST", "/api/v1/generate",
          "{\"prompt\": \"Create a project status report for Q4 2025\", \"format\": \"docx\"}");
      assertThat(r.statusCode()).isEqualTo(200);
      Path log = home.resolve("logs").resolve("generation.jsonl");
      List<String> lines = Files.readAllLines(log);
      assertThat(lines).isNotEmpty();
      JsonNode line = JSON.readTree(lines.get(lines.size() - 1));
      assertThat(line.path("level").asText()).isEqualTo("INFO");
      assertThat(line.path("formattedMessage").asText()).as(line.toString()).contains("SUCCEEDED Document generated")
          .contains("task=" + r.headers().firstValue("X-Task-Id").orElseThrow()).containsPattern("trace=[0-9a-f]{32}");
    } finally {
      s.process().destroy();
      s.process().waitFor(60, TimeUnit.SECONDS);
    }
  }
}
