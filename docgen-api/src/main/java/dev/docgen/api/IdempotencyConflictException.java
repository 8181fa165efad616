package dev.docgen.api;

/**
 * An idempotency key was used again with a different request. Over HTTP it is a 422: the key
 * names one request only.
 */
public class IdempotencyConflictException extends InvalidRequestException {
  public IdempotencyConflictException(String message) {
    super(message);
  }
}
