package dev.docgen.core.template;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.docgen.api.TemplateException;
import dev.docgen.api.DocumentIntent;
import dev.docgen.api.template.ParsedTemplate;
import dev.docgen.api.template.TemplateField;
import dev.docgen.api.template.TemplateFiller;
import dev.docgen.api.template.TemplateInfo;
import dev.docgen.api.template.TemplateRef;
import dev.docgen.api.template.TemplateStore;
import dev.docgen.api.template.TemplateUpload;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The templates a pipeline can use: a writable store (if configured) over the built-in ones, the
 * fillers that parse each format, and a weight-bounded Caffeine cache of parsed templates keyed by
 * name, version and content hash. Publishing or deleting a version drops its cache entry. Cache
 * statistics go to Micrometer as {@code template_cache_hits}, {@code _misses}, {@code _evictions},
 * {@code _size} and {@code _weight_bytes}. Thread-safe.
 */
public final class TemplateLibrary {
  /** Default bound on the parsed templates held in memory. */
  public static final long DEFAULT_CACHE_BYTES = 64L << 20;

  /** The template a request will use and why it was chosen. */
  public record Resolution(TemplateInfo template, String reason) {}

  private final Optional<TemplateStore> writable;
  private final List<TemplateStore> stores;
  private final Map<String, TemplateFiller> fillers;
  private final Cache<String, ParsedTemplate> cache;

  /**
   * The library a pipeline uses: the template fillers found on {@code loader}, and {@code store}, or
   * else a {@link FileSystemTemplateStore} in {@code directory} when one is given, or no writable
   * store at all (the built-in templates only).
   */
  public static TemplateLibrary wire(Optional<TemplateStore> store, Optional<java.nio.file.Path> directory,
      TemplateLimits limits, long cacheBytes, MeterRegistry registry, ClassLoader loader) {
    dev.docgen.core.internal.Plugins<TemplateFiller> found = dev.docgen.core.internal.Plugins.load(
        TemplateFiller.class, "template filler", TemplateFiller::id, f -> 0, List.of(), loader);
    List<TemplateFiller> fillers = new ArrayList<>();
    found.ids().forEach(id -> found.select(id).ifPresent(fillers::add));
    Optional<TemplateStore> writable = store;
    if (writable.isEmpty() && directory.isPresent()) {
      Map<String, TemplateFiller> byFormat = new LinkedHashMap<>();
      fillers.forEach(f -> byFormat.put(f.id(), f));
      writable = Optional.of(new FileSystemTemplateStore(directory.get(), limits, (bytes, format) -> {
        TemplateFiller f = byFormat.get(format);
        if (f == null) {
          throw new TemplateException("", format + " templates need the " + format + " renderer module on the classpath");
        }
        return f.parse(bytes).fields();
      }, java.time.Clock.systemUTC()));
    }
    return new TemplateLibrary(writable, fillers, cacheBytes, registry);
  }

  public TemplateLibrary(Optional<TemplateStore> writable, List<TemplateFiller> fillers, long cacheBytes,
      MeterRegistry registry) {
    this.writable = requireNonNull(writable, "writable");
    List<TemplateStore> all = new ArrayList<>();
    writable.ifPresent(all::add);
    all.add(new ClasspathTemplateStore());
    this.stores = List.copyOf(all);
    Map<String, TemplateFiller> byFormat = new LinkedHashMap<>();
    fillers.forEach(f -> byFormat.putIfAbsent(f.id(), f));
    this.fillers = byFormat;
    this.cache = Caffeine.newBuilder().maximumWeight(cacheBytes)
        .weigher((String k, ParsedTemplate v) -> (int) Math.min(Integer.MAX_VALUE, v.weight())).recordStats().build();
    bind(registry);
  }

