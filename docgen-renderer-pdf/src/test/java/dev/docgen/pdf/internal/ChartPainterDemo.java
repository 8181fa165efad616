package dev.docgen.pdf.internal;

import static dev.docgen.pdf.internal.ChartPainterTest.chart;
import static dev.docgen.pdf.internal.ChartPainterTest.font;
import static dev.docgen.pdf.internal.ChartPainterTest.series;

import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Theme;
import java.io.File;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Throwaway: writes a PDF with sample charts for eyeballing ({@code java ... ChartPainterDemo out.pdf}). */
final class ChartPainterDemo {
  public static void main(String[] args) throws Exception {
    List<List<Chart>> pages = List.of(
        List.of(
            new Chart(ChartType.BAR, "Quarterly revenue by region (EUR)", List.of("Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"),
                List.of(series("North", 1.25e6, 1.4e6, 1.1e6, 1.62e6), series("South", 0.9e6, 1.05e6, 1.3e6, 1.2e6),
                    series("West", 0.4e6, 0.65e6, 0.72e6, 0.95e6)), "Quarter", "Revenue"),
            new Chart(ChartType.LINE, "Monthly active users", List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
                List.of(series("Web", 1200, 1800, 1500, 2100, 2500, 2300, 2900, 3100, 2800, 3300, 3600, 4100),
                    series("iOS", 800, 950, 1300, 1700, 1650, 1900, 2200, 2150, 2500, 2600, 2900, 3050)), "", "Users"),
            chart(ChartType.PIE, "Market share 2024", List.of("Alpha Corp", "Beta Ltd", "Gamma", "Delta", "Others", "Tiny"),
                series("Share", 38, 24, 17, 11, 8.5, 0.7))),
        List.of(
            chart(ChartType.BAR, "Profit and loss by business unit with a rather long title that will not fit in one line",
                List.of("Consumer electronics and accessories", "Industrial automation", "Healthcare solutions", "Financial services", "Other"),
                series("Profit", 120.5, -45.25, 80, -12, 5)),
            chart(ChartType.BAR, "Six series, eight categories", List.of("A", "B", "C", "D", "E", "F", "G", "H"),
                java.util.stream.IntStream.range(0, 6).mapToObj(i -> series("Series number " + (i + 1),
                    3 + i, 5 - i * 0.5, 2 + i, 7, 4 + i * 0.3, 6 - i, 1 + i, 3)).toArray(Series[]::new)),
            chart(ChartType.LINE, "Daily readings", java.util.stream.IntStream.range(0, 60).mapToObj(i -> "2024-03-" + (i + 1)).toList(),
                series("Sensor", java.util.stream.IntStream.range(0, 60).mapToDouble(i -> 0.02 + 0.015 * Math.sin(i / 5.0)).toArray()))));
    try (PDDocument doc = new PDDocument()) {
      var regular = font(doc, "Carlito-Regular.ttf");
      var bold = font(doc, "Carlito-Bold.ttf");
      ChartPainter painter = new ChartPainter(regular, bold, Theme.DEFAULT);
      for (List<Chart> charts : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float w = 451;
          float h = ChartPainter.preferredHeight(w);
          float top = 842 - 60;
          for (Chart c : charts) {
            top -= h;
            cs.setStrokingColor(0.9f, 0.2f, 0.2f);
            cs.setLineWidth(0.25f);
            cs.addRect(72, top, w, h);
            cs.stroke();
            painter.paint(cs, c, 72, top, w, h);
            top -= 24;
          }
        }
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      List<Chart> edges = ChartPainterTest.edgeCases().toList();
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float w = 215;
        float h = ChartPainter.preferredHeight(w);
        for (int i = 0; i < edges.size(); i++) {
          float x = 72 + (i % 2) * (w + 21);
          float y = 842 - 40 - (i / 2 + 1) * (h + 8);
          cs.setStrokingColor(0.9f, 0.2f, 0.2f);
          cs.setLineWidth(0.25f);
          cs.addRect(x, y, w, h);
          cs.stroke();
          painter.paint(cs, edges.get(i), x, y, w, h);
        }
      }
      doc.save(new File(args.length > 0 ? args[0] : "/tmp/charts/demo.pdf"));
    }
  }
}
