package dev.docgen.docx.internal;

/** Classifies text by script: mostly right-to-left (Arabic, Hebrew), or containing CJK characters. */
final class ScriptDirection {
  private ScriptDirection() {}

  /** Whether more strong characters are right-to-left than left-to-right. */
  static boolean isMostlyRtl(String text) {
    int rtl = 0;
    int ltr = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> rtl++;
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> ltr++;
        default -> { }
      }
      i += Character.charCount(cp);
    }
    return rtl > ltr;
  }

  /** Whether any character is right-to-left. */
  static boolean hasRtl(String text) {
    return text.codePoints().anyMatch(cp -> {
      byte d = Character.getDirectionality(cp);
      return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    });
  }

  /** Whether any character is Chinese, Japanese or Korean. */
  static boolean hasCjk(String text) {
    return text.codePoints().anyMatch(cp -> {
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
          || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
          || s == Character.UnicodeScript.BOPOMOFO;
    });
  }
}
