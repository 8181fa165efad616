package dev.docgen.api.spi;

import dev.docgen.api.model.DocumentSpec;

/**
 * Re-opens rendered bytes with an independent reader and checks them: headings present, no empty
 * runs, no unresolved tags, tables with header rows.
 */
public interface OutputInspector {
  /** The format id this inspector reads. */
  String id();

  /** Inspects {@code bytes}, which were rendered from {@code spec}. Never throws for a bad file: reports it. */
  Inspection inspect(byte[] bytes, DocumentSpec spec);
}
