package dev.docgen.core.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours a timesheet request gives: "Mon–Thu 8 hours, Fri 6 hours", "Jade Ellis 7.5 hours each day Monday to
 * Friday, Tom Reilly 8 hours Monday to Wednesday only", with the week they fall in ("week commencing 23 November
 * 2026", "23–27 November 2026") and an hourly rate ("rate £55/hour").
 */
final class TimeEntries {
  private static final String DAY = "(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)";
  private static final String DAYS = DAY + "(?:\\s*(?:–|-|to|through)\\s*" + DAY + ")?";
  private static final String HOURS = "(\\d{1,2}(?:[.,]\\d{1,2})?)\\s*(?:hours?|hrs?|h)\\b";
  private static final String NAME = "(\\p{Lu}[\\p{L}'’-]+\\s\\p{Lu}[\\p{L}'’-]+)";
  private static final Pattern DAYS_THEN_HOURS = Pattern.compile("(?iu)\\b" + DAYS + "\\s*:?\\s*" + HOURS);
  private static final Pattern HOURS_THEN_DAYS = Pattern.compile("(?u)(?:" + NAME + "\\s+)?" + HOURS.replace("(?:hours", "(?i:hours")
      + "(?:\\s+(?i:each day|a day|per day|daily))?\\s+(?i:on\\s+)?(?i:" + DAYS + ")");
  private static final Pattern RATE = Pattern.compile("(?iu)(?:rate\\s*:?\\s*)?([£$€])\\s?(\\d{1,4}(?:[.,]\\d{2})?)\\s*(?:/|an?|per)\\s*(?:hour|hr|h)\\b");
  private static final Pattern WEEK_OF = Pattern.compile("(?iu)\\bweek\\s+(?:commencing|beginning|starting|of)\\s+$");
  private static final List<String> ORDER = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  /** One person's hours on one day; {@code person} is empty when the request names only one. */
  record Entry(String person, DayOfWeek day, BigDecimal hours) {}

  /** The entries, the Monday of their week (or null), and the hourly rate with its currency sign (or null). */
  record Sheet(List<Entry> entries, LocalDate monday, String currency, BigDecimal rate) {
    BigDecimal total() {
      return entries.stream().map(Entry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    List<String> people() {
      return entries.stream().map(Entry::person).filter(p -> !p.isEmpty()).distinct().toList();
    }
  }

  private TimeEntries() {}

  /** The hours of {@code prompt}; {@code start} is the first day the request gives for them, or null. */
  static Optional<Sheet> read(String prompt, LocalDate today, LocalDate start) {
    String text = prompt.replaceAll("\\s+", " ");
    List<Entry> entries = new ArrayList<>();
    List<int[]> used = new ArrayList<>();
    Matcher m = HOURS_THEN_DAYS.matcher(text);
    while (m.find()) {
      add(entries, m.group(1) == null ? "" : m.group(1), m.group(3), m.group(4), m.group(2));
      used.add(new int[] {m.start(), m.end()});
    }
    Matcher d = DAYS_THEN_HOURS.matcher(text);
    while (d.find()) {
      int at = d.start();
      int end = d.end();
      if (used.stream().noneMatch(u -> at < u[1] && u[0] < end)) {
        add(entries, "", d.group(1), d.group(2), d.group(3));
      }
    }
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    LocalDate monday = start == null ? null : start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    for (DateFinder.Found f : DateFinder.find(text, today)) {
      String before = text.substring(Math.max(0, f.start() - 30), f.start());
      if (monday == null && (WEEK_OF.matcher(before).find() || f.date().getDayOfWeek() == DayOfWeek.MONDAY)) {
        monday = f.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        break;
      }
    }
    Matcher rate = RATE.matcher(text);
    boolean priced = rate.find();
    entries.sort(java.util.Comparator.comparing((Entry e) -> e.person()).thenComparing(Entry::day));
    return Optional.of(new Sheet(List.copyOf(entries), monday, priced ? rate.group(1) : null,
        priced ? new BigDecimal(rate.group(2).replace(',', '.')) : null));
  }

  private static void add(List<Entry> entries, String person, String from, String to, String hours) {
    int a = ORDER.indexOf(from.substring(0, 3).toLowerCase(Locale.ROOT));
    int b = to == null ? a : ORDER.indexOf(to.substring(0, 3).toLowerCase(Locale.ROOT));
    BigDecimal h = new BigDecimal(hours.replace(',', '.'));
    for (int d = a; d <= b && d >= 0; d++) {
      DayOfWeek day = DayOfWeek.of(d + 1);
      entries.removeIf(e -> e.person().equals(person) && e.day() == day);
      entries.add(new Entry(person, day, h));
    }
  }

  /** "37.5", "24": hours as a person writes them. */
  static String hours(BigDecimal h) {
    return h.stripTrailingZeros().toPlainString();
  }

  /** The slots a timesheet's details take from its entries. */
  static void slots(Sheet sheet, Map<String, String> out) {
    out.put("total_hours", hours(sheet.total()));
  }
}
