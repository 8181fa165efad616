package dev.docgen.benchmarks;

import dev.docgen.api.Artifact;
import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationRequest;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.ModelPolicy;
import dev.docgen.llm.openai.OpenAiContentGenerator;
import dev.docgen.llm.openai.OpenAiSettings;
import dev.docgen.test.FakeOpenAiServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A ten-section report through the openai provider against a fake model that writes 60 tokens a
 * second ({@link FakeOpenAiServer.Reply#tokensPerSecond}), as a hosted GPT-4o-class model does: the
 * wall time of one call for the whole document ({@code parallel} = 1) against an outline call and
 * then the sections, {@code parallel} at a time. The model's answers have the same ten sections
 * either way; docgen's own work is the same. At the end of a trial it prints the calls and the
 * tokens one document took.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar LlmSectionsBenchmark}</pre>
 */
@State(Scope.Benchmark)
@Fork(1)
public class LlmSectionsBenchmark {
  static final List<String> SECTIONS = List.of("Summary", "Revenue", "Regions", "Customers", "Products", "Pipeline",
      "Costs", "Risks", "Outlook", "Recommendations");
  static final String PROMPT = "Quarterly sales report for Q3 2026 with sections: " + String.join(", ", SECTIONS);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-05T09:00:00Z"), ZoneOffset.UTC);
  private static final Pattern SECTION = Pattern.compile("Write section (\\d+) of the outline");
  // About 250 tokens of prose a section, with no number the fact check would question.
  private static final String PROSE = ("The regional teams reviewed the quarter with the sales director and agreed "
      + "where the next effort should go. Customers responded well to the new pricing, and the pipeline for the "
      + "coming months is healthy. ").repeat(4);

  @Param({"1", "4", "10"})
  public int parallel;

  @Param({"60"})
  public double tokensPerSecond;

  private FakeOpenAiServer server;
  private DocumentPipeline pipeline;
  private GenerationRequest request;
  private int requestsBefore;
  private int documents;

  @Setup(Level.Trial)
  public void setUp() {
    String whole = spec(SECTIONS, i -> SECTIONS.get(i) + ". " + PROSE);
    String outline = spec(SECTIONS, i -> "What the " + SECTIONS.get(i).toLowerCase() + " section covers.");
    server = FakeOpenAiServer.start().model("gpt-bench", "gpt-bench-1");
    server.otherwise(r -> {
      Matcher m = SECTION.matcher(r.body());
      String answer;
      if (m.find()) {
        int n = Integer.parseInt(m.group(1)) - 1;
        answer = spec(List.of(SECTIONS.get(n)), i -> SECTIONS.get(n) + ". " + PROSE);
      } else {
        answer = r.body().contains("Plan the document") ? outline : whole;
      }
      return FakeOpenAiServer.Reply.content(answer).tokensPerSecond(tokensPerSecond);
    });
    OpenAiSettings settings = OpenAiSettings.builder().baseUrl(server.baseUrl()).model("gpt-bench")
        .parallel(parallel).build();
    pipeline = DocumentPipeline.builder().contentGenerator(OpenAiContentGenerator.create(settings))
        .modelPolicy(ModelPolicy.builder().cacheSize(0).build()).build();
    request = GenerationRequest.builder(PROMPT).format("docx").clock(CLOCK).provider("openai")
        .data(DataInput.csv("sales-q3-2026.csv", resource("/sales-q3-2026.csv"))).build();
    requestsBefore = server.requestCount();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (documents > 0) {
      List<FakeOpenAiServer.RecordedRequest> all = server.requests();
      long sent = all.stream().mapToLong(r -> r.body().length()).sum() / 4;
      System.out.printf("%nparallel=%d: %.1f calls and about %d input tokens per document%n", parallel,
          (all.size() - requestsBefore) / (double) documents, sent / documents);
    }
    server.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public int tenSectionReport() {
    Artifact a = pipeline.generate(request);
    if (!"1".equals(a.provenance().get("attempts"))) {
      throw new IllegalStateException("the fake model's answer needed a repair: " + a.quality().findings());
    }
    documents++;
    return a.size();
  }

  static String spec(List<String> headings, java.util.function.IntFunction<String> text) {
    StringBuilder sb = new StringBuilder("{\"metadata\":{\"title\":\"Quarterly Sales Report: Q3 2026\","
        + "\"date\":\"2026-10-05\"},\"sections\":[");
    for (int i = 0; i < headings.size(); i++) {
      sb.append(i == 0 ? "" : ",").append("{\"title\":\"").append(headings.get(i))
          .append("\",\"level\":1,\"blocks\":[{\"type\":\"paragraph\",\"runs\":[{\"text\":\"")
          .append(text.apply(i)).append("\"}]}]}");
    }
    return sb.append("]}").toString();
  }

  private static String resource(String name) {
    try (InputStream in = LlmSectionsBenchmark.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs one document at each setting once and prints its wall time: a quick look without JMH. */
  public static void main(String[] args) {
    for (int p : new int[] {1, 4, 10}) {
      LlmSectionsBenchmark b = new LlmSectionsBenchmark();
      b.parallel = p;
      b.tokensPerSecond = args.length > 0 ? Double.parseDouble(args[0]) : 60;
      b.setUp();
      long start = System.nanoTime();
      b.tenSectionReport();
      System.out.printf("parallel=%d: %d ms%n", p, Duration.ofNanos(System.nanoTime() - start).toMillis());
      b.tearDown();
    }
  }
}
