package dev.docgen.core.internal;

import dev.docgen.api.DatePeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds reporting periods and explicit dates in free text, keeping the text as the user wrote it. */
final class PeriodParser {
  static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December"
      + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
  // A month as a word: "Jul" and "Mar" start Julien and Martin too.
  static final Pattern MONTHS_ONLY = Pattern.compile("\\b" + MONTHS + "\\b");
  // "Q3 2026", and "T3 2026" as French and Spanish write a quarter (trimestre).
  private static int quarterOf(String de, String fr, String es, String nl) {
    String w = (de != null ? de : fr != null ? fr : es != null ? es : nl).toLowerCase(java.util.Locale.ROOT);
    return switch (w) {
      case "erst", "premier", "primer", "eerste" -> 1;
      case "zweit", "deuxième", "second", "segundo", "tweede" -> 2;
      case "dritt", "troisième", "tercer", "derde" -> 3;
      default -> 4;
    };
  }

  private static final Pattern QUARTER = Pattern.compile("\\b([QT][1-4])\\s*(?:FY\\s*)?((?:19|20)\\d{2})\\b");
  // "3. Quartal 2026", "troisième trimestre 2026", "tercer trimestre de 2026", "derde kwartaal van 2026".
  private static final Pattern QUARTER_WORDS = Pattern.compile("(?iu)\\b((?:([1-4])\\.\\s*Quartal|(erst|zweit|dritt|viert)"
      + "(?:e|es|en)\\s+Quartal|(premier|deuxième|second|troisième|quatrième)\\s+trimestre|(primer|segundo|tercer|cuarto)"
      + "\\s+trimestre|(eerste|tweede|derde|vierde)\\s+kwartaal)(?:\\s+(?:de|del|van|von))?\\s+((?:19|20)\\d{2}))\\b");
  private static final Pattern HALF = Pattern.compile("\\b(H[12])\\s*((?:19|20)\\d{2})\\b");
  private static final Pattern WEEK = Pattern.compile("(?i)\\bweek\\s+(\\d{1,2})\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTHS + "\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern MONTH_SPAN = Pattern.compile("(?<!\\d\\s)\\b" + MONTHS + "\\s*(?:to|until|through|–|-)\\s*" + MONTHS
      + "\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern FISCAL = Pattern.compile("(?i)\\b(?:FY\\s*|fiscal year\\s+)((?:19|20)\\d{2})\\b");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,x×-])((?:19|20)\\d{2})(?![\\d.,x×-]|\\s*(?:x|×|mm|cm|kg)\\b)");
  static final Pattern ISO_DATE = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
  static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "\\s+((?:19|20)\\d{2})\\b");
  static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?=[JFMASOND])\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*((?:19|20)\\d{2})\\b");

  private PeriodParser() {}

  /** The first reporting period named, most specific pattern first. */
  static Optional<DatePeriod> period(String text) {
    return period(text, !DateFinder.find(text, LocalDate.of(2000, 1, 1)).isEmpty());
  }

  /** The period {@code text} covers; {@code dayGiven} says whether it names a day in any language (DateFinder found one). */
  static Optional<DatePeriod> period(String text, boolean dayGiven) {
    Matcher m = QUARTER.matcher(text);
    if (m.find()) {
      int q = m.group(1).charAt(1) - '0';
      int year = Integer.parseInt(m.group(2));
      LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
      return Optional.of(new DatePeriod(m.group(1) + " " + year, start, start.plusMonths(3).minusDays(1)));
    }
    m = QUARTER_WORDS.matcher(text);
    if (m.find()) {
      int q = m.group(2) != null ? m.group(2).charAt(0) - '0' : quarterOf(m.group(3), m.group(4), m.group(5), m.group(6));
      int year = Integer.parseInt(m.group(7));
      LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
      return Optional.of(new DatePeriod(m.group(1), start, start.plusMonths(3).minusDays(1)));
    }
    m = HALF.matcher(text);
    if (m.find()) {
      int h = m.group(1).charAt(1) - '0';
      int year = Integer.parseInt(m.group(2));
      LocalDate start = LocalDate.of(year, h == 1 ? 1 : 7, 1);
      return Optional.of(new DatePeriod(m.group(1) + " " + year, start, start.plusMonths(6).minusDays(1)));
    }
    m = WEEK.matcher(text);
    if (m.find()) {
      int week = Integer.parseInt(m.group(1));
      int year = Integer.parseInt(m.group(2));
      LocalDate start = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return Optional.of(new DatePeriod(m.group(0), start, start.plusDays(6)));
    }
    m = MONTH_SPAN.matcher(text);
    if (m.find()) {
      // "January to June 2027", "from March to May 2027": the months between, in the one year.
      int year = Integer.parseInt(m.group(3));
      YearMonth from = YearMonth.of(year, month(m.group(1)));
      YearMonth to = YearMonth.of(year, month(m.group(2)));
      if (!to.isBefore(from)) {
        return Optional.of(new DatePeriod(m.group(1) + " to " + m.group(2) + " " + year, from.atDay(1), to.atEndOfMonth()));
      }
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      if (isDayBefore(text, m.start())) {
        continue;
      }
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
      return Optional.of(new DatePeriod(m.group(0), ym.atDay(1), ym.atEndOfMonth()));
    }
    m = MONTH_YEAR_OTHER.matcher(text);
    while (m.find()) {
      // "noviembre de 2026", "novembre 2026", "november 2026", "März 2026": a month as the other languages write it.
      if (isDayBefore(text, m.start())) {
        continue;
      }
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), OTHER_MONTHS.get(m.group(1).toLowerCase(java.util.Locale.ROOT)));
      return Optional.of(new DatePeriod(m.group(0), ym.atDay(1), ym.atEndOfMonth()));
    }
    m = FISCAL.matcher(text);
    if (m.find()) {
      int year = Integer.parseInt(m.group(1));
      return Optional.of(new DatePeriod(m.group(0), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
    List<LocalDate> dates = dates(text).stream().map(DateMention::date).toList();
    // "am 18.11.2025 … Budgetplanung 2026", "le 1er septembre 2026": a request with a day in it, in any language, is
    // about that day; a year elsewhere in it is a name's or an item's, not the period the document covers.
    if (!dates.isEmpty() || dayGiven) {
      return Optional.empty();
    }
    m = YEAR.matcher(text);
    if (m.find()) {
      int year = Integer.parseInt(m.group(1));
      return Optional.of(new DatePeriod(m.group(1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
    return Optional.empty();
  }

  private static boolean isDayBefore(String text, int start) {
    String before = text.substring(0, start).stripTrailing();
    return before.matches("(?s).*\\b\\d{1,2}(st|nd|rd|th)?");
  }

  /** A date mentioned in the text, with the words used for it. */
  record DateMention(String text, LocalDate date) {}

  /** Every explicit calendar date, in order of appearance. */
  static List<DateMention> dates(String text) {
    List<int[]> spans = new ArrayList<>();
    List<DateMention> out = new ArrayList<>();
    Matcher m = ISO_DATE.matcher(text);
    while (m.find()) {
      try {
        out.add(new DateMention(m.group(), LocalDate.parse(m.group())));
        spans.add(new int[] {m.start(), m.end()});
      } catch (java.time.DateTimeException ignored) {
        // 2026-13-45 is not a date; leave it as text
      }
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      add(out, m.group(), Integer.parseInt(m.group(3)), m.group(2), Integer.parseInt(m.group(1)));
    }
    m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      add(out, m.group(), Integer.parseInt(m.group(3)), m.group(1), Integer.parseInt(m.group(2)));
    }
    return out;
  }

  private static void add(List<DateMention> out, String text, int year, String month, int day) {
    try {
      out.add(new DateMention(text, LocalDate.of(year, month(month), day)));
    } catch (java.time.DateTimeException ignored) {
      // 31 February: not a date
    }
  }

  private static final java.util.Map<String, Integer> OTHER_MONTHS = otherMonths();
  /** The months of German, French, Spanish and Dutch as one alternation, for a case-insensitive pattern. */
  static final String OTHER_MONTH_NAMES = "(?:" + String.join("|", OTHER_MONTHS.keySet()) + ")";
  private static final Pattern MONTH_YEAR_OTHER = Pattern.compile("(?iu)\\b(" + String.join("|", OTHER_MONTHS.keySet())
      + ")\\s+(?:de\\s+|van\\s+)?((?:19|20)\\d{2})\\b");

  private static java.util.Map<String, Integer> otherMonths() {
    String[][] names = {
        {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
        {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
        {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
        {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}};
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (String[] language : names) {
      for (int i = 0; i < 12; i++) {
        out.putIfAbsent(language[i], i + 1);
      }
    }
    out.put("setiembre", 9);
    return java.util.Collections.unmodifiableMap(out);
  }

  static Month month(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (Month mo : Month.values()) {
      if (mo.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return mo;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }
}
