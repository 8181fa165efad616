package dev.docgen.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What minutes read from a request: the decisions and actions it states, in a list or in a sentence ("We agreed to
 * move the go-live to 2 February, Raj will get the revised quote by 11 December, and the budget stays at £18,500"),
 * and when the next meeting is.
 */
final class MinutesFacts {
  private static final Pattern AGREED = Pattern.compile("(?iu)\\b(?:we|the\\s+(?:meeting|board|committee|team|group|panel))\\s+"
      + "(?:agreed|decided|resolved)\\s+(?:that\\s+)?([^.!?]+)");
  private static final Pattern NEXT = Pattern.compile("(?iu)\\b(?:next\\s+meeting|nächste[ns]?\\s+(?:Sitzung|Treffen|Besprechung)|prochaine\\s+réunion"
      + "|próxima\\s+reunión|volgende\\s+vergadering)(?:\\s+(?:is|will be|ist|est|es|is op))?\\s*(?::\\s*|on\\s+)?"
      + "(\\p{Lu}?[^.;!?]*\\d[^.;!?]*)");

  private MinutesFacts() {}

  /**
   * Puts the decisions and actions into {@code lists} and the next meeting into {@code slots}; a list the request
   * gave is taken whole ({@code listed} is emptied), a sentence of what was agreed is split into its parts.
   */
  static void read(String text, Map<String, String> slots, List<String> listed, Map<String, List<String>> lists) {
    Matcher next = NEXT.matcher(text);
    if (next.find()) {
      String when = Abbreviations.restore(next.group(1).strip());
      slots.put("next_meeting", when);
      // "Next meeting … in Room 3B": the next meeting's room, not necessarily this one's.
      String location = slots.getOrDefault("location", "");
      if (!location.isEmpty() && when.contains(location) && text.indexOf(location) == text.indexOf(when) + when.indexOf(location)) {
        slots.remove("location");
      }
      listed.removeIf(i -> i.contains(next.group(1).strip()));
    }
    if (lists.containsKey("decisions") || lists.containsKey("actions")) {
      return;
    }
    List<String> attendees = lists.getOrDefault("attendees", List.of());
    Map<String, List<String>> said = split(listed, attendees);
    if (!said.isEmpty()) {
      lists.putAll(said);
      listed.clear();
      return;
    }
    Matcher agreed = AGREED.matcher(text);
    List<String> parts = new ArrayList<>();
    while (agreed.find()) {
      FactExtractor.split(agreed.group(1), false).forEach(p -> parts.add(Abbreviations.restore(p.replaceFirst("(?iu)^to\\s+", ""))));
    }
    if (parts.isEmpty()) {
      return;
    }
    said = split(parts, attendees);
    lists.put("decisions", said.isEmpty() ? parts.stream().map(SlotFiller::capitalise).toList() : said.get("decisions"));
    if (!said.isEmpty()) {
      lists.put("actions", said.get("actions"));
    }
    lists.put("stated", parts);
  }

  private static final Pattern ACTOR_ITEM = Pattern.compile(
      "(?u)^(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)\\s+(?i:owns|will|is to|to|takes|agreed to|is taking)\\s+(.+)$");
  private static final Pattern LATER_ACTION = Pattern.compile("(?iu)^(?:and\\s+)?(?:will|to)\\s+(.+)$");
  private static final Pattern WE_MOVE = Pattern.compile("(?iu)^(?:we're|we are|we’re|we will be|we'll be)\\s+(moving|changing|dropping|"
      + "adding|cancelling|starting|stopping|keeping|extending)\\s+(.+)$");

  /**
   * Minutes written as a sentence ("we're moving the Friday deploy freeze to Thursday 16:00, Aisha owns the new on-call
   * rota and will publish it by Wednesday, and Ben will chase the Datadog renewal"): a person's undertaking is an action
   * ("Aisha to publish the new on-call rota by Wednesday"), what the meeting settled a decision.
   */
  static Map<String, List<String>> split(List<String> listed, List<String> attendees) {
    List<String> decisions = new java.util.ArrayList<>();
    List<String> actions = new java.util.ArrayList<>();
    String owner = null;
    String object = null;
    for (String raw : listed) {
      String item = raw.strip().replaceFirst("(?iu)^and\\s+", "");
      Matcher actor = ACTOR_ITEM.matcher(item);
      Matcher later = LATER_ACTION.matcher(item);
      if (actor.matches()) {
        String first = actor.group(1);
        // "Aisha" is "Aisha Rahman" when the attendees say so.
        List<String> full = attendees.stream().filter(a -> a.startsWith(first + " ")).toList();
        owner = full.size() == 1 ? full.get(0) : first;
        String task = actor.group(2).replaceFirst("(?iu)^owns\\s+", "own ");
        if (item.substring(first.length()).strip().toLowerCase(Locale.ROOT).startsWith("owns ")) {
          object = task;
          task = "own " + task;
        }
        actions.add(owner + " to " + task);
      } else if (later.matches() && owner != null) {
        String task = later.group(1);
        if (object != null) {
          task = task.replaceFirst("(?iu)\\bit\\b", Matcher.quoteReplacement(object));
        }
        actions.add(owner + " to " + task);
      } else {
        Matcher move = WE_MOVE.matcher(item);
        decisions.add(move.matches() ? SlotFiller.capitalise(move.group(1).replaceFirst("ing$", "e").replace("movee", "move")
            .replace("cancelle", "cancel").replace("droppe", "drop").replace("stoppe", "stop").replace("adde", "add")
            .replace("keepe", "keep").replace("starte", "start").replace("extende", "extend")) + " " + move.group(2)
            : SlotFiller.capitalise(item));
      }
    }
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    if (!actions.isEmpty()) {
      out.put("decisions", decisions);
      out.put("actions", actions);
    }
    return out;
  }
}
