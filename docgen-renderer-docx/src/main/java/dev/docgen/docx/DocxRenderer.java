package dev.docgen.docx;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.DocgenException;
import dev.docgen.api.RenderException;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.spi.DocumentRenderer;
import dev.docgen.api.spi.RenderOptions;
import dev.docgen.docx.internal.DocxWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a {@link DocumentSpec} as a Word document (Office Open XML) with real styles, numbering,
 * native charts, a table of contents and page furniture. {@link RenderOptions#properties()} become
 * custom document properties (docProps/custom.xml). Stateless and thread-safe; the same spec and
 * the same options give byte-identical output.
 */
public final class DocxRenderer implements DocumentRenderer {
  /** The IANA media type of a Word document. */
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Override
  public String id() {
    return "docx";
  }

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  /**
   * Writes the document to {@code out}.
   *
   * @throws RenderException when the document cannot be built (a bad image, a POI failure)
   * @throws IOException when writing to {@code out} fails
   */
  @Override
  public void render(DocumentSpec spec, RenderOptions options, OutputStream out) throws IOException {
    requireNonNull(spec, "spec");
    requireNonNull(options, "options");
    requireNonNull(out, "out");
    byte[] bytes;
    try {
      bytes = DocxWriter.write(spec, options.created(), options.properties());
    } catch (DocgenException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      throw new RenderException("could not render DOCX for '" + spec.metadata().title() + "': " + e, e);
    }
    out.write(bytes);
  }
}
