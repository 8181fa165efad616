package dev.docgen.pdf.internal;

import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Series;
import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The plot of a bar or line chart: value axis with gridlines and tick labels on the left, category
 * labels below, axis titles outside those, and the bars or lines inside.
 */
final class ChartCartesian {
  private static final float TICK_SIZE = 8f;
  private static final float AXIS_TITLE_SIZE = 8.5f;
  private static final float GAP = 4f;
  private static final float MIN_TICK_SPACING = 16f;
  private static final Color GRID = new Color(0xD9D9D9);
  private static final Color BASELINE = new Color(0x8C8C8C);

  private final ChartText text;
  private final PDFont regular;
  private final List<Color> palette;

  ChartCartesian(ChartText text, PDFont regular, List<Color> palette) {
    this.text = text;
    this.regular = regular;
    this.palette = palette;
  }

  /** Where the plot sits inside the chart box, and the category labels under it. */
  private record Frame(float left, float right, float bottom, float top, float slot,
      ChartCategoryAxis categories) {
  }

  /** Paints axes, labels and data of {@code chart} into the box (x, y, w, h). */
  void paint(PDPageContentStream cs, Chart chart, float x, float y, float w, float h)
      throws IOException {
    double[][] values = values(chart);
    ChartScale scale = scaleFor(chart.chartType(), values, 6);
    Frame frame = frame(chart, scale, x, y, w, h);
    if (frame == null) {
      return;
    }
    int room = (int) ((frame.top() - frame.bottom()) / MIN_TICK_SPACING);
    if (room < scale.ticks().size() - 1) { // a short plot: fewer, wider steps
      scale = scaleFor(chart.chartType(), values, room);
      frame = frame(chart, scale, x, y, w, h);
      if (frame == null) {
        return;
      }
    }
    float left = frame.left();
    float right = frame.right();
    float bottom = frame.bottom();
    float top = frame.top();
    paintGrid(cs, scale, left, right, bottom, top);
    if (chart.chartType() == ChartType.BAR) {
      paintBars(cs, values, scale, left, frame.slot(), bottom, top);
    }
    paintBaseline(cs, scale, left, right, bottom, top);
    if (chart.chartType() == ChartType.LINE) {
      paintLines(cs, values, scale, left, frame.slot(), bottom, top);
    }
    frame.categories().paint(cs, left, frame.slot(), bottom);
    paintAxisTitles(cs, chart, frame, x, y);
  }

  /** Lays the plot out around its labels; null when the box is too small for a plot. */
  private Frame frame(Chart chart, ChartScale scale, float x, float y, float w, float h) {
    float tickLabelWidth = 0;
    for (double t : scale.ticks()) {
      tickLabelWidth = Math.max(tickLabelWidth, ChartText.width(regular, TICK_SIZE, scale.format(t)));
    }
    float yTitleRoom = chart.yAxisTitle().isBlank() ? 0 : AXIS_TITLE_SIZE + GAP;
    float xTitleRoom = chart.xAxisTitle().isBlank() ? 0 : AXIS_TITLE_SIZE + GAP;
    float left = x + yTitleRoom + tickLabelWidth + GAP;
    float right = x + w - GAP;
    float top = y + h - TICK_SIZE * 0.5f;
    float slot = (right - left) / chart.categories().size();
    if (slot <= 0) {
      return null;
    }
    ChartCategoryAxis categories = new ChartCategoryAxis(text, regular, chart.categories(), slot,
        left - x, x + w - right, Math.max(h * 0.35f, ChartCategoryAxis.SIZE * 2));
    float bottom = y + xTitleRoom + categories.height();
    if (top - bottom < 10) {
      return null;
    }
    return new Frame(left, right, bottom, top, slot, categories);
  }

  private void paintAxisTitles(PDPageContentStream cs, Chart chart, Frame frame, float x, float y)
      throws IOException {
    cs.setNonStrokingColor(ChartPainter.TEXT);
    if (!chart.xAxisTitle().isBlank()) {
      String fitted = text.fit(regular, AXIS_TITLE_SIZE, chart.xAxisTitle(), frame.right() - frame.left());
      ChartText.drawCentered(cs, regular, AXIS_TITLE_SIZE, fitted,
          (frame.left() + frame.right()) / 2, y + 2);
    }
    if (!chart.yAxisTitle().isBlank()) {
      String fitted = text.fit(regular, AXIS_TITLE_SIZE, chart.yAxisTitle(), frame.top() - frame.bottom());
      float width = ChartText.width(regular, AXIS_TITLE_SIZE, fitted);
      ChartText.draw(cs, regular, AXIS_TITLE_SIZE, fitted, x + AXIS_TITLE_SIZE * 0.8f,
          (frame.bottom() + frame.top()) / 2 - width / 2, 90);
    }
  }

