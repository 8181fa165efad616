package dev.docgen.core;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.Artifact;
import dev.docgen.api.ContentCheckException;
import dev.docgen.api.DocgenException;
import dev.docgen.api.DocumentIntent;
import dev.docgen.api.Finding;
import dev.docgen.api.FormatUnavailableException;
import dev.docgen.api.GenerationException;
import dev.docgen.api.GenerationRequest;
import dev.docgen.api.Health;
import dev.docgen.api.InvalidContentException;
import dev.docgen.api.InvalidRequestException;
import dev.docgen.api.LimitExceededException;
import dev.docgen.api.QualityReport;
import dev.docgen.api.RenderException;
import dev.docgen.api.SpecValidationException;
import dev.docgen.api.TemplateException;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.spi.ContentGenerator;
import dev.docgen.api.spi.DocumentRenderer;
import dev.docgen.api.spi.GeneratedContent;
import dev.docgen.api.spi.GenerationContext;
import dev.docgen.api.spi.OutputInspector;
import dev.docgen.api.spi.RenderOptions;
import dev.docgen.api.template.OoxmlParts;
import dev.docgen.api.template.ParsedTemplate;
import dev.docgen.api.template.TemplateData;
import dev.docgen.api.template.TemplateInfo;
import dev.docgen.api.template.TemplateRef;
import dev.docgen.api.template.TemplateStore;
import dev.docgen.core.internal.ContentValidator;
import dev.docgen.core.internal.DataDerivation;
import dev.docgen.core.internal.DataLoader;
import dev.docgen.core.internal.ModelComposition;
import dev.docgen.core.internal.OutputChecks;
import dev.docgen.core.internal.PipelineMetrics;
import dev.docgen.core.internal.Plugins;
import dev.docgen.core.offline.OfflineContentGenerator;
import dev.docgen.core.template.TemplateLibrary;
import dev.docgen.core.template.TemplateLimits;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link GenerationRequest} into an {@link Artifact}: interpret the prompt, load the data,
 * compose the content, render, re-open and check the output. Thread-safe; build one and reuse it.
 *
 * <pre>{@code
 * DocumentPipeline pipeline = DocumentPipeline.builder().build();
 * Artifact doc = pipeline.generate(GenerationRequest.builder("Create a project status report for Q4 2025")
 *     .format("docx").build());
 * doc.writeTo(Path.of("report.docx"));
 * }</pre>
 */
public final class DocumentPipeline {
  /** Formats docgen ships renderers for, and the artifact that holds each. */
  private static final Map<String, String> KNOWN_FORMATS = Map.of(
      "docx", "dev.docgen:docgen-renderer-docx", "pdf", "dev.docgen:docgen-renderer-pdf",
      "xlsx", "dev.docgen:docgen-renderer-xlsx");
  private static final Logger GENERATION = LoggerFactory.getLogger("docgen.generation");
  /** The locale a document gets from the language of its prompt, when the caller chose none. */
  private static final Map<String, Locale> DOCUMENT_LOCALES = Map.of("de", Locale.GERMANY, "fr", Locale.FRANCE,
      "es", Locale.forLanguageTag("es-ES"), "nl", Locale.forLanguageTag("nl-NL"));
  private static final Logger QUALITY = LoggerFactory.getLogger("docgen.quality");
  private static final Logger ERRORS = LoggerFactory.getLogger("docgen.errors");

  private final Plugins<DocumentRenderer> renderers;
  private final Plugins<OutputInspector> inspectors;
  private final Plugins<ContentGenerator> generators;
  private final PromptInterpreter interpreter = new PromptInterpreter();
  private final PipelineMetrics metrics;
  private final Limits limits;
  private final TemplateLibrary templates;
  private final ModelPolicy modelPolicy;
  private final ModelComposition models;
  private final OfflineContentGenerator offline =
      new OfflineContentGenerator();

  private DocumentPipeline(Builder b) {
    ClassLoader loader = b.classLoader;
    this.renderers = Plugins.load(DocumentRenderer.class, "renderer", DocumentRenderer::id, DocumentRenderer::priority,
        b.renderers, loader);
    this.inspectors = Plugins.load(OutputInspector.class, "inspector", OutputInspector::id, i -> 0, b.inspectors, loader);
    this.generators = Plugins.load(ContentGenerator.class, "generator", ContentGenerator::id, ContentGenerator::priority,
        b.generators, loader);
    this.metrics = new PipelineMetrics(b.registry);
    this.limits = b.limits;
    this.modelPolicy = b.modelPolicy;
    this.models = new ModelComposition(b.modelPolicy, metrics);
    this.templates = TemplateLibrary.wire(Optional.ofNullable(b.templateStore), Optional.ofNullable(b.templateDirectory),
        b.templateLimits, b.templateCacheBytes, b.registry, loader);
  }

