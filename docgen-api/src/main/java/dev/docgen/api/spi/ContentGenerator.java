package dev.docgen.api.spi;

import dev.docgen.api.model.DocumentSpec;

/**
 * Writes the content of a document from an interpreted prompt and its data. The offline data-to-text
 * engine is the default; LLM providers plug in beside it.
 */
public interface ContentGenerator {
  /** Stable id: {@code offline}, {@code openai}. */
  String id();

  /** Higher wins when no provider is named. */
  default int priority() {
    return 0;
  }

  /** Writes the document's content. Throws a {@link dev.docgen.api.GenerationException} on failure. */
  DocumentSpec generate(GenerationContext context);
}
