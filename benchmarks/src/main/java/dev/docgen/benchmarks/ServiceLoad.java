package dev.docgen.benchmarks;

import dev.docgen.api.Artifact;
import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationRequest;
import dev.docgen.core.DocumentPipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load harness with a real HTTP client: documents per second through {@code docgen-server} (a
 * real {@code java -jar} process, {@code concurrency} requests in flight, every one waiting for its
 * file) against the library called directly in this JVM, in the same run, on the same requests:
 * mixed formats, with data, offline. Prints p50, p95 and p99 of the HTTP latencies, and the corpus
 * sales report as PDF in documents per second per core.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar dev.docgen.benchmarks.ServiceLoad \
 *     docgen-server/target/docgen-server.jar 300 60}</pre>
 *
 * Exits 1 if any HTTP request did not get its document.
 */
public final class ServiceLoad {
  private static final String SALES = resource("/sales-q3-2026.csv");
  private static final String PROMPT = "Quarterly sales report for Q3 2026 with revenue totals by region and a chart";
  private static final List<String> FORMATS = List.of("pdf", "docx", "xlsx");

  private ServiceLoad() {}

  public static void main(String[] args) throws Exception {
    Path jar = Paths.get(args.length > 0 ? args[0] : "docgen-server/target/docgen-server.jar");
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int cores = Runtime.getRuntime().availableProcessors();
    DocumentPipeline pipeline = DocumentPipeline.builder().build();

    // The library: the same mixed requests on one thread per core, after a warm-up.
    library(pipeline, 30, cores, FORMATS);
    double libraryRate = library(pipeline, requests, cores, FORMATS);
    library(pipeline, 30, cores, List.of("pdf"));
    double pdfRate = library(pipeline, requests, cores, List.of("pdf"));

    Path home = Files.createTempDirectory("docgen-load");
    Process server = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", jar.toString(), "--server.port=0", "--docgen.home=" + home,
        "--docgen.jobs.workers=" + cores, "--docgen.server.rate-limit-per-second=0",
        "--logging.level.docgen=WARN").redirectErrorStream(true).start();
    boolean ok = false;
    try {
      int port = port(server);
      HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
      // As warm as the library: its JVM has made hundreds of documents by now.
      http(http, port, 3 * concurrency, concurrency, new ArrayList<>());
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      long start = System.nanoTime();
      int failed = http(http, port, requests, concurrency, latencies);
      double httpRate = requests / ((System.nanoTime() - start) / 1e9);
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf(Locale.ROOT, "requests %d, %d in flight, %d cores%n", requests, concurrency, cores);
      System.out.printf(Locale.ROOT, "library, mixed formats:     %.1f documents/s%n", libraryRate);
      System.out.printf(Locale.ROOT, "HTTP, mixed formats:        %.1f documents/s (%.0f%% of the library), %d failed%n",
          httpRate, 100 * httpRate / libraryRate, failed);
      System.out.printf(Locale.ROOT, "HTTP latency ms: p50 %d, p95 %d, p99 %d, max %d%n", pct(sorted, 50),
          pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1));
      System.out.printf(Locale.ROOT, "library, sales report PDF:  %.1f documents/s, %.1f per core%n", pdfRate,
          pdfRate / cores);
      ok = failed == 0;
    } finally {
      server.destroy();
      server.waitFor(60, TimeUnit.SECONDS);
    }
    System.exit(ok ? 0 : 1);
  }

  /** Documents per second, {@code count} requests on {@code threads} threads. */
  private static double library(DocumentPipeline pipeline, int count, int threads, List<String> formats)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Artifact>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        String format = formats.get(i % formats.size());
        futures.add(pool.submit(() -> pipeline.generate(GenerationRequest.builder(PROMPT).format(format)
            .data(DataInput.csv("sales-q3-2026.csv", SALES)).build())));
      }
      for (Future<Artifact> f : futures) {
        f.get();
      }
      return count / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  /** Sends {@code count} generate requests, at most {@code concurrency} at once; returns how many failed. */
  private static int http(HttpClient http, int port, int count, int concurrency, List<Long> latencies)
      throws Exception {
    Semaphore inFlight = new Semaphore(concurrency);
    AtomicInteger failed = new AtomicInteger();
    List<CompletableFuture<?>> all = new ArrayList<>();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (int i = 0; i < count; i++) {
      String body = json.writeValueAsString(java.util.Map.of("prompt", PROMPT, "format", FORMATS.get(i % 3), "data",
          SALES, "data_name", "sales-q3-2026.csv", "wait", 120));
      inFlight.acquire();
      long start = System.nanoTime();
      all.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/generate"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) -> {
            inFlight.release();
            latencies.add((System.nanoTime() - start) / 1_000_000);
            if (e != null || r.statusCode() != 200 || r.body().length < 1000) {
              if (failed.incrementAndGet() == 1) {
                System.err.println("first failure: " + (e != null ? e : r.statusCode() + " "
                    + new String(r.body(), StandardCharsets.UTF_8)));
              }
            }
          }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get();
    return failed.get();
  }

  private static long pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static int port(Process server) throws Exception {
    Pattern started = Pattern.compile("Tomcat started on port (\\d+)");
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          Matcher m = started.matcher(line);
          if (m.find()) {
            port.complete(Integer.parseInt(m.group(1)));
          }
        }
      } catch (IOException e) {
        port.completeExceptionally(e);
      }
      port.completeExceptionally(new IllegalStateException("the server stopped before it started"));
    });
    reader.setDaemon(true);
    reader.start();
    return port.get(120, TimeUnit.SECONDS);
  }

  private static String resource(String name) {
    try (InputStream in = ServiceLoad.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
