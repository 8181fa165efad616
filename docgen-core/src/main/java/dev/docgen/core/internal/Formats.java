package dev.docgen.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Locale-aware formatting of the numbers and dates written into prose. */
public final class Formats {
  private final Locale locale;

  public Formats(Locale locale) {
    this.locale = locale;
  }

  /** {@code €12,202.82} for EUR in en-GB; plain {@code 12,202.82} when no currency is known. */
  public String money(BigDecimal value, String currency) {
    if (currency.isEmpty()) {
      return decimal(value, 2);
    }
    NumberFormat f = NumberFormat.getCurrencyInstance(locale);
    try {
      f.setCurrency(Currency.getInstance(currency));
    } catch (IllegalArgumentException e) {
      return decimal(value, 2) + " " + currency;
    }
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return f.format(value);
  }

  public String decimal(BigDecimal value, int digits) {
    DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
    f.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(locale));
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value);
  }

  public String integer(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** A fraction as a percentage with one decimal: 0.3215 gives {@code 32.2%}. */
  public String percent(BigDecimal fraction) {
    // German, French and Spanish set the sign apart, with a space that never breaks the figure from it.
    String lang = locale.getLanguage();
    boolean apart = lang.equals("de") || lang.equals("fr") || lang.equals("es");
    return decimal(fraction.movePointRight(2), 1) + (apart ? "\u00a0%" : "%");
  }

  /** A value of a measure: money for currency measures, otherwise grouped with 0 or 2 decimals. */
  public String measure(BigDecimal value, TableProfile.Measure m) {
    return switch (m.type()) {
      case CURRENCY -> money(value, m.currency());
      case INTEGER -> value.stripTrailingZeros().scale() <= 0 ? integer(value.longValue()) : decimal(value, 2);
      case PERCENT -> percent(value);
      default -> decimal(value, 2);
    };
  }

  /** A month and year, such as {@code January 2027}. */
  public String monthYear(java.time.YearMonth month) {
    return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
  }

  /** A long date, such as {@code 28 November 2026} in en-GB. */
  public String longDate(LocalDate date) {
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
  }
}
