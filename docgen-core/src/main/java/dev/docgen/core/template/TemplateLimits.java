package dev.docgen.core.template;

/**
 * What a published template may be: its size, how many zip entries, how much they inflate to in
 * all, and how much any one entry may inflate (a zip bomb inflates thousands of times).
 */
public record TemplateLimits(long maxBytes, int maxEntries, long maxInflatedBytes, int maxInflateRatio) {
  public static final TemplateLimits DEFAULT = new TemplateLimits(10L << 20, 1_000, 100L << 20, 100);

  public TemplateLimits {
    if (maxBytes <= 0 || maxEntries <= 0 || maxInflatedBytes <= 0 || maxInflateRatio <= 0) {
      throw new IllegalArgumentException("template limits must be positive");
    }
  }

  public TemplateLimits withMaxBytes(long bytes) {
    return new TemplateLimits(bytes, maxEntries, maxInflatedBytes, maxInflateRatio);
  }

  public TemplateLimits withMaxEntries(int entries) {
    return new TemplateLimits(maxBytes, entries, maxInflatedBytes, maxInflateRatio);
  }
}
