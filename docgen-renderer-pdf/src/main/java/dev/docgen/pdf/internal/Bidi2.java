package dev.docgen.pdf.internal;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import dev.docgen.pdf.internal.TextLayout.Line;
import dev.docgen.pdf.internal.TextLayout.Piece;
import java.util.ArrayList;
import java.util.List;

/** Right-to-left support: detection for alignment, and Arabic shaping plus visual reordering (ICU4J). */
final class Bidi2 {
  private Bidi2() {}

  /**
   * The pieces of {@code line} in drawing order, left to right. The Unicode bidi algorithm runs over
   * the whole line (a right-to-left paragraph when {@code rtl}), so a Hebrew or Arabic name inside a
   * Latin line is reversed on its own; each directional run is split where the spans change, Arabic
   * is shaped, right-to-left pieces are reversed and mirrored, and each piece is measured as drawn.
   */
  static List<Piece> visual(Line line, boolean rtl, FontSet fonts) {
    List<Piece> pieces = line.pieces();
    StringBuilder logical = new StringBuilder();
    int[] starts = new int[pieces.size() + 1];
    for (int i = 0; i < pieces.size(); i++) {
      starts[i] = logical.length();
      String text = pieces.get(i).text();
      // The line's width leaves out its trailing space; so does the drawing, whichever side it falls on.
      logical.append(i == pieces.size() - 1 ? text.stripTrailing() : text);
    }
    starts[pieces.size()] = logical.length();
    List<Piece> out = new ArrayList<>();
    if (logical.isEmpty()) {
      return out;
    }
    Bidi bidi = new Bidi(logical.toString(), rtl ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
    for (int r = 0; r < bidi.countRuns(); r++) {
      BidiRun run = bidi.getVisualRun(r);
      boolean reversed = run.isOddRun();
      for (int k = 0; k < pieces.size(); k++) {
        int i = reversed ? pieces.size() - 1 - k : k;
        int from = Math.max(run.getStart(), starts[i]);
        int to = Math.min(run.getLimit(), starts[i + 1]);
        if (from < to) {
          Span span = pieces.get(i).span();
          String drawn = shaped(logical.substring(from, to));
          if (reversed) {
            drawn = Bidi.writeReverse(drawn, Bidi.DO_MIRRORING);
          }
          out.add(new Piece(span, drawn, fonts.width(drawn, span.face(), span.size())));
        }
      }
    }
    return out;
  }

  /** {@code text} with Arabic letters in their joined forms, in logical order; other text as is. */
  static String shaped(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0600 && c <= 0x08FF) {
        try {
          return new ArabicShaping(ArabicShaping.LETTERS_SHAPE).shape(text);
        } catch (ArabicShapingException e) {
          return text;
        }
      }
    }
    return text;
  }

  /** Whether any character of the line is right-to-left, so that it needs the bidi algorithm at all. */
  static boolean hasRtl(Line line) {
    for (Piece p : line.pieces()) {
      for (int i = 0; i < p.text().length(); i++) {
        byte d = Character.getDirectionality(p.text().charAt(i));
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
            || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
            || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
            || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether most strong characters of the line are right-to-left (Arabic, Hebrew). */
  static boolean isRtl(Line line) {
    int rtl = 0;
    int ltr = 0;
    for (Piece p : line.pieces()) {
      for (int i = 0; i < p.text().length(); i++) {
        byte d = Character.getDirectionality(p.text().charAt(i));
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          rtl++;
        } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
          ltr++;
        }
      }
    }
    return rtl > ltr;
  }
}
