package dev.docgen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docgen.api.Finding;
import dev.docgen.api.RenderException;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.TextRun;
import dev.docgen.api.spi.Inspection;
import dev.docgen.api.spi.RenderOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class PdfRendererTest {
  private static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");
  private final PdfRenderer renderer = new PdfRenderer();

  @BeforeAll
  static void initVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  static DocumentSpec report(String locale) {
    Table.Builder t = Table.builder().caption("Revenue by month")
        .column(Column.text("Month")).column(Column.currency("Revenue", "EUR")).column(Column.of("Share", ColumnType.PERCENT));
    for (int i = 1; i <= 80; i++) {
      t.row("Month " + i, new BigDecimal("1234.50").multiply(BigDecimal.valueOf(i)), new BigDecimal("0.0125"));
    }
    t.totals("Total", new BigDecimal("3999780.00"), BigDecimal.ONE);
    Metadata meta = new Metadata("Quarterly Report — Q3 2026", "1 July – 30 September 2026", "Finance",
        LocalDate.of(2026, 11, 28), locale, List.of("sales"), "Sales", "sales-report");
    return DocumentSpec.builder(meta)
        .section(Section.builder("Executive Summary")
            .add(Callout.of(Callout.Kind.SUMMARY, "Key figures", "Revenue rose **23.0%**; see [[owner]]."))
            .add(Paragraph.of(TextRun.plain("Details at "), TextRun.link("docgen.dev", "https://docgen.dev"),
                TextRun.plain(". Ελληνικά, Русский, 中文数据, and a private-use \uE000.")))
            .build())
        .section(Section.of("Revenue", t.build(), new Chart(ChartType.BAR, "Revenue by region",
            List.of("North", "South"), List.of(new Series("Revenue", List.of(BigDecimal.TEN, BigDecimal.ONE))), "", "")))
        .section(Section.of("Plan", BulletList.of("First", "Second"), NumberedList.of("One", "Two")))
        .section(new Section("Details", 1, List.of(new KeyValue("", List.of(new KeyValue.Entry("Owner", "Finance")))),
            List.of(Section.builder("Notes").level(2).paragraph("Nested section.").build())))
        .build();
  }

  private byte[] render(DocumentSpec spec) throws Exception {
    return render(spec, RenderOptions.at(CREATED));
  }

  private byte[] render(DocumentSpec spec, RenderOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(spec, options, out);
    return out.toByteArray();
  }

  private static final RenderOptions PROVENANCE = RenderOptions.at(CREATED)
      .withProperties(Map.of("docgen.model", "gpt-test", "docgen.promptHash", "abc123", "docgen.note", "Zürich (1/2) 数据"));

  private static List<String> pdfaFailures(byte[] pdf) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + " " + a.getMessage()).distinct().toList();
    }
  }

  @Test
  void writes_render_options_properties_as_custom_information_entries() throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(report("en-GB"), PROVENANCE))) {
      var info = doc.getDocumentInformation();
      assertThat(info.getCustomMetadataValue("docgen.model")).isEqualTo("gpt-test");
      assertThat(info.getCustomMetadataValue("docgen.promptHash")).isEqualTo("abc123");
      assertThat(info.getCustomMetadataValue("docgen.note")).isEqualTo("Zürich (1/2) 数据");
      assertThat(info.getTitle()).isEqualTo("Quarterly Report — Q3 2026");
      assertThat(info.getCustomMetadataValue("DocgenTables")).isEqualTo("1");
    }
  }

  @Test
  void draws_the_no_break_spaces_of_french_and_german_amounts() throws Exception {
    String amounts = "Total : 1\u202f740,00\u00a0€ — Gesamtbetrag 12.800,00\u00a0€";
    DocumentSpec spec = DocumentSpec.builder(new Metadata("Devis\u00a0n° 12", "", "", LocalDate.of(2026, 11, 28),
        "fr-FR", List.of(), "", "")).section(new Section("Montant", 1, List.of(Paragraph.markup(amounts)), List.of()))
        .build();
    try (PDDocument doc = Loader.loadPDF(render(spec))) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("1 740,00 €").contains("12.800,00 €").contains("Devis n° 12");
    }
  }

  @Test
  void same_spec_and_properties_give_identical_bytes() throws Exception {
    byte[] first = render(report("en-GB"), PROVENANCE);
    assertThat(render(report("en-GB"), RenderOptions.at(CREATED).withProperties(Map.copyOf(PROVENANCE.properties()))))
        .isEqualTo(first);
    assertThat(first).isNotEqualTo(render(report("en-GB")));
  }

  @Test
  void a_report_with_custom_properties_stays_pdfa_2b_compliant() throws Exception {
    assertThat(pdfaFailures(render(report("en-GB"), PROVENANCE))).isEmpty();
  }

  @Test
  void a_custom_property_cannot_replace_a_standard_information_entry() {
    for (String reserved : List.of("Title", "Producer", "DocgenCharts", " ")) {
      assertThatThrownBy(() -> render(report("en-GB"), RenderOptions.at(CREATED).withProperties(Map.of(reserved, "x"))))
          .isInstanceOf(RenderException.class).hasMessageContaining("property");
    }
  }

  @Test
  void every_page_has_a_page_x_of_y_footer_and_a_long_table_repeats_its_header() throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(report("en-GB")))) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(2);
      PDFTextStripper stripper = new PDFTextStripper();
      int tablePages = 0;
      for (int p = 1; p <= pages; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String text = stripper.getText(doc);
        assertThat(text).contains("Page " + p + " of " + pages);
        if (text.matches("(?s).*Month \\d+.*")) {
          tablePages++;
          assertThat(text).as("header on page " + p).containsPattern("Month\\s+Revenue\\s+Share");
        }
      }
      assertThat(tablePages).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void outline_mirrors_the_headings_and_the_contents_lists_pages() throws Exception {
    byte[] pdf = render(report("en-GB"));
    Inspection inspection = new PdfInspector().inspect(pdf, report("en-GB"));
    assertThat(inspection.headings()).containsExactly("Executive Summary", "Revenue", "Plan", "Details", "Notes");
    assertThat(inspection.tables()).isEqualTo(1);
    assertThat(inspection.charts()).isEqualTo(1);
    assertThat(inspection.text()).contains("Contents").containsPattern("Executive Summary\\s*\\.+\\s*1");
    assertThat(inspection.findings()).extracting(Finding::severity).doesNotContain(Finding.Severity.ERROR);
  }

  @Test
  void a_character_no_font_has_is_reported_not_dropped() throws Exception {
    Inspection inspection = new PdfInspector().inspect(render(report("en-GB")), report("en-GB"));
    assertThat(inspection.findings()).anyMatch(f -> f.code().equals("pdf.missing-glyph") && f.message().contains("U+E000"));
    assertThat(inspection.text()).contains("Ελληνικά", "Русский", "中文数据");
  }

  @Test
  void links_are_clickable() throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(report("en-GB")))) {
      assertThat(doc.getPage(0).getAnnotations()).anyMatch(a -> a instanceof PDAnnotationLink);
    }
  }

  @Test
  void page_size_follows_the_locale() throws Exception {
    try (PDDocument gb = Loader.loadPDF(render(report("en-GB"))); PDDocument us = Loader.loadPDF(render(report("en-US")))) {
      PDPage a4 = gb.getPage(0);
      PDPage letter = us.getPage(0);
      assertThat(a4.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(letter.getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
    }
  }

  @Test
  void same_spec_and_instant_give_identical_bytes() throws Exception {
    assertThat(render(report("en-GB"))).isEqualTo(render(report("en-GB")));
  }

  @Test
  void a_full_report_is_pdfa_2b_compliant_with_every_font_embedded_as_a_subset() throws Exception {
    byte[] pdf = render(report("en-GB"));
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      assertThat(result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + " " + a.getMessage()).distinct().toList()).isEmpty();
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (var name : doc.getPage(0).getResources().getFontNames()) {
        var font = doc.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).isTrue();
        assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
      }
    }
  }

  @Test
  void text_drawn_off_the_page_is_an_error() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(PDRectangle.A4.getWidth() - 20, 400);
        cs.showText("overflowing text");
        cs.endText();
      }
      doc.save(out);
      pdf = out.toByteArray();
    }
    DocumentSpec empty = DocumentSpec.builder(Metadata.of("T", LocalDate.of(2026, 11, 28))).build();
    assertThat(new PdfInspector().inspect(pdf, empty).findings()).anyMatch(f -> f.code().equals("pdf.text-outside-page"));
    assertThat(new PdfInspector().inspect(render(report("en-GB")), report("en-GB")).findings())
        .noneMatch(f -> f.code().equals("pdf.text-outside-page"));
  }

  @Test
  void garbage_bytes_are_an_error_finding_not_an_exception() {
    Inspection inspection = new PdfInspector().inspect(new byte[] {1, 2, 3}, report("en-GB"));
    assertThat(inspection.findings()).anyMatch(f -> f.code().equals("pdf.unreadable"));
  }
}
