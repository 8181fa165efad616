package dev.docgen.api.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A template ready to fill, cached by the pipeline; filling never changes it, so one serves many threads. */
public interface ParsedTemplate {
  /** The format id of the files it writes. */
  String format();

  /** The data fields its tags read. */
  List<TemplateField> fields();

  /** Approximate memory held, in bytes, for a weight-bounded cache. */
  long weight();

  /** Writes the filled document. A missing field (strict data) is a {@link dev.docgen.api.TemplateException}. */
  void fill(TemplateData data, OutputStream out) throws IOException;
}
