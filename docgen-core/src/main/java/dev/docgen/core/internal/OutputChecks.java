package dev.docgen.core.internal;

import dev.docgen.api.DocgenException;
import dev.docgen.api.DocumentIntent;
import dev.docgen.api.Finding;
import dev.docgen.api.QualityReport;
import dev.docgen.api.RenderException;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.spi.DocumentRenderer;
import dev.docgen.api.spi.Inspection;
import dev.docgen.api.spi.OutputInspector;
import dev.docgen.api.spi.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The pipeline's last stages: render a spec to bytes, name the file, and re-read it to check what a reader sees. */
public final class OutputChecks {
  /**
   * House-style rules the inspector enforces on docgen's own layouts (repeating table headers,
   * heading styles, formulas only in totals rows): a template's author designed those, so there
   * they are warnings.
   */
  private static final Set<String> HOUSE_STYLE = Set.of("docx.table-without-header", "docx.missing-heading",
      "docx.empty-run", "xlsx.unexpected-formula");

  private OutputChecks() {}

  /** The renderer's bytes; any failure of the renderer is a {@link RenderException} naming it. */
  public static byte[] render(DocumentRenderer renderer, DocumentSpec spec, RenderOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      renderer.render(spec, options, out);
    } catch (IOException e) {
      throw new RenderException(renderer.id() + " renderer failed: " + e.getMessage(), e);
    } catch (DocgenException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RenderException(renderer.id() + " renderer failed: " + e, e);
    }
    return out.toByteArray();
  }

  /**
   * Re-reads the file: the inspector checks it against {@code inspected} (for a filled template, a
   * spec without sections, since the template decides the structure) and the content checks run on
   * {@code spec}, the generated content, with what the reader saw.
   */
  public static QualityReport inspect(Optional<OutputInspector> inspector, String format, byte[] bytes,
      DocumentSpec inspected, DocumentSpec spec, DocumentIntent intent, Optional<Dataset> data, QualityReport content,
      boolean templated, boolean checkNumbers) {
    Optional<Inspection> inspection = inspector.map(i -> i.inspect(bytes, inspected)).map(i -> !templated ? i
        : new Inspection(i.text(), i.headings(), i.tables(), i.charts(), i.pages(), i.findings().stream()
            .map(f -> HOUSE_STYLE.contains(f.code()) && f.severity() == Finding.Severity.ERROR
                ? Finding.warning(f.code(), f.message() + " (the template's own design)", f.location()) : f)
            .toList()));
    if (inspection.isEmpty()) {
      return content.plus(List.of(Finding.info("inspect.skipped", "no inspector for " + format, "")));
    }
    // The numbers are the spec's, checked in the check stage already: its findings carry over.
    List<Finding> numbers = content.findings().stream().filter(f -> f.code().startsWith("number.")).toList();
    return ContentValidator.check(spec, intent, data, inspection, false).plus(checkNumbers ? numbers : List.of());
  }

  /** {@code quarterly-sales-report-q3-2026.docx}: the title as a slug of at most 60 characters. */
  public static String fileName(DocumentSpec spec, DocumentRenderer renderer) {
    String slug = Normalizer.normalize(spec.metadata().title(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-$", "");
    }
    return (slug.isEmpty() ? "document" : slug) + "." + renderer.fileExtension();
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
