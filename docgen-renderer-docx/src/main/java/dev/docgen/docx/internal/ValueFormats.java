package dev.docgen.docx.internal;

import dev.docgen.api.model.Column;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Formats table values for the document's locale: grouping separators, two decimals for decimals
 * and currency (with the column's currency symbol), fractions as percentages, ISO 8601 dates (unambiguous in every locale and as written in the data).
 * Holds non-thread-safe formats, so one instance serves one render.
 */
final class ValueFormats {
  private final Locale locale;
  private final NumberFormat integer;
  private final NumberFormat decimal;
  private final NumberFormat percent;
  private final DateTimeFormatter date;

  ValueFormats(Locale locale) {
    this.locale = locale;
    this.integer = fixed(NumberFormat.getNumberInstance(locale), 0);
    this.decimal = fixed(NumberFormat.getNumberInstance(locale), 2);
    this.percent = NumberFormat.getPercentInstance(locale);
    percent.setMinimumFractionDigits(1);
    percent.setMaximumFractionDigits(1);
    percent.setRoundingMode(RoundingMode.HALF_UP);
    this.date = DateTimeFormatter.ISO_LOCAL_DATE;
  }

  private static NumberFormat fixed(NumberFormat f, int digits) {
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    f.setGroupingUsed(true);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  /** The cell text of {@code value} in {@code column}; an empty string stays blank. */
  String format(Column column, Object value) {
    if ("".equals(value)) {
      return "";
    }
    return switch (column.type()) {
      case INTEGER -> integer.format((BigDecimal) value);
      case DECIMAL -> decimal.format((BigDecimal) value);
      case PERCENT -> percent.format((BigDecimal) value);
      case CURRENCY -> currency(column.currency()).format((BigDecimal) value);
      case DATE -> date.format((LocalDate) value);
      case TEXT -> value.toString();
    };
  }

  private NumberFormat currency(String code) {
    if (code.isEmpty()) {
      // No code in the data: never guess a currency from the reader's locale.
      return decimal;
    }
    NumberFormat f = fixed(NumberFormat.getCurrencyInstance(locale), 2);
    if (!code.isEmpty()) {
      f.setCurrency(Currency.getInstance(code));
      f.setMinimumFractionDigits(2);
      f.setMaximumFractionDigits(2);
    }
    return f;
  }
}
