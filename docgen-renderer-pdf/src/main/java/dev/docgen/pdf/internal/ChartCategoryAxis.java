package dev.docgen.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Category labels under a bar or line chart. Labels stay horizontal when they fit their slot; else
 * they turn 45°; when even turned labels would collide, only every n-th one is shown. Long labels
 * are cut with an ellipsis so nothing leaves the chart box.
 */
final class ChartCategoryAxis {
  static final float SIZE = 8f;
  private static final float GAP = 4f;
  private static final float COS45 = (float) Math.sqrt(0.5);
  private static final float MAX_ROTATED_LENGTH = 110f;
  private static final float SHORT_LABEL = 60f;

  private final PDFont font;
  private final List<String> labels = new ArrayList<>();
  private final boolean rotated;
  private final int every;
  private final float height;

  /**
   * Lays out {@code categories} under slots of {@code slot} points; the plot starts {@code leftRoom}
   * points right of the chart box's left edge and ends {@code rightRoom} points left of its right
   * edge. Rotated labels may take up to {@code maxHeight} points.
   */
  ChartCategoryAxis(ChartText text, PDFont font, List<String> categories, float slot,
      float leftRoom, float rightRoom, float maxHeight) {
    this.font = font;
    int n = categories.size();
    float widest = 0;
    for (String c : categories) {
      widest = Math.max(widest, ChartText.width(font, SIZE, text.drawable(font, c)));
    }
    int rotatedEvery = Math.max(1, (int) Math.ceil(SIZE * 1.5f / slot));
    if (widest <= slot - GAP) {
      rotated = false;
      every = 1;
    } else if (rotatedEvery > 1 && widest <= SHORT_LABEL) {
      rotated = false;
      every = Math.max(1, (int) Math.ceil((widest + 2 * GAP) / slot));
    } else {
      rotated = true;
      every = rotatedEvery;
    }
    float longest = 0;
    for (int i = 0; i < n; i++) {
      float toLeftEdge = leftRoom + slot * (i + 0.5f);
      float toRightEdge = rightRoom + slot * (n - i - 0.5f);
      String label = i % every == 0
          ? fitLabel(text, categories.get(i), slot, toLeftEdge, toRightEdge, maxHeight) : "";
      labels.add(label);
      longest = Math.max(longest, ChartText.width(font, SIZE, label));
    }
    height = rotated ? (longest + SIZE) * COS45 + GAP : SIZE + GAP;
  }

  private String fitLabel(ChartText text, String raw, float slot, float toLeftEdge,
      float toRightEdge, float maxHeight) {
    if (!rotated) {
      float room = Math.min(slot * every - GAP, 2 * Math.min(toLeftEdge, toRightEdge) - 1);
      return text.fit(font, SIZE, raw, Math.max(room, 0));
    }
    float byHeight = (maxHeight - GAP) / COS45 - SIZE;
    float byLeftEdge = toLeftEdge / COS45 - SIZE * 0.5f;
    float room = Math.min(MAX_ROTATED_LENGTH, Math.min(byHeight, byLeftEdge));
    return text.fit(font, SIZE, raw, Math.max(room, 0));
  }

  /** Vertical room the labels need under the plot. */
  float height() {
    return height;
  }

  /** Paints the labels hanging below {@code top}, label i centred on {@code left + slot*(i+½)}. */
  void paint(PDPageContentStream cs, float left, float slot, float top) throws IOException {
    cs.setNonStrokingColor(ChartPainter.TEXT);
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      float center = left + slot * (i + 0.5f);
      if (rotated) {
        // Text runs up-right at 45° and ends under the tick; shift so its middle, not its
        // baseline, points at the tick.
        float w = ChartText.width(font, SIZE, label);
        float endX = center + SIZE * 0.25f;
        float endY = top - GAP - SIZE * 0.25f;
        ChartText.draw(cs, font, SIZE, label, endX - w * COS45, endY - w * COS45, 45);
      } else {
        ChartText.drawCentered(cs, font, SIZE, label, center, top - GAP - SIZE * 0.78f);
      }
    }
  }
}
