package dev.docgen.pdf.internal;

import dev.docgen.api.spi.CellFormatter;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.Theme;
import dev.docgen.pdf.internal.FontSet.Face;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a table: column widths from content (no word ever breaks if it can be helped), wrapped
 * cells, a white-on-accent header repeated on every page, banded rows, numbers right-aligned and a
 * bold totals row under a rule. No vertical borders.
 */
final class TableDrawer {
  private static final float PAD = 4;
  private final FontSet fonts;
  private final Theme theme;
  private final CellFormatter formats;
  private final java.util.Map<String, List<String>> wrapped = new java.util.HashMap<>();

  TableDrawer(FontSet fonts, Theme theme, CellFormatter formats) {
    this.fonts = fonts;
    this.theme = theme;
    this.formats = formats;
  }

  /** The cell text of the table last asked about: it is measured, then drawn. */
  private Table preparedTable;
  private List<List<String>> preparedRows;

  private List<List<String>> rows(Table table) {
    if (preparedTable != table) {
      List<List<String>> rows = new ArrayList<>();
      table.rows().forEach(r -> rows.add(cells(table, r)));
      preparedTable = table;
      preparedRows = rows;
    }
    return preparedRows;
  }

  /** The narrowest the table can be at {@code size} points without breaking words. */
  float minimumWidth(Table table, float size) {
    List<String> header = table.columns().stream().map(Column::header).toList();
    return sum(minimums(table, header, rows(table), size));
  }

  void draw(PdfCanvas canvas, Table table) throws IOException {
    List<String> header = table.columns().stream().map(Column::header).toList();
    List<List<String>> rows = rows(table);
    List<String> totals = table.hasTotals() ? cells(table, table.totals()) : List.of();
    float size = fittingSize(table, header, rows, totals, canvas.width());
    float[] widths = widths(table, header, rows, totals, canvas.width(), size);
    while (sum(minimums(table, header, rows, size)) > canvas.width() && size > 7) {
      size -= 0.5f;
      widths = widths(table, header, rows, totals, canvas.width(), size);
    }
    float headerHeight = height(header, widths, Face.BOLD, size);
    // A table starts with its header and at least three rows (or all of a shorter table) together.
    float start = headerHeight;
    for (int i = 0; i < Math.min(3, rows.size()); i++) {
      start += height(rows.get(i), widths, Face.REGULAR, size);
    }
    canvas.ensure(Math.min(start, canvas.top() - canvas.bottom()));
    row(canvas, table, header, widths, Face.BOLD, size, rgb(theme.accentColor()), Color.WHITE, false);
    for (int i = 0; i < rows.size(); i++) {
      float h = height(rows.get(i), widths, Face.REGULAR, size);
      if (!canvas.fits(h) && canvas.ensure(h)) {
        row(canvas, table, header, widths, Face.BOLD, size, rgb(theme.accentColor()), Color.WHITE, false);
      }
      row(canvas, table, rows.get(i), widths, Face.REGULAR, size, i % 2 == 1 ? rgb(theme.tintColor()) : null,
          Span.TEXT, false);
    }
    if (!totals.isEmpty()) {
      canvas.ensure(height(totals, widths, Face.BOLD, size));
      row(canvas, table, totals, widths, Face.BOLD, size, null, Span.TEXT, true);
    }
    canvas.down(8);
  }

