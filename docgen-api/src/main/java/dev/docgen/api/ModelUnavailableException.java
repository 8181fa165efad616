package dev.docgen.api;

import java.time.Duration;
import java.util.Optional;

/**
 * A model endpoint did not answer usefully: unreachable, timed out, rate-limited, or failed on its
 * side. {@link #isRetriable()} says whether the same call may succeed later, and
 * {@link #retryAfter()} carries the wait the server asked for ({@code Retry-After}), if any.
 */
public class ModelUnavailableException extends GenerationException {
  private final int status;
  private final Duration retryAfter;

  /**
   * @param status the HTTP status, or 0 when there was no response (connection failure, timeout)
   * @param retryAfter the server's requested wait, or null
   */
  public ModelUnavailableException(String message, int status, boolean retriable, Duration retryAfter, Throwable cause) {
    super(message, retriable, cause);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  /** The HTTP status, or 0 when no response came back. */
  public int status() {
    return status;
  }

  /** How long the server asked the client to wait before the next call. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
