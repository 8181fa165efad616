package dev.docgen.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells which of the catalogue's languages a request is written in, from its function words and
 * letters: requests are short, so a few common words decide. English when nothing else is clearer.
 */
public final class LanguageDetector {
  private static final Map<String, Set<String>> WORDS = Map.of(
      "en", Set.of("the", "a", "an", "for", "of", "and", "to", "with", "please", "write", "create", "our", "on",
          "from", "by", "we", "is", "in", "at", "need", "draft", "make", "up", "about", "who", "what", "that"),
      "de", Set.of("der", "die", "das", "den", "dem", "des", "und", "für", "mit", "ein", "eine", "einen", "einer",
          "bitte", "erstelle", "erstellen", "schreibe", "schreib", "von", "zum", "zur", "am", "im", "über", "auf",
          "wir", "unsere", "unser", "ist", "sind", "nach", "bis", "vom", "alle", "neue", "neuen", "ich", "brauche"),
      "fr", Set.of("le", "la", "les", "un", "une", "des", "du", "pour", "avec", "et", "de", "au", "aux", "sur",
          "rédige", "rédigez", "écris", "écrivez", "crée", "créez", "prépare", "préparez", "merci", "nous", "notre",
          "nos", "est", "dans", "par", "tous", "vous", "pouvez", "svp", "mon", "ma"),
      "es", Set.of("el", "la", "los", "las", "un", "una", "para", "con", "y", "del", "al", "por", "redacta",
          "escribe", "crea", "prepara", "elabora", "favor", "nuestro", "nuestra", "nuestros", "es", "en", "que",
          "todos", "todo", "hola", "puedes", "necesito", "sobre", "mi"),
      "nl", Set.of("de", "het", "een", "voor", "met", "en", "van", "aan", "op", "schrijf", "maak", "stel",
          "graag", "alstublieft", "ons", "onze", "is", "naar", "alle", "bij", "tot", "om", "dat", "wij", "we",
          "uit", "kun", "kunt", "je", "jullie", "nieuwe", "mijn"));
  // Words of business requests only one of the languages writes, and the endings of its compounds
  // ("Urenoverzicht", "Umsatzbericht"): a short request with no function word is still read in its language.
  private static final Map<String, Set<String>> CONTENT = Map.of(
      "en", Set.of(),
      "de", Set.of("bericht", "übersicht", "umsatz", "quartal", "mitarbeiter", "rechnung", "angebot", "kunden",
          "lieferant", "monat"),
      "fr", Set.of("ventes", "devis", "facture", "salariés", "fournisseur", "mois", "bilan"),
      "es", Set.of("informe", "ventas", "factura", "presupuesto", "clientes", "proveedor", "mes", "resumen"),
      "nl", Set.of("overzicht", "verslag", "kwartaal", "medewerker", "medewerkers", "regio", "verkoop", "omzet", "uren",
          "begroting", "offerte", "factuur", "voorraad", "klanten", "leverancier", "maand"));
  private static final Map<String, java.util.List<String>> ENDINGS = Map.of(
      "en", java.util.List.of(), "fr", java.util.List.of(), "es", java.util.List.of(),
      "de", java.util.List.of("bericht", "übersicht", "abrechnung", "planung", "aufstellung"),
      "nl", java.util.List.of("overzicht", "verslag", "rapportage", "rapport"));
  private static final Map<String, String> LETTERS = Map.of(
      "en", "", "de", "äöüß", "fr", "éèêàçùâîôœë", "es", "ñ¿¡áíóú", "nl", "");

  private static final java.util.List<String> ORDER = java.util.List.of("en", "de", "fr", "es", "nl");
  private static final java.util.regex.Pattern DUTCH_IJ = java.util.regex.Pattern.compile("\\p{L}ij\\p{L}");

  private LanguageDetector() {}

  /** The language of {@code text}: {@code en}, {@code de}, {@code fr}, {@code es} or {@code nl}. */
  public static String detect(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String best = "en";
    double bestScore = 0;
    String[] tokens = lower.split("[^\\p{L}]+");
    // A fixed order: Map.of iterates in an order that changes from one JVM to the next.
    for (String lang : ORDER) {
      double score = lang.equals("en") ? 0.5 : 0;
      for (String t : tokens) {
        if (WORDS.get(lang).contains(t) || CONTENT.get(lang).contains(t)) {
          score += 1;
        } else if (ENDINGS.get(lang).stream().anyMatch(e -> t.length() > e.length() + 2 && t.endsWith(e))) {
          score += 1;
        }
      }
      for (char c : LETTERS.get(lang).toCharArray()) {
        if (lower.indexOf(c) >= 0) {
          score += 1.5;
        }
      }
      if (lang.equals("nl") && DUTCH_IJ.matcher(lower).find()) {
        score += 1;
      }
      if (score > bestScore) {
        best = lang;
        bestScore = score;
      }
    }
    return best;
  }
}
