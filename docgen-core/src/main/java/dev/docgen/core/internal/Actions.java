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
  // "add expiry monitoring (owner: Priya Shah, by 5 December)": who and when, in brackets after the action.
  private static final Pattern BRACKETED = Pattern.compile("(?iu)^(.+?)\\s*\\(\\s*(?:owner|owned by|lead|verantwortlich|"
      + "responsable|eigenaar)\\s*[:=]?\\s*([^,;)]+?)\\s*(?:[,;]\\s*(?:(?:by|due|bis|avant|pour le|antes del?|voor)\\s*:?\\s*)?([^)]+?))?\\s*\\)$");
  private static final Pattern OWNER_COLUMN = Pattern.compile("(?iu).*\\b(?:owner|responsible|who|verantwortlich|zuständig|"
      + "responsable|quién|eigenaar|wie)\\b.*");
  private static final Pattern DUE_COLUMN = Pattern.compile("(?iu).*\\b(?:due|date|deadline|by when|when|fällig\\p{L}*|termin|bis|"
      + "échéance|date limite|fecha\\p{L}*|plazo|datum)\\b.*");

  private Actions() {}

  /** The action, its owner and its due date, in that order, with a field for an owner or date it does not give. */
  static String[] parts(String action) {
    String what = action.strip();
    String owner = "[owner]";
    String due = "[due date]";
    Matcher b = BRACKETED.matcher(what);
    if (b.matches()) {
      what = b.group(1);
      owner = b.group(2).strip();
      if (b.group(3) != null) {
        due = b.group(3).strip();
      }
      return new String[] {SlotFiller.capitalise(what), owner, due};
    }
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
    return new String[] {SlotFiller.capitalise(what), owner, due};
  }

  /**
   * One row under {@code columns}: the action first, the owner under the owner's column and the date under the date's,
   * other columns empty. Columns whose headers name neither take owner and date in turn.
   */
  static List<String> row(String action, List<String> columns) {
    String[] parts = parts(action);
    int ownerAt = -1;
    int dueAt = -1;
    for (int c = 1; c < columns.size(); c++) {
      if (ownerAt < 0 && OWNER_COLUMN.matcher(columns.get(c)).matches()) {
        ownerAt = c;
      } else if (dueAt < 0 && DUE_COLUMN.matcher(columns.get(c)).matches()) {
        dueAt = c;
      }
    }
    if (ownerAt < 0 && dueAt < 0) {
      ownerAt = columns.size() > 1 ? 1 : -1;
      dueAt = columns.size() > 2 ? 2 : -1;
    }
    List<String> row = new ArrayList<>();
    for (int c = 0; c < Math.max(1, columns.size()); c++) {
      row.add(c == 0 ? parts[0] : c == ownerAt ? parts[1] : c == dueAt ? parts[2] : "");
    }
    return row;
  }
}
