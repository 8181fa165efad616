package dev.docgen.docx.internal;

import java.util.Locale;

/** The East Asian font and language tag for a locale, so CJK text gets a font that covers it. */
final class EastAsianFonts {
  private EastAsianFonts() {}

  static String fontFor(Locale locale) {
    return switch (locale.getLanguage()) {
      case "ja" -> "Yu Gothic";
      case "ko" -> "Malgun Gothic";
      case "zh" -> isTraditional(locale) ? "Microsoft JhengHei" : "Microsoft YaHei";
      default -> "Microsoft YaHei";
    };
  }

  static String languageFor(Locale locale) {
    return switch (locale.getLanguage()) {
      case "ja" -> "ja-JP";
      case "ko" -> "ko-KR";
      case "zh" -> isTraditional(locale) ? "zh-TW" : "zh-CN";
      default -> "zh-CN";
    };
  }

  private static boolean isTraditional(Locale locale) {
    return locale.getScript().equals("Hant") || locale.getCountry().equals("TW") || locale.getCountry().equals("HK");
  }
}
