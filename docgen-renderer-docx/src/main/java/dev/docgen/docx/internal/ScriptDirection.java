package dev.docgen.docx.internal;

/** Classifies text by script: whether it holds CJK characters. Direction is {@link BidiText}'s job. */
final class ScriptDirection {
  private ScriptDirection() {}

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
