package dev.docgen.api.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The bytes of finished documents, by job id, streamed in and out so a large workbook never has to
 * sit whole in memory. A reader sees a document whole or not at all.
 */
public interface ArtifactStore {
  /** Writes a document's bytes. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Stores what {@code content} writes under {@code id}, replacing any earlier bytes; returns the size. */
  long put(String id, Content content) throws IOException;

  /** The stored bytes; empty if there are none. The caller closes the stream. */
  Optional<InputStream> open(String id) throws IOException;

  /** Removes the bytes; true if there were some. */
  boolean delete(String id) throws IOException;

  /** Whether the store can be read and written now, for health checks. */
  default boolean reachable() {
    return true;
  }
}
