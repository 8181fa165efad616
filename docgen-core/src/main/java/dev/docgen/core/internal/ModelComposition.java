package dev.docgen.core.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.docgen.api.DocgenException;
import dev.docgen.api.DocumentIntent;
import dev.docgen.api.Finding;
import dev.docgen.api.GenerationException;
import dev.docgen.api.InvalidContentException;
import dev.docgen.api.ModelUnavailableException;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.spi.ContentGenerator;
import dev.docgen.api.spi.GeneratedContent;
import dev.docgen.api.spi.GenerationContext;
import dev.docgen.core.ModelPolicy;
import dev.docgen.core.SpecJson;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives a model-backed generator once per request, the same way for every provider: answers from
 * the result cache (identical concurrent requests share one call), retries failed calls with
 * backoff and jitter (waiting what {@code Retry-After} asks), asks again when the answer is not
 * JSON, breaks the schema, invents numbers or misses a requirement, keeps to the deadline, then
 * removes what is still not grounded and puts the data engine's tables and charts in.
 */
public final class ModelComposition {
  private static final Logger LOG = LoggerFactory.getLogger("docgen.generation");
  /** Below this much time left, another call is not started. */
  private static final Duration MIN_CALL = Duration.ofMillis(250);

  private final ModelPolicy policy;
  private final PipelineMetrics metrics;
  /** Successful results only. */
  private final Cache<String, GeneratedContent> cache;
  /**
   * The calls under way, which identical requests wait on. Kept out of Caffeine on purpose: its async
   * cache logs every failed future with a stack trace through {@link System.Logger}, and a model that
   * is down is an expected failure the caller already reports in one line.
   */
  private final ConcurrentMap<String, CompletableFuture<GeneratedContent>> calls = new ConcurrentHashMap<>();

  public ModelComposition(ModelPolicy policy, PipelineMetrics metrics) {
    this.policy = policy;
    this.metrics = metrics;
    this.cache = policy.cacheSize() == 0 ? null : Caffeine.newBuilder().maximumSize(policy.cacheSize())
        .expireAfterWrite(policy.cacheTtl()).build();
  }

  /** What happened: the content, and whether it came from the cache. */
  public record Outcome(GeneratedContent content, boolean cached) {}

  /**
   * Composes the content of one request.
   *
   * @param ctx the context with draft, deadline, spec reader and listener set
   * @param cacheKey identifies the request and the generator's configuration
   */
  public Outcome compose(ContentGenerator g, GenerationContext ctx, DocumentSpec draft, DocumentIntent intent,
      Optional<Dataset> data, java.util.function.Supplier<String> cacheKey) {
    try {
      return cached(g, ctx, draft, intent, data, cacheKey);
    } catch (GenerationException e) {
      if (!policy.fallbackToOffline()) {
        throw e;
      }
      LOG.warn("{} failed, falling back to the offline engine: {}", g.id(), e.getMessage());
      Map<String, String> provenance = Map.of("provider", "offline", "fallbackFrom", g.id());
      return new Outcome(new GeneratedContent(draft, List.of(Finding.warning("llm.fallback", g.id()
          + " failed (" + e.getMessage() + "); the offline engine wrote this document", "")), provenance), false);
    }
  }

  private Outcome cached(ContentGenerator g, GenerationContext ctx, DocumentSpec draft, DocumentIntent intent,
      Optional<Dataset> data, java.util.function.Supplier<String> cacheKey) {
    if (cache == null) {
      return new Outcome(runSafely(g, ctx, draft, intent, data), false);
    }
    String key = cacheKey.get();
    GeneratedContent done = cache.getIfPresent(key);
    if (done != null) {
      metrics.modelCache(g.id(), "hit");
      return new Outcome(done, true);
    }
    CompletableFuture<GeneratedContent> mine = new CompletableFuture<>();
    CompletableFuture<GeneratedContent> existing = calls.putIfAbsent(key, mine);
    if (existing != null) {
      metrics.modelCache(g.id(), "hit");
      return new Outcome(await(existing, ctx, g), true);
    }
    try {
      // An identical call may have finished between the look in the cache and taking its place.
      GeneratedContent content = cache.getIfPresent(key);
      boolean hit = content != null;
      metrics.modelCache(g.id(), hit ? "hit" : "miss");
      if (!hit) {
        content = runSafely(g, ctx, draft, intent, data);
        cache.put(key, content);
      }
      calls.remove(key, mine);
      mine.complete(content);
      return new Outcome(content, hit);
    } catch (Throwable t) {
      // Whatever happened, the requests waiting on this one must not wait forever, and the next one calls again.
      calls.remove(key, mine);
      mine.completeExceptionally(t);
      throw t;
    }
  }

