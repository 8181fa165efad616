package dev.docgen.benchmarks;

import dev.docgen.api.Artifact;
import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationRequest;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.ModelPolicy;
import dev.docgen.llm.openai.OpenAiContentGenerator;
import dev.docgen.llm.openai.OpenAiSettings;
import dev.docgen.llm.openai.internal.PromptWriter;
import dev.docgen.test.FakeOpenAiServer;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The LLM path against the loopback fake OpenAI server ({@link FakeOpenAiServer}), the result cache
 * off so every document calls the model.
 *
 * <ul>
 *   <li>{@code docgenWithInstantModel}: the whole pipeline (data engine draft, prompt, LangChain4j
 *       call over loopback HTTP, schema check, fact check, merge, DOCX render, inspection) with a
 *       model that answers at once: docgen's own cost per document.</li>
 *   <li>{@code rawLangChain4jCall}: the peer: the same messages through a bare LangChain4j
 *       {@code OpenAiChatModel} to the same server, answer not parsed: the least any
 *       LangChain4j-based tool pays per call.</li>
 *   <li>{@code offlineEngine}: the same request with the offline engine, no model.</li>
 *   <li>{@code concurrentBatch} ({@code latencyMs} = 3000): {@code batch} different requests at once
 *       on as many threads, each model call taking 3 s: the wall time of the batch.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(1)
public class LlmPipelineBenchmark {
  private static final String PROMPT = "Quarterly sales report for Q3 2026 with revenue totals by region and a chart";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-05T09:00:00Z"), ZoneOffset.UTC);

  @Param({"0"})
  public int latencyMs;

  @Param({"16"})
  public int batch;

  private FakeOpenAiServer server;
  private DocumentPipeline pipeline;
  private OpenAiChatModel raw;
  private ChatRequest rawRequest;
  private GenerationRequest request;
  private ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    String spec = resource("/llm-good-sales.json");
    server = FakeOpenAiServer.start().model("gpt-bench", "gpt-bench-1");
    server.otherwise(r -> FakeOpenAiServer.Reply.content(spec).delay(Duration.ofMillis(latencyMs)));
    OpenAiSettings settings = OpenAiSettings.builder().baseUrl(server.baseUrl()).model("gpt-bench")
        .timeout(Duration.ofSeconds(20)).build();
    pipeline = DocumentPipeline.builder().contentGenerator(OpenAiContentGenerator.create(settings))
        .modelPolicy(ModelPolicy.builder().cacheSize(0).build()).build();
    request = GenerationRequest.builder(PROMPT).format("docx").clock(CLOCK).provider("openai")
        .data(DataInput.csv("sales-q3-2026.csv", resource("/sales-q3-2026.csv"))).build();
    raw = OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("no-key").modelName("gpt-bench")
        .timeout(Duration.ofSeconds(20)).maxRetries(0).build();
    // A peer message as long as docgen's: one docgen request is sent first to measure it.
    pipeline.generate(request);
    String body = server.requests().get(0).body();
    String user = "x".repeat(Math.max(1000, body.length() - PromptWriter.SYSTEM_PROMPT.length()));
    rawRequest = ChatRequest.builder().messages(SystemMessage.from(PromptWriter.SYSTEM_PROMPT), UserMessage.from(user))
        .responseFormat(ResponseFormat.JSON).build();
    pool = Executors.newFixedThreadPool(batch);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
    server.close();
  }

  private static String resource(String name) {
    try (InputStream in = LlmPipelineBenchmark.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 8, time = 2)
  public byte[] docgenWithInstantModel() {
    return pipeline.generate(request).bytes();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 8, time = 2)
  public String rawLangChain4jCall() {
    return raw.chat(rawRequest).aiMessage().text();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 8, time = 2)
  public byte[] offlineEngine() {
    return pipeline.generate(request.toBuilder().provider("offline").build()).bytes();
  }

  /** {@code batch} requests at once (the cache is off, so each calls the model); run with {@code -p latencyMs=3000}. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 5)
  public int concurrentBatch() throws Exception {
    List<Future<Artifact>> futures = new ArrayList<>();
    for (int i = 0; i < batch; i++) {
      GenerationRequest r = request.toBuilder().build();
      futures.add(pool.submit(() -> pipeline.generate(r)));
    }
    int bytes = 0;
    for (Future<Artifact> f : futures) {
      bytes += f.get().size();
    }
    return bytes;
  }
}
