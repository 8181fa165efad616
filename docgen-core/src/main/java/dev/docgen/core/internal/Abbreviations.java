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

  /**
   * Stands in for the dot of "Dr.", "attn.", "15. Februar" and "J. Smith" while a request is read, so that no
   * reading takes it for the end of a sentence; {@link #restore} gives the dot back.
   */
  static final char DOT = '\u2024';
  private static final Pattern NOT_A_STOP = Pattern.compile("(?u)(?<![\\p{L}])(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Mme|Mlle|Sr|Sra|Srta"
      + "|Hr|Hrn|Dipl|Ing|attn|Attn|approx|ca|tel|Tel|z\\.B|e\\.g|i\\.e|u\\.a|bzw|inkl|ggf|vs)"
      + ")\\.(?=\\s+\\S)|(?<![\\p{L}.])\\p{Lu}\\.(?=\\s+\\p{Lu}\\p{Ll})|(?<![\\p{L}])(?:No|no|Nr|nº)\\.(?=\\s*\\d)"
      + "|(?<![\\d.])\\d{1,2}\\.(?=\\s*(?i:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november"
      + "|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\\b)");

  /** The request with its dots that end no sentence held apart; see {@link #DOT}. */
  static String protect(String text) {
    // Only a dot followed by a space can be taken for a sentence's end; most requests have few.
    if (text.indexOf(". ") < 0) {
      return text;
    }
    Matcher m = NOT_A_STOP.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String found = m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(found.substring(0, found.length() - 1) + DOT));
    }
    return m.appendTail(out).toString();
  }

  /** Gives back the dots {@link #protect} held apart. */
  public static String restore(String text) {
    return text.indexOf(DOT) < 0 ? text : text.replace(DOT, '.');
  }

  /** Spells out shorthand and holds apart the dots that end no sentence ({@link #protect}). */
  public static String expand(String text) {
    String spelled = spell(text);
    return protect(spelled.contains("'s (") ? RELATIVE_DATED.matcher(spelled).replaceAll("$1 $3 $2") : spelled);
  }

  /** "yesterday's (30 November 2026) operations meeting" reads as "yesterday's operations meeting (30 November 2026)". */
  private static final Pattern RELATIVE_DATED = Pattern.compile("(?iu)\\b(yesterday's|today's|tomorrow's|this morning's|"
      + "last night's|last week's|this week's)\\s+(\\([^()]{4,40}\\))\\s+([^.,;:!?()]+)");

  private static String spell(String text) {
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
