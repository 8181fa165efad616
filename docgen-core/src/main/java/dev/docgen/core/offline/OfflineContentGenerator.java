package dev.docgen.core.offline;

import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.spi.ContentGenerator;
import dev.docgen.api.spi.GeneratedContent;
import dev.docgen.api.spi.GenerationContext;
import dev.docgen.core.internal.OfflineComposer;

/**
 * The default content generator: offline and deterministic. It writes the standard structure of
 * the document type, and when data is given, tables, charts and sentences computed from it.
 */
public final class OfflineContentGenerator implements ContentGenerator {
  /** The stable id, {@value}. */
  public static final String ID = "offline";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public DocumentSpec generate(GenerationContext context) {
    return OfflineComposer.compose(context);
  }

  /** The document, with the advice for fields that stand in tables and details blocks as findings. */
  @Override
  public GeneratedContent compose(GenerationContext context) {
    return OfflineComposer.content(context);
  }
}
