package dev.docgen.cli;

import dev.docgen.test.DocumentAssert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.test.FakeOpenAiServer;
import dev.docgen.test.FakeOpenAiServer.Reply;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docgen generate --provider openai} against a real OpenAI-protocol server on loopback. */
class CliOpenAiTest {
  static final String PROMPT = "Quarterly sales report for Q3 2026 with revenue totals by region and a chart";

  @TempDir
  Path dir;
  FakeOpenAiServer server;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws Exception {
    server = FakeOpenAiServer.start().model("llama3.1", "llama3.1:8b");
    try (InputStream in = getClass().getResourceAsStream("/llm/good-sales.json")) {
      String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      server.otherwise(r -> Reply.content(spec));
    }
  }

  @AfterEach
  void stop() {
    server.close();
    System.clearProperty("docgen.llm.baseUrl");
  }

  int run(String... args) {
    return DocgenCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  Path sales() throws Exception {
    Path csv = dir.resolve("sales-q3-2026.csv");
    try (InputStream in = getClass().getResourceAsStream("/corpus/data/sales-q3-2026.csv")) {
      Files.copy(in, csv);
    }
    return csv;
  }

  @Test
  void generatesWithAnEndpointGivenOnTheCommandLine() throws Exception {
    Path doc = dir.resolve("sales.docx");
    Path report = dir.resolve("report.json");

    int code = run("generate", PROMPT, "--data", sales().toString(), "--output", doc.toString(), "--provider", "openai",
        "--llm-url", server.baseUrl(), "--model", "llama3.1", "--report", report.toString());

    assertThat(code).as(err.toString()).isZero();
    DocumentAssert.assertThat(doc).isDocx().containsText("West led with 32.2% of the total").hasTableWithHeaders("Region", "Revenue")
        .hasCustomProperty("docgen.model", "llama3.1").hasCustomProperty("docgen.modelVersion", "llama3.1:8b");
    assertThat(server.requests()).singleElement().satisfies(r -> assertThat(r.body()).contains("\"llama3.1\""));
    assertThat(Files.readString(report)).contains("\"modelVersion\" : \"llama3.1:8b\"");
  }

  @Test
  void generatesWithTheEndpointFromTheEnvironmentSettings() throws Exception {
    System.setProperty("docgen.llm.baseUrl", server.baseUrl());
    Path doc = dir.resolve("sales.pdf");

    int code = run("generate", PROMPT, "--data", sales().toString(), "--format", "pdf", "--output", doc.toString(),
        "--provider", "openai");

    assertThat(code).as(err.toString()).isZero();
    DocumentAssert.assertThat(doc).isPdf().containsText("West led with 32.2%");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void anUnreachableEndpointIsOneLineNamingTheUrlAndNoFile() throws Exception {
    Path doc = dir.resolve("never.docx");

    int code = run("generate", PROMPT, "--data", sales().toString(), "--output", doc.toString(), "--provider", "openai",
        "--llm-url", "http://127.0.0.1:9/v1", "--deadline", "5");

    assertThat(code).isEqualTo(DocgenCommand.GENERATION_FAILED);
    assertThat(err.toString().strip()).startsWith("docgen: error: ").contains("http://127.0.0.1:9/v1")
        .doesNotContain("\n").doesNotContain("Exception");
    assertThat(doc).doesNotExist();
  }

  @Test
  void anUnreachableEndpointIsTheOnlyLineOnTheProcessStderr() throws Exception {
    // In process the CLI writes to the test's PrintWriter, but a library logging through java.util.logging
    // writes to the JVM's own stderr: only a separate JVM shows everything the user sees.
    Path doc = dir.resolve("memo.docx");
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), DocgenCommand.class.getName(), "generate", "Write a memo",
        "--output", doc.toString(), "--provider", "openai", "--llm-url", "http://127.0.0.1:9/v1", "--deadline", "2")
        .directory(dir.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    String shown = Files.readString(stderr);
    assertThat(p.exitValue()).as(shown).isEqualTo(DocgenCommand.GENERATION_FAILED);
    assertThat(shown).matches("docgen: error: [^\\n]*http://127\\.0\\.0\\.1:9/v1[^\\n]*\\R");
    assertThat(Files.readString(stdout)).isEmpty();
    assertThat(doc).doesNotExist();
  }

  @Test
  void aBadUrlIsAUsageError() throws Exception {
    int code = run("generate", PROMPT, "--output", dir.resolve("x.docx").toString(), "--llm-url", "localhost:11434");
    assertThat(code).isEqualTo(DocgenCommand.USAGE);
    assertThat(err.toString()).contains("http(s)://host");
  }

  @Test
  void healthReportsTheEndpoint() {
    assertThat(run("health", "--llm-url", server.baseUrl(), "--model", "llama3.1")).isZero();
    assertThat(out.toString()).contains("UP   provider:openai").contains("model llama3.1 is listed")
        .contains("renderer:pdf");

    assertThat(run("health", "--llm-url", "http://127.0.0.1:9/v1")).isEqualTo(DocgenCommand.GENERATION_FAILED);
    assertThat(out.toString()).contains("DOWN provider:openai").contains("cannot reach http://127.0.0.1:9/v1");
  }
}
