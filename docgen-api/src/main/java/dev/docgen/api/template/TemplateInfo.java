package dev.docgen.api.template;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What a store knows of one published template version.
 *
 * @param format {@code docx} or {@code xlsx}
 * @param documentTypes the document types it serves, such as {@code invoice}; used to pick a
 *     template when a request names none
 * @param keywords words that make a prompt match it
 * @param fields the data fields its tags read, in first-use order
 * @param sha256 hex digest of the file
 * @param source where it lives: {@code builtin} or a store id
 */
public record TemplateInfo(String name, String version, String format, String description,
    List<String> documentTypes, List<String> keywords, List<TemplateField> fields, Instant created, String sha256,
    long size, String source) {
  public TemplateInfo {
    TemplateRef.checkName(name);
    TemplateRef.checkVersion(version);
    requireNonNull(format, "format");
    description = description == null ? "" : description;
    documentTypes = documentTypes == null ? List.of() : List.copyOf(documentTypes);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    fields = fields == null ? List.of() : List.copyOf(fields);
    requireNonNull(created, "created");
    requireNonNull(sha256, "sha256");
    source = source == null ? "" : source;
  }

  public TemplateRef ref() {
    return TemplateRef.of(name, version);
  }

  /** {@code name@version}. */
  public String id() {
    return name + "@" + version;
  }
}
