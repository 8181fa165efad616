package dev.docgen.server;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The HTTP API's own settings, under {@code docgen.server.*}. */
@ConfigurationProperties("docgen.server")
public class ServerSettings {
  /** How long POST /api/v1/generate waits for the document before answering 202. */
  private Duration wait = Duration.ofSeconds(25);
  /** The longest wait a request may ask for with ?wait=. */
  private Duration maxWait = Duration.ofSeconds(120);
  /** Largest request body, data included, in bytes (each is read whole before it is queued). */
  private long maxBodyBytes = 20L << 20;
  /** Whether /metrics answers without an API key. */
  private boolean metricsPublic;
  /** API requests one key may make per second (0: no limit); more get 429 with Retry-After. */
  private int rateLimitPerSecond = 100;

  public Duration getWait() {
    return wait;
  }

  public void setWait(Duration wait) {
    this.wait = wait;
  }

  public Duration getMaxWait() {
    return maxWait;
  }

  public void setMaxWait(Duration maxWait) {
    this.maxWait = maxWait;
  }

  public long getMaxBodyBytes() {
    return maxBodyBytes;
  }

  public void setMaxBodyBytes(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  public boolean isMetricsPublic() {
    return metricsPublic || "true".equalsIgnoreCase(System.getenv("DOCGEN_METRICS_PUBLIC"));
  }

  public void setMetricsPublic(boolean metricsPublic) {
    this.metricsPublic = metricsPublic;
  }

  public int getRateLimitPerSecond() {
    return rateLimitPerSecond;
  }

  public void setRateLimitPerSecond(int rateLimitPerSecond) {
    if (rateLimitPerSecond < 0) {
      throw new IllegalArgumentException("docgen.server.rate-limit-per-second must not be negative: " + rateLimitPerSecond);
    }
    this.rateLimitPerSecond = rateLimitPerSecond;
  }
}