  /** An identical request's answer, waited for no longer than this request's own deadline. */
  private static GeneratedContent await(CompletableFuture<GeneratedContent> f, GenerationContext ctx,
      ContentGenerator g) {
    try {
      return f.get(Math.max(1, ctx.timeLeft(Duration.ofDays(1)).toMillis()), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ModelUnavailableException(g.id() + ": the deadline passed while waiting for an identical request's "
          + "answer", 0, false, null, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DocgenException d) {
        throw d;
      }
      throw new GenerationException("the shared model call failed: " + e.getCause(), false, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GenerationException("interrupted while waiting for the model", false, e);
    }
  }

  /** {@link #run}, with any failure that is not already one of docgen's turned into a {@link GenerationException}. */
  private GeneratedContent runSafely(ContentGenerator g, GenerationContext ctx, DocumentSpec draft,
      DocumentIntent intent, Optional<Dataset> data) {
    try {
      return run(g, ctx, draft, intent, data);
    } catch (DocgenException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error("{} failed unexpectedly", g.id(), e);
      throw new GenerationException(g.id() + " failed unexpectedly: " + e, false, e);
    }
  }

  private GeneratedContent run(ContentGenerator g, GenerationContext base, DocumentSpec draft, DocumentIntent intent,
      Optional<Dataset> data) {
    long start = System.nanoTime();
    List<LocalDate> dates = new ArrayList<>(List.of(draft.metadata().date()));
    intent.period().ifPresent(p -> dates.addAll(List.of(p.start(), p.end())));
    FactCheck facts = FactCheck.of(Optional.of(draft), data, intent.prompt(), dates, base.locale(),
        base.figures().stream().map(dev.docgen.api.DerivedFigure::value).toList());
    Grounding grounding = new Grounding(facts, base.locale());
    GenerationContext ctx = base;
    int repairs = 0;
    int answers = 0;
    GeneratedContent usable = null;
    Grounding.Cleaned usableClean = null;
    Grounding usableGrounding = grounding;
    while (true) {
      GeneratedContent got;
      try {
        got = callWithRetries(g, ctx, start);
        answers++;
      } catch (InvalidContentException e) {
        answers++;
        LOG.info("{} answer {} unusable: {}", g.id(), answers, e.problems());
        if (repairs < policy.maxRepairs() && ctx.timeLeft(Duration.ZERO).compareTo(MIN_CALL) > 0) {
          repairs++;
          ctx = base.withRevision(new GenerationContext.Revision(answers + 1, e.output(), e.problems()));
          continue;
        }
        if (usable != null) {
          return finish(g, usable, usableClean, usableGrounding, draft, dataTitle(intent), repairs, answers, List.of(Finding.warning(
              "llm.repair-failed",
              "the repaired answer was not valid (" + String.join("; ", e.problems().stream().limit(2).toList())
                  + "); the earlier answer was used with what is not grounded removed", "")));
        }
        throw new GenerationException(g.id() + " gave no valid document in " + answers + " answers ("
            + seconds(start) + "): " + String.join("; ", e.problems().stream().limit(3).toList()), false, e);
      } catch (ModelUnavailableException e) {
        if (usable == null) {
          throw e;
        }
        return finish(g, usable, usableClean, usableGrounding, draft, dataTitle(intent), repairs, answers, List.of(Finding.warning(
            "llm.repair-failed",
            "asking the model to fix its answer failed (" + e.getMessage() + "); its answer was used with what is "
                + "not grounded removed", "")));
      }
      Grounding.Cleaned sanitized = Grounding.sanitize(got.spec(), draft.metadata(),
          d -> Grounding.named(d, intent.prompt(), base.locale(), draft.metadata().date().getYear()));
      // "{fact:total_revenue}": the model names a figure, docgen writes it.
      Grounding.Resolved refs = Grounding.resolveFacts(sanitized.spec(), base.figures(), draft, base.locale());
      List<Finding> cleanFindings = new ArrayList<>(sanitized.findings());
      if (refs.resolved() > 0) {
        cleanFindings.add(Finding.info("llm.references", refs.resolved() + " figure"
            + (refs.resolved() == 1 ? "" : "s") + " written by reference ({fact:ID})", ""));
      }
      refs.unknown().forEach(id -> cleanFindings.add(Finding.warning("llm.unknown-reference", "the model referred to "
          + "{fact:" + id + "}, which is no computed figure; it was left out", "")));
      // "{= count(status = "open")}": the model plans the arithmetic, docgen does it over the request's data.
      Grounding.Computed computed = Grounding.resolveExpressions(refs.spec(), data, base.figures(), base.locale());
      if (computed.computed() > 0) {
        cleanFindings.add(Finding.info("llm.expressions", computed.computed() + " figure"
            + (computed.computed() == 1 ? "" : "s") + " computed by docgen from the model's expressions ({= ...})", ""));
      }
      computed.problems().forEach(p -> cleanFindings.add(Finding.warning("llm.bad-expression", "an expression of the "
          + "model could not be computed and its sentence was left out: " + p, "")));
      Grounding answerGrounding = grounding.with(computed.values());
      Grounding.Cleaned clean = new Grounding.Cleaned(computed.spec(), cleanFindings);
      DocumentSpec merged = Grounding.merge(clean.spec(), draft, dataTitle(intent));
      List<Grounding.Unsupported> invented = answerGrounding.unsupported(clean.spec());
      List<String> problems = new ArrayList<>();
      invented.forEach(u -> problems.add(u.problem()));
      computed.problems().forEach(p -> problems.add(p + "; fix the expression, or write the sentence without it"));
      refs.unknown().forEach(id -> problems.add("{fact:" + id + "} is not one of the figures; use an id listed under "
          + "figures, or write the sentence without it"));
      if (Grounding.isFiller(clean.spec())) {
        problems.add("the answer is placeholder text, not the document: write every section for the reader");
      }
      // A missing requirement only warns in a finished document, but a model can still be asked to add it.
      ContentValidator.check(merged, intent, data, Optional.empty(), false).findings().stream()
          .filter(f -> f.severity() == dev.docgen.api.Finding.Severity.ERROR || f.code().equals("requirement.missing"))
          .forEach(f -> problems.add(f.message() + (f.location().isEmpty() ? "" : " (" + f.location() + ")")));
      if (problems.isEmpty()) {
        LOG.info("{} answer {}: usable, every number grounded", g.id(), answers);
      } else {
        LOG.info("{} answer {}: {} problems ({} invented numbers): {}", g.id(), answers, problems.size(),
            invented.size(), problems.stream().limit(5).toList());
      }
      if (!problems.isEmpty() && repairs < policy.maxRepairs()
          && ctx.timeLeft(Duration.ZERO).compareTo(MIN_CALL) > 0) {
        repairs++;
        usable = got;
        usableClean = clean;
        usableGrounding = answerGrounding;
        ctx = base.withRevision(new GenerationContext.Revision(answers + 1, SpecJson.write(got.spec()), problems));
        continue;
      }
      return finish(g, got, clean, answerGrounding, draft, dataTitle(intent), repairs, answers, List.of());
    }
  }

  /** The heading of the section that holds the engine's tables and charts the model did not place. */
  private static String dataTitle(DocumentIntent intent) {
    return Phrases.get("data.figures-section", intent.facts().language());
  }

  /** Cleans the answer, removes what is still not a fact, merges the engine's blocks in and records provenance. */
  private static GeneratedContent finish(ContentGenerator g, GeneratedContent got, Grounding.Cleaned clean,
      Grounding grounding, DocumentSpec draft, String dataTitle, int repairs, int answers, List<Finding> notes) {
    List<Finding> findings = new ArrayList<>(got.findings());
    findings.addAll(clean.findings());
    findings.addAll(notes);
    Grounding.Cleaned removed = grounding.removeUnsupported(clean.spec());
    findings.addAll(removed.findings());
    if (Grounding.isFiller(removed.spec())) {
      // "Placeholder text." in every section once scored 1.0, the engine's tables meeting the requirements.
      findings.add(Finding.error("llm.placeholder-answer", g.id() + " answered with placeholder text, not a document; "
          + "nothing in it was written for the reader", ""));
    }
    DocumentSpec merged = Grounding.merge(removed.spec(), draft, dataTitle);
    if (repairs > 0) {
      findings.add(Finding.info("llm.repaired", g.id() + " was asked " + repairs + " more time"
          + (repairs == 1 ? "" : "s") + " to fix its answer", ""));
    }
    Map<String, String> provenance = new LinkedHashMap<>(got.provenance());
    provenance.put("attempts", Integer.toString(answers));
    return new GeneratedContent(merged, findings, provenance);
  }

  private GeneratedContent callWithRetries(ContentGenerator g, GenerationContext ctx, long start) {
    int retries = 0;
    while (true) {
      if (ctx.timeLeft(Duration.ZERO).compareTo(MIN_CALL) < 0) {
        throw new ModelUnavailableException(g.id() + ": the " + policy.deadline().toSeconds()
            + " s deadline passed before an answer came (" + seconds(start) + ")", 0, true, null, null);
      }
      try {
        return g.compose(ctx);
      } catch (ModelUnavailableException e) {
        Duration left = ctx.timeLeft(Duration.ZERO);
        if (!e.isRetriable() || retries >= policy.maxRetries()) {
          throw retries == 0 ? e : new ModelUnavailableException(e.getMessage() + " (gave up after " + (retries + 1)
              + " attempts in " + seconds(start) + ")", e.status(), false, null, e);
        }
        int done = retries;
        Duration wait = e.retryAfter().orElseGet(() -> backoff(done));
        if (wait.plus(MIN_CALL).compareTo(left) > 0) {
          throw new ModelUnavailableException(e.getMessage() + " (" + (retries + 1) + " attempts in " + seconds(start)
              + "; no time left for another within the " + policy.deadline().toSeconds() + " s deadline"
              + e.retryAfter().map(w -> ", the server asked to wait " + w.toMillis() + " ms").orElse("")
              + ")", e.status(), false, null, e);
        }
        retries++;
        LOG.info("{} call failed ({}); retry {} of {} in {} ms", g.id(), e.getMessage(), retries, policy.maxRetries(),
            wait.toMillis());
        sleep(wait);
      }
    }
  }

  /** Exponential backoff with jitter: half the step plus a random part of the other half. */
  private Duration backoff(int retry) {
    long step = Math.min(policy.maxBackoff().toMillis(), policy.backoff().toMillis() << Math.min(retry, 20));
    return Duration.ofMillis(step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1));
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GenerationException("interrupted while waiting to retry the model", false, e);
    }
  }

  private static String seconds(long start) {
    return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
  }

  /**
   * What makes two model-backed requests the same: the generator's configuration (endpoint, model),
   * the prompt, format, locale, template version, data and the draft the model is given.
   */
  public static String cacheKey(ContentGenerator g, dev.docgen.api.GenerationRequest request, String template,
      String dataHash, DocumentSpec draft) {
    String key = String.join("\u0000", g.id(), g.configurationKey(), request.prompt(), request.format(),
        request.locale().toLanguageTag(), template, dataHash, draft.metadata().date().toString());
    return OutputChecks.sha256(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
