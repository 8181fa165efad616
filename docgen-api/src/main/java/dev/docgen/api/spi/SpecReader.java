package dev.docgen.api.spi;

import dev.docgen.api.model.DocumentSpec;

/**
 * Parses a generator's JSON answer into a {@link DocumentSpec}, checking it against the published
 * JSON Schema. The pipeline hands one to every generator through {@link GenerationContext}.
 */
@FunctionalInterface
public interface SpecReader {
  /**
   * @throws dev.docgen.api.InvalidContentException when {@code json} is not JSON or breaks the
   *     schema; its problems name the JSON path of each fault
   */
  DocumentSpec read(String json);
}
