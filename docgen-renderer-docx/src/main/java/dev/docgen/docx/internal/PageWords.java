package dev.docgen.docx.internal;

import dev.docgen.api.spi.LayoutWords;
import java.util.Locale;

/** The few fixed words the layout adds ("Page", "of", "Contents") in the document's language. */
final class PageWords {
  private PageWords() {}

  /** "Page" and "of" for the footer. */
  static String[] of(Locale locale) {
    return LayoutWords.pageWords(locale);
  }

  static String contents(Locale locale) {
    return LayoutWords.contents(locale);
  }
}
