package dev.docgen.pdf.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The legend under a chart: a colour key and a name per entry, laid out in centred rows that wrap
 * to the width of the chart. Rows past {@code maxRows} are dropped and counted ("+3 more").
 */
final class ChartLegend {
  /** How an entry's colour key is drawn: a square for bars and slices, a dotted line for lines. */
  enum Key { SQUARE, LINE }

  static final float SIZE = 8.5f;
  private static final float KEY = 7f;
  private static final float KEY_GAP = 4f;
  private static final float ITEM_GAP = 12f;
  private static final float ROW_HEIGHT = SIZE * 1.45f;

  private record Item(String label, Color color, float width) { }

  private final PDFont font;
  private final Key key;
  private final List<List<Item>> rows = new ArrayList<>();

  ChartLegend(ChartText text, PDFont font, Key key, List<String> names, List<Color> colors,
      float maxWidth, int maxRows) {
    this.font = font;
    this.key = key;
    float keyWidth = key == Key.LINE ? KEY * 2 : KEY;
    List<Item> row = new ArrayList<>();
    float rowWidth = 0;
    for (int i = 0; i < names.size() && maxRows > 0; i++) {
      String label = text.fit(font, SIZE, names.get(i), maxWidth - keyWidth - KEY_GAP);
      float width = keyWidth + KEY_GAP + ChartText.width(font, SIZE, label);
      if (!row.isEmpty() && rowWidth + ITEM_GAP + width > maxWidth) {
        if (rows.size() + 1 == maxRows) {
          addMoreMarker(row, rowWidth, names.size() - i, maxWidth);
          break;
        }
        rows.add(row);
        row = new ArrayList<>();
        rowWidth = 0;
      }
      rowWidth += (row.isEmpty() ? 0 : ITEM_GAP) + width;
      row.add(new Item(label, colors.get(i), width));
    }
    if (!row.isEmpty() && rows.size() < maxRows) {
      rows.add(row);
    }
  }

  private void addMoreMarker(List<Item> row, float rowWidth, int hidden, float maxWidth) {
    String more = "+" + hidden + " more";
    float width = ChartText.width(font, SIZE, more);
    while (!row.isEmpty() && rowWidth + ITEM_GAP + width > maxWidth) {
      Item last = row.remove(row.size() - 1);
      rowWidth -= last.width() + (row.isEmpty() ? 0 : ITEM_GAP);
      hidden++;
      more = "+" + hidden + " more";
      width = ChartText.width(font, SIZE, more);
    }
    row.add(new Item(more, null, width));
    rows.add(row);
  }

  /** Height the legend needs, 0 when it has no entries. */
  float height() {
    return rows.size() * ROW_HEIGHT;
  }

  /** Paints the rows downwards from {@code top}, each centred in {@code x..x+width}. */
  void paint(PDPageContentStream cs, float x, float top, float width) throws IOException {
    float baseline = top - SIZE;
    for (List<Item> row : rows) {
      float rowWidth = -ITEM_GAP;
      for (Item item : row) {
        rowWidth += ITEM_GAP + item.width();
      }
      float left = x + Math.max(0, (width - rowWidth) / 2);
      for (Item item : row) {
        float textX = left;
        if (item.color() != null) {
          textX = paintKey(cs, item.color(), left, baseline);
        }
        cs.setNonStrokingColor(ChartPainter.TEXT);
        ChartText.draw(cs, font, SIZE, item.label(), textX, baseline, 0);
        left += item.width() + ITEM_GAP;
      }
      baseline -= ROW_HEIGHT;
    }
  }

  private float paintKey(PDPageContentStream cs, Color color, float left, float baseline)
      throws IOException {
    float mid = baseline + SIZE * 0.33f;
    if (key == Key.LINE) {
      cs.setStrokingColor(color);
      cs.setLineWidth(1.75f);
      cs.moveTo(left, mid);
      cs.lineTo(left + KEY * 2, mid);
      cs.stroke();
      cs.setNonStrokingColor(color);
      ChartShapes.circle(cs, left + KEY, mid, 2.25f);
      cs.fill();
      return left + KEY * 2 + KEY_GAP;
    }
    cs.setNonStrokingColor(color);
    cs.addRect(left, mid - KEY / 2, KEY, KEY);
    cs.fill();
    return left + KEY + KEY_GAP;
  }
}