  private static double[][] values(Chart chart) {
    List<Series> series = chart.series();
    double[][] values = new double[series.size()][];
    for (int s = 0; s < values.length; s++) {
      List<BigDecimal> raw = series.get(s).values();
      values[s] = new double[raw.size()];
      for (int c = 0; c < raw.size(); c++) {
        double v = raw.get(c) == null ? 0 : raw.get(c).doubleValue();
        values[s][c] = Double.isFinite(v) ? v : 0;
      }
    }
    return values;
  }

  /** Bars always start at zero; lines do too unless their values sit in a narrow high band. */
  private static ChartScale scaleFor(ChartType type, double[][] values, int maxIntervals) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : values) {
      for (double v : row) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    boolean narrowBand = max > min
        && (min > 0 ? (max - min) < max / 6 : max < 0 && (max - min) < -min / 6);
    return ChartScale.covering(min, max, type == ChartType.BAR || !narrowBand, maxIntervals);
  }

  private void paintGrid(PDPageContentStream cs, ChartScale scale, float left, float right,
      float bottom, float top) throws IOException {
    List<Double> ticks = scale.ticks();
    cs.setStrokingColor(GRID);
    cs.setLineWidth(0.5f);
    for (double t : ticks) {
      float ty = yOf(scale, t, bottom, top);
      cs.moveTo(left, ty);
      cs.lineTo(right, ty);
    }
    cs.stroke();
    cs.setNonStrokingColor(ChartPainter.TEXT);
    for (double t : ticks) {
      float ty = yOf(scale, t, bottom, top);
      ChartText.drawRight(cs, regular, TICK_SIZE, scale.format(t), left - GAP, ty - TICK_SIZE * 0.33f);
    }
  }

  /** The zero line, or the bottom of the axis when zero is off the scale. */
  private static void paintBaseline(PDPageContentStream cs, ChartScale scale, float left,
      float right, float bottom, float top) throws IOException {
    double at = scale.min() <= 0 && scale.max() >= 0 ? 0 : scale.min();
    float by = yOf(scale, at, bottom, top);
    cs.setStrokingColor(BASELINE);
    cs.setLineWidth(0.75f);
    cs.moveTo(left, by);
    cs.lineTo(right, by);
    cs.stroke();
  }

  private void paintBars(PDPageContentStream cs, double[][] values, ChartScale scale, float left,
      float slot, float bottom, float top) throws IOException {
    int seriesCount = values.length;
    float group = slot * (seriesCount == 1 ? 0.6f : 0.78f);
    float bar = group / seriesCount;
    float gap = bar > 6 ? Math.min(1.5f, bar * 0.12f) : 0;
    float zero = yOf(scale, 0, bottom, top);
    for (int s = 0; s < seriesCount; s++) {
      cs.setNonStrokingColor(color(s));
      for (int c = 0; c < values[s].length; c++) {
        float bx = left + slot * c + (slot - group) / 2 + bar * s + gap / 2;
        float vy = yOf(scale, values[s][c], bottom, top);
        float height = Math.abs(vy - zero);
        if (height > 0.01f) {
          cs.addRect(bx, Math.min(vy, zero), bar - gap, height);
        }
      }
      cs.fill();
    }
  }

  private void paintLines(PDPageContentStream cs, double[][] values, ChartScale scale, float left,
      float slot, float bottom, float top) throws IOException {
    boolean markers = slot >= 14 || values[0].length == 1;
    cs.setLineJoinStyle(1);
    cs.setLineCapStyle(1);
    for (int s = 0; s < values.length; s++) {
      Color color = color(s);
      if (values[s].length > 1) {
        cs.setStrokingColor(color);
        cs.setLineWidth(1.75f);
        for (int c = 0; c < values[s].length; c++) {
          float px = left + slot * (c + 0.5f);
          float py = yOf(scale, values[s][c], bottom, top);
          if (c == 0) {
            cs.moveTo(px, py);
          } else {
            cs.lineTo(px, py);
          }
        }
        cs.stroke();
      }
      if (markers) {
        cs.setNonStrokingColor(color);
        cs.setStrokingColor(Color.WHITE);
        cs.setLineWidth(0.75f);
        for (int c = 0; c < values[s].length; c++) {
          ChartShapes.circle(cs, left + slot * (c + 0.5f), yOf(scale, values[s][c], bottom, top), 2.6f);
        }
        cs.fillAndStroke();
      }
    }
  }

  private Color color(int index) {
    return palette.get(index % palette.size());
  }

  private static float yOf(ChartScale scale, double value, float bottom, float top) {
    return bottom + (float) scale.fraction(value) * (top - bottom);
  }
}
