package dev.docgen.pdf.internal;

import dev.docgen.pdf.internal.TextLayout.Line;
import dev.docgen.pdf.internal.TextLayout.Piece;

/** Right-to-left support: detection for alignment, and Arabic shaping plus visual reordering (ICU4J). */
final class Bidi2 {
  private Bidi2() {}

  /** The glyph order to draw {@code logical} in: Arabic letters joined, right-to-left runs reversed. */
  static String visual(String logical) {
    try {
      String shaped = new com.ibm.icu.text.ArabicShaping(com.ibm.icu.text.ArabicShaping.LETTERS_SHAPE).shape(logical);
      com.ibm.icu.text.Bidi bidi = new com.ibm.icu.text.Bidi(shaped, com.ibm.icu.text.Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT);
      return bidi.writeReordered(com.ibm.icu.text.Bidi.DO_MIRRORING);
    } catch (com.ibm.icu.text.ArabicShapingException e) {
      return logical;
    }
  }

  /** {@code text} with Arabic letters in their joined forms, in logical order; other text as is. */
  static String shaped(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0600 && c <= 0x08FF) {
        try {
          return new com.ibm.icu.text.ArabicShaping(com.ibm.icu.text.ArabicShaping.LETTERS_SHAPE).shape(text);
        } catch (com.ibm.icu.text.ArabicShapingException e) {
          return text;
        }
      }
    }
    return text;
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
