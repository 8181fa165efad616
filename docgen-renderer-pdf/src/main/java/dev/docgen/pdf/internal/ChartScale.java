package dev.docgen.pdf.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with "nice" bounds: ticks every 1, 2 or 5 × 10^n, at most six intervals, and one
 * label format shared by every tick so the axis reads consistently (1,200 / 1.2k / 1.5M).
 */
final class ChartScale {
  private static final int MAX_INTERVALS = 6;
  private static final double[] NICE_STEPS = {1, 2, 5};

  private final double min;
  private final double max;
  private final double step;
  private final int intervals;
  private final double unit;
  private final String suffix;
  private final int decimals;

  private ChartScale(double min, double step, int intervals) {
    this.min = min;
    this.step = step;
    this.intervals = intervals;
    this.max = min + step * intervals;
    double largest = Math.max(Math.abs(min), Math.abs(max));
    if (largest >= 1e9) {
      unit = 1e9;
      suffix = "B";
    } else if (largest >= 1e6) {
      unit = 1e6;
      suffix = "M";
    } else if (largest >= 1e4) {
      unit = 1e3;
      suffix = "k";
    } else {
      unit = 1;
      suffix = "";
    }
    this.decimals = Math.max(0, (int) -Math.floor(Math.log10(step / unit) + 1e-9));
  }

  /**
   * A scale covering {@code dataMin..dataMax}; with {@code includeZero} the axis always shows 0
   * (bars must grow from zero). Non-finite input and an empty range give a sensible default.
   */
  static ChartScale covering(double dataMin, double dataMax, boolean includeZero) {
    return covering(dataMin, dataMax, includeZero, MAX_INTERVALS);
  }

  /** As {@link #covering(double, double, boolean)}, with at most {@code maxIntervals} (2..6). */
  static ChartScale covering(double dataMin, double dataMax, boolean includeZero, int maxIntervals) {
    int limit = Math.max(2, Math.min(MAX_INTERVALS, maxIntervals));
    double lo = Double.isFinite(dataMin) ? dataMin : 0;
    double hi = Double.isFinite(dataMax) ? dataMax : 0;
    if (lo > hi) {
      double t = lo;
      lo = hi;
      hi = t;
    }
    if (includeZero) {
      lo = Math.min(lo, 0);
      hi = Math.max(hi, 0);
    }
    if (hi - lo <= Math.abs(hi) * 1e-12) {
      // A flat series: give it room above (or below, for negatives) so it is not drawn on an edge.
      if (hi == 0) {
        hi = 1;
      } else if (hi > 0) {
        lo = includeZero ? 0 : hi / 2;
        hi = hi * 1.5;
      } else {
        hi = includeZero ? 0 : lo / 2;
        lo = lo * 1.5;
      }
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10((hi - lo) / limit)));
    // A step as wide as the range always fits in two intervals, so this ends within a few rounds.
    for (double m = magnitude; ; m *= 10) {
      for (double nice : NICE_STEPS) {
        double step = nice * m;
        double niceLo = Math.floor(lo / step + 1e-9) * step;
        int n = (int) Math.ceil((hi - niceLo) / step - 1e-9);
        if (n <= limit) {
          return new ChartScale(niceLo, step, Math.max(n, 1));
        }
      }
    }
  }

  double min() {
    return min;
  }

  double max() {
    return max;
  }

  /** Tick values from the bottom of the axis to the top. */
  List<Double> ticks() {
    List<Double> ticks = new ArrayList<>(intervals + 1);
    for (int i = 0; i <= intervals; i++) {
      double v = min + step * i;
      ticks.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return ticks;
  }

  /** Where {@code value} falls on the axis, 0 at the bottom and 1 at the top, clamped. */
  double fraction(double value) {
    double f = (value - min) / (max - min);
    return Math.max(0, Math.min(1, f));
  }

  /** The tick label for {@code value}, in this axis's unit and number of decimals. */
  String format(double value) {
    if (value == 0) {
      return "0";
    }
    BigDecimal scaled = BigDecimal.valueOf(value / unit).setScale(decimals, RoundingMode.HALF_UP);
    return groupThousands(scaled.toPlainString()) + suffix;
  }

  private static String groupThousands(String plain) {
    int start = plain.startsWith("-") ? 1 : 0;
    int dot = plain.indexOf('.');
    int end = dot < 0 ? plain.length() : dot;
    StringBuilder out = new StringBuilder(plain.substring(0, start));
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain.substring(end)).toString();
  }
}
