package dev.docgen.core.internal;

import dev.docgen.api.data.Dataset;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A series of figures a request states in a sentence, as data: "Weekly takings were £18,240, £21,905, £26,330 and
 * £31,120 for weeks 1 to 4" is a table of four weeks and their takings, which a report can total, compare and chart
 * as it would a file.
 */
final class PromptSeries {
  private static final String FIGURE = "[£$€]\\s?\\d{1,3}(?:,\\d{3})*(?:\\.\\d{1,2})?(?:\\s?[km]\\b)?";
  private static final Pattern SERIES = Pattern.compile("(?iu)\\b((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s+(?:were|was|of|came to|:)\\s+("
      + FIGURE + "(?:\\s*,\\s*" + FIGURE + ")+(?:,?\\s+and\\s+" + FIGURE + "))\\s+(?:for|in|across|over)\\s+(?:the\\s+)?"
      + "(?:(weeks?|months?|quarters?|days?)\\s+(\\d{1,2})\\s*(?:to|-|–)\\s*(\\d{1,2})|(\\p{L}+)\\s*(?:to|-|–)\\s*(\\p{L}+))");
  private static final Pattern ONE = Pattern.compile(FIGURE);
  private static final Map<String, String> UNITS = Map.of("week", "Week", "month", "Month", "quarter", "Quarter", "day", "Day");

  private PromptSeries() {}

  /** The series as a one-table dataset, when the request states one of three or more figures with their periods. */
  static Optional<Dataset> of(String prompt) {
    Matcher m = SERIES.matcher(prompt.replaceAll("\\s+", " "));
    if (!m.find()) {
      return Optional.empty();
    }
    List<String> figures = new ArrayList<>();
    for (Matcher f = ONE.matcher(m.group(2)); f.find(); ) {
      figures.add(f.group().replaceAll("\\s", ""));
    }
    List<String> labels = labels(m, figures.size());
    if (figures.size() < 3 || labels.size() != figures.size()) {
      return Optional.empty();
    }
    String measure = SlotFiller.capitalise(m.group(1).replaceFirst("(?iu)^(?:weekly|monthly|quarterly|daily|total|our|the)\\s+", ""));
    String unit = m.group(3) != null ? UNITS.get(m.group(3).toLowerCase(Locale.ROOT).replaceFirst("s$", "")) : "Month";
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      rows.add(List.of(labels.get(i), figures.get(i)));
    }
    return Optional.of(new Dataset("request", Map.of(), Map.of(),
        List.of(DataLoader.typed(measure, List.of(unit, measure), rows, ""))));
  }

  /** The request without the sentence part that states the series, which the data now shows. */
  static String without(String prompt) {
    String text = prompt.replaceAll("\\s+", " ");
    Matcher m = SERIES.matcher(text);
    return m.find() ? text.substring(0, m.start()) + text.substring(m.end()) : prompt;
  }

  private static List<String> labels(Matcher m, int n) {
    List<String> out = new ArrayList<>();
    if (m.group(3) != null) {
      String unit = UNITS.get(m.group(3).toLowerCase(Locale.ROOT).replaceFirst("s$", ""));
      int from = Integer.parseInt(m.group(4));
      int to = Integer.parseInt(m.group(5));
      for (int i = from; i <= to; i++) {
        out.add(unit + " " + i);
      }
      return out;
    }
    Optional<Month> a = month(m.group(6));
    Optional<Month> b = month(m.group(7));
    if (a.isPresent() && b.isPresent()) {
      for (int i = a.get().getValue(); i <= b.get().getValue(); i++) {
        out.add(Month.of(i).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
      }
    }
    return out;
  }

  private static Optional<Month> month(String name) {
    for (Month mo : Month.values()) {
      String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (name.toLowerCase(Locale.ROOT).equals(full) || name.toLowerCase(Locale.ROOT).equals(full.substring(0, 3))) {
        return Optional.of(mo);
      }
    }
    return Optional.empty();
  }
}
