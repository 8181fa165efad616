package dev.docgen.core.internal;

import dev.docgen.api.DatePeriod;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cash forecast as a request states it: "Opening balance £420,000 on 1 January 2027, monthly burn £95,000,
 * customer receipts growing from £30,000 in January by £5,000 a month, for January to June 2027". Each month
 * opens with the last one's closing balance.
 */
final class CashFlow {
  private static final String MONEY = "([£$€])\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?(k|m)?\\b";
  private static final Pattern OPENING = Pattern.compile("(?iu)\\b(?:opening (?:cash )?balance|cash in the bank|starting cash|"
      + "we have)\\s*(?:of|is|:)?\\s*" + MONEY);
  private static final Pattern BURN = Pattern.compile("(?iu)\\b(?:monthly\\s+)?(?:burn|costs|outgoings|payments|spend|expenses)"
      + "(?:\\s+rate)?\\s*(?:of|is|are|:)?\\s*" + MONEY + "(?:\\s*(?:a|per|/)\\s*month)?");
  private static final Pattern RECEIPTS_GROWING = Pattern.compile("(?iu)\\b(?:customer\\s+)?(?:receipts|income|revenue|sales)\\s+"
      + "(?:growing|rising|increasing)\\s+from\\s+" + MONEY + "(?:\\s+in\\s+\\p{L}+)?\\s+by\\s+" + MONEY + "\\s*(?:a|per|each)\\s*month");
  private static final Pattern RECEIPTS_FLAT = Pattern.compile("(?iu)\\b(?:customer\\s+)?(?:receipts|income|revenue)\\s*(?:of|are|:)?\\s*"
      + MONEY + "\\s*(?:a|per|/)\\s*month");

  /** One month of the forecast. */
  record Month(YearMonth month, BigDecimal opening, BigDecimal receipts, BigDecimal payments, BigDecimal closing) {
    BigDecimal net() {
      return receipts.subtract(payments);
    }
  }

  /** The months, the currency sign, and how the request worded receipts and payments. */
  record Forecast(List<Month> months, String currency, BigDecimal receiptsStart, BigDecimal receiptsGrowth, BigDecimal burn) {
    Month lowest() {
      return months.stream().min(java.util.Comparator.comparing(Month::closing)).orElseThrow();
    }

    List<Month> belowZero() {
      return months.stream().filter(m -> m.closing().signum() < 0).toList();
    }
  }

  private CashFlow() {}

  static Optional<Forecast> read(String prompt, Optional<DatePeriod> period) {
    Matcher open = OPENING.matcher(prompt);
    Matcher burn = BURN.matcher(prompt);
    if (period.isEmpty() || !open.find() || !burn.find()) {
      return Optional.empty();
    }
    BigDecimal balance = LineItems.scaled(open.group(2), open.group(3));
    BigDecimal payments = LineItems.scaled(burn.group(2), burn.group(3));
    BigDecimal receipts = BigDecimal.ZERO;
    BigDecimal growth = BigDecimal.ZERO;
    Matcher grow = RECEIPTS_GROWING.matcher(prompt);
    Matcher flat = RECEIPTS_FLAT.matcher(prompt);
    if (grow.find()) {
      receipts = LineItems.scaled(grow.group(2), grow.group(3));
      growth = LineItems.scaled(grow.group(5), grow.group(6));
    } else if (flat.find()) {
      receipts = LineItems.scaled(flat.group(2), flat.group(3));
    }
    List<Month> months = new ArrayList<>();
    YearMonth from = YearMonth.from(period.get().start());
    YearMonth to = YearMonth.from(period.get().end());
    BigDecimal r = receipts;
    for (YearMonth m = from; !m.isAfter(to) && months.size() < 36; m = m.plusMonths(1)) {
      BigDecimal closing = balance.add(r).subtract(payments);
      months.add(new Month(m, balance, r, payments, closing));
      balance = closing;
      r = r.add(growth);
    }
    return months.size() < 2 ? Optional.empty() : Optional.of(new Forecast(months, open.group(1), receipts, growth, payments));
  }

}
