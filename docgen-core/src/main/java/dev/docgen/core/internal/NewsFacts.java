package dev.docgen.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a newsletter reads from a request: the month of the issue ("for the December news"), its top story (the first
 * item the request gives) and the dated items that go in the diary ("the Christmas party is on 18 December at The
 * Cutlers Hall from 19:00").
 */
final class NewsFacts {
  private static final Pattern MONTH_ISSUE = Pattern.compile("(?iu)\\b(january|february|march|april|may|june|july|august|"
      + "september|october|november|december)(?:\\s+((?:19|20)\\d{2}))?\\s+(?:news|newsletter|edition|issue|update|round-?up|bulletin)\\b");
  private static final Pattern VAGUE = Pattern.compile("(?iu)^(?:something|anything|a few words|some words|a bit)\\b");
  private static final Pattern DATED = Pattern.compile("(?iu)^(?:the\\s+|our\\s+)?(?:(.+?)\\s+)??(is|are|will be|takes place|closes|"
      + "opens|reopens|starts|ends|begins)?\\s*(?:on\\s+)?(\\d{1,2}\\s+(?:january|february|march|april|may|june|july|august|"
      + "september|october|november|december)(?:\\s+(?:19|20)\\d{2})?)(.*)$");
  private static final Pattern CHANGE = Pattern.compile("(?iu)closes|opens|reopens|starts|ends|begins");
  private static final Pattern AT_PLACE = Pattern.compile("(?u)\\b(?i:at|in)\\s+((?:The\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,4})");

  private NewsFacts() {}

  /** Puts the issue's month, top story and diary into {@code slots} and {@code lists}; returns the subject. */
  static String read(String text, String subject, Map<String, String> slots, List<String> listed,
      Map<String, List<String>> lists, LocalDate today) {
    Matcher month = MONTH_ISSUE.matcher(text);
    if (month.find() && !slots.containsKey("period")) {
      java.time.Month named = java.time.Month.valueOf(month.group(1).toUpperCase(Locale.ROOT));
      // "the March news" asked for in November is next March's.
      String year = month.group(2) != null ? month.group(2)
          : String.valueOf(named.getValue() < today.getMonthValue() ? today.getYear() + 1 : today.getYear());
      slots.put("period", SlotFiller.capitalise(month.group(1).toLowerCase(Locale.ROOT)) + " " + year);
    }
    if (VAGUE.matcher(subject).find()) {
      // "something for all staff for the December news": no topic, only the issue.
      boolean staff = slots.getOrDefault("audience", "").matches("(?iu).*\\b(?:staff|employees|everyone|colleagues|team)\\b.*");
      subject = staff ? "staff news" : "";
      slots.put("subject", subject);
      slots.remove("purpose");
    }
    if (listed.size() > 1) {
      // The first item is the top story; the brief items are the others.
      slots.putIfAbsent("top_story", SlotFiller.capitalise(listed.remove(0)));
    }
    List<String> diary = new ArrayList<>();
    String previous = "";
    List<String> items = new ArrayList<>(listed);
    slots.computeIfPresent("top_story", (k, v) -> {
      items.add(0, v);
      return v;
    });
    for (String item : items) {
      Matcher d = DATED.matcher(item.strip());
      if (!d.matches()) {
        continue;
      }
      String who = d.group(1) == null ? "" : d.group(1).strip();
      String verb = d.group(2) == null ? "" : d.group(2).toLowerCase(Locale.ROOT);
      String event = who;
      if (CHANGE.matcher(verb).matches()) {
        // "the office closes 24 December, reopens 4 January 2027": the office does both.
        who = who.isEmpty() ? previous : who;
        event = who + " " + verb;
      }
      previous = who;
      if (event.isBlank()) {
        continue;
      }
      List<DateFinder.Found> dates = DateFinder.find(d.group(3), today);
      if (dates.isEmpty() || dates.get(0).date().isBefore(today)) {
        // The diary is what is still to come.
        continue;
      }
      String rest = d.group(4);
      Matcher place = AT_PLACE.matcher(rest);
      Matcher time = Pattern.compile("\\b(?:from|at)\\s+(\\d{1,2}[:.]\\d{2})").matcher(rest);
      diary.add(d.group(3) + " | " + SlotFiller.capitalise(event) + (time.find() ? ", " + time.group(1) : "") + " | "
          + (place.find() ? place.group(1) : "—"));
    }
    if (!diary.isEmpty()) {
      lists.put("results", diary);
    }
    return subject;
  }
}
