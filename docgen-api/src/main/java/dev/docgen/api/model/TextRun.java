package dev.docgen.api.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stretch of text with one formatting. {@code placeholder} marks a field only the author can fill
 * (renderers highlight it); {@code link} is an http, https or mailto URL, empty for none; {@code note}
 * is advice to the author about the field, kept out of the body (a DOCX comment, the quality
 * report's "To complete" list).
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record TextRun(String text, boolean bold, boolean italic, boolean code, String link, boolean placeholder,
    String note) {
  public TextRun {
    requireNonNull(text, "text");
    link = link == null ? "" : link;
    note = note == null ? "" : note;
    if (!link.isEmpty() && !(link.startsWith("http://") || link.startsWith("https://") || link.startsWith("mailto:"))) {
      throw new IllegalArgumentException("link must be http, https or mailto: " + link);
    }
  }

  /** A run without a note. */
  public TextRun(String text, boolean bold, boolean italic, boolean code, String link, boolean placeholder) {
    this(text, bold, italic, code, link, placeholder, "");
  }

  /** This run with advice to the author attached. */
  public TextRun withNote(String advice) {
    return new TextRun(text, bold, italic, code, link, placeholder, advice);
  }

  public static TextRun plain(String text) {
    return new TextRun(text, false, false, false, "", false);
  }

  public static TextRun bold(String text) {
    return new TextRun(text, true, false, false, "", false);
  }

  public static TextRun italic(String text) {
    return new TextRun(text, false, true, false, "", false);
  }

  public static TextRun code(String text) {
    return new TextRun(text, false, false, true, "", false);
  }

  public static TextRun link(String text, String url) {
    return new TextRun(text, false, false, false, url, false);
  }

  /** The text as printed: a field the author must fill is shown as {@code [text]}. */
  public String shown() {
    return placeholder ? "[" + text + "]" : text;
  }

  /** A field the author must fill, shown as {@code [text]} and highlighted. */
  public static TextRun placeholder(String text) {
    return new TextRun(text, false, false, false, "", true);
  }
}
