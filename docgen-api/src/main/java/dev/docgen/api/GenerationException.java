package dev.docgen.api;

/** Content could not be generated, or a plugin was missing or failed. */
public class GenerationException extends DocgenException {
  private final boolean retriable;

  public GenerationException(String message, boolean retriable, Throwable cause) {
    super(message, cause);
    this.retriable = retriable;
  }

  public GenerationException(String message) {
    this(message, false, null);
  }

  @Override
  public boolean isRetriable() {
    return retriable;
  }
}
