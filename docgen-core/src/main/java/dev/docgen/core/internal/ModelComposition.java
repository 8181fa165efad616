package dev.docgen.core.internal;

import com.github.benmanes.caffeine.cache.AsyncCache;
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
import java.util.concurrent.CompletionException;
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
  private final AsyncCache<String, GeneratedContent> cache;

  public ModelComposition(ModelPolicy policy, PipelineMetrics metrics) {
    this.policy = policy;
    this.metrics = metrics;
    this.cache = policy.cacheSize() == 0 ? null : Caffeine.newBuilder().maximumSize(policy.cacheSize())
        .expireAfterWrite(policy.cacheTtl()).buildAsync();
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
      Optional<Dataset> data, String cacheKey) {
    try {
      if (cache == null) {
        return new Outcome(run(g, ctx, draft, intent, data), false);
      }
      CompletableFuture<GeneratedContent> mine = new CompletableFuture<>();
      CompletableFuture<GeneratedContent> existing = cache.asMap().putIfAbsent(cacheKey, mine);
      if (existing != null) {
        metrics.modelCache(g.id(), "hit");
        return new Outcome(await(existing), true);
      }
      metrics.modelCache(g.id(), "miss");
      try {
        GeneratedContent content = run(g, ctx, draft, intent, data);
        mine.complete(content);
        return new Outcome(content, false);
      } catch (RuntimeException e) {
        cache.asMap().remove(cacheKey, mine);
        mine.completeExceptionally(e);
        throw e;
      }
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

  private static GeneratedContent await(CompletableFuture<GeneratedContent> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof DocgenException d) {
        throw d;
      }
      throw new GenerationException("the shared model call failed: " + e.getCause(), false, e.getCause());
    }
  }

  private GeneratedContent run(ContentGenerator g, GenerationContext base, DocumentSpec draft, DocumentIntent intent,
      Optional<Dataset> data) {
    long start = System.nanoTime();
    List<LocalDate> dates = new ArrayList<>(List.of(draft.metadata().date()));
    intent.period().ifPresent(p -> dates.addAll(List.of(p.start(), p.end())));
    FactCheck facts = FactCheck.of(Optional.of(draft), data, intent.prompt(), dates, base.locale());
    Grounding grounding = new Grounding(facts);
    GenerationContext ctx = base;
    int repairs = 0;
    int answers = 0;
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
        throw new GenerationException(g.id() + " gave no valid document in " + answers + " answers ("
            + seconds(start) + "): " + String.join("; ", e.problems().stream().limit(3).toList()), false, e);
      }
      Grounding.Cleaned clean = Grounding.sanitize(got.spec(), draft.metadata());
      DocumentSpec merged = Grounding.merge(clean.spec(), draft);
      List<Grounding.Unsupported> invented = grounding.unsupported(clean.spec());
      List<String> problems = new ArrayList<>();
      invented.forEach(u -> problems.add(u.problem()));
      ContentValidator.check(merged, intent, data, Optional.empty(), false).errors()
          .forEach(f -> problems.add(f.message() + (f.location().isEmpty() ? "" : " (" + f.location() + ")")));
      LOG.info("{} answer {}: {} invented numbers, {} problems in all", g.id(), answers, invented.size(),
          problems.size());
      if (!problems.isEmpty() && repairs < policy.maxRepairs()
          && ctx.timeLeft(Duration.ZERO).compareTo(MIN_CALL) > 0) {
        repairs++;
        ctx = base.withRevision(new GenerationContext.Revision(answers + 1, SpecJson.write(got.spec()), problems));
        continue;
      }
      List<Finding> findings = new ArrayList<>(got.findings());
      findings.addAll(clean.findings());
      if (!invented.isEmpty()) {
        Grounding.Cleaned removed = grounding.removeUnsupported(clean.spec());
        findings.addAll(removed.findings());
        merged = Grounding.merge(removed.spec(), draft);
      }
      if (repairs > 0) {
        findings.add(Finding.info("llm.repaired", g.id() + " was asked " + repairs + " more time"
            + (repairs == 1 ? "" : "s") + " to fix its answer", ""));
      }
      Map<String, String> provenance = new LinkedHashMap<>(got.provenance());
      provenance.put("attempts", Integer.toString(answers));
      return new GeneratedContent(merged, findings, provenance);
    }
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
              + (e.retryAfter().isPresent() ? ", the server asked to wait " + e.retryAfter().get().toMillis() + " ms" : "")
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
}
