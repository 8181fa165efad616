package dev.docgen.api;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.model.DocumentSpec;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finished document: its bytes, media type, suggested file name, SHA-256, the spec it was
 * rendered from, timings per pipeline stage, and the quality report.
 */
public final class Artifact {
  private final byte[] bytes;
  private final String format;
  private final String mediaType;
  private final String fileName;
  private final String sha256;
  private final String documentType;
  private final String template;
  private final String templateReason;
  private final DocumentSpec spec;
  private final Map<String, Duration> timings;
  private final QualityReport quality;
  private final Map<String, String> provenance;

  /** Creates an artifact; the SHA-256 is computed here. */
  public Artifact(byte[] bytes, String format, String mediaType, String fileName, String documentType,
      String template, DocumentSpec spec, Map<String, Duration> timings, QualityReport quality) {
    this(bytes, format, mediaType, fileName, documentType, template, "", spec, timings, quality);
  }

  /** Creates an artifact that says which template it was filled from and why that one was chosen. */
  public Artifact(byte[] bytes, String format, String mediaType, String fileName, String documentType,
      String template, String templateReason, DocumentSpec spec, Map<String, Duration> timings, QualityReport quality) {
    this(bytes, format, mediaType, fileName, documentType, template, templateReason, spec, timings, quality, Map.of());
  }

  /**
   * Creates an artifact with provenance: where its content came from (provider, model, model
   * version, prompt hash, template version, data hash, token counts).
   */
  public Artifact(byte[] bytes, String format, String mediaType, String fileName, String documentType,
      String template, String templateReason, DocumentSpec spec, Map<String, Duration> timings, QualityReport quality,
      Map<String, String> provenance) {
    this.provenance = Collections.unmodifiableMap(new java.util.TreeMap<>(provenance));
    this.templateReason = requireNonNull(templateReason, "templateReason");
    this.bytes = requireNonNull(bytes, "bytes").clone();
    this.format = requireNonNull(format, "format");
    this.mediaType = requireNonNull(mediaType, "mediaType");
    this.fileName = requireNonNull(fileName, "fileName");
    this.documentType = requireNonNull(documentType, "documentType");
    this.template = requireNonNull(template, "template");
    this.spec = requireNonNull(spec, "spec");
    this.timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    this.quality = requireNonNull(quality, "quality");
    this.sha256 = sha256(this.bytes);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A copy of the document's bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  public String format() {
    return format;
  }

  public String mediaType() {
    return mediaType;
  }

  /** A file name derived from the title, such as {@code project-status-report-q4-2025.docx}. */
  public String fileName() {
    return fileName;
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public String sha256() {
    return sha256;
  }

  public String documentType() {
    return documentType;
  }

  /** The template used, or the built-in layout's name. */
  public String template() {
    return template;
  }

  /** Why that template was used: named in the request, or picked by document type and keywords. */
  public String templateReason() {
    return templateReason;
  }

  public DocumentSpec spec() {
    return spec;
  }

  /** Time spent in each stage, in pipeline order. */
  public Map<String, Duration> timings() {
    return timings;
  }

  public QualityReport quality() {
    return quality;
  }

  /**
   * Where the content came from, in key order: {@code provider}, {@code model}, {@code modelVersion},
   * {@code promptHash}, {@code dataHash}, {@code templateVersion}, {@code inputTokens},
   * {@code outputTokens}, {@code attempts}. The same entries are custom properties of the document
   * (prefixed {@code docgen.}). Empty for documents rendered from a spec.
   */
  public Map<String, String> provenance() {
    return provenance;
  }

  /**
   * Writes the document atomically: to a temporary file beside {@code target}, then moved into
   * place, so a failure never leaves a half-written file.
   *
   * @throws OutputLocationException when the directory is missing or not writable
   */
  public Path writeTo(Path target) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new OutputLocationException("output directory does not exist: " + dir, null);
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return absolute;
    } catch (AccessDeniedException e) {
      throw new OutputLocationException("cannot write to " + dir + ": permission denied", e);
    } catch (NoSuchFileException e) {
      throw new OutputLocationException("output directory does not exist: " + dir, e);
    } catch (IOException e) {
      throw new OutputLocationException("cannot write " + absolute + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temp file is hidden and named .part
        }
      }
    }
  }
}
