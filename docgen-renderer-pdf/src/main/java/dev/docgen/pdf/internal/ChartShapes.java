package dev.docgen.pdf.internal;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Curved paths PDF has no operator for, built from cubic Bézier arcs of at most 90°. */
final class ChartShapes {
  private ChartShapes() {
  }

  /** Adds a closed circle to the current path. */
  static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
    cs.moveTo(cx + r, cy);
    arc(cs, cx, cy, r, 0, 2 * Math.PI);
    cs.closePath();
  }

  /**
   * Adds a pie slice to the current path, from angle {@code start} through {@code sweep} radians
   * (negative sweeps run clockwise), angles measured anticlockwise from 3 o'clock.
   */
  static void wedge(PDPageContentStream cs, float cx, float cy, float r, double start, double sweep)
      throws IOException {
    cs.moveTo(cx, cy);
    cs.lineTo(cx + (float) (r * Math.cos(start)), cy + (float) (r * Math.sin(start)));
    arc(cs, cx, cy, r, start, sweep);
    cs.closePath();
  }

  /** Continues the current path, which must end at the arc's start point, along the arc. */
  private static void arc(PDPageContentStream cs, float cx, float cy, float r, double start,
      double sweep) throws IOException {
    int segments = Math.max(1, (int) Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9));
    double step = sweep / segments;
    double k = 4.0 / 3.0 * Math.tan(step / 4);
    double a = start;
    for (int i = 0; i < segments; i++) {
      double b = a + step;
      double cosA = Math.cos(a);
      double sinA = Math.sin(a);
      double cosB = Math.cos(b);
      double sinB = Math.sin(b);
      cs.curveTo(
          cx + (float) (r * (cosA - k * sinA)), cy + (float) (r * (sinA + k * cosA)),
          cx + (float) (r * (cosB + k * sinB)), cy + (float) (r * (sinB - k * cosB)),
          cx + (float) (r * cosB), cy + (float) (r * sinB));
      a = b;
    }
  }
}