  /** The template library: list, export, publish, delete, fields, warm-up. */
  public TemplateLibrary templates() {
    return templates;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The output formats that have a renderer installed. */
  public Set<String> formats() {
    return new TreeSet<>(renderers.ids());
  }

  /** The content generators installed, by id. */
  public List<String> providers() {
    return generators.ids();
  }

  /** What the offline interpreter reads from a prompt; useful to preview a request. */
  public DocumentIntent interpret(String prompt) {
    return interpreter.interpret(prompt);
  }

  /**
   * Generates one document. Returns exactly one artifact, or throws exactly one {@link DocgenException}
   * that names the problem; nothing is written anywhere.
   */
  public Artifact generate(GenerationRequest request) {
    requireNonNull(request, "request");
    long start = System.nanoTime();
    String outcome = "error";
    try {
      Artifact artifact = run(request);
      outcome = "success";
      GENERATION.info("Document generated id={} format={} template={} seconds={}", artifact.sha256().substring(0, 12),
          artifact.format(), artifact.template(), String.format("%.3f", (System.nanoTime() - start) / 1e9));
      return artifact;
    } catch (ContentCheckException e) {
      outcome = "rejected";
      throw e;
    } catch (DocgenException e) {
      ERRORS.debug("generation failed: {}", e.getMessage());
      throw e;
    } catch (RuntimeException e) {
      ERRORS.error("unexpected failure generating {}", request, e);
      throw new GenerationException("unexpected failure: " + e, false, e);
    } finally {
      metrics.generation(request.format(), request.template().orElse("builtin"), outcome,
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private Artifact run(GenerationRequest request) {
    validate(request);
    DocumentRenderer renderer = renderer(request.format());
    Map<String, Duration> timings = new LinkedHashMap<>();
    DocumentIntent intent = timed("interpret", timings,
        () -> interpreter.interpret(request.prompt(), LocalDate.ofInstant(request.clock().instant(), ZoneOffset.UTC)));
    Locale locale = request.localeGiven() ? request.locale() : DOCUMENT_LOCALES.getOrDefault(intent.facts().language(),
        request.locale());
    // The figures the kind exists for (a commission, a closing balance) are columns of the data from here on.
    Optional<Dataset> data = timed("load-data", timings, () -> request.data()
        .map(d -> DataDerivation.derive(intent, DataLoader.load(d, limits))));
    Optional<TemplateLibrary.Resolution> resolution =
        timed("resolve", timings, () -> resolveTemplate(request, intent));
    String template = resolution.map(r -> r.template().id()).orElse("builtin:" + intent.documentType());
    ContentGenerator generator = generator(request);
    GenerationContext ctx = new GenerationContext(intent, data, locale, request.clock(), request.format());
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("provider", generator.id());
    provenance.put("interpreter", intent.facts().interpreter());
    provenance.put("promptHash", OutputChecks.sha256(request.prompt().getBytes(StandardCharsets.UTF_8)));
    provenance.put("dataHash", request.data().map(d -> OutputChecks.sha256(d.bytes())).orElse(""));
    provenance.put("templateVersion", template);
    GeneratedContent generated;
    if (generator.modelBacked()) {
      DocumentSpec draft = timed("draft", timings, () -> offline.generate(ctx));
      GenerationContext modelCtx = new GenerationContext(intent, data, locale, request.clock(),
          request.format(), Optional.of(draft), resolution.map(r -> r.template()), DocumentPipeline::readModelSpec,
          Optional.empty(), Optional.of(Instant.now().plus(modelPolicy.deadline())),
          call -> metrics.modelCall(call.provider(), call.model(), call.outcome(), call.duration(), call.inputTokens(),
              call.outputTokens()), data.map(d -> DataDerivation.figures(intent, d)).orElse(List.of()));
      String dataHash = provenance.get("dataHash");
      String templateKey = resolution.map(r -> r.template().id() + "#" + r.template().sha256()).orElse(template);
      ModelComposition.Outcome outcome = timed("compose", timings,
          () -> models.compose(generator, modelCtx, draft, intent, data,
              () -> ModelComposition.cacheKey(generator, request, templateKey, dataHash, draft)));
      generated = outcome.content();
    } else {
      generated = timed("compose", timings, () -> generator.compose(ctx));
    }
    provenance.putAll(generated.provenance());
    boolean modelWritten = generator.modelBacked() && !provenance.get("provider").equals(offline.id());
    DocumentSpec composed = generated.spec();
    List<Finding> generatorFindings = generated.findings();
    DocumentSpec spec = request.orientation()
        .map(o -> new DocumentSpec(composed.metadata().withOrientation(o), composed.theme(), composed.sections()))
        .orElse(composed);
    QualityReport content = timed("check", timings, () -> ContentValidator.check(spec, intent, data, Optional.empty(),
        !modelWritten));
    Map<String, String> properties = new TreeMap<>();
    if (generator.modelBacked()) {
      provenance.forEach((k, v) -> properties.put("docgen." + k, v));
    }
    Instant created = request.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    byte[] bytes = timed("render", timings, () -> resolution.isPresent()
        ? OoxmlParts.withCustomProperties(
            fillTemplate(resolution.get().template(), request, data, spec, created), properties, created)
        : OutputChecks.render(renderer, spec, RenderOptions.at(created).withProperties(properties)));
    // A filled template has its own structure: the inspector checks the file, not the generated sections.
    DocumentSpec inspected = resolution.isPresent() ? new DocumentSpec(spec.metadata(), spec.theme(), List.of()) : spec;
    QualityReport checked = timed("inspect", timings,
        () -> OutputChecks.inspect(inspectors.select(request.format()), request.format(), bytes, inspected, spec, intent,
            data, content, resolution.isPresent(), !modelWritten).plus(generatorFindings));
    // Every figure derived from the data goes in the report with its working, for a reader or an auditor to trace.
    QualityReport quality = data.map(d -> checked.withFigures(DataDerivation.figures(intent, d))).orElse(checked);
    metrics.quality(quality.score());
    if (!quality.passed()) {
      metrics.validationFailed(request.format());
      QUALITY.warn("VALIDATION_FAILED format={} type={} findings={}", request.format(), intent.documentType(),
          quality.errors());
      if (!request.relaxedChecks()) {
        throw new ContentCheckException(quality);
      }
    }
    return new Artifact(bytes, request.format(), renderer.mediaType(), OutputChecks.fileName(spec, renderer), intent.documentType(),
        template, resolution.map(r -> r.reason()).orElse(""), spec, timings, quality, provenance);
  }

  private static DocumentSpec readModelSpec(String json) {
    try {
      return SpecJson.read(json, "the model's answer");
    } catch (SpecValidationException e) {
      throw new InvalidContentException(e.getMessage(), e.problems(), json);
    }
  }


  /**
   * Asks every content provider whether it can work now (a model provider calls its endpoint) and
   * lists the renderers. Up only when every part is up.
   */
  public Health health() {
    List<Health.Component> parts = new ArrayList<>();
    for (String id : generators.ids()) {
      ContentGenerator g = generators.select(id).orElseThrow();
      try {
        parts.add(g.health());
      } catch (RuntimeException e) {
        parts.add(Health.Component.down("provider:" + id, "health check failed: " + e, Map.of()));
      }
    }
    for (String id : new TreeSet<>(renderers.ids())) {
      parts.add(Health.Component.up("renderer:" + id, "installed", Map.of()));
    }
    return new Health(parts);
  }

  private byte[] fillTemplate(TemplateInfo info, GenerationRequest request,
      Optional<Dataset> data, DocumentSpec spec, Instant created) {
    ParsedTemplate parsed = templates.parsed(info);
    Object root = TemplateInputs.root(request, data, spec);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      parsed.fill(new TemplateData(root, Optional.of(spec), request.locale(), created,
          !request.relaxedChecks()), out);
    } catch (IOException e) {
      throw new RenderException("filling template " + info.id() + " failed: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** Renders a spec directly, with no generator and no content checks beyond the inspector's. */
  public Artifact render(DocumentSpec spec, String format, Clock clock) {
    requireNonNull(spec, "spec");
    DocumentRenderer renderer = renderer(checkFormat(format));
    Map<String, Duration> timings = new LinkedHashMap<>();
    byte[] bytes = timed("render", timings, () -> OutputChecks.render(renderer, spec, RenderOptions.at(clock.instant().truncatedTo(ChronoUnit.SECONDS))));
    List<Finding> findings = timed("inspect", timings, () -> inspectors.select(renderer.id())
        .map(i -> i.inspect(bytes, spec).findings()).orElse(List.of()));
    return new Artifact(bytes, renderer.id(), renderer.mediaType(), OutputChecks.fileName(spec, renderer),
        spec.metadata().documentType().isEmpty() ? "spec" : spec.metadata().documentType(), "spec", spec, timings,
        QualityReport.of(findings, List.of()));
  }

  private void validate(GenerationRequest request) {
    if (request.prompt().isBlank()) {
      throw new InvalidRequestException("the prompt is empty: say what document you want, e.g. "
          + "\"Create a project status report for Q4 2025\"");
    }
    if (request.prompt().length() > limits.maxPromptChars()) {
      throw new LimitExceededException("prompt length", limits.maxPromptChars(), request.prompt().length(),
          "shorten the prompt or raise Limits.maxPromptChars");
    }
    checkFormat(request.format());
  }

  private String checkFormat(String format) {
    String f = format.trim().toLowerCase(Locale.ROOT);
    if (!KNOWN_FORMATS.containsKey(f) && renderers.select(f).isEmpty()) {
      throw new InvalidRequestException("unknown format '" + format + "': use one of "
          + String.join(", ", new TreeSet<>(KNOWN_FORMATS.keySet())));
    }
    return f;
  }

  private DocumentRenderer renderer(String format) {
    return renderers.select(format).orElseThrow(() -> new FormatUnavailableException(format, formats(),
        KNOWN_FORMATS.containsKey(format) ? "add the Maven artifact " + KNOWN_FORMATS.get(format)
            + " to the classpath (the " + format.toUpperCase(Locale.ROOT) + " renderer is not available yet in this build)"
            : "no renderer serves it"));
  }

  private ContentGenerator generator(GenerationRequest request) {
    Optional<ContentGenerator> g = request.provider().isPresent()
        ? generators.select(request.provider().get()) : generators.best();
    return g.orElseThrow(() -> new GenerationException("content provider '" + request.provider().orElse("any")
        + "' is not installed (installed: " + String.join(", ", generators.ids()) + ")"
        + (request.provider().filter("openai"::equals).isPresent() ? "; add dev.docgen:docgen-llm-openai" : "")));
  }

  private Optional<TemplateLibrary.Resolution> resolveTemplate(GenerationRequest request,
      DocumentIntent intent) {
    if (request.template().isPresent()) {
      TemplateInfo info = templates.find(
          TemplateRef.parse(request.template().get()));
      if (!info.format().equals(request.format())) {
        throw new TemplateException("", "template " + info.id() + " is a " + info.format().toUpperCase(Locale.ROOT)
            + " template; ask for --format " + info.format() + " or name a " + request.format() + " template");
      }
      return Optional.of(new TemplateLibrary.Resolution(info, "named in the request"));
    }
    return templates.resolve(intent, request.format());
  }



  private <T> T timed(String stage, Map<String, Duration> timings, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      Duration d = Duration.ofNanos(System.nanoTime() - start);
      timings.put(stage, d);
      metrics.stage(stage, d);
    }
  }


  /** Configures a pipeline; every setter rejects a bad value at once. */
  public static final class Builder {
    private MeterRegistry registry = new SimpleMeterRegistry();
    private Limits limits = Limits.DEFAULT;
    private final List<DocumentRenderer> renderers = new ArrayList<>();
    private final List<OutputInspector> inspectors = new ArrayList<>();
    private final List<ContentGenerator> generators = new ArrayList<>();
    private ClassLoader classLoader = DocumentPipeline.class.getClassLoader();
    private Path templateDirectory;
    private TemplateStore templateStore;
    private TemplateLimits templateLimits = TemplateLimits.DEFAULT;
    private long templateCacheBytes = TemplateLibrary.DEFAULT_CACHE_BYTES;
    private ModelPolicy modelPolicy = ModelPolicy.DEFAULT;

    private Builder() {}

    /** A folder of published templates (created when the first one is published). */
    public Builder templateDirectory(Path dir) {
      this.templateDirectory = requireNonNull(dir, "dir");
      return this;
    }

    /** A writable template store; wins over {@link #templateDirectory}. */
    public Builder templateStore(TemplateStore store) {
      this.templateStore = requireNonNull(store, "store");
      return this;
    }

    /** What a published template may be (size, zip entries, inflate ratio). */
    public Builder templateLimits(TemplateLimits limits) {
      this.templateLimits = requireNonNull(limits, "limits");
      return this;
    }

    /** The memory bound of the parsed-template cache, in bytes. */
    public Builder templateCacheBytes(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("template cache size must be positive: " + bytes);
      }
      this.templateCacheBytes = bytes;
      return this;
    }

    /** How model-backed generators are driven: deadline, retries, repairs, cache, fallback. */
    public Builder modelPolicy(ModelPolicy policy) {
      this.modelPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /** Where metrics go; a private in-memory registry by default. */
    public Builder meterRegistry(MeterRegistry registry) {
      this.registry = requireNonNull(registry, "registry");
      return this;
    }

    public Builder limits(Limits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /** Uses this renderer for its format, over any discovered one. */
    public Builder renderer(DocumentRenderer renderer) {
      renderers.add(requireNonNull(renderer, "renderer"));
      return this;
    }

    public Builder inspector(OutputInspector inspector) {
      inspectors.add(requireNonNull(inspector, "inspector"));
      return this;
    }

    /** Adds a content generator; it wins over a discovered one with the same id. */
    public Builder contentGenerator(ContentGenerator generator) {
      generators.add(requireNonNull(generator, "generator"));
      return this;
    }

    /** The class loader plug-ins are discovered from. */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = requireNonNull(loader, "loader");
      return this;
    }

    public DocumentPipeline build() {
      return new DocumentPipeline(this);
    }
  }
}
