package dev.docgen.api.spi;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.DocumentIntent;
import dev.docgen.api.data.Dataset;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Everything a content generator gets: the interpreted prompt, the loaded data, locale, clock and format. */
public record GenerationContext(DocumentIntent intent, Optional<Dataset> data, Locale locale, Clock clock,
    String format) {
  public GenerationContext {
    requireNonNull(intent, "intent");
    requireNonNull(data, "data");
    requireNonNull(locale, "locale");
    requireNonNull(clock, "clock");
    requireNonNull(format, "format");
  }
}
