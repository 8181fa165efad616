package dev.docgen.pdf.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines no wider than a width, at the break opportunities of the Unicode line
 * breaking rules (spaces, hyphens, between CJK ideographs). A word wider than the line is split
 * by characters so that nothing overflows.
 */
final class LineBreaker {
  private LineBreaker() {}

  /**
   * The lines of {@code text}; {@code measure} gives the width of a string in points. Explicit
   * newlines force a break. Trailing spaces do not count towards a line's width.
   */
  static List<String> lines(String text, double maxWidth, ToDoubleFunction<String> measure) {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      breakParagraph(paragraph, maxWidth, measure, out);
    }
    return out;
  }

  private static void breakParagraph(String text, double maxWidth, ToDoubleFunction<String> measure, List<String> out) {
    BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
    breaks.setText(text);
    StringBuilder line = new StringBuilder();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String piece = text.substring(start, end);
      String candidate = line + piece;
      if (measure.applyAsDouble(candidate.stripTrailing()) <= maxWidth) {
        line.append(piece);
        continue;
      }
      if (line.length() > 0) {
        out.add(line.toString().stripTrailing());
        line.setLength(0);
      }
      if (measure.applyAsDouble(piece.stripTrailing()) <= maxWidth) {
        line.append(piece);
      } else {
        splitLongWord(piece, maxWidth, measure, out, line);
      }
    }
    out.add(line.toString().stripTrailing());
  }

  private static void splitLongWord(String word, double maxWidth, ToDoubleFunction<String> measure, List<String> out,
      StringBuilder line) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      if (line.length() > 0 && measure.applyAsDouble((line + ch).stripTrailing()) > maxWidth) {
        out.add(line.toString());
        line.setLength(0);
      }
      line.append(ch);
      i += Character.charCount(cp);
    }
  }
}
