package dev.docgen.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a support-ticket request states: "1,482 tickets opened, 1,397 resolved, median first response 2.1
 * hours, CSAT 91%; top issues were password resets (312), billing disputes (187) and the Android sync bug (140)".
 * Each is kept as written; the top issues keep their counts, so that their share of the tickets opened can be given.
 */
final class TicketFigures {
  /** One issue category and its ticket count. */
  record Issue(String name, BigDecimal count) {}

  private static final String COUNT = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
  private static final Map<String, Pattern> FIGURES = new LinkedHashMap<>();

  static {
    FIGURES.put("opened", Pattern.compile("(?iu)\\b" + COUNT + "\\s+(?:new\\s+)?tickets?\\s+(?:were\\s+)?(?:opened|received|raised|logged|"
        + "created|came in)|\\b(?:opened|received|raised|logged)[:\\s]+" + COUNT + "\\b"));
    FIGURES.put("resolved", Pattern.compile("(?iu)\\b" + COUNT + "\\s+(?:tickets?\\s+)?(?:were\\s+)?(?:resolved|closed|solved)|"
        + "\\b(?:resolved|closed|solved)[:\\s]+" + COUNT + "\\b"));
    FIGURES.put("backlog", Pattern.compile("(?iu)\\bbacklog(?:\\s+of|\\s+is|\\s+was|\\s+at|:)?\\s+" + COUNT + "|\\b" + COUNT
        + "\\s+(?:tickets?\\s+)?(?:still\\s+)?(?:open|outstanding|unresolved)\\b"));
    FIGURES.put("first_response", Pattern.compile("(?iu)\\b(?:(?:median|average|mean)\\s+)?first[- ]response(?:\\s+time)?"
        + "(?:\\s+of|\\s+was|\\s+is|:)?\\s+(\\d+(?:\\.\\d+)?\\s*(?:hours?|hrs?|h|minutes?|mins?|days?))"));
    FIGURES.put("resolution_time", Pattern.compile("(?iu)\\b(?:(?:median|average|mean)\\s+)?(?:time to resolution|resolution time)"
        + "(?:\\s+of|\\s+was|\\s+is|:)?\\s+(\\d+(?:\\.\\d+)?\\s*(?:hours?|hrs?|h|minutes?|mins?|days?))"));
    FIGURES.put("csat", Pattern.compile("(?iu)\\b(?:CSAT|customer satisfaction|satisfaction)(?:\\s+score)?(?:\\s+of|\\s+was|\\s+at|"
        + "\\s+is|:)?\\s+(\\d{1,3}(?:\\.\\d)?\\s?%|\\d(?:\\.\\d)?\\s?/\\s?5)"));
    FIGURES.put("sla", Pattern.compile("(?iu)\\b(\\d{1,3}(?:\\.\\d)?\\s?%)\\s+(?:of tickets\\s+)?(?:were\\s+)?(?:resolved\\s+)?"
        + "(?:within|inside|met|meeting)\\s+(?:the\\s+)?SLA"));
  }

  private static final Pattern TOP = Pattern.compile("(?iu)\\b(?:top|main|biggest|most common)\\s+(?:issues?|categories|"
      + "problems|drivers|reasons)(?:\\s+were|\\s+are|:)?\\s+([^.;]+)");
  private static final Pattern ISSUE = Pattern.compile("(?u)(?:^|,\\s*|\\s+and\\s+)(?:the\\s+)?([^,()]+?)\\s*\\(" + COUNT + "\\)");

  private TicketFigures() {}

  /** The figures {@code text} states, by slot name, as written. */
  static Map<String, String> read(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    FIGURES.forEach((slot, p) -> {
      Matcher m = p.matcher(text);
      if (m.find()) {
        out.put(slot, (m.group(1) != null ? m.group(1) : m.group(2)).strip());
      }
    });
    return out;
  }

  /** The top issues with their counts, in the order given; empty when the request names none with a count. */
  static List<Issue> issues(String text) {
    List<Issue> out = new ArrayList<>();
    Matcher top = TOP.matcher(text);
    if (!top.find()) {
      return out;
    }
    Matcher m = ISSUE.matcher(top.group(1));
    while (m.find()) {
      out.add(new Issue(SlotFiller.capitalise(m.group(1).strip()), new BigDecimal(m.group(2).replace(",", ""))));
    }
    return out;
  }

  static BigDecimal count(String written) {
    return new BigDecimal(written.replace(",", ""));
  }
}
