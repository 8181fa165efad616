package dev.docgen.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.model.Metadata;
import dev.docgen.pdf.internal.FontSet.Face;
import dev.docgen.pdf.internal.FontSet.FontRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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

/** A page written with the shipped fonts and stamped by PdfArchive passes veraPDF's PDF/A-2b checks. */
class PdfArchiveTest {
  private static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");

  @BeforeAll
  static void initVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private static byte[] page(String text) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      FontSet fonts = new FontSet(doc);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.newLineAtOffset(72, 760);
        for (FontRun run : fonts.runs(text, Face.REGULAR)) {
          cs.setFont(run.font(), 12);
          cs.showText(run.text());
        }
        cs.endText();
      }
      Metadata meta = new Metadata("Archive test", "", "", LocalDate.of(2026, 11, 28), "en-GB",
          List.of("pdf/a"), "Conformance", "report");
      PdfArchive.apply(doc, meta, CREATED);
      PdfArchive.identify(doc, text);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void a_stamped_page_with_fallback_fonts_is_pdfa_2b_compliant() throws Exception {
    byte[] pdf = page("Zürich – São Paulo «Ωmega» Привет 数据");
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failures = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + " " + a.getMessage()).distinct().toList();
      assertThat(failures).isEmpty();
      assertThat(result.isCompliant()).isTrue();
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Zürich", "São Paulo", "Привет", "数据");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Archive test");
    }
  }

  @Test
  void the_validator_rejects_a_page_without_the_archive_stamp() throws Exception {
    byte[] plain;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage(PDRectangle.A4));
      doc.save(out);
      plain = out.toByteArray();
    }
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(plain), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      assertThat(validator.validate(parser).isCompliant()).isFalse();
    }
  }

  @Test
  void the_same_content_and_instant_give_the_same_bytes() throws Exception {
    assertThat(page("Same text")).isEqualTo(page("Same text"));
  }
}
