package dev.docgen.api;

/** A configured limit (prompt length, data rows, data bytes, ...) was exceeded. */
public class LimitExceededException extends InvalidRequestException {
  private final String limit;
  private final long max;
  private final long actual;

  public LimitExceededException(String limit, long max, long actual, String hint) {
    super(limit + " is " + actual + ", over the limit of " + max + (hint.isEmpty() ? "" : "; " + hint));
    this.limit = limit;
    this.max = max;
    this.actual = actual;
  }

  /** Name of the limit, for example {@code "prompt length"}. */
  public String limit() {
    return limit;
  }

  public long max() {
    return max;
  }

  public long actual() {
    return actual;
  }
}