  private void bind(MeterRegistry registry) {
    FunctionCounter.builder("template_cache_hits", cache, c -> c.stats().hitCount())
        .description("parsed-template cache hits").register(registry);
    FunctionCounter.builder("template_cache_misses", cache, c -> c.stats().missCount())
        .description("parsed-template cache misses").register(registry);
    FunctionCounter.builder("template_cache_evictions", cache, c -> c.stats().evictionCount())
        .description("parsed templates evicted to stay under the weight bound").register(registry);
    Gauge.builder("template_cache_size", cache, Cache::estimatedSize).description("parsed templates held")
        .register(registry);
    Gauge.builder("template_cache_weight_bytes", cache,
        c -> c.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L))
        .description("approximate memory held by parsed templates").register(registry);
  }

  /** Every template in every store: the writable store's first, then the built-ins. */
  public List<TemplateInfo> list() {
    List<TemplateInfo> out = new ArrayList<>();
    stores.forEach(s -> out.addAll(s.list()));
    return out;
  }

  /** The named version (or the latest), searching the writable store before the built-ins. */
  public TemplateInfo find(TemplateRef ref) {
    for (TemplateStore s : stores) {
      Optional<TemplateInfo> t = s.find(ref);
      if (t.isPresent()) {
        return t.get();
      }
    }
    Set<String> names = new TreeSet<>();
    list().forEach(t -> names.add(t.name()));
    throw new TemplateException("", "template '" + ref + "' not found; available: "
        + (names.isEmpty() ? "none" : String.join(", ", names)) + " (./docgen templates list)");
  }

  /** The file of a template, to save, edit and publish again. */
  public byte[] export(TemplateRef ref) {
    TemplateInfo info = find(ref);
    return store(info).read(info);
  }

  private TemplateStore store(TemplateInfo info) {
    return stores.stream().filter(s -> s.id().equals(info.source())).findFirst()
        .orElseGet(() -> stores.get(stores.size() - 1));
  }

  /** Checks, analyses and stores a new version; its cache entry, if any, is dropped. */
  public TemplateInfo publish(TemplateUpload upload) {
    TemplateStore s = writable.orElseThrow(() -> new TemplateException("", "no writable template store is configured;"
        + " set one with DocumentPipeline.builder().templateDirectory(path) or --template-dir"));
    TemplateStore builtin = stores.get(stores.size() - 1);
    if (builtin.find(TemplateRef.of(upload.name(), upload.version())).isPresent()) {
      throw new TemplateException("template '" + upload.name() + "@" + upload.version() + "'", "conflict: this is a "
          + "built-in template's version; publish your edit as a new version, e.g. " + upload.name() + "@"
          + (builtin.list().stream().filter(t -> t.name().equals(upload.name())).count() + 1));
    }
    TemplateInfo info = s.publish(upload);
    invalidate(info.name(), info.version());
    return info;
  }

  /** Deletes one version from the writable store; built-ins cannot be deleted. */
  public boolean delete(TemplateRef ref) {
    if (writable.isEmpty()) {
      throw new TemplateException("", "no writable template store is configured; built-in templates cannot be deleted");
    }
    boolean deleted = writable.get().delete(ref);
    invalidate(ref.name(), ref.version().orElse(""));
    return deleted;
  }

  private void invalidate(String name, String version) {
    cache.asMap().keySet().removeIf(k -> k.startsWith(name + "@" + version + "#"));
  }

  /** The parsed template, from the cache or parsed now. */
  public ParsedTemplate parsed(TemplateInfo info) {
    return cache.get(info.id() + "#" + info.sha256(), k -> filler(info.format()).parse(store(info).read(info)));
  }

  /** The fields a template reads. */
  public List<TemplateField> fields(TemplateRef ref) {
    return parsed(find(ref)).fields();
  }

  /** Parses every template into the cache ahead of the first request; returns how many are cached. */
  public int warm() {
    for (TemplateInfo t : list()) {
      if (fillers.containsKey(t.format())) {
        parsed(t);
      }
    }
    return (int) cache.estimatedSize();
  }

  /** Reads a template's fields with the filler for its format (used when publishing). */
  public List<TemplateField> analyze(byte[] bytes, String format) {
    return filler(format).parse(bytes).fields();
  }

  private TemplateFiller filler(String format) {
    TemplateFiller f = fillers.get(format);
    if (f == null) {
      throw new TemplateException("", format.toUpperCase(Locale.ROOT) + " templates need a filler on the classpath ("
          + (format.equals("docx") ? "dev.docgen:docgen-renderer-docx" : "dev.docgen:docgen-renderer-" + format)
          + "); installed: " + String.join(", ", fillers.keySet()));
    }
    return f;
  }

  /**
   * Picks a template for a request that names none: the latest published (not built-in) version
   * serving the document type in the requested format; among several, the one whose keywords the prompt mentions most, then the
   * writable store's before built-ins, then by name. Empty when none serves the type.
   */
  public Optional<Resolution> resolve(DocumentIntent intent, String format) {
    String prompt = intent.prompt().toLowerCase(Locale.ROOT);
    Map<String, TemplateInfo> latest = new LinkedHashMap<>();
    for (TemplateInfo t : list()) {
      // Built-in templates are used when named; unnamed requests of a built-in type get docgen's own
      // layout, which draws charts and typed tables a generic template cannot.
      if (!t.source().equals("builtin") && t.format().equals(format) && t.documentTypes().contains(intent.documentType())
          && fillers.containsKey(format)) {
        latest.merge(t.source() + "/" + t.name(), t, (a, b) -> Versions.compare(a.version(), b.version()) >= 0 ? a : b);
      }
    }
    Comparator<TemplateInfo> order = Comparator.<TemplateInfo>comparingLong(t -> -hits(t, prompt))
        .thenComparing(t -> t.source().equals("builtin") ? 1 : 0).thenComparing(TemplateInfo::name);
    return latest.values().stream().sorted(order).findFirst().map(t -> new Resolution(t,
        "serves document type '" + intent.documentType() + "' in " + format
            + (hits(t, prompt) > 0 ? ", and the prompt mentions " + hits(t, prompt) + " of its keywords" : "")
            + " (from the " + t.source() + " store)"));
  }

  private static long hits(TemplateInfo t, String prompt) {
    return t.keywords().stream().filter(k -> prompt.contains(k.toLowerCase(Locale.ROOT))).count();
  }

  /**
   * A dry run: which of the template's fields the data lacks, as {@code path (kind, at location)}.
   * Fields inside a loop are checked in every item of the list; a field absent from an item but
   * present outside the loop counts as present, as it does when filling.
   */
  public List<String> missingFields(TemplateRef ref, Object root) {
    List<String> missing = new ArrayList<>();
    for (TemplateField f : fields(ref)) {
      if (f.kind().equals("block")) {
        continue;
      }
      List<Object> scopes = scopes(root, f.loop());
      for (Object item : scopes) {
        if (!has(item, f.path()) && !has(root, f.path())) {
          missing.add(f.fullPath() + " (" + f.kind() + ", at " + f.location() + ")");
          break;
        }
      }
    }
    return missing;
  }

  /** The objects a field inside loop {@code loop} ("a[].b") is read from; the root at the top level. */
  private static List<Object> scopes(Object root, String loop) {
    List<Object> current = new ArrayList<>(List.of(root));
    if (loop.isEmpty()) {
      return current;
    }
    for (String step : loop.split("\\[\\]\\.")) {
      List<Object> next = new ArrayList<>();
      for (Object o : current) {
        Object v = get(o, step);
        if (v instanceof List<?> l) {
          next.addAll(l);
        } else if (v instanceof Map<?, ?>) {
          next.add(v);
        }
      }
      current = next;
    }
    return current;
  }

  private static boolean has(Object from, String path) {
    Object v = from;
    for (String part : path.split("\\.")) {
      if (!(v instanceof Map<?, ?> m) || !m.containsKey(part)) {
        return false;
      }
      v = m.get(part);
    }
    return true;
  }

  private static Object get(Object from, String path) {
    Object v = from;
    for (String part : path.split("\\.")) {
      if (!(v instanceof Map<?, ?> m)) {
        return null;
      }
      v = m.get(part);
    }
    return v;
  }

  /** Drops every parsed template (tests, or after editing a store behind the library's back). */
  public void clearCache() {
    cache.invalidateAll();
  }

  /** Cache statistics for reports. */
  public com.github.benmanes.caffeine.cache.stats.CacheStats cacheStats() {
    return cache.stats();
  }
}
