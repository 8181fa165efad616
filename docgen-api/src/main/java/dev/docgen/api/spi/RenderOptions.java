package dev.docgen.api.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Per-call settings for a renderer. {@code created} stamps document properties and zip entries, so
 * the same spec and the same instant give byte-identical output.
 */
public record RenderOptions(Instant created) {
  public RenderOptions {
    requireNonNull(created, "created");
  }

  public static RenderOptions at(Instant created) {
    return new RenderOptions(created);
  }
}
