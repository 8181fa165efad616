package dev.docgen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docgen.api.Artifact;
import dev.docgen.api.DataInput;
import dev.docgen.api.DocgenException;
import dev.docgen.api.GenerationRequest;
import dev.docgen.api.InvalidRequestException;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.job.ErrorCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Many documents from a JSON Lines file, through the library with no server: one request a line
 * ({@code prompt}, {@code format}, and optionally {@code data} (a file path, relative to the
 * requests file, or inline JSON or CSV), {@code template}, {@code locale}, {@code provider},
 * {@code name}), {@code --parallel} at a time. Writes each file and a {@code manifest.json}.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Generate every request of a JSON Lines file into a directory, with a manifest.json.")
final class BatchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "REQUESTS.jsonl", description = "One request a line: {\"prompt\": ..., "
      + "\"format\": \"pdf\", \"data\": \"sales.csv\"}.")
  Path requests;

  @Option(names = "--output-dir", required = true, paramLabel = "DIR", description = "Where the files and "
      + "manifest.json go (created if missing).")
  Path outputDir;

  @Option(names = "--parallel", paramLabel = "N", description = "Documents made at once (default: one per core).")
  Integer parallel;

  @Option(names = "--template-dir", paramLabel = "DIR", description = "The template library's folder.")
  Path templateDir;

  @Option(names = "--verbose", description = "Print stack traces on errors.")
  boolean verbose;

  @Mixin
  LlmOptions llm;

  /** One line of the requests file, read, or the reason it could not be. */
  private record Item(int line, String name, GenerationRequest request, String problem) {}

  @Override
  public Integer call() throws Exception {
    int threads = parallel == null ? Runtime.getRuntime().availableProcessors() : parallel;
    if (threads < 1 || threads > 64) {
      throw new DocgenCommand.UsageProblem("--parallel must be 1 to 64: " + threads);
    }
    List<Item> items = read();
    try {
      Files.createDirectories(outputDir);
    } catch (IOException e) {
      throw new InvalidRequestException("cannot create --output-dir " + outputDir + ": " + e.getMessage());
    }
    DocumentPipeline pipeline = llm.apply(DocumentPipeline.builder()
        .templateDirectory(CliSupport.templateDir(templateDir, System.getenv()))).build();
    ObjectNode[] results = new ObjectNode[items.size()];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    boolean tty = System.console() != null;
    try (ProgressBar bar = tty ? new ProgressBarBuilder().setTaskName("docgen batch").setInitialMax(items.size())
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build() : null) {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          results[index] = make(pipeline, items.get(index), index + 1);
          if (bar != null) {
            bar.step();
          } else {
            ObjectNode r = results[index];
            synchronized (System.out) {
              System.out.println("[" + (index + 1) + "/" + items.size() + "] " + r.path("status").asText() + " "
                  + (r.has("file") ? r.path("file").asText() : r.path("error").path("message").asText()));
            }
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("requests", requests.toString());
    manifest.put("count", items.size());
    long succeeded = 0;
    ArrayNode list = manifest.putArray("items");
    for (ObjectNode r : results) {
      list.add(r);
      succeeded += r.path("status").asText().equals("succeeded") ? 1 : 0;
    }
    manifest.put("succeeded", succeeded);
    manifest.put("failed", items.size() - succeeded);
    Path file = outputDir.resolve("manifest.json");
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest), StandardCharsets.UTF_8);
    System.out.println("wrote " + succeeded + " of " + items.size() + " documents to " + outputDir + " ("
        + file.getFileName() + " lists them)");
    return succeeded == items.size() ? 0 : DocgenCommand.GENERATION_FAILED;
  }

  private ObjectNode make(DocumentPipeline pipeline, Item item, int index) {
    ObjectNode r = JSON.createObjectNode();
    r.put("index", index);
    r.put("line", item.line());
    if (item.problem() != null) {
      r.put("status", "failed");
      r.putObject("error").put("code", "INVALID_REQUEST").put("message", item.problem());
      return r;
    }
    try {
      Artifact a = pipeline.generate(item.request());
      String name = String.format(Locale.ROOT, "%03d-%s", index, item.name().isEmpty() ? a.fileName()
          : safe(item.name()) + "." + a.format());
      a.writeTo(outputDir.resolve(name));
      r.put("status", "succeeded");
      r.put("file", name);
      r.put("sha256", a.sha256());
      r.put("quality", a.quality().score());
    } catch (DocgenException e) {
      r.put("status", "failed");
      r.putObject("error").put("code", ErrorCodes.code(e)).put("message", e.getMessage());
    } catch (RuntimeException e) {
      if (verbose) {
        e.printStackTrace();
      }
      r.put("status", "failed");
      r.putObject("error").put("code", ErrorCodes.INTERNAL_ERROR).put("message", e.toString());
    }
    return r;
  }

  private List<Item> read() {
    List<String> lines;
    try {
      lines = Files.readAllLines(requests, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidRequestException("requests file not found: " + requests.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + requests + ": " + e.getMessage(), e);
    }
    List<Item> out = new ArrayList<>();
    Path base = requests.toAbsolutePath().getParent();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.isEmpty()) {
        continue;
      }
      try {
        out.add(item(JSON.readTree(l), i + 1, base));
      } catch (IOException | RuntimeException e) {
        out.add(new Item(i + 1, "", null, "line " + (i + 1) + ": " + (e instanceof IOException
            ? "not JSON" : e.getMessage())));
      }
    }
    if (out.isEmpty()) {
      throw new InvalidRequestException(requests + " holds no requests: one JSON object a line, e.g. "
          + "{\"prompt\": \"Create a project status report for Q4 2025\", \"format\": \"pdf\"}");
    }
    return out;
  }

  private Item item(JsonNode o, int line, Path base) {
    String prompt = o.path("prompt").asText("");
    if (prompt.isBlank()) {
      throw new IllegalArgumentException("prompt is missing");
    }
    String format = o.path("format").asText("pdf").toLowerCase(Locale.ROOT);
    GenerationRequest.Builder b = GenerationRequest.builder(prompt).format(format)
        .clock(CliSupport.clock(System.getenv())).relaxedChecks(o.path("relaxed").asBoolean(false));
    JsonNode data = o.get("data");
    if (data != null && !data.isNull()) {
      if (data.isObject() || data.isArray()) {
        b.data(DataInput.json("data.json", data.toString()));
      } else {
        String text = data.asText();
        Path file = base.resolve(text);
        if (!text.contains("\n") && text.length() < 1000 && Files.isRegularFile(file)) {
          b.data(DataInput.of(file));
        } else {
          String s = text.stripLeading();
          b.data(s.startsWith("{") || s.startsWith("[") ? DataInput.json("data.json", text)
              : DataInput.csv("data.csv", text));
        }
      }
    }
    if (o.hasNonNull("template")) {
      b.template(o.get("template").asText());
    }
    if (o.hasNonNull("locale")) {
      b.locale(CliSupport.locale(o.get("locale").asText()));
    }
    if (o.hasNonNull("provider")) {
      b.provider(o.get("provider").asText());
    } else if (llm.given()) {
      b.provider("openai");
    }
    return new Item(line, o.path("name").asText(""), b.build(), null);
  }

  private static String safe(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
    return s.isEmpty() ? "document" : s.substring(0, Math.min(80, s.length()));
  }
}
