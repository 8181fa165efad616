package dev.docgen.core.internal;

import dev.docgen.api.DocumentIntent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trip's days from what the request says about them: "day 2 meetings at Sony HQ from 10:00", "speak at the
 * Forum on 3 April at 11:00". Each plan goes to its day, and to the morning, afternoon or evening by its time.
 */
final class DayPlans {
  private static final Pattern DAY_N = Pattern.compile("(?iu)^(?:day|tag|jour|día|dag)\\s+(\\d{1,2}|one|two|three|four|five|six|seven)\\b[:,]?\\s*");
  private static final Pattern CLOCK = Pattern.compile("(?iu)\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?\\b");
  private static final Pattern THEN = Pattern.compile("(?iu)\\s*(?:,\\s*)?\\b(?:and then|then|danach|puis|luego|daarna)\\b\\s*");
  private static final Map<String, Integer> WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
      "seven", 7);

  /** The days of the trip, each with its plans by part of the day (0 morning, 1 afternoon, 2 evening). */
  record Day(LocalDate date, List<List<String>> parts) {}

  private DayPlans() {}

  /** How many days the request's dates span, when they are a trip of two weeks or less. */
  static Optional<LocalDate[]> range(DocumentIntent intent, LocalDate today) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    DateFinder.find(Abbreviations.expand(intent.prompt().strip().replaceAll("\\s+", " ")), today)
        .forEach(f -> dates.add(f.date()));
    // "9–11 March 2027" gives its first and last days as slots.
    for (String slot : List.of("start_date", "end_date", "out_date", "back_date")) {
      intent.facts().slot(slot).ifPresent(v -> DateFinder.find(v, today).forEach(f -> dates.add(f.date())));
    }
    if (dates.size() < 2 || ChronoUnit.DAYS.between(dates.first(), dates.last()) > 13) {
      return dates.size() == 1 ? Optional.of(new LocalDate[] {dates.first(), null}) : Optional.empty();
    }
    return Optional.of(new LocalDate[] {dates.first(), dates.last()});
  }

  /** {@code count} days from {@code first} (which may be unknown), with the request's listed plans placed in them. */
  static List<Day> of(DocumentIntent intent, LocalDate today, LocalDate first, int count) {
    List<Day> days = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      days.add(new Day(first == null ? null : first.plusDays(i), List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
    }
    int day = -1;
    int part = 0;
    for (String item : intent.listedItems()) {
      String text = item.strip();
      Matcher n = DAY_N.matcher(text);
      int at = -1;
      if (n.lookingAt()) {
        String g = n.group(1).toLowerCase(Locale.ROOT);
        at = (g.matches("\\d+") ? Integer.parseInt(g) : WORDS.getOrDefault(g, 0)) - 1;
        text = text.substring(n.end());
        part = 0;
      } else if (first != null) {
        List<DateFinder.Found> found = DateFinder.find(text, today);
        if (!found.isEmpty()) {
          at = (int) ChronoUnit.DAYS.between(first, found.get(0).date());
          text = (text.substring(0, found.get(0).start()) + text.substring(found.get(0).end()))
              .replaceAll("\\s+on\\s+(?=\\s|$)", " ").replaceAll("\\s+", " ").strip();
          part = 0;
        }
      }
      if (at >= 0) {
        day = at;
      }
      if (day < 0 || day >= count) {
        continue;
      }
      for (String piece : THEN.split(text)) {
        String p = piece.strip();
        if (p.isEmpty()) {
          continue;
        }
        part = partOf(p).orElse(part);
        days.get(day).parts().get(part).add(SlotFiller.capitalise(p.replaceFirst("(?iu)^(?:i|we)\\s+", "")));
      }
    }
    return days;
  }

  /** The part of the day a plan's time falls in: before noon, before five, or later. */
  private static Optional<Integer> partOf(String plan) {
    Matcher m = CLOCK.matcher(plan);
    while (m.find()) {
      if (m.group(2) == null && m.group(3) == null) {
        continue;
      }
      int h = Integer.parseInt(m.group(1));
      if ("pm".equalsIgnoreCase(m.group(3)) && h < 12) {
        h += 12;
      }
      if (h > 23) {
        continue;
      }
      return Optional.of(h < 12 ? 0 : h < 17 ? 1 : 2);
    }
    return Optional.empty();
  }
}
