package dev.docgen.core;

/**
 * Explicit limits on what one request may ask of the pipeline. Every setter fails fast on a value
 * that is not positive.
 *
 * @param maxPromptChars longest prompt accepted (default 20,000 characters)
 * @param maxDataBytes largest data file accepted (default 50 MiB)
 * @param maxDataRows most data rows accepted across all tables (default 1,000,000)
 */
public record Limits(int maxPromptChars, long maxDataBytes, int maxDataRows) {
  /** The defaults. */
  public static final Limits DEFAULT = new Limits(20_000, 50L * 1024 * 1024, 1_000_000);

  public Limits {
    requirePositive("maxPromptChars", maxPromptChars);
    requirePositive("maxDataBytes", maxDataBytes);
    requirePositive("maxDataRows", maxDataRows);
  }

  private static void requirePositive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  public Limits withMaxPromptChars(int value) {
    return new Limits(value, maxDataBytes, maxDataRows);
  }

  public Limits withMaxDataBytes(long value) {
    return new Limits(maxPromptChars, value, maxDataRows);
  }

  public Limits withMaxDataRows(int value) {
    return new Limits(maxPromptChars, maxDataBytes, value);
  }
}
