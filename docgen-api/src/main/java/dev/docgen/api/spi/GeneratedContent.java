package dev.docgen.api.spi;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.Finding;
import dev.docgen.api.model.DocumentSpec;
import java.util.List;
import java.util.Map;

/**
 * What a content generator returns: the spec, what it noticed on the way, and provenance (for a
 * model: {@code model}, {@code modelVersion}, {@code inputTokens}, {@code outputTokens}).
 */
public record GeneratedContent(DocumentSpec spec, List<Finding> findings, Map<String, String> provenance) {
  public GeneratedContent {
    requireNonNull(spec, "spec");
    findings = List.copyOf(findings);
    provenance = Map.copyOf(provenance);
  }

  public static GeneratedContent of(DocumentSpec spec) {
    return new GeneratedContent(spec, List.of(), Map.of());
  }
}