  private List<String> cells(Table table, List<Object> values) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < values.size(); c++) {
      out.add(formats.format(table.columns().get(c), values.get(c)));
    }
    return out;
  }

  private void row(PdfCanvas canvas, Table table, List<String> cells, float[] widths, Face face, float size,
      Color fill, Color text, boolean ruleAbove) throws IOException {
    float h = height(cells, widths, face, size);
    PDPageContentStream cs = canvas.stream();
    float top = canvas.y();
    if (fill != null) {
      cs.setNonStrokingColor(fill);
      cs.addRect(canvas.left(), top - h, sum(widths), h);
      cs.fill();
    }
    cs.setStrokingColor(ruleAbove ? rgb(theme.accentColor()) : new Color(0xD0, 0xD5, 0xDD));
    cs.setLineWidth(ruleAbove ? 1f : 0.4f);
    float ruleY = ruleAbove ? top : top - h;
    cs.moveTo(canvas.left(), ruleY);
    cs.lineTo(canvas.left() + sum(widths), ruleY);
    cs.stroke();
    List<List<String>> wrapped = new java.util.ArrayList<>(cells.size());
    for (int c = 0; c < cells.size(); c++) {
      wrapped.add(wrap(cells.get(c), widths[c] - 2 * PAD, face, size));
    }
    highlightFields(cs, table, wrapped, widths, face, size, top, ruleAbove, canvas.left());
    float x = canvas.left();
    try (FontSet.Batch batch = fonts.new Batch(cs, text)) {
      for (int c = 0; c < cells.size(); c++) {
        boolean right = table.columns().get(c).type().isNumeric() && !(ruleAbove && c == 0);
        float ly = top - PAD - size * 0.85f;
        for (String line : wrapped.get(c)) {
          if (!line.isEmpty()) {
            float w = right ? fonts.width(line, face, size) : 0;
            batch.show(line, face, size, right ? x + widths[c] - PAD - w : x + PAD, ly);
          }
          ly -= size * 1.2f;
        }
        x += widths[c];
      }
    }
    canvas.down(h);
  }

  /** "[owner]" in a cell is a field for the author: highlighted behind the text, as in the body. */
  private void highlightFields(PDPageContentStream cs, Table table, List<List<String>> wrapped, float[] widths, Face face,
      float size, float top, boolean ruleAbove, float left) throws IOException {
    float x = left;
    for (int c = 0; c < wrapped.size(); c++) {
      boolean right = table.columns().get(c).type().isNumeric() && !(ruleAbove && c == 0);
      float ly = top - PAD - size * 0.85f;
      for (String line : wrapped.get(c)) {
        java.util.regex.Matcher m = Span.FIELD.matcher(line);
        float start = right ? x + widths[c] - PAD - fonts.width(line, face, size) : x + PAD;
        while (m.find()) {
          float fx = start + fonts.width(line.substring(0, m.start()), face, size);
          float fw = fonts.width(m.group(), face, size);
          cs.setNonStrokingColor(new Color(0xFF, 0xF2, 0x9E));
          cs.addRect(fx - 1, ly - size * 0.25f, fw + 2, size * 1.15f);
          cs.fill();
        }
        ly -= size * 1.2f;
      }
      x += widths[c];
    }
  }

  private float height(List<String> cells, float[] widths, Face face, float size) {
    int lines = 1;
    for (int c = 0; c < cells.size(); c++) {
      lines = Math.max(lines, wrap(cells.get(c), widths[c] - 2 * PAD, face, size).size());
    }
    return lines * size * 1.2f + 2 * PAD;
  }

  /** Cell lines, computed once per cell: a row is measured before it is drawn. */
  private List<String> wrap(String text, float width, Face face, float size) {
    if (fonts.width(text, face, size) <= width && text.indexOf('\n') < 0) {
      return List.of(text);
    }
    return wrapped.computeIfAbsent(text + '\u0000' + width + face + size,
        k -> LineBreaker.lines(text, width, t -> fonts.width(t, face, size)));
  }

  /** Each column's width with no cell wrapped (a long column capped at 45% of the table). */
  private float[] wants(Table table, List<String> header, List<List<String>> rows, List<String> totals, float total,
      float size) {
    Measures m = measures(table, header, rows, totals);
    float[] min = minimums(table, header, rows, size);
    float[] want = new float[header.size()];
    for (int c = 0; c < want.length; c++) {
      want[c] = Math.max(min[c], Math.min(m.longest[c] * size + 2 * PAD, total * 0.45f));
    }
    return want;
  }

  /** Per column, at 1 pt: the widest cell and the widest word (header bold, body regular, totals bold). */
  private record Measures(float[] longest, float[] longestWord) {}

  private Table measuredTable;
  private Measures measured;

  private Measures measures(Table table, List<String> header, List<List<String>> rows, List<String> totals) {
    if (measuredTable == table) {
      return measured;
    }
    int n = header.size();
    float[] longest = new float[n];
    float[] word = new float[n];
    for (int c = 0; c < n; c++) {
      longest[c] = fonts.width(header.get(c), Face.BOLD, 1);
      word[c] = longestWord(header.get(c), Face.BOLD, 1);
      for (List<String> r : rows) {
        String cell = r.get(c);
        float w = fonts.width(cell, Face.REGULAR, 1);
        longest[c] = Math.max(longest[c], w);
        word[c] = Math.max(word[c], hasSpace(cell) ? longestWord(cell, Face.REGULAR, 1) : w);
      }
      if (!totals.isEmpty()) {
        longest[c] = Math.max(longest[c], fonts.width(totals.get(c), Face.BOLD, 1));
        word[c] = Math.max(word[c], longestWord(totals.get(c), Face.BOLD, 1));
      }
    }
    measuredTable = table;
    measured = new Measures(longest, word);
    return measured;
  }

  private static boolean hasSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The font size for the table: 9.5 pt, or down to 8 pt when that alone lets every cell stay on
   * one line (short labels then do not wrap beside wide figures).
   */
  private float fittingSize(Table table, List<String> header, List<List<String>> rows, List<String> totals,
      float total) {
    float wanted = sum(wants(table, header, rows, totals, total, 9.5f));
    if (wanted <= total || wanted * 8 / 9.5f > total) {
      return 9.5f;
    }
    return Math.max(8f, (float) Math.floor(9.5f * total / wanted * 2) / 2);
  }

  private float[] widths(Table table, List<String> header, List<List<String>> rows, List<String> totals, float total,
      float size) {
    int n = header.size();
    float[] min = minimums(table, header, rows, size);
    float[] want = wants(table, header, rows, totals, total, size);
    float wanted = sum(want);
    float[] out = new float[n];
    if (wanted <= total) {
      for (int c = 0; c < n; c++) {
        out[c] = want[c] + (total - wanted) * want[c] / wanted;
      }
      return out;
    }
    float spare = wanted - sum(min);
    float cut = wanted - total;
    for (int c = 0; c < n; c++) {
      out[c] = spare <= 0 ? total / n : want[c] - cut * (want[c] - min[c]) / spare;
    }
    return out;
  }

  private float[] minimums(Table table, List<String> header, List<List<String>> rows, float size) {
    List<String> totals = table.hasTotals() ? cells(table, table.totals()) : List.of();
    Measures m = measures(table, header, rows, totals);
    float[] min = new float[header.size()];
    for (int c = 0; c < min.length; c++) {
      min[c] = Math.min(m.longestWord[c] * size, 160) + 2 * PAD;
    }
    return min;
  }

  private float longestWord(String s, Face face, float size) {
    float m = 0;
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || Character.isWhitespace(s.charAt(i))) {
        if (i > start) {
          m = Math.max(m, fonts.width(start == 0 && i == s.length() ? s : s.substring(start, i), face, size));
        }
        start = i + 1;
      }
    }
    return m;
  }

  private static float sum(float[] a) {
    float s = 0;
    for (float v : a) {
      s += v;
    }
    return s;
  }

  static Color rgb(String hex) {
    return new Color(Integer.parseInt(hex, 16));
  }
}
