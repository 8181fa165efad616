package dev.docgen.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results a performance review request states, one row each (objective, measure, result): "hit 94% customer
 * satisfaction against a 90% target", "reduced average response time from 6 hours to 3.5 hours", "missed the goal
 * of completing the ILM Level 3 course"; and the overall rating it gives ("Rating: exceeds expectations").
 */
final class ReviewResults {
  private static final String FIGURE = "(\\d+(?:[.,]\\d+)?\\s?(?:%|hours?|days?|minutes?|points?|k)?)";
  private static final Pattern AGAINST = Pattern.compile("(?iu)\\b(?:hit|achieved|reached|delivered|got|scored|made)\\s+"
      + FIGURE + "\\s+(?:in\\s+|on\\s+|for\\s+)?([\\p{L} -]+?)\\s+against\\s+(?:a|an|the|her|his|their)?\\s*(?:target\\s+of\\s+)?"
      + FIGURE + "(?:\\s+target)?\\b");
  private static final Pattern CHANGED = Pattern.compile("(?iu)\\b(reduced|cut|lowered|increased|raised|grew|improved|"
      + "brought down)\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?([\\p{L} -]+?)\\s+from\\s+" + FIGURE + "\\s+to\\s+" + FIGURE);
  private static final Pattern MISSED = Pattern.compile("(?iu)\\b(?:missed|did not meet|didn't meet|fell short of)\\s+"
      + "(?:the|her|his|their)\\s+(?:goal|target|objective|deadline)\\s+(?:of\\s+|for\\s+|to\\s+)?([^,;.]+)");
  private static final Pattern RATING = Pattern.compile("(?iu)\\b((?:exceeds|exceeded|meets|met|partly meets|partially meets|"
      + "does not meet|below)\\s+expectations|outstanding|excellent|strong|good|satisfactory|needs improvement|unsatisfactory)\\b");
  private static final Pattern RATING_LABEL = Pattern.compile("(?iu)\\b(?:overall\\s+)?rating\\s*(?::|is|of)\\s*");

  private static final Pattern ACHIEVED = Pattern.compile("(?u)(?:^|[.;!?]\\s+|,\\s+(?:and\\s+)?|\\band\\s+)(?:(?:She|He|They|\\p{Lu}\\p{Ll}+)\\s+)?"
      + "((?i:hit|won|exceeded|delivered|led|mentored|achieved|launched|closed|grew|secured|landed|built|saved|completed|"
      + "coached|trained|introduced|negotiated|doubled|cut)\\s+(?:[^.;!?,(]|[.,](?=\\d)|\\([^)]*\\)){3,120}?)(?=[.;!?,](?!\\d)|$)");

  private ReviewResults() {}

  /**
   * Puts the rows into {@code lists} ("results", each "objective | measure | result") and the overall rating into
   * {@code slots}; the clauses they came from join {@code listed}, where the review's strengths and areas for
   * development take them, and the rating leaves it.
   */
  static void read(String text, Map<String, String> slots, List<String> listed, Map<String, List<String>> lists) {
    List<String> rows = new ArrayList<>();
    List<String> said = new ArrayList<>();
    Matcher m = AGAINST.matcher(text);
    while (m.find()) {
      BigDecimal result = number(m.group(1));
      BigDecimal target = number(m.group(3));
      String versus = result == null || target == null ? "" : result.compareTo(target) >= 0 ? " (above target)" : " (below target)";
      rows.add(SlotFiller.capitalise(m.group(2).strip()) + " | Target " + m.group(3).strip() + " | " + m.group(1).strip() + versus);
      said.add(m.group());
    }
    m = CHANGED.matcher(text);
    while (m.find()) {
      // "reduced average response time from 6 hours to 3.5 hours": Average response time | Reduced from 6 hours | 3.5 hours
      rows.add(SlotFiller.capitalise(m.group(2).strip()) + " | " + SlotFiller.capitalise(m.group(1).toLowerCase(java.util.Locale.ROOT))
          + " from " + m.group(3).strip() + " | " + m.group(4).strip());
      said.add(m.group());
    }
    m = MISSED.matcher(text);
    while (m.find()) {
      rows.add(SlotFiller.capitalise(m.group(1).strip().replaceFirst("(?iu)^completing\\b", "complete")) + " | "
          + "[[measure]] | Not achieved");
      said.add(m.group());
    }
    // "She hit 118% of her £1.2m target, won the Halden Group account (£310k/yr), mentored two new hires": what she
    // achieved, each a strength.
    Matcher done = ACHIEVED.matcher(text);
    while (done.find()) {
      String clause = SlotFiller.capitalise(done.group(1).strip());
      if (listed.stream().noneMatch(i -> i.equalsIgnoreCase(clause) || i.contains(done.group(1).strip()))) {
        listed.add(clause);
      }
    }
    Matcher label = RATING_LABEL.matcher(text);
    if (label.find()) {
      Matcher rating = RATING.matcher(text.substring(label.end()));
      if (rating.lookingAt()) {
        String value = rating.group(1).toLowerCase(java.util.Locale.ROOT);
        slots.put("overall_rating", value);
        listed.removeIf(i -> i.strip().equalsIgnoreCase(value));
        if (value.equals(slots.get("purpose"))) {
          slots.remove("purpose");
        }
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    lists.put("results", List.copyOf(rows));
    for (String clause : said) {
      if (listed.stream().noneMatch(i -> i.contains(clause) || clause.contains(i))) {
        listed.add(clause);
      }
    }
  }

  private static BigDecimal number(String figure) {
    String digits = figure.replaceAll("[^\\d.,]", "").replace(',', '.');
    return digits.isEmpty() ? null : new BigDecimal(digits);
  }
}
