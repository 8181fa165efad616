package dev.docgen.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spells out the shorthand of terse requests ("status rpt wk 48", "po 40 laptops", "mtg thurs") before they are read. */
public final class Abbreviations {
  private static final Map<String, String> WORDS = new LinkedHashMap<>();

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

  // All of them in one pass, one group each: a request is read once, not once per abbreviation.
  // Every abbreviation starts a word with one of these letters: checked once per position, before the alternatives.
  private static final Pattern ANY = Pattern.compile("(?i)(?:^|\\b)(?=[prwmxatfsd])(?:(" + String.join(")|(", WORDS.keySet()) + "))");
  private static final List<String> SPELLED = List.copyOf(WORDS.values());

  private static void put(String regex, String replacement) {
    WORDS.put(regex, replacement);
  }

  private Abbreviations() {}

  public static String expand(String text) {
    Matcher m = ANY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int group = 1;
      while (m.group(group) == null) {
        group++;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(SPELLED.get(group - 1)));
    }
    return m.appendTail(out).toString();
  }
}
