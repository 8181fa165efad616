package dev.docgen.test;

import dev.docgen.api.Artifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions over a generated document — an {@link Artifact} or a file — read back with
 * independent readers (POI for DOCX and XLSX, PDFBox for PDF):
 *
 * <pre>{@code
 * assertThat(artifact).isDocx().hasHeading("Risks").containsText("Q4 2025")
 *     .hasTableWithHeaders("Region", "Revenue");
 * assertThat(Path.of("report.pdf")).isPdf().hasPageCountAtLeast(2).hasCharts(1);
 * assertThat(workbook).isXlsx().hasSheet("Summary").hasCell("Revenue by Region", "B4", "€1,200.50");
 * assertThat(artifact).hasCustomProperty("docgen.model", "gpt-4o");
 * }</pre>
 */
public final class DocumentAssert extends AbstractAssert<DocumentAssert, GeneratedFile> {
  private DocumentAssert(GeneratedFile actual) {
    super(actual, DocumentAssert.class);
  }

  /** Assertions over an artifact's bytes. */
  public static DocumentAssert assertThat(Artifact artifact) {
    return new DocumentAssert(GeneratedFile.read(artifact.bytes()));
  }

  /** Assertions over a file on disk. */
  public static DocumentAssert assertThat(Path file) {
    try {
      return new DocumentAssert(GeneratedFile.read(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Assertions over raw bytes. */
  public static DocumentAssert assertThatDocument(byte[] bytes) {
    return new DocumentAssert(GeneratedFile.read(bytes));
  }

  public DocumentAssert isDocx() {
    return isFormat("docx");
  }

  public DocumentAssert isPdf() {
    return isFormat("pdf");
  }

  public DocumentAssert isXlsx() {
    return isFormat("xlsx");
  }

  private DocumentAssert isFormat(String format) {
    if (!actual.format.equals(format)) {
      failWithMessage("expected a %s file but it is %s", format.toUpperCase(Locale.ROOT),
          actual.format.toUpperCase(Locale.ROOT));
    }
    return this;
  }

  /**
   * A heading whose text contains {@code text}, ignoring case: DOCX Title/Heading paragraphs, PDF
   * bookmarks, XLSX sheet names.
   */
  public DocumentAssert hasHeading(String text) {
    String want = text.toLowerCase(Locale.ROOT);
    if (actual.headings.stream().noneMatch(h -> h.toLowerCase(Locale.ROOT).contains(want))) {
      failWithMessage("expected a heading containing <%s> but the headings are %s", text, actual.headings);
    }
    return this;
  }

  /** The document's text contains every string (non-breaking spaces read as spaces). */
  public DocumentAssert containsText(String... texts) {
    String all = actual.text.replace('\u00a0', ' ').replace('\u202f', ' ');
    for (String t : texts) {
      if (!all.contains(t)) {
        failWithMessage("expected the %s text to contain <%s> but it does not:%n%s", actual.format, t,
            all.length() > 2000 ? all.substring(0, 2000) + "…" : all);
      }
    }
    return this;
  }

  public DocumentAssert doesNotContainText(String text) {
    if (actual.text.contains(text)) {
      failWithMessage("expected the %s text not to contain <%s>", actual.format, text);
    }
    return this;
  }

  /**
   * A table whose header row starts with these headers: DOCX tables and XLSX Excel tables by their
   * header cells; PDF by the headers appearing in order on one line of text.
   */
  public DocumentAssert hasTableWithHeaders(String... headers) {
    List<String> want = Arrays.asList(headers);
    if (actual.format.equals("pdf")) {
      String pattern = String.join("\\s+", want.stream().map(java.util.regex.Pattern::quote).toList());
      if (!java.util.regex.Pattern.compile(pattern).matcher(actual.text).find()) {
        failWithMessage("expected a table with headers %s in the PDF text", want);
      }
      return this;
    }
    if (actual.tableHeaders.stream().noneMatch(h -> h.size() >= want.size() && h.subList(0, want.size()).equals(want))) {
      failWithMessage("expected a table with headers %s but the tables have %s", want, actual.tableHeaders);
    }
    return this;
  }

  public DocumentAssert hasCharts(int count) {
    if (actual.charts != count) {
      failWithMessage("expected %s chart(s) but the %s has %s", count, actual.format, actual.charts);
    }
    return this;
  }

  public DocumentAssert hasPageCount(int pages) {
    isPdf();
    if (actual.pages != pages) {
      failWithMessage("expected %s page(s) but the PDF has %s", pages, actual.pages);
    }
    return this;
  }

  public DocumentAssert hasPageCountAtLeast(int pages) {
    isPdf();
    if (actual.pages < pages) {
      failWithMessage("expected at least %s page(s) but the PDF has %s", pages, actual.pages);
    }
    return this;
  }

  public DocumentAssert hasSheet(String name) {
    isXlsx();
    if (!actual.cells.containsKey(name)) {
      failWithMessage("expected a sheet <%s> but the sheets are %s", name, actual.cells.keySet());
    }
    return this;
  }

  /** The cell shows {@code shown} as formatted for display (numbers in their cell format). */
  public DocumentAssert hasCell(String sheet, String cell, String shown) {
    hasSheet(sheet);
    String value = actual.cells.get(sheet).get(cell);
    if (!shown.equals(value)) {
      failWithMessage("expected %s!%s to show <%s> but it shows <%s>", sheet, cell, shown, value);
    }
    return this;
  }

  /**
   * A custom document property with exactly this value: docProps/custom.xml for DOCX and XLSX (read
   * with POI), a custom entry of the information dictionary for PDF (read with PDFBox).
   */
  public DocumentAssert hasCustomProperty(String name, String value) {
    if (!actual.customProperties.containsKey(name)) {
      failWithMessage("expected a custom property <%s> but the %s has %s", name, actual.format,
          describe(actual.customProperties));
    } else if (!actual.customProperties.get(name).equals(value)) {
      failWithMessage("expected custom property <%s> to be <%s> but it is <%s>; the %s has %s", name, value,
          actual.customProperties.get(name), actual.format, describe(actual.customProperties));
    }
    return this;
  }

  private static String describe(java.util.Map<String, String> properties) {
    return properties.isEmpty() ? "no custom properties" : "custom properties " + properties;
  }
}
