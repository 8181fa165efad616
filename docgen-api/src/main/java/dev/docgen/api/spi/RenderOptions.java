package dev.docgen.api.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-call settings for a renderer. {@code created} stamps document properties and zip entries, so
 * the same spec and the same instant give byte-identical output. {@code properties} are custom
 * document properties (provenance such as the model and the prompt hash), written in key order.
 */
public record RenderOptions(Instant created, Map<String, String> properties) {
  public RenderOptions {
    requireNonNull(created, "created");
    properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
  }

  public static RenderOptions at(Instant created) {
    return new RenderOptions(created, Map.of());
  }

  /** The same options with these custom document properties. */
  public RenderOptions withProperties(Map<String, String> properties) {
    return new RenderOptions(created, properties);
  }
}
