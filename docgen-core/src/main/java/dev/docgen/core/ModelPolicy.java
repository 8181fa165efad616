package dev.docgen.core;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the pipeline drives a content generator backed by a language model: the overall deadline,
 * retries of failed calls (with exponential backoff and jitter, honouring {@code Retry-After}),
 * repairs of unusable answers, the result cache, and whether to fall back to the offline engine.
 *
 * <pre>{@code
 * DocumentPipeline.builder()
 *     .modelPolicy(ModelPolicy.builder().deadline(Duration.ofSeconds(20)).fallbackToOffline(true).build())
 *     .build();
 * }</pre>
 */
public final class ModelPolicy {
  /** 120 s deadline, 4 retries, 2 repairs, backoff 0.5 s doubling to 8 s, 1,000 cached results for 1 h, no fallback. */
  public static final ModelPolicy DEFAULT = builder().build();

  private final Duration deadline;
  private final int maxRetries;
  private final int maxRepairs;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final long cacheSize;
  private final Duration cacheTtl;
  private final boolean fallbackToOffline;

  private ModelPolicy(Builder b) {
    this.deadline = b.deadline;
    this.maxRetries = b.maxRetries;
    this.maxRepairs = b.maxRepairs;
    this.backoff = b.backoff;
    this.maxBackoff = b.maxBackoff;
    this.cacheSize = b.cacheSize;
    this.cacheTtl = b.cacheTtl;
    this.fallbackToOffline = b.fallbackToOffline;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder pre-filled with this policy. */
  public Builder toBuilder() {
    return builder().deadline(deadline).maxRetries(maxRetries).maxRepairs(maxRepairs).backoff(backoff, maxBackoff)
        .cacheSize(cacheSize).cacheTtl(cacheTtl).fallbackToOffline(fallbackToOffline);
  }

  /** The whole request's budget for content, from the first call to the last repair. */
  public Duration deadline() {
    return deadline;
  }

  /** Retries of a call that failed with 429, 5xx, a timeout or a refused connection. */
  public int maxRetries() {
    return maxRetries;
  }

  /** Times the model is asked again after invalid JSON, a schema violation, an invented number or a missing requirement. */
  public int maxRepairs() {
    return maxRepairs;
  }

  /** The first retry's wait; each next one doubles, up to {@link #maxBackoff()}, with jitter. */
  public Duration backoff() {
    return backoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** Results kept; 0 turns the cache off. */
  public long cacheSize() {
    return cacheSize;
  }

  public Duration cacheTtl() {
    return cacheTtl;
  }

  /** When true, a model failure (or the deadline) gives the offline engine's document with a warning. */
  public boolean fallbackToOffline() {
    return fallbackToOffline;
  }

  @Override
  public String toString() {
    return "ModelPolicy[deadline=" + deadline + ", retries=" + maxRetries + ", repairs=" + maxRepairs + ", backoff="
        + backoff + ".." + maxBackoff + ", cache=" + cacheSize + "/" + cacheTtl + ", fallback=" + fallbackToOffline + "]";
  }

  /** Builds a {@link ModelPolicy}; setters reject bad values at once. */
  public static final class Builder {
    private Duration deadline = Duration.ofSeconds(120);
    private int maxRetries = 4;
    private int maxRepairs = 2;
    private Duration backoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private long cacheSize = 1_000;
    private Duration cacheTtl = Duration.ofHours(1);
    private boolean fallbackToOffline;

    private Builder() {}

    public Builder deadline(Duration deadline) {
      this.deadline = positive(deadline, "deadline");
      return this;
    }

    public Builder maxRetries(int retries) {
      if (retries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative: " + retries);
      }
      this.maxRetries = retries;
      return this;
    }

    public Builder maxRepairs(int repairs) {
      if (repairs < 0) {
        throw new IllegalArgumentException("maxRepairs must not be negative: " + repairs);
      }
      this.maxRepairs = repairs;
      return this;
    }

    public Builder backoff(Duration first, Duration max) {
      this.backoff = positive(first, "backoff");
      this.maxBackoff = positive(max, "maxBackoff");
      if (max.compareTo(first) < 0) {
        throw new IllegalArgumentException("maxBackoff " + max + " is shorter than backoff " + first);
      }
      return this;
    }

    public Builder cacheSize(long entries) {
      if (entries < 0) {
        throw new IllegalArgumentException("cacheSize must not be negative: " + entries);
      }
      this.cacheSize = entries;
      return this;
    }

    public Builder cacheTtl(Duration ttl) {
      this.cacheTtl = positive(ttl, "cacheTtl");
      return this;
    }

    public Builder fallbackToOffline(boolean fallback) {
      this.fallbackToOffline = fallback;
      return this;
    }

    public ModelPolicy build() {
      return new ModelPolicy(this);
    }

    private static Duration positive(Duration d, String name) {
      requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
