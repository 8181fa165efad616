package dev.docgen.api.template;

/**
 * Parses template files of one format ({@code docx}, {@code xlsx}) so they can be filled. Found
 * through {@link java.util.ServiceLoader}; implementations are stateless and thread-safe.
 */
public interface TemplateFiller {
  /** The format id: {@code docx} or {@code xlsx}. */
  String id();

  /**
   * Reads and checks a template's tags. A malformed or unbalanced tag is a
   * {@link dev.docgen.api.TemplateException} naming the tag and where it is.
   */
  ParsedTemplate parse(byte[] template);
}
