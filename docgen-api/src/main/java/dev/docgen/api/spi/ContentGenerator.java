package dev.docgen.api.spi;

import dev.docgen.api.Health;
import dev.docgen.api.model.DocumentSpec;
import java.util.Map;

/**
 * Writes the content of a document from an interpreted prompt and its data. The offline data-to-text
 * engine is the default; LLM providers plug in beside it.
 *
 * <p>A generator {@linkplain #modelBacked() backed by a model} gets more from the pipeline: the data
 * engine's draft as its facts, result caching, retries with backoff, a repair loop, a deadline, and
 * a check that every number it writes is one of the facts. It implements only the call itself.
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

  /**
   * Writes the content and says what it noticed and where it came from. The default wraps
   * {@link #generate}.
   */
  default GeneratedContent compose(GenerationContext context) {
    return GeneratedContent.of(generate(context));
  }

  /**
   * True when the content comes from a language model: the pipeline then grounds, caches, retries
   * and fact-checks it (see the class comment).
   */
  default boolean modelBacked() {
    return false;
  }

  /**
   * What identifies this generator's output besides the request: for a model, the endpoint and model
   * name. Part of the result cache key, so switching models never serves the old model's results.
   */
  default String configurationKey() {
    return id();
  }

  /** Whether the generator can work now; a model provider asks its endpoint. */
  default Health.Component health() {
    return Health.Component.up("provider:" + id(), "built in, needs nothing external", Map.of());
  }
}
