package dev.docgen.docx;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.spi.Inspection;
import dev.docgen.api.spi.OutputInspector;
import dev.docgen.docx.internal.DocxChecks;

/**
 * Re-opens DOCX bytes with Apache POI and reports what a reader sees: text, headings, data tables,
 * charts, and problems (unreadable file, missing headings, empty runs, unresolved {@code {{tags}}},
 * tables without a repeating header row). Never throws for a bad file.
 *
 * <p>Key-value blocks and callouts are layout tables: they carry the table style {@code
 * DocgenLayoutTable} and are not counted as tables.
 */
public final class DocxInspector implements OutputInspector {
  @Override
  public String id() {
    return "docx";
  }

  @Override
  public Inspection inspect(byte[] bytes, DocumentSpec spec) {
    requireNonNull(bytes, "bytes");
    requireNonNull(spec, "spec");
    return DocxChecks.inspect(bytes, spec);
  }
}
