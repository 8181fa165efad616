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
}
