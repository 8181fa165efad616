package dev.docgen.api.template;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A template file to publish, with what the publisher says of it. */
public record TemplateUpload(String name, String version, String fileName, byte[] bytes, String description,
    List<String> documentTypes, List<String> keywords) {
  public TemplateUpload {
    TemplateRef.checkName(name);
    TemplateRef.checkVersion(version);
    fileName = fileName == null ? "" : fileName;
    requireNonNull(bytes, "bytes");
    description = description == null ? "" : description;
    documentTypes = documentTypes == null ? List.of() : List.copyOf(documentTypes);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  public static TemplateUpload of(String name, String version, String fileName, byte[] bytes) {
    return new TemplateUpload(name, version, fileName, bytes, "", List.of(), List.of());
  }
}
