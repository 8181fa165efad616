package dev.docgen.api;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The job service cannot take more work now: its queue is full, or it is shutting down. Retriable;
 * {@link #retryAfter} says when to try again. Over HTTP it is a 503 with {@code Retry-After}.
 */
public class ServiceBusyException extends DocgenException {
  private final Duration retryAfter;

  public ServiceBusyException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = requireNonNull(retryAfter, "retryAfter");
  }

  /** How long to wait before trying again. */
  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public boolean isRetriable() {
    return true;
  }
}
