package dev.docgen.pdf;

import dev.docgen.api.DocgenException;
import dev.docgen.api.RenderException;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.spi.DocumentRenderer;
import dev.docgen.api.spi.RenderOptions;
import dev.docgen.pdf.internal.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a {@link DocumentSpec} straight to PDF with PDFBox: measured and wrapped text, tables
 * with repeated headers, vector charts, bookmarks, contents, embedded subset fonts with
 * per-character fallback, PDF/A-2b. {@link RenderOptions#properties()} become custom entries of the
 * document information dictionary. Stateless and thread-safe.
 */
public final class PdfRenderer implements DocumentRenderer {
  @Override
  public String id() {
    return "pdf";
  }

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public void render(DocumentSpec spec, RenderOptions options, OutputStream out) throws IOException {
    byte[] bytes;
    try {
      bytes = PdfWriter.write(spec, options.created(), options.properties());
    } catch (DocgenException | IOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RenderException("could not render PDF for '" + spec.metadata().title() + "': " + e, e);
    }
    out.write(bytes);
  }
}
