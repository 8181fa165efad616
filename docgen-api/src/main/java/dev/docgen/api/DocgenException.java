package dev.docgen.api;

/**
 * Root of every failure docgen reports. Unchecked; each subclass names one kind of problem and its
 * message says what was wrong, where, and what to do.
 */
public abstract class DocgenException extends RuntimeException {
  protected DocgenException(String message) {
    super(message);
  }

  protected DocgenException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether repeating the same request later may succeed (a timeout, a busy model). */
  public boolean isRetriable() {
    return false;
  }
}
