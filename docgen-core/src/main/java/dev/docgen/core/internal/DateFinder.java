package dev.docgen.core.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in a request as written, in English, German, French, Spanish and Dutch, with
 * or without a year ("1 December", "3. März 2027", "le 12 novembre", "5 de mayo", "2026-11-24"). A
 * date without a year takes the year that puts it nearest to today.
 */
final class DateFinder {
  /** One date: the words used, where they stand, and the day meant. */
  record Found(String text, int start, int end, LocalDate date) {}

  private static final Map<String, Month> MONTHS = months();
  // "Nov. 27", "27 Nov. 2026": the dot of a short month; "… week ending 27 November." ends the sentence, not the date.
  private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")(?:\\.(?=\\s*\\d))?";
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?iu)(?=\\d)(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|[.\u2024]|º)?\\s+(?:de\\s+)?" + MONTH
          + "(?:,?\\s+(?:de\\s+)?((?:19|20)\\d{2}))?(?![\\p{L}\\d])");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?iu)(?=[jfmasonde])(?<![\\p{L}\\d])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?(?![\\p{L}\\d:])");

  // 18.12.2026 and 18/12/2026: day first, as written everywhere but the US.
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d{2})(?!\\d|\\.\\d)");

  private DateFinder() {}

  private static Map<String, Month> months() {
    Map<String, Month> m = new java.util.LinkedHashMap<>();
    String[][] names = {
        {"january", "jan", "januar", "jänner", "janvier", "enero", "januari"},
        {"february", "feb", "februar", "février", "fevrier", "febrero", "februari"},
        {"march", "mar", "märz", "maerz", "mars", "marzo", "maart"},
        {"april", "apr", "avril", "abril"},
        {"may", "mai", "mayo", "mei"},
        {"june", "jun", "juni", "juin", "junio"},
        {"july", "jul", "juli", "juillet", "julio"},
        {"august", "aug", "août", "aout", "agosto", "augustus"},
        {"september", "sep", "sept", "septembre", "septiembre", "setiembre"},
        {"october", "oct", "oktober", "octobre", "octubre"},
        {"november", "nov", "novembre", "noviembre"},
        {"december", "dec", "dezember", "décembre", "decembre", "diciembre"}};
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, Month.of(i + 1));
      }
    }
    return m;
  }

  static List<Found> find(String text, LocalDate today) {
    List<Found> out = new ArrayList<>();
    if (text.chars().noneMatch(Character::isDigit)) {
      return out;
    }
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      try {
        out.add(new Found(m.group(), m.start(), m.end(), LocalDate.parse(m.group())));
      } catch (java.time.DateTimeException ignored) {
        // 2026-13-45 is not a date
      }
    }
    m = NUMERIC.matcher(text);
    while (m.find()) {
      try {
        out.add(new Found(m.group(), m.start(), m.end(), LocalDate.of(Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))));
      } catch (java.time.DateTimeException ignored) {
        // 31/02/2026 is not a date
      }
    }
    // Both patterns need a month's name; most requests have none.
    String lower = text.toLowerCase(Locale.ROOT);
    boolean named = MONTHS.keySet().stream().anyMatch(lower::contains);
    m = DAY_MONTH.matcher(text);
    while (named && m.find()) {
      add(out, text, m, Integer.parseInt(m.group(1)), m.group(2), m.group(3), today);
    }
    m = MONTH_DAY.matcher(text);
    while (named && m.find()) {
      add(out, text, m, Integer.parseInt(m.group(2)), m.group(1), m.group(3), today);
    }
    out.sort(Comparator.comparingInt(Found::start));
    List<Found> distinct = new ArrayList<>();
    for (Found f : out) {
      if (distinct.stream().noneMatch(d -> f.start() < d.end() && d.start() < f.end())) {
        distinct.add(f);
      }
    }
    return distinct;
  }

  /** The days of the week, written out, in the five languages: for patterns that must skip a weekday before a date. */
  static final String WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|"
      + "freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|"
      + "sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag";
  private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?iu)\\b(mon|tue|wed|thu|fri|sat|sun|montag|dienstag|"
      + "mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
      + "miércoles|jueves|viernes|sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\p{L}*\\.?,?\\s*"
      + "(?:the\\s+|den\\s+|le\\s+|el\\s+)?$");
  private static final Pattern YEARED = Pattern.compile("(?iu)\\b\\d{1,2}(?:st|nd|rd|th|\\.)?(?:\\s*[–-]\\s*\\d{1,2})?\\s+\\p{L}{3,9}\\.?\\s+"
      + "((?:19|20)\\d{2})\\b");
  private static final java.util.Map<String, java.time.DayOfWeek> WEEKDAYS = weekdays();

  /**
   * The year of a date written without one: the year of a full date before it in the request ("Berlin 3–5 December 2025
   * … 3 Dec 14:00"), else the one whose day of the week is the one written ("Thursday 20 November" is 2025's), else the
   * one nearest today.
   */
  private static LocalDate withoutYear(String text, int start, int day, Month month, LocalDate today) {
    Matcher weekday = WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, start - 16), start));
    java.time.DayOfWeek named = weekday.find() ? WEEKDAYS.get(weekday.group(1).toLowerCase(Locale.ROOT).substring(0, 3)) : null;
    Matcher yeared = YEARED.matcher(text.substring(0, start));
    Integer context = null;
    while (yeared.find()) {
      context = Integer.parseInt(yeared.group(1));
    }
    int base = context != null ? context : today.getYear();
    LocalDate reference = context != null ? LocalDate.of(context, month, 1) : today;
    LocalDate best = null;
    for (int year = base - 1; year <= base + 1; year++) {
      if (day > month.length(java.time.Year.isLeap(year))) {
        continue;
      }
      LocalDate c = LocalDate.of(year, month, day);
      boolean fits = named != null && c.getDayOfWeek() == named;
      boolean bestFits = best != null && named != null && best.getDayOfWeek() == named;
      boolean nearer = best == null || Math.abs(c.toEpochDay() - reference.toEpochDay())
          < Math.abs(best.toEpochDay() - reference.toEpochDay());
      // A stated year holds unless the weekday says otherwise; the weekday, when written, wins over nearness.
      if (fits && !bestFits || fits == bestFits && nearer) {
        best = c;
      }
    }
    if (context != null && (named == null || best == null || best.getDayOfWeek() != named)
        && day <= month.length(java.time.Year.isLeap(context))) {
      best = LocalDate.of(context, month, day);
    }
    return best != null ? best : LocalDate.of(today.getYear(), month, day);
  }

  private static java.util.Map<String, java.time.DayOfWeek> weekdays() {
    java.util.Map<String, java.time.DayOfWeek> m = new java.util.HashMap<>();
    String[][] names = {{"mon", "lun", "maa"}, {"tue", "die", "mar", "din"}, {"wed", "mit", "mer", "mié", "woe"},
        {"thu", "don", "jeu", "jue"}, {"fri", "fre", "ven", "vie", "vri"}, {"sat", "sam", "sáb", "zat"},
        {"sun", "son", "dim", "dom", "zon"}};
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.putIfAbsent(n, java.time.DayOfWeek.of(i + 1));
      }
    }
    return m;
  }

  private static void add(List<Found> out, String text, Matcher m, int day, String monthName, String year,
      LocalDate today) {
    String key = monthName.toLowerCase(Locale.ROOT).replace(".", "");
    Month month = MONTHS.get(key);
    // "may" and "mar" are words too: take them as months only with a day in front or a year after.
    // "1 feb" is a date with its day in front; "2 may" and "3 mar" may be a number and a word.
    boolean dayFirst = m.pattern() == DAY_MONTH && !key.matches("may|mar|mai|mei");
    if (month == null || key.length() <= 3 && year == null && !dayFirst && !Character.isUpperCase(monthName.charAt(0))) {
      return;
    }
    try {
      LocalDate date;
      if (year != null) {
        date = LocalDate.of(Integer.parseInt(year), month, day);
      } else {
        date = withoutYear(text, m.start(), day, month, today);
      }
      out.add(new Found(m.group().strip(), m.start(), m.end(), date));
    } catch (java.time.DateTimeException ignored) {
      // 31 February: not a date
    }
  }
}
