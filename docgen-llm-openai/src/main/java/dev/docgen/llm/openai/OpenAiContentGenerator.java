package dev.docgen.llm.openai;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.GenerationException;
import dev.docgen.api.Health;
import dev.docgen.api.InvalidContentException;
import dev.docgen.api.ModelUnavailableException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Section;
import dev.docgen.api.spi.ContentGenerator;
import dev.docgen.api.spi.GeneratedContent;
import dev.docgen.api.spi.GenerationContext;
import dev.docgen.llm.openai.internal.EndpointHttpClient;
import dev.docgen.llm.openai.internal.PromptWriter;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes document content with any OpenAI-compatible chat completions endpoint (OpenAI, Azure
 * OpenAI's v1 endpoint, Ollama, vLLM, llama.cpp server), through LangChain4j. Provider id
 * {@code openai}.
 *
 * <p>This class makes one call per {@link #compose} (or, with {@link OpenAiSettings#parallel} above 1
 * and a document of five or more sections, an outline call and then one call per section, several at
 * once): the fixed system prompt, the request, the computed figures and the data engine's draft as
 * delimited data, the answer constrained to the DocumentSpec schema
 * (structured output, or JSON mode with the schema in the prompt where the endpoint refuses it), and
 * on a repair the previous answer with what was wrong. The pipeline does the rest for every model
 * provider alike: deadline, retries, repairs, fact checking, caching, metrics.
 *
 * <pre>{@code
 * DocumentPipeline pipeline = DocumentPipeline.builder()
 *     .contentGenerator(OpenAiContentGenerator.create(OpenAiSettings.builder()
 *         .baseUrl("http://localhost:11434/v1").model("llama3.1").build()))
 *     .build();
 * }</pre>
 *
 * Found by {@link java.util.ServiceLoader} with settings from the environment (see
 * {@link OpenAiSettings}); preferred over the offline engine when {@code DOCGEN_LLM_BASE_URL} is set.
 */
public final class OpenAiContentGenerator implements ContentGenerator {
  /** The stable id, {@value}. */
  public static final String ID = "openai";
  private static final Logger LOG = LoggerFactory.getLogger("docgen.generation");
  /** A document with this many sections or more is written in parts when {@code parallel} is above 1. */
  private static final int LONG_SECTIONS = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<OpenAiSettings> source;
  private final boolean preferred;
  private final AtomicReference<State> state = new AtomicReference<>();

  /** For {@link java.util.ServiceLoader}: settings from system properties and environment variables, read on first use. */
  public OpenAiContentGenerator() {
    this(OpenAiSettings::fromEnvironment,
        OpenAiSettings.configuredIn(System::getProperty, System.getenv()));
  }

  private OpenAiContentGenerator(Supplier<OpenAiSettings> source, boolean preferred) {
    this.source = source;
    this.preferred = preferred;
  }

  /** A generator with these settings. */
  public static OpenAiContentGenerator create(OpenAiSettings settings) {
    requireNonNull(settings, "settings");
    return new OpenAiContentGenerator(() -> settings, true);
  }

  @Override
  public String id() {
    return ID;
  }

  /** 10 when built with settings or when {@code DOCGEN_LLM_BASE_URL} is set, so it wins over the offline engine; else -10. */
  @Override
  public int priority() {
    return preferred ? 10 : -10;
  }

  @Override
  public boolean modelBacked() {
    return true;
  }

  @Override
  public String configurationKey() {
    OpenAiSettings s = state().settings;
    return s.baseUrl() + "|" + s.model() + "|" + s.temperature() + "|" + s.maxTokens();
  }

  /** The settings in use. */
  public OpenAiSettings settings() {
    return state().settings;
  }

  @Override
  public DocumentSpec generate(GenerationContext context) {
    return compose(context).spec();
  }

  @Override
  public GeneratedContent compose(GenerationContext ctx) {
    State st = state();
    OpenAiSettings s = st.settings;
    if (s.parallel() > 1 && isLong(ctx)) {
      return inParts(st, ctx);
    }
    Answer a = call(st, ctx, json -> PromptWriter.userMessage(ctx, s.draftRows(), json), ctx.revision());
    return a.content(s, a.spec, 1);
  }

  /** Five or more sections in the draft or the request: worth an outline and parallel section calls. */
  private static boolean isLong(GenerationContext ctx) {
    return ctx.intent().requestedSections().size() >= LONG_SECTIONS
        || ctx.draft().map(d -> d.sections().size() >= LONG_SECTIONS).orElse(false);
  }

  /**
   * A long document in parts: an outline call (metadata, headings and a one-line brief each), then
   * every section in its own call, up to {@link OpenAiSettings#parallel} at once, then the outline's
   * metadata and the sections in the outline's order. A section whose answer breaks the schema is
   * asked for again alone. A repair that names only some sections rewrites only those.
   */
  private GeneratedContent inParts(State st, GenerationContext ctx) {
    OpenAiSettings s = st.settings;
    if (ctx.revision().isPresent()) {
      Optional<GeneratedContent> repaired = repairParts(st, ctx, ctx.revision().get());
      if (repaired.isPresent()) {
        return repaired.get();
      }
      Answer a = call(st, ctx, json -> PromptWriter.userMessage(ctx, s.draftRows(), json), ctx.revision());
      return a.content(s, a.spec, 1);
    }
    Answer outline = call(st, ctx, json -> PromptWriter.outlineMessage(ctx, s.draftRows(), json), Optional.empty());
    if (outline.spec.sections().isEmpty()) {
      throw new InvalidContentException("the outline has no sections", List.of("the outline has no sections: "
          + "give every top-level section of the document with its heading"), outline.text);
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < outline.spec.sections().size(); i++) {
      all.add(i);
    }
    Map<Integer, Answer> parts = sections(st, ctx, outline.spec, all, Map.of());
    return assemble(s, outline, outline.spec, parts);
  }

  /** Rewrites only the sections the problems name ("section 'Risks': ..."), or nothing when a problem names none. */
  private Optional<GeneratedContent> repairParts(State st, GenerationContext ctx, GenerationContext.Revision r) {
    DocumentSpec previous;
    ObjectNode tree;
    try {
      previous = ctx.specReader().read(jsonPart(r.previousOutput()));
      tree = (ObjectNode) JSON.readTree(jsonPart(r.previousOutput()));
    } catch (InvalidContentException | java.io.IOException | ClassCastException e) {
      return Optional.empty();
    }
    Map<Integer, List<String>> named = new LinkedHashMap<>();
    for (String problem : r.problems()) {
      int at = -1;
      for (int i = 0; i < previous.sections().size() && at < 0; i++) {
        if (problem.contains("section '" + previous.sections().get(i).title() + "'")) {
          at = i;
        }
      }
      if (at < 0) {
        return Optional.empty();
      }
      named.computeIfAbsent(at, k -> new ArrayList<>()).add(problem);
    }
    if (named.isEmpty() || named.size() == previous.sections().size() || !(tree.get("sections") instanceof ArrayNode)) {
      return Optional.empty();
    }
    Map<Integer, GenerationContext.Revision> revisions = new LinkedHashMap<>();
    named.forEach((i, problems) -> {
      ObjectNode one = tree.deepCopy();
      ArrayNode sections = one.putArray("sections");
      sections.add(tree.get("sections").get(i));
      revisions.put(i, new GenerationContext.Revision(r.attempt(), one.toString(), problems));
    });
    Map<Integer, Answer> parts = sections(st, ctx, previous, new ArrayList<>(named.keySet()), revisions);
    // The sections not named stand as they were.
    Answer kept = new Answer(previous, r.previousOutput(), 0, 0, st.settings.model());
    Map<Integer, Answer> all = new LinkedHashMap<>();
    for (int i = 0; i < previous.sections().size(); i++) {
      all.put(i, parts.getOrDefault(i, kept));
    }
    return Optional.of(assemble(st.settings, kept, previous, all));
  }

  /** The given sections of {@code outline}, each in its own call, at most {@code parallel} at once. */
  private Map<Integer, Answer> sections(State st, GenerationContext ctx, DocumentSpec outline, List<Integer> which,
      Map<Integer, GenerationContext.Revision> revisions) {
    OpenAiSettings s = st.settings;
    int threads = Math.min(s.parallel(), which.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "docgen-llm-section");
      t.setDaemon(true);
      return t;
    });
    try {
      Map<Integer, Future<Answer>> futures = new LinkedHashMap<>();
      for (int i : which) {
        futures.put(i, pool.submit(() -> section(st, ctx, outline, i, Optional.ofNullable(revisions.get(i)))));
      }
      Map<Integer, Answer> out = new LinkedHashMap<>();
      for (Map.Entry<Integer, Future<Answer>> f : futures.entrySet()) {
        try {
          out.put(f.getKey(), f.getValue().get());
        } catch (ExecutionException e) {
          futures.values().forEach(other -> other.cancel(true));
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          throw new GenerationException("a section call failed: " + e.getCause(), false, e.getCause());
        }
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GenerationException("interrupted while the sections were written", false, e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One section; asked once more, alone, when its answer breaks the schema. */
  private Answer section(State st, GenerationContext ctx, DocumentSpec outline, int index,
      Optional<GenerationContext.Revision> revision) {
    int rows = st.settings.draftRows();
    try {
      return call(st, ctx, json -> PromptWriter.sectionMessage(ctx, rows, json, outline, index), revision);
    } catch (InvalidContentException e) {
      if (ctx.timeLeft(Duration.ofDays(1)).compareTo(Duration.ofSeconds(2)) < 0) {
        throw e;
      }
      LOG.info("section {} of {} unusable ({}); asking for it again", index + 1, outline.sections().size(),
          e.problems().stream().limit(2).toList());
      return call(st, ctx, json -> PromptWriter.sectionMessage(ctx, rows, json, outline, index),
          Optional.of(new GenerationContext.Revision(2, e.output(), e.problems())));
    }
  }

  /** The outline's metadata and theme, and each part's section in the outline's order. */
  private static GeneratedContent assemble(OpenAiSettings s, Answer head, DocumentSpec outline,
      Map<Integer, Answer> parts) {
    List<Section> sections = new ArrayList<>();
    long in = head.in;
    long out = head.out;
    int calls = head.in > 0 ? 1 : 0;
    for (int i = 0; i < outline.sections().size(); i++) {
      Answer a = parts.get(i);
      String heading = outline.sections().get(i).title();
      if (a.spec == outline) {
        sections.add(outline.sections().get(i));
        continue;
      }
      in += a.in;
      out += a.out;
      calls++;
      // A model that wrote more than its section gives the one asked for: the heading's, else its first.
      sections.add(a.spec.sections().stream().filter(x -> x.title().equalsIgnoreCase(heading)).findFirst()
          .orElse(a.spec.sections().isEmpty() ? Section.of(heading) : a.spec.sections().get(0)));
    }
    DocumentSpec spec = new DocumentSpec(outline.metadata(), outline.theme(), sections);
    return new Answer(spec, "", in, out, head.modelVersion).content(s, spec, calls);
  }

  /** One chat call with this user message (given JSON mode or not), and a repair's previous answer and problems. */
  private Answer call(State st, GenerationContext ctx, java.util.function.Function<Boolean, String> user,
      Optional<GenerationContext.Revision> revision) {
    OpenAiSettings s = st.settings;
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from(PromptWriter.SYSTEM_PROMPT));
    boolean jsonMode = st.jsonMode;
    messages.add(UserMessage.from(user.apply(jsonMode)));
    revision.ifPresent(r -> {
      messages.add(AiMessage.from(r.previousOutput()));
      messages.add(UserMessage.from(PromptWriter.revisionMessage(r)));
    });
    ChatRequest request = ChatRequest.builder().messages(messages).responseFormat(jsonMode ? ResponseFormat.JSON
        : ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(JsonSchema.builder().name("DocumentSpec")
            .rootElement(JsonRawSchema.from(PromptWriter.schema())).build()).build()).build();
    long start = System.nanoTime();
    ChatResponse response;
    try {
      response = EndpointHttpClient.withDeadline(ctx.timeLeft(s.timeout()), () -> st.model.chat(request));
    } catch (RuntimeException e) {
      ModelUnavailableException failure = Failures.map(e, s);
      ctx.listener().onCall(new GenerationContext.ModelCall(ID, s.model(), Duration.ofNanos(System.nanoTime() - start),
          Failures.outcome(failure), 0, 0));
      if (!jsonMode && Failures.refusesSchema(e)) {
        LOG.info("{} refused structured output ({}); switching to JSON mode with the schema in the prompt",
            s.baseUrl(), failure.getMessage());
        st.jsonMode = true;
        return call(st, ctx, user, revision);
      }
      throw failure;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    TokenUsage usage = response.tokenUsage();
    long in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
    long out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
    String text = response.aiMessage() == null || response.aiMessage().text() == null ? "" : response.aiMessage().text();
    DocumentSpec spec;
    try {
      if (response.finishReason() == FinishReason.LENGTH) {
        throw new InvalidContentException("the answer was cut off", List.of("the answer was cut off at the "
            + s.maxTokens() + "-token limit: write a shorter document, or raise DOCGEN_LLM_MAX_TOKENS"), text);
      }
      spec = ctx.specReader().read(jsonPart(text));
    } catch (InvalidContentException e) {
      ctx.listener().onCall(new GenerationContext.ModelCall(ID, s.model(), took, "invalid", in, out));
      throw new InvalidContentException(e.getMessage(), e.problems(), text);
    }
    ctx.listener().onCall(new GenerationContext.ModelCall(ID, s.model(), took, "success", in, out));
    return new Answer(spec, text, in, out, response.modelName() == null ? s.model() : response.modelName());
  }

  /** What one call (or a document's calls together) gave. */
  private record Answer(DocumentSpec spec, String text, long in, long out, String modelVersion) {
    GeneratedContent content(OpenAiSettings s, DocumentSpec document, int calls) {
      Map<String, String> provenance = new LinkedHashMap<>();
      provenance.put("model", s.model());
      provenance.put("modelVersion", modelVersion);
      provenance.put("inputTokens", Long.toString(in));
      provenance.put("outputTokens", Long.toString(out));
      if (calls > 1) {
        provenance.put("calls", Integer.toString(calls));
      }
      return new GeneratedContent(document, List.of(), provenance);
    }
  }

  /** The JSON object in an answer, without code fences or words around it. */
  static String jsonPart(String text) {
    // Reasoning models (DeepSeek R1, Qwen3 on Ollama) may think aloud first, braces and all.
    String t = text.replaceAll("(?s)<think>.*?</think>", "").strip();
    int first = t.indexOf('{');
    int last = t.lastIndexOf('}');
    return first >= 0 && last > first ? t.substring(first, last + 1) : t;
  }

  /** Asks the endpoint for its models ({@code GET /models}) within 5 seconds. */
  @Override
  public Health.Component health() {
    OpenAiSettings s;
    try {
      s = state().settings;
    } catch (GenerationException e) {
      return Health.Component.down("provider:" + ID, e.getMessage(), Map.of());
    }
    Map<String, String> info = new LinkedHashMap<>();
    info.put("endpoint", s.baseUrl());
    info.put("model", s.model());
    long start = System.nanoTime();
    try {
      HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(s.baseUrl() + "/models"))
          .timeout(Duration.ofSeconds(5)).GET();
      s.apiKey().ifPresent(k -> req.header("Authorization", "Bearer " + k));
      HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
          .send(req.build(), HttpResponse.BodyHandlers.ofString());
      long ms = (System.nanoTime() - start) / 1_000_000;
      info.put("latencyMs", Long.toString(ms));
      if (r.statusCode() != 200) {
        return Health.Component.down("provider:" + ID, s.baseUrl() + "/models answered HTTP " + r.statusCode()
            + Failures.serverMessage(r.body()).map(m -> ": " + m).orElse(""), info);
      }
      boolean listed = r.body().contains("\"" + s.model() + "\"");
      info.put("modelListed", Boolean.toString(listed));
      return Health.Component.up("provider:" + ID, s.baseUrl() + " answered in " + ms + " ms; model " + s.model()
          + (listed ? " is listed" : " is not in its list (it may still serve it)"), info);
    } catch (java.io.IOException | IllegalArgumentException e) {
      return Health.Component.down("provider:" + ID, "cannot reach " + s.baseUrl() + ": " + Failures.describe(e), info);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.Component.down("provider:" + ID, "interrupted", info);
    }
  }

  private State state() {
    State st = state.get();
    if (st == null) {
      OpenAiSettings s;
      try {
        s = source.get();
      } catch (IllegalArgumentException e) {
        throw new GenerationException("the openai provider is misconfigured: " + e.getMessage());
      }
      if (s.baseUrl().equals(OpenAiSettings.DEFAULT_BASE_URL) && s.apiKey().isEmpty()) {
        throw new GenerationException("the openai provider has no endpoint: set OPENAI_API_KEY for "
            + OpenAiSettings.DEFAULT_BASE_URL + ", or DOCGEN_LLM_BASE_URL (--llm-url) for another server such as "
            + "http://localhost:11434/v1");
      }
      st = new State(s, s.responseFormat() == OpenAiSettings.ResponseFormat.JSON_OBJECT, OpenAiChatModel.builder()
          .baseUrl(s.baseUrl()).apiKey(s.apiKey().orElse("no-key")).modelName(s.model())
          .temperature(s.temperature()).maxTokens(s.maxTokens()).timeout(s.timeout()).maxRetries(0)
          .strictJsonSchema(false).httpClientBuilder(EndpointHttpClient.builder()).build());
      state.compareAndSet(null, st);
      st = state.get();
    }
    return st;
  }

  /** The settings and the LangChain4j model built from them. */
  private static final class State {
    final OpenAiSettings settings;
    final OpenAiChatModel model;
    volatile boolean jsonMode;

    State(OpenAiSettings settings, boolean jsonMode, OpenAiChatModel model) {
      this.settings = settings;
      this.jsonMode = jsonMode;
      this.model = model;
    }
  }
}
