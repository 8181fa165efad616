package dev.docgen.benchmarks;

import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import dev.docgen.api.spi.RenderOptions;
import dev.docgen.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 50-page report: 10 sections, each with prose, 4 tables and a chart (40 tables, 10 charts),
 * contents and bookmarks. docgen against openhtmltopdf rendering the same text as HTML, with each
 * chart as a bar chart of CSS boxes (openhtmltopdf has no charts; its SVG plug-in needs Batik).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfReportBenchmark {
  private static final String[] REGIONS = {"North", "South", "East", "West", "Central", "Overseas"};
  private final PdfRenderer renderer = new PdfRenderer();
  private DocumentSpec spec;
  private String html;

  @Setup
  public void setUp() {
    DocumentSpec.Builder doc = DocumentSpec.builder(Metadata.of("Annual Operations Review 2026", LocalDate.of(2026, 11, 28)));
    StringBuilder h = new StringBuilder(Html.HEAD).append("<h1>Annual Operations Review 2026</h1>");
    String prose = "Revenue in this unit grew steadily through the year while costs stayed within the plan. "
        + "The table below lists each line item with its monthly figures, and the chart compares the regions. "
        + "Variances above five per cent are discussed with the owners in the monthly review. ";
    for (int s = 1; s <= 10; s++) {
      Section.Builder section = Section.builder("Business unit " + s);
      h.append("<h1>Business unit ").append(s).append("</h1>");
      section.add(Paragraph.of(prose + prose));
      h.append("<p>").append(prose).append(prose).append("</p>");
      for (int t = 1; t <= 4; t++) {
        Table.Builder table = Table.builder().caption("Unit " + s + ", table " + t)
            .column(Column.text("Line item")).column(Column.text("Region"))
            .column(Column.currency("Budget", "EUR")).column(Column.currency("Actual", "EUR"))
            .column(Column.of("Variance", ColumnType.PERCENT));
        h.append("<p><i>Unit ").append(s).append(", table ").append(t).append("</i></p><table><thead><tr>")
            .append("<th>Line item</th><th>Region</th><th>Budget</th><th>Actual</th><th>Variance</th></tr></thead><tbody>");
        for (int r = 0; r < 36; r++) {
          BigDecimal budget = BigDecimal.valueOf(10_000 + 137L * r * t + 1000L * s);
          BigDecimal actual = budget.add(BigDecimal.valueOf((r * 37L % 900) - 450));
          BigDecimal variance = actual.subtract(budget).divide(budget, 4, RoundingMode.HALF_UP);
          String item = "Line item " + s + "." + t + "." + r;
          String region = REGIONS[(r + t) % REGIONS.length];
          table.row(item, region, budget, actual, variance);
          h.append("<tr><td>").append(item).append("</td><td>").append(region).append("</td><td class=\"n\">€")
              .append(String.format(Locale.UK, "%,.2f", budget)).append("</td><td class=\"n\">€")
              .append(String.format(Locale.UK, "%,.2f", actual)).append("</td><td class=\"n\">")
              .append(String.format(Locale.UK, "%.1f%%", variance.doubleValue() * 100)).append("</td></tr>");
        }
        section.add(table.build());
        h.append("</tbody></table>");
      }
      List<BigDecimal> values = new ArrayList<>();
      h.append("<p><b>Revenue by region</b></p><table>");
      for (int r = 0; r < REGIONS.length; r++) {
        values.add(BigDecimal.valueOf(200 + 53L * ((r + s) % 6)));
        h.append("<tr><td style=\"width:20%\">").append(REGIONS[r]).append("</td><td><div class=\"bar\" style=\"width:")
            .append(values.get(r).intValue() / 5).append("%\"></div></td></tr>");
      }
      h.append("</table>");
      section.add(new Chart(ChartType.values()[s % 3], "Revenue by region", List.of(REGIONS),
          List.of(new Series("Revenue", values)), "Region", "EUR k"));
      doc.section(section.build());
    }
    spec = doc.build();
    html = h.append("</body></html>").toString();
  }

  @Benchmark
  public byte[] docgenReport() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(spec, RenderOptions.at(Instant.parse("2026-11-28T09:00:00Z")), out);
    return out.toByteArray();
  }

  @Benchmark
  public byte[] openhtmltopdfReport() throws IOException {
    return Html.render(html);
  }

  /** Prints both page counts; with a directory argument, writes both PDFs there to look at. */
  public static void main(String[] args) throws IOException {
    PdfReportBenchmark b = new PdfReportBenchmark();
    b.setUp();
    byte[] docgen = b.docgenReport();
    byte[] peer = b.openhtmltopdfReport();
    try (var d = org.apache.pdfbox.Loader.loadPDF(docgen); var p = org.apache.pdfbox.Loader.loadPDF(peer)) {
      System.out.println("docgen pages=" + d.getNumberOfPages() + " openhtmltopdf pages=" + p.getNumberOfPages());
    }
    if (args.length > 0) {
      java.nio.file.Files.write(java.nio.file.Path.of(args[0], "report-docgen.pdf"), docgen);
      java.nio.file.Files.write(java.nio.file.Path.of(args[0], "report-openhtmltopdf.pdf"), peer);
    }
  }
}
