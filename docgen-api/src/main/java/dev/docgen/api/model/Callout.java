package dev.docgen.api.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A highlighted box: a note, a warning, or a summary of key points. */
public record Callout(Kind kind, String title, List<TextRun> runs) implements Block {
  /** The callout's role, which sets its colour. */
  public enum Kind { NOTE, WARNING, SUMMARY }

  public Callout {
    requireNonNull(kind, "kind");
    title = title == null ? "" : title;
    runs = runs == null ? List.of() : List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a callout needs text");
    }
  }

  public static Callout of(Kind kind, String title, String markup) {
    return new Callout(kind, title, Paragraph.parseRuns(markup));
  }

  public String text() {
    StringBuilder sb = new StringBuilder();
    runs.forEach(r -> sb.append(r.text()));
    return sb.toString();
  }

  /** The text as printed, with each field in brackets ({@link TextRun#shown()}). */
  public String shown() {
    StringBuilder sb = new StringBuilder();
    runs.forEach(r -> sb.append(r.shown()));
    return sb.toString();
  }
}
