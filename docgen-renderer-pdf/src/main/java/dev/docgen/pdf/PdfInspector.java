package dev.docgen.pdf;

import dev.docgen.api.Finding;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Section;
import dev.docgen.api.spi.Inspection;
import dev.docgen.api.spi.OutputInspector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Re-opens a PDF with PDFBox and checks it: pages, the text, every section in the bookmark
 * outline, every font embedded, and glyphs the renderer could not draw. Table and chart counts
 * are read from the information keys DocgenTables and DocgenCharts, which the renderer writes:
 * an untagged PDF has no other reliable notion of a table.
 */
public final class PdfInspector implements OutputInspector {
  @Override
  public String id() {
    return "pdf";
  }

  @Override
  public Inspection inspect(byte[] bytes, DocumentSpec spec) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      List<Finding> findings = new ArrayList<>();
      List<String> headings = new ArrayList<>();
      if (doc.getDocumentCatalog().getDocumentOutline() != null) {
        collect(doc.getDocumentCatalog().getDocumentOutline(), headings);
      }
      for (Section s : spec.allSections()) {
        if (!headings.contains(s.title())) {
          findings.add(Finding.error("pdf.missing-heading", "section '" + s.title() + "' is not in the outline", s.title()));
        }
      }
      if (doc.getNumberOfPages() == 0) {
        findings.add(Finding.error("pdf.no-pages", "the PDF has no pages", ""));
      }
      checkFonts(doc, findings);
      String missing = doc.getDocumentInformation().getCustomMetadataValue("DocgenMissingGlyphs");
      if (missing != null && !missing.isBlank()) {
        findings.add(Finding.warning("pdf.missing-glyph", "no shipped font can draw " + missing + "; shown as '?'", ""));
      }
      BoundsStripper stripper = new BoundsStripper();
      String text = stripper.getText(doc);
      if (stripper.outside > 0) {
        findings.add(Finding.error("pdf.text-outside-page", stripper.outside
            + " characters lie outside the page box, first on page " + stripper.firstPage, "page " + stripper.firstPage));
      }
      return new Inspection(text, headings, count(doc, "DocgenTables"), count(doc, "DocgenCharts"),
          doc.getNumberOfPages(), findings);
    } catch (IOException | RuntimeException e) {
      return new Inspection("", List.of(), 0, 0, 0,
          List.of(Finding.error("pdf.unreadable", "PDFBox cannot open the file: " + e.getMessage(), "")));
    }
  }

  /** Extracts the text and counts glyphs whose position falls outside their page's media box. */
  private static final class BoundsStripper extends PDFTextStripper {
    int outside;
    int firstPage;

    BoundsStripper() throws IOException {}

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      float w = getCurrentPage().getMediaBox().getWidth();
      float h = getCurrentPage().getMediaBox().getHeight();
      for (TextPosition p : positions) {
        // The text matrix gives the glyph origin in user space, right for rotated text too
        // (the direction-adjusted coordinates are in the text's own rotated frame).
        float x = p.getTextMatrix().getTranslateX();
        float y = p.getTextMatrix().getTranslateY();
        if (x < -0.5f || x > w + 0.5f || y < -0.5f || y > h + 0.5f) {
          if (outside++ == 0) {
            firstPage = getCurrentPageNo();
          }
        }
      }
      super.writeString(text, positions);
    }
  }

  private static void collect(PDOutlineNode node, List<String> out) {
    for (PDOutlineItem item : node.children()) {
      out.add(item.getTitle());
      collect(item, out);
    }
  }

  private static void checkFonts(PDDocument doc, List<Finding> findings) throws IOException {
    int pageNo = 0;
    for (PDPage page : doc.getPages()) {
      pageNo++;
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        if (font != null && !font.isEmbedded()) {
          findings.add(Finding.error("pdf.font-not-embedded", "font " + font.getName() + " is not embedded",
              "page " + pageNo));
        }
      }
    }
  }

  private static int count(PDDocument doc, String key) {
    String v = doc.getDocumentInformation().getCustomMetadataValue(key);
    try {
      return v == null ? 0 : Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
