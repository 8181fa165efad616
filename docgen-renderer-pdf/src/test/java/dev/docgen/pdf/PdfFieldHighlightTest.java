package dev.docgen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.api.spi.RenderOptions;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** A field the author must fill, "[owner]", is highlighted in a table cell as it is in the body. */
class PdfFieldHighlightTest {
  /** The highlight's colour, as PDFBox reads it back: 0xFFF29E. */
  private static final float[] HIGHLIGHT = {1f, 0xF2 / 255f, 0x9E / 255f};

  @Test
  void a_field_in_a_table_cell_sits_on_a_highlight_and_plain_cells_do_not() throws Exception {
    Table tasks = Table.builder().column("Task", ColumnType.TEXT).column("Owner", ColumnType.TEXT)
        .row("PPE fitting", "[owner]").row("Payroll forms", "HR").build();
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Onboarding", LocalDate.of(2026, 11, 28)))
        .section(new Section("First Week", 1, List.of(tasks), List.of())).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(spec, RenderOptions.at(Instant.parse("2026-11-28T09:00:00Z")), out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      List<Rectangle2D> highlights = highlights(doc.getPage(0));
      assertThat(highlights).hasSize(1);
      List<TextPosition> field = positions(doc, "[owner]");
      List<TextPosition> plain = positions(doc, "HR");
      float height = doc.getPage(0).getMediaBox().getHeight();
      // Text positions run top-down, the content stream bottom-up.
      Point2D middle = new Point2D.Double(field.get(3).getX(), height - field.get(3).getY() + 2);
      assertThat(highlights.get(0).contains(middle)).isTrue();
      Point2D hr = new Point2D.Double(plain.get(0).getX(), height - plain.get(0).getY() + 2);
      assertThat(highlights.get(0).contains(hr)).isFalse();
    }
  }

  @Test
  void a_field_in_a_details_block_is_highlighted_and_a_given_value_is_not() throws Exception {
    KeyValue details = new KeyValue("", List.of(new KeyValue.Entry("Customer", "[customer]"),
        new KeyValue.Entry("Contact", "Ms Sophie Grant")));
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Quotation", LocalDate.of(2026, 11, 28)))
        .section(new Section("Details", 1, List.of(details), List.of())).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(spec, RenderOptions.at(Instant.parse("2026-11-28T09:00:00Z")), out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      List<Rectangle2D> highlights = highlights(doc.getPage(0));
      assertThat(highlights).hasSize(1);
      float height = doc.getPage(0).getMediaBox().getHeight();
      TextPosition c = positions(doc, "[customer]").get(3);
      TextPosition d = positions(doc, "Ms Sophie Grant").get(3);
      assertThat(highlights.get(0).contains(new Point2D.Double(c.getX(), height - c.getY() + 2))).isTrue();
      assertThat(highlights.get(0).contains(new Point2D.Double(d.getX(), height - d.getY() + 2))).isFalse();
    }
  }

  private static List<TextPosition> positions(PDDocument doc, String word) throws IOException {
    List<List<TextPosition>> found = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        int at = text.indexOf(word);
        if (at >= 0) {
          found.add(positions.subList(at, at + word.length()));
        }
      }
    };
    stripper.getText(doc);
    assertThat(found).as("'%s' on the page", word).isNotEmpty();
    return found.get(0);
  }

  /** The rectangles filled in the highlight colour. */
  private static List<Rectangle2D> highlights(PDPage page) throws IOException {
    List<Rectangle2D> out = new ArrayList<>();
    new PDFGraphicsStreamEngine(page) {
      private final List<Rectangle2D> path = new ArrayList<>();

      @Override
      public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.add(new Rectangle2D.Double(Math.min(p0.getX(), p2.getX()), Math.min(p0.getY(), p2.getY()),
            Math.abs(p2.getX() - p0.getX()), Math.abs(p2.getY() - p0.getY())));
      }

      @Override
      public void fillPath(int windingRule) throws IOException {
        float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
        if (rgb.length == 3 && Math.abs(rgb[0] - HIGHLIGHT[0]) < 0.01 && Math.abs(rgb[1] - HIGHLIGHT[1]) < 0.01
            && Math.abs(rgb[2] - HIGHLIGHT[2]) < 0.01) {
          out.addAll(path);
        }
        path.clear();
      }

      @Override public void drawImage(PDImage pdImage) {}
      @Override public void clip(int windingRule) {}
      @Override public void moveTo(float x, float y) {}
      @Override public void lineTo(float x, float y) {}
      @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}
      @Override public Point2D getCurrentPoint() {
        return new Point2D.Float();
      }
      @Override public void closePath() {}
      @Override public void endPath() {
        path.clear();
      }
      @Override public void strokePath() {
        path.clear();
      }
      @Override public void fillAndStrokePath(int windingRule) throws IOException {
        fillPath(windingRule);
      }
      @Override public void shadingFill(COSName shadingName) {}
    }.processPage(page);
    return out;
  }
}
