package dev.docgen.api.spi;

import java.util.Locale;

/**
 * The few words a renderer adds on its own ("Page 3 of 5", "Contents") in the document's language,
 * so that a German document's footer says "Seite 3 von 5" in every format.
 */
public final class LayoutWords {
  private LayoutWords() {}

  /** "Page 3 of 5" in the language of {@code locale}. */
  public static String pageOf(Locale locale, int page, int pages) {
    String[] w = pageWords(locale);
    return w[0] + " " + page + " " + w[1] + " " + pages;
  }

  /** The words for "Page" and "of", for footers built from fields. */
  public static String[] pageWords(Locale locale) {
    return switch (locale.getLanguage()) {
      case "de" -> new String[] {"Seite", "von"};
      case "fr" -> new String[] {"Page", "sur"};
      case "es" -> new String[] {"Página", "de"};
      case "it" -> new String[] {"Pagina", "di"};
      case "nl" -> new String[] {"Pagina", "van"};
      case "pt" -> new String[] {"Página", "de"};
      default -> new String[] {"Page", "of"};
    };
  }

  /** The heading of a table of contents. */
  public static String contents(Locale locale) {
    return switch (locale.getLanguage()) {
      case "de" -> "Inhalt";
      case "fr" -> "Sommaire";
      case "es" -> "Índice";
      case "it" -> "Indice";
      case "nl" -> "Inhoud";
      case "pt" -> "Sumário";
      default -> "Contents";
    };
  }
}
