package dev.docgen.docx;

import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.spi.RenderOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Renders specs for tests and re-opens the bytes with POI. */
final class Rendered {
  static final Instant CREATED = Instant.parse("2026-11-28T10:00:00Z");

  private Rendered() {}

  static byte[] bytes(DocumentSpec spec) {
    return bytes(spec, CREATED);
  }

  static byte[] bytes(DocumentSpec spec, Instant created) {
    return bytes(spec, RenderOptions.at(created));
  }

  static byte[] bytes(DocumentSpec spec, RenderOptions options) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new DocxRenderer().render(spec, options, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static XWPFDocument open(byte[] bytes) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static XWPFDocument open(DocumentSpec spec) {
    return open(bytes(spec));
  }
}
