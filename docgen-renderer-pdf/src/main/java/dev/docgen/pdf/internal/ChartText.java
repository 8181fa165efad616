package dev.docgen.pdf.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Measures, shortens and draws chart labels. Every string is first made drawable: code points the
 * font has no glyph for become '?', so odd input never makes PDFBox throw mid-page.
 */
final class ChartText {
  private static final String ELLIPSIS = "\u2026";

  private final Map<PDFont, Map<Integer, Boolean>> glyphCache = new HashMap<>();

  /** {@code text} with control characters as spaces and code points {@code font} lacks as '?'. */
  String drawable(PDFont font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
        out.append(' ');
      } else if (canEncode(font, cp)) {
        out.appendCodePoint(cp);
      } else if (canEncode(font, '?')) {
        out.append('?');
      }
    });
    return out.toString().strip();
  }

  private boolean canEncode(PDFont font, int codePoint) {
    return glyphCache.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
      try {
        return font.encode(new String(Character.toChars(cp))).length > 0
            && font.getStringWidth(new String(Character.toChars(cp))) >= 0;
      } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
        return false;
      }
    });
  }

  /** Width in points of already-drawable {@code text}. */
  static float width(PDFont font, float size, String text) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException | IllegalArgumentException e) {
      return text.length() * size * 0.6f;
    }
  }

  /** Drawable {@code text}, cut and ended with an ellipsis if it is wider than {@code maxWidth}. */
  String fit(PDFont font, float size, String text, float maxWidth) {
    String s = drawable(font, text);
    if (width(font, size, s) <= maxWidth) {
      return s;
    }
    String ellipsis = canEncode(font, ELLIPSIS.codePointAt(0)) ? ELLIPSIS : "...";
    float room = maxWidth - width(font, size, ellipsis);
    if (room <= 0) {
      return "";
    }
    int lo = 0;
    int hi = s.codePointCount(0, s.length());
    while (lo < hi) { // longest prefix (in code points) that still fits
      int mid = (lo + hi + 1) >>> 1;
      if (width(font, size, s.substring(0, s.offsetByCodePoints(0, mid))) <= room) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo == 0 ? "" : s.substring(0, s.offsetByCodePoints(0, lo)).stripTrailing() + ellipsis;
  }

  /** Draws drawable {@code text} with its baseline starting at (x, y), turned by {@code degrees}. */
  static void draw(PDPageContentStream cs, PDFont font, float size, String text, float x, float y,
      double degrees) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    cs.beginText();
    cs.setFont(font, size);
    cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(degrees), x, y));
    cs.showText(text);
    cs.endText();
  }

  /** Draws drawable {@code text} horizontally, centred on {@code centerX}. */
  static void drawCentered(PDPageContentStream cs, PDFont font, float size, String text,
      float centerX, float y) throws IOException {
    draw(cs, font, size, text, centerX - width(font, size, text) / 2, y, 0);
  }

  /** Draws drawable {@code text} horizontally, ending at {@code rightX}. */
  static void drawRight(PDPageContentStream cs, PDFont font, float size, String text,
      float rightX, float y) throws IOException {
    draw(cs, font, size, text, rightX - width(font, size, text), y, 0);
  }
}
