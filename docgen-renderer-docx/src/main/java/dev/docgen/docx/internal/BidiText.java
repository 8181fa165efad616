package dev.docgen.docx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The direction of every character of one paragraph, so that only its right-to-left stretches are
 * written as {@code w:rtl} runs: Word lays a whole {@code w:rtl} run out right to left, neutrals
 * included, so a Latin title holding a Hebrew name written as one such run shows split at its
 * parentheses and reversed.
 *
 * <p>Hebrew and Arabic letters are right-to-left, other letters left-to-right; a combining mark goes
 * with the letter before it. The paragraph's base direction is that of its first letter. Neutral
 * characters (spaces, punctuation, digits) between two stretches of one direction take it; between
 * stretches of different directions they take the base direction, the paragraph's edges counting as
 * the base direction (the Unicode bidi algorithm's rules P2, P3, N1 and N2, with digits as neutrals).
 * So in a left-to-right title, " (Tel Aviv)" after a Hebrew name stays left-to-right, and only the
 * name is {@code w:rtl}.
 */
final class BidiText {
  /** Text of one direction. */
  record Stretch(String text, boolean rtl) {}

  private static final byte NEUTRAL = 0;
  private static final byte LTR = 1;
  private static final byte RTL = 2;

  private final String text;
  private final boolean rtlBase;
  /** Per UTF-16 unit: whether it belongs to a right-to-left stretch. */
  private final boolean[] rtl;

  private BidiText(String text) {
    this.text = text;
    byte[] strong = strongDirections(text);
    byte base = NEUTRAL;
    for (int i = 0; i < strong.length && base == NEUTRAL; i++) {
      base = strong[i];
    }
    this.rtlBase = base == RTL;
    this.rtl = resolve(strong, rtlBase ? RTL : LTR);
  }

  static BidiText of(String text) {
    return new BidiText(text);
  }

  /** Whether the paragraph reads right to left: its first letter is Hebrew or Arabic. */
  boolean rtlBase() {
    return rtlBase;
  }

  /** The whole text in stretches of one direction. */
  List<Stretch> stretches() {
    return stretches(0, text.length());
  }

  /** The text from {@code start} to {@code end} (one run's share of the paragraph) in stretches of one direction. */
  List<Stretch> stretches(int start, int end) {
    List<Stretch> out = new ArrayList<>();
    int from = start;
    for (int i = start + 1; i <= end; i++) {
      if (i == end || rtl[i] != rtl[from]) {
        out.add(new Stretch(text.substring(from, i), rtl[from]));
        from = i;
      }
    }
    return out;
  }

  /** LTR or RTL for letters (and the marks on them), NEUTRAL for everything else; per UTF-16 unit. */
  private static byte[] strongDirections(String text) {
    byte[] strong = new byte[text.length()];
    byte previous = NEUTRAL;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte d = switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> RTL;
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> LTR;
        case Character.DIRECTIONALITY_NONSPACING_MARK -> previous;
        default -> NEUTRAL;
      };
      int n = Character.charCount(cp);
      for (int k = 0; k < n; k++) {
        strong[i + k] = d;
      }
      previous = d;
      i += n;
    }
    return strong;
  }

  /** Gives each run of neutrals its neighbours' direction when they agree, else the base direction. */
  private static boolean[] resolve(byte[] strong, byte base) {
    boolean[] rtl = new boolean[strong.length];
    byte before = base;
    int i = 0;
    while (i < strong.length) {
      if (strong[i] != NEUTRAL) {
        rtl[i] = strong[i] == RTL;
        before = strong[i];
        i++;
        continue;
      }
      int end = i;
      while (end < strong.length && strong[end] == NEUTRAL) {
        end++;
      }
      byte after = end < strong.length ? strong[end] : base;
      boolean neutralsRtl = (before == after ? before : base) == RTL;
      for (int k = i; k < end; k++) {
        rtl[k] = neutralsRtl;
      }
      i = end;
    }
    return rtl;
  }
}
