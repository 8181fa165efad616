package dev.docgen.api.model;

import java.util.List;

/** One list entry; {@code children} nest one level deeper and keep the list's kind. */
public record ListItem(List<TextRun> runs, List<ListItem> children) {
  public ListItem {
    runs = runs == null ? List.of() : List.copyOf(runs);
    children = children == null ? List.of() : List.copyOf(children);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a list item needs at least one run");
    }
  }

  /** An item from light markup (see {@link Paragraph#markup(String)}). */
  public static ListItem of(String markup) {
    return new ListItem(Paragraph.parseRuns(markup), List.of());
  }

  public static ListItem of(String markup, List<ListItem> children) {
    return new ListItem(Paragraph.parseRuns(markup), children);
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
