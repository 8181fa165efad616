package dev.docgen.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The counts a request asks for ("three objectives") and the time structure it gives ("a two-week plan"). */
final class Counts {
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12),
      Map.entry("fortnight", 2), Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("fünf", 5),
      Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("dos", 2),
      Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("twee", 2), Map.entry("drie", 3),
      Map.entry("vijf", 5));
  private static final String NUMBER = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|zwei|drei|"
      + "vier|fünf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|twee|drie|vier|vijf)";
  private static final Pattern ASKED = Pattern.compile("(?iu)\\b" + NUMBER + "\\s+(?:key\\s+|main\\s+)?([\\p{L}-]+)");
  private static final Pattern SPAN = Pattern.compile("(?iu)\\b" + NUMBER
      + "(?:\\s|-)(weeks?|days?|months?|wochen|woche|tage|tag|tägig|wöchig|monate|semaines?|jours?|mois|semanas?|días?|"
      + "dias?|meses|weken|week|dagen|dag|maanden)\\b");
  private static final Pattern WORKING_DAYS = Pattern.compile("(?iu)\\b" + NUMBER + "\\s+(?:working|business|work)\\s+days\\b");
  private static final Pattern DAY_BY_DAY = Pattern.compile("(?iu)\\b(?:day[- ]by[- ]day|daily|each day|per day)\\b");

  /** A time structure: how many units, and which. */
  record Span(int count, String unit) {
    /** "Week 2": the column's own word when it names this unit ("Woche 2"), else the unit in {@code lang}. */
    String label(int i, String header, String lang) {
      String h = header.strip();
      String word = Phrases.get(unit, lang);
      boolean same = h.toLowerCase(java.util.Locale.ROOT).matches(UNIT_WORDS.get(unit));
      return (same ? h : word) + " " + i;
    }
  }

  private static final Map<String, String> UNIT_WORDS = Map.of(
      "week", "(?u)(week|woche|semaine|semana|wk)",
      "day", "(?u)(day|tag|jour|día|dia|dag)",
      "month", "(?u)(month|monat|mois|mes|maand)");

  private Counts() {}

  private static final Pattern WEEK_SAYS = Pattern.compile("(?iu)\\b(?:week|woche|semaine|semana)\\s+(\\d{1,2})\\b[,:;—–-]?\\s*"
      + "(?:(?:should|will|would|must)\\s+(?:be|cover)\\s+|is\\s+|covers\\s+|(?:they|we|she|he)\\s+(?=\\p{Ll}))?"
      + "([^.!?]*?(?:\\([^)]*\\)[^.!?]*?)*)(?=[.!?](?:\\s|$)|$)");

  /**
   * What the request says a numbered week holds: "Week 1 should be product basics, the Zendesk setup …" is
   * "Product basics, the Zendesk setup …" for week 1.
   */
  /** "the 10 working days": a duration in working days, as the request writes it. */
  static java.util.Optional<String> workingDays(String prompt) {
    Matcher m = WORKING_DAYS.matcher(prompt);
    return m.find() ? java.util.Optional.of(m.group().toLowerCase(Locale.ROOT)) : java.util.Optional.empty();
  }

  static Map<Integer, String> weekTopics(String prompt) {
    Map<Integer, String> out = new java.util.TreeMap<>();
    Matcher m = WEEK_SAYS.matcher(prompt);
    while (m.find()) {
      String said = m.group(2).strip();
      if (said.length() >= 3) {
        out.putIfAbsent(Integer.parseInt(m.group(1)), SlotFiller.capitalise(said));
      }
    }
    return out;
  }

  /** 6 for "6" and for "six"; 0 for what is no number. */
  static int number(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.matches("\\d+") ? Integer.parseInt(l) : WORDS.getOrDefault(l, 0);
  }

  /** How many items the request asks for in a section titled {@code title}: "three objectives" for "Objectives". */
  static OptionalInt asked(String prompt, String title) {
    String t = title.toLowerCase(Locale.ROOT);
    Matcher m = ASKED.matcher(prompt);
    while (m.find()) {
      String word = m.group(2).toLowerCase(Locale.ROOT);
      String stem = word.length() > 5 ? word.substring(0, 5) : word;
      int n = number(m.group(1));
      if (stem.length() >= 4 && t.contains(stem) && n > 0 && n <= 12) {
        return OptionalInt.of(n);
      }
    }
    return OptionalInt.empty();
  }

  /** The time structure the request states ("3-day", "six weeks"), if it states one. */
  static java.util.Optional<Span> stated(String prompt) {
    Matcher working = WORKING_DAYS.matcher(prompt);
    if (working.find() && number(working.group(1)) % 5 == 0 && number(working.group(1)) >= 5) {
      // "Can you lay out the 10 working days?": two working weeks.
      return java.util.Optional.of(new Span(number(working.group(1)) / 5, "week"));
    }
    Matcher m = SPAN.matcher(prompt);
    if (m.find()) {
      int n = number(m.group(1));
      String u = m.group(2).toLowerCase(Locale.ROOT);
      String unit = u.startsWith("w") || u.startsWith("sem") ? "week" : u.startsWith("m") ? "month" : "day";
      if (n > 0 && n <= 31) {
        return java.util.Optional.of(new Span(n, unit));
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether a column header counts days ("Day", "Tag", "Jour"). */
  static boolean countsDays(String header) {
    return header.strip().toLowerCase(Locale.ROOT).matches(UNIT_WORDS.get("day"));
  }

  /** The request's time structure, when it gives one: "two-week" is 2 weeks; "day by day" over "3 days" is 3 days. */
  static Span span(String prompt, List<String> durations) {
    java.util.Optional<Span> stated = stated(prompt);
    if (stated.isPresent()) {
      return stated.get();
    }
    if (prompt.toLowerCase(Locale.ROOT).contains("fortnight")) {
      return new Span(2, "week");
    }
    return new Span(DAY_BY_DAY.matcher(prompt).find() ? 3 : 2, DAY_BY_DAY.matcher(prompt).find() ? "day" : "week");
  }
}
