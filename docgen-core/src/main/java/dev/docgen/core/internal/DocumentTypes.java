package dev.docgen.core.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The catalogue of document types, read once from {@code doc-types.json}. */
public final class DocumentTypes {
  /** The id of the generic report used when no type matches. */
  public static final String GENERIC = "report";

  private static final List<DocumentType> TYPES = load();

  private DocumentTypes() {}

  private static List<DocumentType> load() {
    try (InputStream in = DocumentTypes.class.getResourceAsStream("/dev/docgen/core/doc-types.json")) {
      if (in == null) {
        throw new IllegalStateException("doc-types.json is missing from docgen-core");
      }
      return new ObjectMapper().readValue(in, new TypeReference<List<DocumentType>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read doc-types.json", e);
    }
  }

  public static List<DocumentType> all() {
    return TYPES;
  }

  public static Optional<DocumentType> byId(String id) {
    return TYPES.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * The type the prompt names first (a memo "about the expense policy" is a memo), the longer phrase
   * winning at the same place; the generic report when no specific type is named.
   */
  public static DocumentType detect(String prompt) {
    String lower = prompt.toLowerCase(Locale.ROOT);
    DocumentType best = byId(GENERIC).orElseThrow();
    int bestScore = Integer.MAX_VALUE;
    for (DocumentType t : TYPES) {
      int score = t.id().equals(GENERIC) ? Integer.MAX_VALUE : t.match(lower);
      if (score < bestScore) {
        best = t;
        bestScore = score;
      }
    }
    return best;
  }
}
