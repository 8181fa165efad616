package dev.docgen.benchmarks;

import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.api.spi.RenderOptions;
import dev.docgen.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Dense table pages: docgen's PDF renderer against the ceiling, raw PDFBox writing the same cell
 * text with the same subset-embedded font and no layout decisions. Both write 1,000 rows of 6
 * columns; divide by the page count (printed in setup) for pages per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfTableBenchmark {
  private static final int ROWS = 1000;
  private DocumentSpec spec;
  private List<String[]> cells;
  private final PdfRenderer renderer = new PdfRenderer();

  @Setup
  public void setUp() {
    Table.Builder t = Table.builder().column(Column.text("SKU")).column(Column.text("Name"))
        .column(Column.text("Category")).column(Column.of("On hand", ColumnType.INTEGER))
        .column(Column.currency("Unit cost", "EUR")).column(Column.of("Share", ColumnType.PERCENT));
    cells = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      t.row("SKU-" + (1000 + i), "Item " + i, "Category " + (i % 7), BigDecimal.valueOf(i * 7L % 500),
          new BigDecimal("12.50").add(BigDecimal.valueOf(i)), new BigDecimal("0.0125"));
      cells.add(new String[] {"SKU-" + (1000 + i), "Item " + i, "Category " + (i % 7), String.valueOf(i * 7 % 500),
          "€" + (12.5 + i), "1.3%"});
    }
    spec = DocumentSpec.builder(Metadata.of("Inventory", LocalDate.of(2026, 11, 28)))
        .section(Section.of("Inventory by SKU", t.build())).build();
  }

  @Benchmark
  public byte[] docgenDenseTable() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(spec, RenderOptions.at(Instant.parse("2026-11-28T09:00:00Z")), out);
    return out.toByteArray();
  }

  /** The ceiling: fixed column positions, one font, no wrapping, no fallback, no archive stamping. */
  @Benchmark
  public byte[] rawPdfboxDenseTable() throws IOException {
    try (PDDocument doc = new PDDocument(); InputStream font = PdfRenderer.class
        .getResourceAsStream("/dev/docgen/pdf/fonts/Carlito-Regular.ttf")) {
      // Same font handling as docgen: subset-embedded, ligature substitution off.
      org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
          .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font));
      ttf.setEnableGsub(false);
      PDType0Font carlito = PDType0Font.load(doc, ttf, true);
      float[] x = {71, 141, 221, 321, 391, 461};
      int row = 0;
      while (row < ROWS) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (float y = 770; y > 71 && row < ROWS; y -= 17, row++) {
            for (int c = 0; c < 6; c++) {
              cs.beginText();
              cs.setFont(carlito, 9.5f);
              cs.newLineAtOffset(x[c], y);
              cs.showText(cells.get(row)[c]);
              cs.endText();
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      ttf.close();
      return out.toByteArray();
    }
  }

  /** The HTML peer: the same rows as an HTML table, header repeated, banded, same embedded font. */
  @Benchmark
  public byte[] openhtmltopdfDenseTable() throws IOException {
    return Html.render(html);
  }

  private String html;

  @Setup
  public void setUpHtml() {
    StringBuilder b = new StringBuilder(Html.HEAD).append("<h1>Inventory by SKU</h1><table><thead><tr>");
    for (String h : new String[] {"SKU", "Name", "Category", "On hand", "Unit cost", "Share"}) {
      b.append("<th>").append(h).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (String[] row : cells) {
      b.append("<tr>");
      for (int c = 0; c < row.length; c++) {
        b.append(c >= 3 ? "<td class=\"n\">" : "<td>").append(Html.escape(row[c])).append("</td>");
      }
      b.append("</tr>");
    }
    html = b.append("</tbody></table></body></html>").toString();
  }

  /** Prints the page counts both benchmarks produce, for pages-per-second figures. */
  public static void main(String[] args) throws IOException {
    PdfTableBenchmark b = new PdfTableBenchmark();
    b.setUp();
    b.setUpHtml();
    try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(b.docgenDenseTable());
        PDDocument r = org.apache.pdfbox.Loader.loadPDF(b.rawPdfboxDenseTable());
        PDDocument h = org.apache.pdfbox.Loader.loadPDF(b.openhtmltopdfDenseTable())) {
      System.out.println("docgen pages=" + d.getNumberOfPages() + " raw pages=" + r.getNumberOfPages()
          + " openhtmltopdf pages=" + h.getNumberOfPages());
    }
    if (args.length > 0) {
      java.nio.file.Files.write(java.nio.file.Path.of(args[0], "dense-docgen.pdf"), b.docgenDenseTable());
      java.nio.file.Files.write(java.nio.file.Path.of(args[0], "dense-openhtmltopdf.pdf"), b.openhtmltopdfDenseTable());
    }
  }
}
