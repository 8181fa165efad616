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
        LocalDate same = LocalDate.of(today.getYear(), month, Math.min(day, month.length(today.isLeapYear())));
        LocalDate next = same.plusYears(1);
        LocalDate prev = same.minusYears(1);
        date = same;
        for (LocalDate c : List.of(next, prev)) {
          if (Math.abs(c.toEpochDay() - today.toEpochDay()) < Math.abs(date.toEpochDay() - today.toEpochDay())) {
            date = c;
          }
        }
        date = LocalDate.of(date.getYear(), month, day);
      }
      out.add(new Found(m.group().strip(), m.start(), m.end(), date));
    } catch (java.time.DateTimeException ignored) {
      // 31 February: not a date
    }
  }
}
