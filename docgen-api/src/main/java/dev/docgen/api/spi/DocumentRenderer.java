package dev.docgen.api.spi;

import dev.docgen.api.model.DocumentSpec;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a {@link DocumentSpec} into the bytes of one format. Found through {@link
 * java.util.ServiceLoader}; implementations are stateless and thread-safe.
 */
public interface DocumentRenderer {
  /** The format id this renderer serves: {@code docx}, {@code pdf}, {@code xlsx}. Stable, lower-case. */
  String id();

  /** Higher wins when two renderers serve one format. */
  default int priority() {
    return 0;
  }

  /** The IANA media type of the output. */
  String mediaType();

  /** The file extension without the dot. */
  default String fileExtension() {
    return id();
  }

  /** Writes the document to {@code out}; does not close it. */
  void render(DocumentSpec spec, RenderOptions options, OutputStream out) throws IOException;
}
