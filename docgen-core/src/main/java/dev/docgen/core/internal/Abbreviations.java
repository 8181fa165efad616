package dev.docgen.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spells out the shorthand of terse requests ("status rpt wk 48", "po 40 laptops", "mtg thurs") before they are read. */
public final class Abbreviations {
  private static final Map<Pattern, String> WORDS = new LinkedHashMap<>();

  static {
    put("^po\\b", "purchase order");
    put("\\brpt\\b", "report");
    put("\\bwk\\b", "week");
    put("\\bmtg\\b", "meeting");
    put("\\bmins\\b(?!\\s*\\d)", "minutes");
    put("\\bxmas\\b", "Christmas");
    put("\\basap\\b", "as soon as possible");
    put("\\bmon\\b(?=\\s+\\d)", "Monday");
    put("\\btues?\\b(?=\\s+\\d)", "Tuesday");
    put("\\bwed\\b(?=\\s+\\d)", "Wednesday");
    put("\\bthur?s?\\b(?=\\s+\\d)", "Thursday");
    put("\\bfri\\b(?=\\s+\\d)", "Friday");
    put("\\bsat\\b(?=\\s+\\d)", "Saturday");
    put("\\bsun\\b(?=\\s+\\d)", "Sunday");
    put("\\bdel\\b(?=\\s+(?:mon|tue|wed|thu|fri|sat|sun|\\d))", "delivery");
  }

  private static void put(String regex, String replacement) {
    WORDS.put(Pattern.compile("(?i)" + regex), replacement);
  }

  private Abbreviations() {}

  public static String expand(String text) {
    String out = text;
    for (var e : WORDS.entrySet()) {
      Matcher m = e.getKey().matcher(out);
      out = m.replaceAll(Matcher.quoteReplacement(e.getValue()));
    }
    return out;
  }
}
