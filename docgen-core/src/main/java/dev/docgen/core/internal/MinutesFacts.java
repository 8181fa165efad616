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
  private static final Pattern AGREED = Pattern.compile("(?iu)\\b(?:we|the\\s+(?:meeting|board|committee|team|group|panel|trustees|"
      + "governors|council))\\s+(agreed|decided|resolved|approved|voted\\s+to|accepted)\\s+(?:that\\s+)?([^.!?]+)");
  private static final Pattern REPORTED = Pattern.compile("(?u)(?:^|(?<=[.!?:])\\s+)(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?\\s+"
      + "(?i:reported|presented|updated the (?:meeting|board|committee)|explained|noted|confirmed|said|flagged|raised|highlighted|warned)\\s+"
      + "(?:(?i:that)\\s+)?[^.!?]+?)(?=\\s+and\\s+the\\s+(?i:board|meeting|committee)\\b|[.!?]|$)");
  private static final Pattern COSTED = Pattern.compile("(?iu)(?:quote|quoted|quotation|at a cost|costing|cost|price)\\b");
  // "Lucy to circulate the new volunteer policy before the next meeting.": an undertaking in a sentence of its own.
  private static final Pattern UNDERTAKING = Pattern.compile("(?u)(?:^|(?<=[.!?;:])\\s+|\\s[–—-]\\s)(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?\\s+"
      + "(?i:to|will)\\s+\\p{Ll}[^.!?;]+)");
  private static final Pattern NEXT = Pattern.compile("(?iu)\\b(?:next\\s+meeting|nächste[ns]?\\s+(?:Sitzung|Treffen|Besprechung)|prochaine\\s+réunion"
      + "|próxima\\s+reunión|volgende\\s+vergadering)(?:\\s+(?:is|will be|ist|est|es|is op))?\\s*(?::\\s*|on\\s+)?"
      + "(\\p{Lu}?[^.;!?]*\\d[^.;!?]*)");

  private MinutesFacts() {}

  /**
   * Puts the decisions and actions into {@code lists} and the next meeting into {@code slots}; a list the request
   * gave is taken whole ({@code listed} is emptied), a sentence of what was agreed is split into its parts.
   */
  static void read(String text, Map<String, String> slots, List<String> listed, Map<String, List<String>> lists) {
    // "Dev reported the reserves stand at £48,250": what was reported is what the meeting discussed, as it was said.
    Matcher reported = REPORTED.matcher(text);
    List<String> reports = new ArrayList<>();
    while (reported.find()) {
      reports.add(Abbreviations.restore(reported.group(1).strip()) + ".");
    }
    if (!reports.isEmpty()) {
      slots.put("reported", String.join("\n", reports));
    }
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
      // "the board approved the 2026 budget": what was approved is the decision, with its verb.
      String verb = agreed.group(1).toLowerCase(Locale.ROOT);
      String lead = verb.equals("approved") || verb.equals("accepted") ? SlotFiller.capitalise(verb) + " " : "";
      for (String p : FactExtractor.split(agreed.group(2), false)) {
        String part = Abbreviations.restore(p.replaceFirst("(?iu)^to\\s+", ""));
        if (COSTED.matcher(part).lookingAt() && !parts.isEmpty()) {
          // "to replace the hall roof, quote from Castle Roofing £18,400": the cost belongs to what was agreed.
          parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " (" + SlotFiller.lowerStart(part) + ")");
        } else {
          parts.add(lead + part);
        }
      }
    }
    Matcher undertaking = UNDERTAKING.matcher(text);
    boolean agreedAny = !parts.isEmpty();
    while (undertaking.find()) {
      String u = Abbreviations.restore(undertaking.group(1).strip());
      if (parts.stream().noneMatch(p -> u.contains(p) || p.contains(u))) {
        parts.add(u);
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    said = split(parts, attendees);
    if (!agreedAny && said.isEmpty()) {
      return;
    }
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
        owner = full.size() == 1 ? full.get(0).replaceFirst("\\s*\\([^)]*\\)$", "") : first;
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
