package dev.docgen.api.spi;

import dev.docgen.api.model.Column;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/**
 * Cell text for table values, shared by every renderer so a table reads the same in each format:
 * grouped numbers for the locale,
 * currency only when the column names its ISO code, percentages from fractions, ISO dates.
 */
public final class CellFormatter {
  private final Locale locale;
  private final NumberFormat integer;
  private final NumberFormat decimal;
  private final NumberFormat percent;
  private final java.util.Map<String, NumberFormat> currencies = new java.util.HashMap<>();

  /** Formats for {@code locale}; one instance serves one render (NumberFormat is not thread-safe). */
  public CellFormatter(Locale locale) {
    this.locale = locale;
    this.integer = fixed(NumberFormat.getNumberInstance(locale), 0);
    this.decimal = fixed(NumberFormat.getNumberInstance(locale), 2);
    this.percent = fixed(NumberFormat.getPercentInstance(locale), 1);
  }

  private static NumberFormat fixed(NumberFormat f, int digits) {
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  /** The cell text of {@code value} in {@code column}; {@code ""} stays blank. */
  public String format(Column column, Object value) {
    if ("".equals(value)) {
      return "";
    }
    switch (column.type()) {
      case INTEGER:
        return integer.format((BigDecimal) value);
      case DECIMAL:
        return decimal.format((BigDecimal) value);
      case PERCENT:
        return percent.format((BigDecimal) value);
      case CURRENCY:
        if (column.currency().isEmpty()) {
          return decimal.format((BigDecimal) value);
        }
        return currencies.computeIfAbsent(column.currency(), code -> {
          NumberFormat f = fixed(NumberFormat.getCurrencyInstance(locale), 2);
          f.setCurrency(Currency.getInstance(code));
          return f;
        }).format((BigDecimal) value);
      case DATE:
        return ((LocalDate) value).toString();
      default:
        return value.toString();
    }
  }
}
