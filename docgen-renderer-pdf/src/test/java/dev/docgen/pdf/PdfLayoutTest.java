package dev.docgen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Finding;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Image;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.PageOrientation;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.api.spi.Inspection;
import dev.docgen.api.spi.RenderOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page geometry: wide tables, orientation, right-to-left scripts, images and big documents. */
class PdfLayoutTest {
  private static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");
  private static final LocalDate DATE = LocalDate.of(2026, 11, 28);

  static byte[] render(DocumentSpec spec) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(spec, RenderOptions.at(CREATED), out);
    return out.toByteArray();
  }

  static Table wideTable(int columns, int rows) {
    Table.Builder t = Table.builder().caption("Regional KPIs");
    t.column(Column.text("Region name"));
    for (int c = 1; c < columns; c++) {
      t.column(Column.currency("Revenue" + c, "EUR"));
    }
    for (int r = 0; r < rows; r++) {
      List<Object> row = new ArrayList<>();
      row.add("Region " + r);
      for (int c = 1; c < columns; c++) {
        row.add(new BigDecimal("1234567.89").add(BigDecimal.valueOf(r * c)));
      }
      t.row(row.toArray());
    }
    return t.build();
  }

  private static boolean landscape(PDPage page) {
    return page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
  }

  @Test
  void a_table_too_wide_for_portrait_gets_landscape_pages_and_the_text_after_it_returns_to_portrait()
      throws Exception {
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Wide table", DATE))
        .section(Section.builder("Before").paragraph("Portrait text before the table.").build())
        .section(Section.of("Figures", wideTable(12, 60)))
        .section(Section.builder("After").paragraph("Portrait text after the table.").build())
        .build();
    byte[] pdf = render(spec);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Boolean> orientation = new ArrayList<>();
      doc.getPages().forEach(p -> orientation.add(landscape(p)));
      assertThat(orientation.get(0)).isFalse();
      assertThat(orientation.get(orientation.size() - 1)).isFalse();
      assertThat(orientation).contains(true);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String text = stripper.getText(doc);
        if (text.contains("Region 1")) {
          assertThat(orientation.get(p - 1)).as("table page %d is landscape", p).isTrue();
          assertThat(text).as("every column header on page %d", p).contains("Revenue1", "Revenue11");
        }
        if (text.contains("Figures")) {
          assertThat(orientation.get(p - 1)).as("the heading stays with its table").isTrue();
        }
        if (text.contains("Portrait text after")) {
          assertThat(orientation.get(p - 1)).isFalse();
        }
      }
    }
    Inspection inspection = new PdfInspector().inspect(pdf, spec);
    assertThat(inspection.findings()).extracting(Finding::code).doesNotContain("pdf.text-outside-page");
    assertThat(inspection.text()).contains("1,234,567.89", "1,234,626.89");
  }

  @Test
  void a_landscape_document_has_only_landscape_pages() throws Exception {
    Metadata meta = Metadata.of("Landscape", DATE).withOrientation(PageOrientation.LANDSCAPE);
    DocumentSpec spec = DocumentSpec.builder(meta)
        .section(Section.of("Figures", wideTable(8, 80))).build();
    try (PDDocument doc = Loader.loadPDF(render(spec))) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      doc.getPages().forEach(p -> assertThat(landscape(p)).isTrue());
    }
  }

  @Test
  void arabic_and_hebrew_are_shaped_and_extract_as_words() throws Exception {
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Scripts", DATE))
        .section(Section.builder("Right to left")
            .paragraph("العربية: تقرير المبيعات الربعي")
            .paragraph("עברית: דוח מכירות רבעוני")
            .paragraph("中文：季度销售报告。日本語：四半期売上報告。한국어: 분기별 매출 보고서")
            .build())
        .build();
    byte[] pdf = render(spec);
    Inspection inspection = new PdfInspector().inspect(pdf, spec);
    assertThat(inspection.findings()).extracting(Finding::code).doesNotContain("pdf.missing-glyph");
    String text = inspection.text();
    assertThat(text).contains("דוח", "מכירות", "季度销售报告", "四半期売上報告", "분기별");
    // Arabic is drawn as contextual presentation forms; the ToUnicode map gives back the letters.
    assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)).contains("المبيعات");
  }

  @Test
  void a_hebrew_or_arabic_name_in_a_latin_line_is_drawn_right_to_left_joined_and_within_the_margin()
      throws Exception {
    String title = "Board Minutes — שלום כהן (Tel Aviv)";
    String report = "Report for مريم الحسن (Dubai)";
    DocumentSpec spec = DocumentSpec.builder(Metadata.of(title, DATE))
        .section(Section.builder("Attendance")
            .paragraph(report)
            .paragraph((report + ", ").repeat(12).strip())
            .build())
        .build();
    byte[] pdf = render(spec);
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        glyphs.add(text);
        super.processTextPosition(text);
      }
    };
    String text;
    float right;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFKC);
      right = doc.getPage(0).getMediaBox().getWidth() - 72f / 2.54f * 2.5f;
    }
    // PDFTextStripper turns right-to-left text drawn in visual order back into logical order.
    assertThat(text).contains(title, report);
    for (TextPosition g : glyphs) {
      assertThat(g.getXDirAdj() + g.getWidthDirAdj()).as("right edge of %s", g.getUnicode())
          .isLessThanOrEqualTo(right + 0.5f);
    }
    // Joined Arabic is narrower than isolated letters: drawn as measured, it stops before "(Dubai)".
    float reportY = glyphs.stream().filter(g -> g.getUnicode().equals("R")).findFirst().orElseThrow().getYDirAdj();
    List<TextPosition> line = glyphs.stream().filter(g -> g.getYDirAdj() == reportY).toList();
    float arabicEnd = (float) line.stream()
        .filter(g -> Character.UnicodeScript.of(g.getUnicode().codePointAt(0)) == Character.UnicodeScript.ARABIC)
        .mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow();
    float parenthesis = line.stream().filter(g -> g.getUnicode().equals("(")).findFirst().orElseThrow().getXDirAdj();
    assertThat(arabicEnd).isLessThan(parenthesis);
    assertThat(line.stream().filter(g -> g.getUnicode().codePointAt(0) >= 0xFE70).count())
        .as("Arabic drawn as joined presentation forms").isGreaterThan(0);
  }

  @Test
  void an_image_is_scaled_to_the_text_width_and_carries_its_alt_text() throws Exception {
    BufferedImage img = new BufferedImage(2400, 600, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(img, "png", png);
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Image", DATE))
        .section(Section.of("Logo", new Image(png.toByteArray(), "image/png", "Company logo, blue", "The logo", 0)))
        .build();
    byte[] pdf = render(spec);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage page = doc.getPage(0);
      String raw;
      try (var in = page.getContents()) {
        raw = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
      }
      var m = java.util.regex.Pattern.compile("/Span /(\\w+) BDC\\s+(?:q\\s+)?[-\\d. ]+cm\\s+/(\\w+) Do").matcher(raw);
      assertThat(m.find()).as(raw).isTrue();
      var props = page.getResources().getProperties(org.apache.pdfbox.cos.COSName.getPDFName(m.group(1)));
      assertThat(props.getCOSObject().getString(org.apache.pdfbox.cos.COSName.ALT)).isEqualTo("Company logo, blue");
      var image = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject)
          page.getResources().getXObject(org.apache.pdfbox.cos.COSName.getPDFName(m.group(2)));
      assertThat(image.getWidth()).isEqualTo(2400);
      var cm = java.util.regex.Pattern.compile("([-\\d.]+) 0 0 ([-\\d.]+) ([-\\d.]+) ([-\\d.]+) cm\\s+/" + m.group(2) + " Do")
          .matcher(raw);
      assertThat(cm.find()).isTrue();
      float width = Float.parseFloat(cm.group(1));
      float textWidth = page.getMediaBox().getWidth() - 2 * 72f / 2.54f * 2.5f;
      assertThat(width).as("scaled down to the text width").isCloseTo(textWidth, org.assertj.core.data.Offset.offset(1f));
      assertThat(Float.parseFloat(cm.group(2))).isCloseTo(width / 4, org.assertj.core.data.Offset.offset(1f));
    }
    assertThat(new PdfInspector().inspect(pdf, spec).findings()).extracting(Finding::severity)
        .doesNotContain(Finding.Severity.ERROR);
  }

  /** The 200-page document renders in a child JVM with a 64 MB heap. */
  @Test
  void a_200_page_document_renders_in_bounded_memory(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("big.pdf");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", System.getProperty("java.class.path"), BigDocument.class.getName(), out.toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(200);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(doc.getNumberOfPages());
      stripper.setEndPage(doc.getNumberOfPages());
      assertThat(stripper.getText(doc)).contains("Page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages());
    }
    assertThat(Files.size(out)).isGreaterThan(100_000);
  }

  /** Child-process entry point for the bounded-memory test. */
  public static final class BigDocument {
    public static void main(String[] args) throws Exception {
      DocumentSpec.Builder b = DocumentSpec.builder(Metadata.of("Two hundred pages", DATE));
      for (int s = 1; s <= 20; s++) {
        Section.Builder section = Section.builder("Part " + s);
        section.add(Paragraph.of("Part " + s + " lists every order line of the period, one row per line."));
        section.add(PdfTableBenchmarkData.table(360, s));
        b.section(section.build());
      }
      try (var os = Files.newOutputStream(Path.of(args[0]))) {
        new PdfRenderer().render(b.build(), RenderOptions.at(CREATED), os);
      }
    }
  }

  /** Dense order lines. */
  static final class PdfTableBenchmarkData {
    static Table table(int rows, int seed) {
      Table.Builder t = Table.builder()
          .column(Column.text("SKU")).column(Column.text("Product")).column(Column.text("Category"))
          .column(Column.of("Units", dev.docgen.api.model.ColumnType.INTEGER))
          .column(Column.currency("Amount", "EUR")).column(Column.of("Share", dev.docgen.api.model.ColumnType.PERCENT));
      for (int r = 0; r < rows; r++) {
        t.row("SKU-" + seed + "-" + r, "Product " + (r * 7 % 97), "Category " + (r % 9), BigDecimal.valueOf(r % 50 + 1),
            new BigDecimal("19.99").multiply(BigDecimal.valueOf(r % 50 + 1)), new BigDecimal("0.0" + (r % 9 + 1)));
      }
      return t.build();
    }
  }

  private static List<String> titleLines(String title) throws Exception {
    DocumentSpec spec = DocumentSpec.builder(Metadata.of(title, DATE))
        .section(new Section("Summary", 1, List.of(Paragraph.of("Body text.")), List.of())).build();
    try (PDDocument doc = Loader.loadPDF(render(spec))) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(1);
      List<String> lines = new ArrayList<>();
      for (String line : stripper.getText(doc).split("\\R")) {
        if (line.isBlank() || line.startsWith("28 November 2026")) {
          break;
        }
        lines.add(line.strip());
      }
      return lines;
    }
  }

  @Test
  void a_title_of_two_lines_breaks_after_its_colon_or_near_its_middle_never_leaving_one_word() throws Exception {
    assertThat(titleLines("Project Proposal: 12-month pilot of a four-day week"))
        .containsExactly("Project Proposal:", "12-month pilot of a four-day week");
    List<String> balanced = titleLines("Quarterly maintenance summary for the Northfield distribution centre fleet");
    assertThat(balanced).hasSize(2);
    assertThat(balanced.get(1).split(" ")).hasSizeGreaterThan(2);
    assertThat(String.join(" ", balanced)).isEqualTo("Quarterly maintenance summary for the Northfield distribution centre fleet");
  }

  @Test
  void a_heading_is_never_left_at_the_foot_of_a_page_with_its_chart_on_the_next() throws Exception {
    Section.Builder filler = Section.builder("Before");
    for (int i = 0; i < 24; i++) {
      filler.paragraph("A paragraph that takes its line and a little more, to bring the page near its end. " + i);
    }
    dev.docgen.api.model.Chart chart = new dev.docgen.api.model.Chart(dev.docgen.api.model.ChartType.BAR,
        "Revenue by region", List.of("West", "East"), List.of(new dev.docgen.api.model.Series("Revenue",
            List.of(new BigDecimal("512341.89"), new BigDecimal("415812.46")))), "Region", "Revenue");
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Figures at the foot", DATE)).section(filler.build())
        .section(Section.of("Figures", chart)).build();
    try (PDDocument doc = Loader.loadPDF(render(spec))) {
      int headingPage = -1;
      int chartPage = -1;
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(p);
        text.setEndPage(p);
        String page = text.getText(doc);
        if (page.lines().anyMatch(l -> l.strip().equals("Figures"))) {
          headingPage = p;
        }
        if (page.contains("Revenue by region")) {
          chartPage = p;
        }
      }
      assertThat(headingPage).as("the heading is drawn").isPositive();
      assertThat(chartPage).as("the chart is on the heading's page").isEqualTo(headingPage);
    }
  }
}
