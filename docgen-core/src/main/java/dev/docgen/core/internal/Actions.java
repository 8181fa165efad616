package dev.docgen.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an action the request gives ("Ana to send the plan by Friday") into action, owner and due date. */
final class Actions {
  private static final Pattern OWNER_FIRST = Pattern.compile(
      "(?iu)^(\\p{Lu}[\\p{L}'’.\u2024-]*(?:\\s+\\p{Lu}[\\p{L}'’.\u2024-]*){0,2}|the \\w+ team|[A-Z]{2,})\\s+(?:to|will|is to|must|soll|doit|debe|moet)\\s+(.+)$");
  private static final Pattern DUE = Pattern.compile("(?iu)^(.+?)\\s+(?:by|before|until|due|bis|avant|antes de|voor|uiterlijk)\\s+(.+)$");

  private Actions() {}

  static List<String> row(String action, int columns) {
    String what = action.strip();
    String owner = "[owner]";
    String due = "[due date]";
    Matcher m = OWNER_FIRST.matcher(what);
    if (m.matches()) {
      owner = m.group(1);
      what = m.group(2);
    }
    Matcher d = DUE.matcher(what);
    if (d.matches()) {
      what = d.group(1);
      due = d.group(2);
    }
    List<String> row = new ArrayList<>(List.of(SlotFiller.capitalise(what), owner, due));
    while (row.size() < columns) {
      row.add("");
    }
    return row.subList(0, Math.max(1, columns));
  }
}
