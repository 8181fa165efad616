package dev.docgen.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries of a maintenance log, read from the items a request lists: "FL-02 had its hydraulic hose replaced on
 * 3 November 2026 by Dave Price", "FL-01 passed its LOLER inspection on 10 November", "FL-03 is due a battery check".
 * Each gives what it can of the asset, the date, the kind of work, the work done, the part, who did it and what is due.
 */
final class LogEntries {
  /** One entry; an empty string is what the item does not say. */
  record Entry(LocalDate date, String asset, String type, String work, String part, String by, String due) {}

  private static final Pattern ASSET = Pattern.compile(
      "(?u)^((?:the\\s+|our\\s+)?(?:[A-Z]{1,6}-?\\d[\\w-]*|\\p{Lu}[\\p{L}-]*\\s+\\d+\\w*|(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}\\p{Ll}[\\p{L}-]*"
          + "(?=\\s+(?:had|has|was|were|is|passed|failed|got|received|needs|needed))))\\s+");
  private static final Pattern BY = Pattern.compile("(?u)\\s+(?:by|durch|par|por|door)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})");
  private static final Pattern ON_DATE = Pattern.compile("(?iu)\\s+(?:on|am|le|el|op)\\s*$");
  private static final Pattern DUE = Pattern.compile("(?iu)^(?:is\\s+|are\\s+)?(?:due\\s+(?:a|an|its|for(?:\\s+an?|\\s+its)?)?|needs\\s+(?:a|an|its)?|"
      + "awaiting\\s+(?:a|an|its)?)\\s*(.+)$");
  private static final Pattern HAD_DONE = Pattern.compile("(?iu)^(?:had|has had|got)\\s+(?:its|their|a|an|the|new)?\\s*(.+?)\\s+"
      + "(replaced|repaired|fixed|serviced|inspected|checked|tested|cleaned|changed|fitted|topped up)$");
  private static final Pattern POSSESSIVE = Pattern.compile("(?iu)\\b(?:its|their)\\s+");
  private static final Pattern INSPECTION = Pattern.compile("(?iu)\\b(?:inspect|loler|puwer|mot\\b|test|check|audit|survey)");
  private static final Pattern SERVICE = Pattern.compile("(?iu)\\bservic");
  private static final Pattern REPAIR = Pattern.compile("(?iu)\\b(?:replac|repair|fix|fitted|changed)");

  private LogEntries() {}

  /** The entries of {@code items}; an item without an asset or any work is not an entry. */
  static List<Entry> read(List<String> items, LocalDate today) {
    List<Entry> out = new ArrayList<>();
    for (String item : items) {
      entry(item.strip(), today).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Entry> entry(String item, LocalDate today) {
    Matcher asset = ASSET.matcher(item);
    if (!asset.lookingAt()) {
      return Optional.empty();
    }
    String rest = item.substring(asset.end());
    String by = "";
    Matcher who = BY.matcher(rest);
    if (who.find()) {
      by = who.group(1);
      rest = rest.substring(0, who.start()) + rest.substring(who.end());
    }
    LocalDate date = null;
    List<DateFinder.Found> dates = DateFinder.find(rest, today);
    if (!dates.isEmpty()) {
      DateFinder.Found d = dates.get(0);
      date = d.date();
      String before = ON_DATE.matcher(rest.substring(0, d.start())).replaceFirst("");
      rest = (before + rest.substring(d.end())).strip();
    }
    rest = rest.replaceAll("\\s+", " ").strip();
    Matcher due = DUE.matcher(rest);
    if (due.matches()) {
      return Optional.of(new Entry(date, assetName(asset.group(1)), "", "", "", by, SlotFiller.capitalise(due.group(1))));
    }
    String part = "";
    String work = rest;
    Matcher had = HAD_DONE.matcher(rest);
    if (had.matches()) {
      work = had.group(1) + " " + had.group(2);
      part = REPAIR.matcher(had.group(2)).find() ? SlotFiller.capitalise(had.group(1)) : "";
    }
    work = POSSESSIVE.matcher(work).replaceAll("").replaceFirst("(?iu)^(?:was|were|is|has been|have been|had been)\\s+", "");
    if (work.isBlank()) {
      return Optional.empty();
    }
    String type = INSPECTION.matcher(work).find() ? "Inspection" : SERVICE.matcher(work).find() ? "Service"
        : REPAIR.matcher(work).find() ? "Repair" : "";
    return Optional.of(new Entry(date, assetName(asset.group(1)), type, SlotFiller.capitalise(work), part, by, ""));
  }

  private static String assetName(String matched) {
    return SlotFiller.capitalise(matched.replaceFirst("(?iu)^(?:the|our)\\s+", ""));
  }
}
