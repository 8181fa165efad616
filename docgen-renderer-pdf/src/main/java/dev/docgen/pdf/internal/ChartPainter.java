package dev.docgen.pdf.internal;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Theme;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Draws a Chart as vector graphics into a box on a page. */
final class ChartPainter {
  static final Color TEXT = new Color(0x333333);
  private static final float TITLE_SIZE = 11f;
  private static final float PAD = 2f;
  private static final float SECTION_GAP = 8f;

  private final PDFont regular;
  private final PDFont bold;
  private final List<Color> palette;
  private final ChartText text = new ChartText();

  ChartPainter(PDFont regular, PDFont bold, Theme theme) {
    this.regular = requireNonNull(regular, "regular");
    this.bold = requireNonNull(bold, "bold");
    List<Color> colors = new ArrayList<>();
    for (String hex : requireNonNull(theme, "theme").chartPalette()) {
      colors.add(new Color(Integer.parseInt(hex, 16)));
    }
    this.palette = List.copyOf(colors);
  }

  /** Preferred height in points for a chart drawn {@code width} points wide. */
  static float preferredHeight(float width) {
    return Math.max(0, width * 0.5f);
  }

  /** Paints {@code chart} inside the box whose lower-left corner is (x, y); never draws outside it. */
  void paint(PDPageContentStream cs, Chart chart, float x, float y, float width, float height)
      throws IOException {
    requireNonNull(chart, "chart");
    if (!(width > 2 * PAD && height > 2 * PAD) || !Float.isFinite(x) || !Float.isFinite(y)
        || !Float.isFinite(width) || !Float.isFinite(height)) {
      return;
    }
    cs.saveGraphicsState();
    try {
      cs.addRect(x, y, width, height);
      cs.clip();
      float left = x + PAD;
      float innerWidth = width - 2 * PAD;
      float top = paintTitle(cs, chart.title(), left, y + height - PAD, innerWidth);
      float bottom = y + PAD;
      ChartLegend legend = legendFor(chart, innerWidth, height);
      if (legend.height() > 0) {
        legend.paint(cs, left, bottom + legend.height(), innerWidth);
        bottom += legend.height() + SECTION_GAP;
      }
      if (top - bottom > 10) {
        if (chart.chartType() == ChartType.PIE) {
          new ChartPie(regular, bold, palette).paint(cs, chart, left, bottom, innerWidth, top - bottom);
        } else {
          new ChartCartesian(text, regular, palette).paint(cs, chart, left, bottom, innerWidth,
              top - bottom);
        }
      }
    } finally {
      cs.restoreGraphicsState();
    }
  }

  /** Paints the title left-aligned at the top; returns the top of the space left below it. */
  private float paintTitle(PDPageContentStream cs, String title, float left, float top, float width)
      throws IOException {
    String fitted = text.fit(bold, TITLE_SIZE, title, width);
    if (fitted.isEmpty()) {
      return top;
    }
    cs.setNonStrokingColor(TEXT);
    ChartText.draw(cs, bold, TITLE_SIZE, fitted, left, top - TITLE_SIZE * 0.8f, 0);
    return top - TITLE_SIZE * 1.2f - SECTION_GAP;
  }

  private ChartLegend legendFor(Chart chart, float width, float height) {
    List<String> names = new ArrayList<>();
    List<Color> colors = new ArrayList<>();
    if (chart.chartType() == ChartType.PIE) {
      names.addAll(chart.categories());
    } else {
      for (Series s : chart.series()) {
        names.add(s.name());
      }
    }
    for (int i = 0; i < names.size(); i++) {
      colors.add(palette.get(i % palette.size()));
    }
    int maxRows = Math.max(0, Math.min(3, (int) (height * 0.25f / (ChartLegend.SIZE * 1.45f))));
    ChartLegend.Key key = chart.chartType() == ChartType.LINE ? ChartLegend.Key.LINE
        : ChartLegend.Key.SQUARE;
    return new ChartLegend(text, regular, key, names, colors, width, maxRows);
  }
}
