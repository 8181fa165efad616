package dev.docgen.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A budget's lines as a terse request gives them, each with its timing: "licences 4k/mo", "cloud 9.5k/mo",
 * "contractors 30k in Q1 only", "hardware refresh 60k in march". Each line is spread over the twelve months of
 * its year: a monthly amount every month, a quarter's amount over its three months, a month's amount in that month.
 */
final class BudgetLines {
  private static final Pattern LINE = Pattern.compile("(?iu)^((?:[\\p{L}'’&-]+\\s+){0,3}?[\\p{L}'’&-]+)\\s+([£$€])?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?(k|m)?"
      + "\\s*(?:(/\\s?mo(?:nth)?|a month|per month|monthly|each month)|in\\s+(Q[1-4])(?:\\s+only)?|in\\s+(\\p{L}+)(?:\\s+only)?|"
      + "(/\\s?yr|a year|per year|per annum|annually))?$");
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /** One line: its name and its amount in each of the twelve months. */
  record Line(String name, BigDecimal[] months) {
    BigDecimal total() {
      BigDecimal t = BigDecimal.ZERO;
      for (BigDecimal m : months) {
        t = t.add(m);
      }
      return t;
    }

    BigDecimal quarter(int q) {
      return months[q * 3].add(months[q * 3 + 1]).add(months[q * 3 + 2]);
    }
  }

  /** The lines, and the currency sign the request gives (empty when it gives none). */
  record Plan(List<Line> lines, String currency) {
    BigDecimal total() {
      return lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  private BudgetLines() {}

  static Optional<Plan> read(List<String> listed, String prompt) {
    List<String> items = new ArrayList<>(listed);
    if (items.isEmpty()) {
      items.addAll(List.of(prompt.split("\\s*,\\s*")));
    }
    List<Line> lines = new ArrayList<>();
    String currency = "";
    for (String item : items) {
      Matcher m = LINE.matcher(item.strip().replaceAll("[.;]+$", ""));
      if (!m.matches() || m.group(1).matches("(?iu)\\d{4}.*|.*\\bbudget\\b.*")) {
        continue;
      }
      BigDecimal v = LineItems.scaled(m.group(3), m.group(4));
      currency = m.group(2) != null ? m.group(2) : currency;
      BigDecimal[] months = new BigDecimal[12];
      java.util.Arrays.fill(months, BigDecimal.ZERO);
      if (m.group(5) != null) {
        java.util.Arrays.fill(months, v);
      } else if (m.group(6) != null) {
        int q = m.group(6).charAt(1) - '1';
        BigDecimal third = v.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP);
        months[q * 3] = third;
        months[q * 3 + 1] = third;
        months[q * 3 + 2] = v.subtract(third.multiply(BigDecimal.valueOf(2)));
      } else if (m.group(7) != null && MONTHS.contains(m.group(7).toLowerCase(Locale.ROOT).substring(0, Math.min(3, m.group(7).length())))) {
        months[MONTHS.indexOf(m.group(7).toLowerCase(Locale.ROOT).substring(0, 3))] = v;
      } else if (m.group(8) != null) {
        BigDecimal twelfth = v.divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP);
        java.util.Arrays.fill(months, twelfth);
        months[11] = v.subtract(twelfth.multiply(BigDecimal.valueOf(11)));
      } else {
        continue;
      }
      lines.add(new Line(SlotFiller.capitalise(m.group(1)), months));
    }
    return lines.size() < 2 ? Optional.empty() : Optional.of(new Plan(List.copyOf(lines), currency));
  }
}
