package dev.docgen.docx.internal;

import java.util.Locale;

/** The few fixed words the layout adds ("Page", "of", "Contents") in the document's language. */
final class PageWords {
  private PageWords() {}

  /** "Page" and "of" for the footer. */
  static String[] of(Locale locale) {
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

  static String contents(Locale locale) {
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
