package dev.docgen.core.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays an agenda's items over the day the request gives: the time between start and end is shared
 * among the items in 5-minute steps, with a lunch break over midday on days of five hours or more,
 * so the slots add up to the whole day and the last one ends when the day does.
 */
final class AgendaSlots {
  private static final Pattern RANGE = Pattern.compile("(\\d{2}):(\\d{2})–(\\d{2}):(\\d{2})");

  private final String lunchLabel;
  private final String lang;

  private AgendaSlots(String lang) {
    this.lang = lang;
    this.lunchLabel = Phrases.get("Lunch", lang);
  }

  /** Rows of time, item and empty cells up to {@code columns}; empty when the request gives no time range. */
  static List<List<String>> rows(String range, List<String> items, int columns, String lang) {
    return new AgendaSlots(lang).lay(range, items, columns);
  }

  private List<List<String>> lay(String range, List<String> items, int columns) {
    Matcher m = RANGE.matcher(range);
    if (!m.matches()) {
      return List.of();
    }
    LocalTime start = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    LocalTime end = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    int total = (int) java.time.Duration.between(start, end).toMinutes();
    if (total <= 0) {
      return List.of();
    }
    String field = "[" + Phrases.get("agenda-item-field", lang) + "]";
    List<String> agenda = items.isEmpty() ? List.of(field, field, field) : items;
    boolean lunch = total >= 300 && start.isBefore(LocalTime.of(12, 0)) && end.isAfter(LocalTime.of(14, 0));
    int lunchMinutes = lunch ? 60 : 0;
    int per = Math.max(5, (total - lunchMinutes) / agenda.size() / 5 * 5);
    List<List<String>> rows = new ArrayList<>();
    LocalTime t = start;
    boolean lunchDone = !lunch;
    for (int i = 0; i < agenda.size(); i++) {
      if (!lunchDone && !t.isBefore(LocalTime.of(12, 0))) {
        rows.add(row(t, t.plusMinutes(lunchMinutes), lunchLabel, columns));
        t = t.plusMinutes(lunchMinutes);
        lunchDone = true;
      }
      LocalTime next = i == agenda.size() - 1 && lunchDone ? end : t.plusMinutes(per);
      rows.add(row(t, next, SlotFiller.capitalise(agenda.get(i)), columns));
      t = next;
    }
    if (!lunchDone) {
      rows.add(row(t, t.plusMinutes(lunchMinutes), lunchLabel, columns));
      t = t.plusMinutes(lunchMinutes);
    }
    if (t.isBefore(end)) {
      List<String> last = rows.get(rows.size() - 1);
      rows.set(rows.size() - 1, row(LocalTime.parse(last.get(0).substring(0, 5)), end, last.get(1), columns));
    }
    return rows;
  }

  private List<String> row(LocalTime from, LocalTime to, String item, int columns) {
    List<String> row = new ArrayList<>(List.of(from + "–" + to, item));
    while (row.size() < columns) {
      row.add(row.size() == 2 && !item.equals(lunchLabel) ? "[" + Phrases.get("lead-field", lang) + "]" : "");
    }
    return row;
  }
}
