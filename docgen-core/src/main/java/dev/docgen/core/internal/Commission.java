package dev.docgen.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A commission plan as a request states it, applied to the sales it lists: "commission 8% up to £50,000 and 12%
 * above" is 8% of the first £50,000 and 12% of the rest; "commission 5%" is 5% of all of it.
 */
final class Commission {
  private static final String PCT = "(\\d{1,2}(?:[.,]\\d{1,2})?)\\s?%";
  private static final String MONEY = "([£$€])\\s?(\\d{1,3}(?:,\\d{3})*(?:\\.\\d{1,2})?|\\d+(?:\\.\\d{1,2})?)\\s?(k|m)?";
  private static final Pattern TIERED = Pattern.compile("(?iu)\\bcommission(?:\\s+(?:is|at|of|rate))?\\s*:?\\s*" + PCT
      + "\\s+(?:up to|on the first|to)\\s+" + MONEY + "\\s*(?:,|and|then|;)?\\s*" + PCT
      + "\\s+(?:above|over|thereafter|beyond|on the rest|after that)");
  private static final Pattern FLAT = Pattern.compile("(?iu)\\bcommission(?:\\s+(?:is|at|of|rate))?\\s*:?\\s*" + PCT + "(?!\\s+(?:up to|on the first))");

  /** What the plan pays on {@code sales}: the amount, and the working, one line per band. */
  record Result(BigDecimal commission, List<BigDecimal[]> bands) {}

  private Commission() {}

  static Optional<Result> of(String prompt, BigDecimal sales) {
    Matcher t = TIERED.matcher(prompt);
    if (t.find()) {
      BigDecimal low = pct(t.group(1));
      BigDecimal cap = LineItems.scaled(t.group(3), t.group(4));
      BigDecimal high = pct(t.group(5));
      BigDecimal first = sales.min(cap);
      BigDecimal rest = sales.subtract(first).max(BigDecimal.ZERO);
      List<BigDecimal[]> bands = new ArrayList<>();
      bands.add(new BigDecimal[] {low, first, first.multiply(low)});
      if (rest.signum() > 0) {
        bands.add(new BigDecimal[] {high, rest, rest.multiply(high)});
      }
      return Optional.of(new Result(round(first.multiply(low).add(rest.multiply(high))), bands));
    }
    Matcher f = FLAT.matcher(prompt);
    if (f.find()) {
      BigDecimal rate = pct(f.group(1));
      return Optional.of(new Result(round(sales.multiply(rate)), List.<BigDecimal[]>of(new BigDecimal[] {rate, sales, sales.multiply(rate)})));
    }
    return Optional.empty();
  }

  /** "8% up to £50,000 and 12% above", as the request words it. */
  static Optional<String> plan(String prompt) {
    Matcher t = TIERED.matcher(prompt);
    if (t.find()) {
      return Optional.of(t.group().replaceFirst("(?iu)^commission(?:\\s+(?:is|at|of|rate))?\\s*:?\\s*", ""));
    }
    Matcher f = FLAT.matcher(prompt);
    return f.find() ? Optional.of(f.group(1) + "%") : Optional.empty();
  }

  private static BigDecimal pct(String p) {
    return new BigDecimal(p.replace(',', '.')).movePointLeft(2);
  }


  private static BigDecimal round(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }
}
