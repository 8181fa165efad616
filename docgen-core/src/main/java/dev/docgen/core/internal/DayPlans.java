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
    List<String> items = first == null ? List.of() : byDate(intent.prompt(), today, first, count);
    for (String item : items.isEmpty() ? intent.listedItems() : items) {
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

  private static final Pattern LEADS = Pattern.compile("(?iu)(?:^|[.;:!?]\\s+)(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
      + "(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+)?$");
  private static final Pattern ON_NEXT = Pattern.compile("(?iu)(?:^|(?<=[.;])\\s+)([^.;]*\\s(?:on|am|le|el|op))$");
  private static final Pattern PIECE = Pattern.compile("(?<=[.;])\\s+|,\\s+(?![^(]*\\))");
  private static final Pattern WEEKDAY_TAIL = Pattern.compile("(?iu)[,.;:]?\\s*(?:on\\s+)?\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|"
      + "sun)(?:day|nesday|sday|urday|rsday)?\\.?\\s*$");

  /**
   * The request's own words, day by day, when it dates two days of the trip or more: "Mon 5 May 2025: BA982 …, check
   * in. 14:00 meeting …. Tue 6 May: 09:30-16:00 conference …" gives each day what follows its date, clause by clause,
   * the first clause of each led by its date.
   */
  private static List<String> byDate(String prompt, LocalDate today, LocalDate first, int count) {
    String text = Abbreviations.expand(prompt.strip().replaceAll("\\s+", " "));
    List<DateFinder.Found> found = DateFinder.find(text, today).stream()
        .sorted(java.util.Comparator.comparingInt(DateFinder.Found::start)).toList();
    long inTrip = found.stream().map(DateFinder.Found::date).distinct()
        .filter(d -> !d.isBefore(first) && ChronoUnit.DAYS.between(first, d) < count).count();
    List<String> out = new ArrayList<>();
    // Only a request that leads its days with their dates ("Tue 6 May: …", ". 4 Dec all day at …") is read this way;
    // "site visit on 4 May at 09:00" dates a plan after it, as a list item does.
    long leading = found.stream().filter(f -> LEADS.matcher(text.substring(0, f.start())).find()).count();
    int needed = Math.min(2, count);
    if (inTrip < needed || leading < needed) {
      return out;
    }
    String carried = "";
    for (int i = 0; i < found.size(); i++) {
      DateFinder.Found f = found.get(i);
      int end = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
      String segment = carried + WEEKDAY_TAIL.matcher(text.substring(f.end(), end)).replaceFirst("")
          .replaceFirst("^[\\s:,.–—-]+", "").strip();
      carried = "";
      // "Fly BA982 … 10:20 on 3 Dec": the last sentence before a date that it ends on is that date's.
      Matcher on = ON_NEXT.matcher(segment);
      if (i + 1 < found.size() && on.find()) {
        carried = on.group(1).replaceFirst("\\s+(?:on|am|le|el|op)$", "") + ". ";
        segment = segment.substring(0, on.start()).strip();
      }
      boolean led = true;
      for (String piece : PIECE.split(segment)) {
        String p = Abbreviations.restore(piece.strip().replaceAll("[.;,]+$", ""));
        if (p.isEmpty()) {
          continue;
        }
        // The day as the whole request dates it: "Tue 6 May" after "Mon 5 May 2025" is 2025's.
        out.add(led ? f.date() + " " + p : p);
        led = false;
      }
      if (led) {
        out.add(f.date().toString());
      }
    }
    return out;
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
