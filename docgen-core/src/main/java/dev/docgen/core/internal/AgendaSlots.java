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
    List<Item> agenda = (items.isEmpty() ? List.of(field, field, field) : items).stream().map(i -> item(i, lang)).toList();
    boolean lunch = total >= 300 && start.isBefore(LocalTime.of(12, 0)) && end.isAfter(LocalTime.of(14, 0));
    int lunchMinutes = lunch ? 60 : 0;
    // "treasurer's report (Dev Malhotra, 15 min)" takes its 15 minutes; the other items share the rest.
    int fixed = agenda.stream().mapToInt(Item::minutes).sum();
    long flexible = agenda.stream().filter(i -> i.minutes() == 0).count();
    int per = flexible == 0 ? 0 : Math.max(5, (int) ((total - lunchMinutes - fixed) / flexible / 5 * 5));
    List<List<String>> rows = new ArrayList<>();
    LocalTime t = start;
    boolean lunchDone = !lunch;
    for (int i = 0; i < agenda.size(); i++) {
      if (!lunchDone && !t.isBefore(LocalTime.of(12, 0))) {
        rows.add(row(t, t.plusMinutes(lunchMinutes), lunchLabel, columns));
        t = t.plusMinutes(lunchMinutes);
        lunchDone = true;
      }
      Item item = agenda.get(i);
      LocalTime next = i == agenda.size() - 1 && lunchDone ? end : t.plusMinutes(item.minutes() > 0 ? item.minutes() : per);
      List<String> row = row(t, next, SlotFiller.capitalise(item.text()), columns);
      if (!item.lead().isEmpty() && row.size() > 2) {
        row.set(2, item.lead());
      }
      if (!item.outcome().isEmpty() && row.size() > 3) {
        row.set(3, item.outcome());
      }
      rows.add(row);
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

  /** An item as listed, its minutes and lead in brackets, and the decision it asks for after a dash. */
  record Item(String text, int minutes, String lead, String outcome) {}

  private static final Pattern BRACKETS = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*(.*)$");
  private static final Pattern MINUTES = Pattern.compile("(?iu)^(\\d{1,3})\\s*(?:min|mins|minutes|minuten|minutos)\\.?$");
  private static final Pattern LEAD = Pattern.compile("(?u)^(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}$");
  private static final Pattern DECISION = Pattern.compile("(?iu)\\s*(?:[-–—:]\\s*|\\s)(?:decision needed|for decision|decision required|"
      + "to decide|for approval|approval needed)\\s*$");

  static Item item(String raw, String lang) {
    String text = raw.strip();
    String outcome = "";
    Matcher decision = DECISION.matcher(text);
    if (decision.find()) {
      outcome = Phrases.get(decision.group().toLowerCase(java.util.Locale.ROOT).contains("approv") ? "Approval" : "Decision", lang);
      text = text.substring(0, decision.start()).strip();
    }
    int minutes = 0;
    String lead = "";
    Matcher b = BRACKETS.matcher(text);
    if (b.matches()) {
      List<String> kept = new ArrayList<>();
      for (String part : b.group(2).split("\\s*,\\s*")) {
        Matcher min = MINUTES.matcher(part);
        if (min.matches() && minutes == 0) {
          minutes = Integer.parseInt(min.group(1));
        } else if (LEAD.matcher(part).matches() && lead.isEmpty()) {
          lead = part;
        } else {
          kept.add(part);
        }
      }
      text = (b.group(1) + (kept.isEmpty() ? "" : " (" + String.join(", ", kept) + ")") + " " + b.group(3)).strip();
    }
    return new Item(text, minutes, lead, outcome);
  }

  private List<String> row(LocalTime from, LocalTime to, String item, int columns) {
    List<String> row = new ArrayList<>(List.of(from + "–" + to, item));
    while (row.size() < columns) {
      row.add(row.size() == 2 && !item.equals(lunchLabel) ? "[" + Phrases.get("lead-field", lang) + "]" : "");
    }
    return row;
  }
}
