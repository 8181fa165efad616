package dev.docgen.pdf.internal;

import dev.docgen.api.model.Chart;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A pie from 12 o'clock clockwise, one slice per category, with percentage labels: inside a slice
 * when it is wide enough, just outside it otherwise, and left out where they would collide.
 * Negative values count as zero, since a slice cannot be negative.
 */
final class ChartPie {
  private static final float INSIDE_SIZE = 9f;
  private static final float OUTSIDE_SIZE = 8f;
  private static final double INSIDE_MIN_SWEEP = Math.toRadians(28);
  private static final Color EMPTY = new Color(0xE5E5E5);

  private final PDFont regular;
  private final PDFont bold;
  private final List<Color> palette;

  ChartPie(PDFont regular, PDFont bold, List<Color> palette) {
    this.regular = regular;
    this.bold = bold;
    this.palette = palette;
  }

  /** Paints the pie of {@code chart}'s only series centred in the box (x, y, w, h). */
  void paint(PDPageContentStream cs, Chart chart, float x, float y, float w, float h)
      throws IOException {
    List<BigDecimal> raw = chart.series().get(0).values();
    double[] values = new double[raw.size()];
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      double v = raw.get(i) == null ? 0 : raw.get(i).doubleValue();
      values[i] = Double.isFinite(v) && v > 0 ? v : 0;
      total += values[i];
    }
    float labelRoom = ChartText.width(regular, OUTSIDE_SIZE, "100%") + 6;
    float r = Math.min(w / 2 - labelRoom, h / 2 - OUTSIDE_SIZE - 4);
    if (r < 8) {
      return;
    }
    float cx = x + w / 2;
    float cy = y + h / 2;
    if (!(total > 0) || !Double.isFinite(total)) {
      cs.setNonStrokingColor(EMPTY);
      ChartShapes.circle(cs, cx, cy, r);
      cs.fill();
      return;
    }
    paintSlices(cs, values, total, cx, cy, r);
    paintLabels(cs, values, total, cx, cy, r);
  }

  private void paintSlices(PDPageContentStream cs, double[] values, double total, float cx,
      float cy, float r) throws IOException {
    double start = Math.PI / 2;
    int drawn = 0;
    for (int i = 0; i < values.length; i++) {
      double sweep = -values[i] / total * 2 * Math.PI;
      if (values[i] > 0) {
        cs.setNonStrokingColor(color(i));
        if (values[i] >= total) {
          ChartShapes.circle(cs, cx, cy, r);
        } else {
          ChartShapes.wedge(cs, cx, cy, r, start, sweep);
        }
        cs.fill();
        drawn++;
      }
      start += sweep;
    }
    if (drawn > 1) { // thin white separators, as in Excel and Datawrapper
      cs.setStrokingColor(Color.WHITE);
      cs.setLineWidth(1f);
      start = Math.PI / 2;
      for (double v : values) {
        if (v > 0) {
          cs.moveTo(cx, cy);
          cs.lineTo(cx + (float) (r * Math.cos(start)), cy + (float) (r * Math.sin(start)));
        }
        start -= v / total * 2 * Math.PI;
      }
      cs.stroke();
    }
  }

  private void paintLabels(PDPageContentStream cs, double[] values, double total, float cx,
      float cy, float r) throws IOException {
    List<Rectangle2D> taken = new ArrayList<>();
    double start = Math.PI / 2;
    for (int i = 0; i < values.length; i++) {
      double sweep = values[i] / total * 2 * Math.PI;
      double mid = start - sweep / 2;
      start -= sweep;
      if (values[i] <= 0) {
        continue;
      }
      String label = percent(values[i] / total * 100);
      float insideWidth = ChartText.width(bold, INSIDE_SIZE, label);
      boolean whole = values[i] >= total;
      if (whole || sweep >= INSIDE_MIN_SWEEP && r * 0.64 * sweep >= insideWidth + 6
          && r * 0.36 >= INSIDE_SIZE) {
        double labelRadius = whole ? 0 : r * 0.64;
        float lx = cx + (float) (labelRadius * Math.cos(mid)) - insideWidth / 2;
        float ly = cy + (float) (labelRadius * Math.sin(mid)) - INSIDE_SIZE * 0.33f;
        cs.setNonStrokingColor(isLight(color(i)) ? ChartPainter.TEXT : Color.WHITE);
        ChartText.draw(cs, bold, INSIDE_SIZE, label, lx, ly, 0);
        continue;
      }
      paintOutsideLabel(cs, label, mid, cx, cy, r, taken);
    }
  }

  /** A label just outside the rim, skipped when it would overlap one already placed. */
  private void paintOutsideLabel(PDPageContentStream cs, String label, double mid, float cx,
      float cy, float r, List<Rectangle2D> taken) throws IOException {
    float width = ChartText.width(regular, OUTSIDE_SIZE, label);
    float ax = cx + (float) ((r + 4) * Math.cos(mid));
    float ay = cy + (float) ((r + 4) * Math.sin(mid));
    float lx = Math.cos(mid) >= 0 ? ax : ax - width;
    // below the centre, hang the label lower so its cap height clears the rim
    float ly = ay - OUTSIDE_SIZE * 0.33f - (float) Math.max(0, -Math.sin(mid) * OUTSIDE_SIZE * 0.35);
    Rectangle2D box = new Rectangle2D.Float(lx - 1, ly - 2, width + 2, OUTSIDE_SIZE + 2);
    if (taken.stream().anyMatch(box::intersects)) {
      return;
    }
    taken.add(box);
    cs.setNonStrokingColor(ChartPainter.TEXT);
    ChartText.draw(cs, regular, OUTSIDE_SIZE, label, lx, ly, 0);
  }

  static String percent(double pct) {
    if (pct < 1) {
      return "<1%";
    }
    return Math.round(pct) + "%";
  }

  private static boolean isLight(Color c) {
    double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    return luminance > 150;
  }

  private Color color(int index) {
    return palette.get(index % palette.size());
  }
}
