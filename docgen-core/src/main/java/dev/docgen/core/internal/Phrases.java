package dev.docgen.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The engine's fixed phrases in the catalogue's languages ({@code kinds/phrases.json}); English when one is missing. */
final class Phrases {
  private static final JsonNode PHRASES = load();

  private Phrases() {}

  private static JsonNode load() {
    try (InputStream in = Phrases.class.getResourceAsStream("/dev/docgen/core/kinds/phrases.json")) {
      if (in == null) {
        throw new IllegalStateException("docgen-core is missing kinds/phrases.json");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kinds/phrases.json", e);
    }
  }

  /** The phrase {@code key} in {@code lang}; the key itself when the phrase book has no such entry. */
  static String get(String key, String lang) {
    JsonNode p = PHRASES.path(key);
    if (p.isMissingNode()) {
      return key;
    }
    return p.path(lang).asText(p.path("en").asText(key));
  }

  /**
   * The phrase {@code key} in {@code lang} with each {@code {name}} replaced: {@code args} alternate names and values,
   * {@code fill("data.mean-label", "de", "M", "Zufriedenheit")}.
   */
  static String fill(String key, String lang, String... args) {
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must alternate: " + args.length + " arguments");
    }
    String out = get(key, lang);
    for (int i = 0; i < args.length; i += 2) {
      out = out.replace("{" + args[i] + "}", args[i + 1]);
    }
    return out;
  }

  /**
   * A column's name inside a sentence: lower case where the language writes nouns so ("total revenue", "chiffre
   * d'affaires"), as written in German, whose nouns keep their capital, and for acronyms ("SKU").
   */
  static String inline(String name, String lang) {
    String first = name.split(" ", 2)[0];
    // "Q1 workload", "S1 tickets", "SKU": a code-like first word keeps its capital.
    if (lang.equals("de") || name.length() > 1 && Character.isUpperCase(name.charAt(1))
        || first.matches("\\p{Lu}[\\p{Lu}\\d]+")) {
      return name;
    }
    return name.toLowerCase(java.util.Locale.ROOT);
  }
}
