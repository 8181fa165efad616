package dev.docgen.core.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meeting's details as people jot them: "Chair was Priya Ramanathan (Head of Operations)", "chair Margaret Okafor",
 * "Tom Ashdown took notes", "18:00 … close by 20:00", "Room 3B at the Leeds office", "St Mary's Hall, Harrow".
 */
final class MeetingDetails {
  private MeetingDetails() {}

  private static final String NAME = "((?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})";
  private static final Pattern CHAIR = Pattern.compile("(?u)\\b(?i:chair)(?:\\s+(?i:was|is|will be))?\\s*:?\\s+" + NAME
      + "(?:\\s*\\(([^)]{2,40})\\))?");
  private static final Pattern TOOK_NOTES = Pattern.compile("(?u)" + NAME + "\\s+(?i:took|takes|is taking|will take|to take)\\s+"
      + "(?i:the\\s+)?(?i:notes|minutes)\\b");
  private static final Pattern CLOSE_BY = Pattern.compile("(?iu)\\b(?:close|closing|finish|finishing|end|ending)\\s+(?:by|at)\\s+"
      + "(\\d{1,2}[:.]\\d{2})\\b");
  private static final Pattern START = Pattern.compile("(?u)(?<![\\d:.])(\\d{1,2}[:.]\\d{2})(?![\\d:.])");
  private static final Pattern ROOM_AT = Pattern.compile("(?u)\\b((?:Room|Meeting room|Conference room|Board room|Boardroom)\\s+"
      + "[\\p{L}\\d.-]{1,6})\\s+(?:at|in)\\s+(?:the\\s+)?([\\p{L}'’ ]{3,40}?)(?=[,;.)]|$)");
  private static final Pattern VENUE = Pattern.compile("(?u)(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’]+\\s+){1,3}(?:Hall|Centre|Center|House|"
      + "Hotel|Library|Church|Theatre|Pavilion|Barn|Club|Institute|Chambers|Lodge)(?:,\\s*\\p{Lu}[\\p{L}'’-]+(?![\\p{L}\\s]*\\d))?)");

  static void read(String text, Map<String, String> slots) {
    Matcher chair = CHAIR.matcher(text);
    if (!slots.containsKey("chair") && chair.find()) {
      slots.put("chair", chair.group(1) + (chair.group(2) == null ? "" : " (" + chair.group(2).strip() + ")"));
    }
    Matcher notes = TOOK_NOTES.matcher(text);
    if (notes.find()) {
      // Whoever took the notes wrote the minutes, not "Chris Hale from Finance".
      slots.put("sender", notes.group(1));
    }
    Matcher close = CLOSE_BY.matcher(text);
    if (!slots.containsKey("time_range") && close.find()) {
      Matcher start = START.matcher(text.substring(0, close.start()));
      if (start.find()) {
        slots.put("time_range", start.group(1).replace('.', ':') + "–" + close.group(1).replace('.', ':'));
      }
    }
    for (String listed : PromptPatterns.listedItems(text)) {
      AgendaSlots.Item item = AgendaSlots.item(listed, "en");
      if (!item.outcome().isEmpty()) {
        // "youth centre roof repair quote £42k - decision needed": what the meeting must decide.
        slots.putIfAbsent("decision_item", SlotFiller.capitalise(item.text()));
        break;
      }
    }
    Matcher room = ROOM_AT.matcher(text);
    String location = slots.getOrDefault("location", "");
    if (room.find() && (location.isEmpty() || room.group(2).strip().equalsIgnoreCase(location))) {
      slots.put("location", room.group(1) + ", " + room.group(2).strip());
    } else if (location.isEmpty()) {
      Matcher venue = VENUE.matcher(text);
      if (venue.find()) {
        slots.put("location", venue.group(1).strip());
      }
    }
  }
}
