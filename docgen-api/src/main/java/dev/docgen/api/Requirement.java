package dev.docgen.api;

import static java.util.Objects.requireNonNull;

/**
 * Something concrete the prompt asked for, which the document must show. {@code kind} is one of
 * {@code text} (must appear verbatim), {@code date} (must appear, in the prompt's words or as
 * ISO 8601), {@code section} (a heading must cover it), {@code chart},
 * {@code column}.
 */
public record Requirement(String kind, String text) {
  public Requirement {
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
  }

  public static Requirement text(String text) {
    return new Requirement("text", text);
  }

  public static Requirement section(String text) {
    return new Requirement("section", text);
  }
}
