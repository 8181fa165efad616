package dev.docgen.api.model;

import java.util.ArrayList;
import java.util.List;

/** A paragraph of body text made of formatted runs. */
public record Paragraph(List<TextRun> runs) implements Block {
  public Paragraph {
    runs = runs == null ? List.of() : List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a paragraph needs at least one run");
    }
  }

  public static Paragraph of(String text) {
    return new Paragraph(List.of(TextRun.plain(text)));
  }

  public static Paragraph of(TextRun... runs) {
    return new Paragraph(List.of(runs));
  }

  /**
   * Parses light markup: {@code **bold**}, {@code _italic_}, {@code `code`} and {@code [[placeholder]]}.
   * Anything else is plain text.
   */
  public static Paragraph markup(String text) {
    return new Paragraph(parseRuns(text));
  }

  /** The runs of {@link #markup(String)}. */
  public static List<TextRun> parseRuns(String text) {
    List<TextRun> runs = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      String open = text.startsWith("**", i) ? "**" : text.startsWith("[[", i) ? "[[" : text.charAt(i) == '`' ? "`"
          : text.charAt(i) == '_' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) ? "_" : null;
      String close = open == null ? null : open.equals("[[") ? "]]" : open;
      int end = open == null ? -1 : text.indexOf(close, i + open.length());
      if (open == null || end <= i + open.length()) {
        plain.append(text.charAt(i++));
        continue;
      }
      if (plain.length() > 0) {
        runs.add(TextRun.plain(plain.toString()));
        plain.setLength(0);
      }
      String inner = text.substring(i + open.length(), end);
      runs.add(switch (open) {
        case "**" -> TextRun.bold(inner);
        case "[[" -> TextRun.placeholder(inner);
        case "`" -> TextRun.code(inner);
        default -> TextRun.italic(inner);
      });
      i = end + close.length();
    }
    if (plain.length() > 0 || runs.isEmpty()) {
      runs.add(TextRun.plain(plain.toString()));
    }
    return runs;
  }

  /** The paragraph's text without formatting. */
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
