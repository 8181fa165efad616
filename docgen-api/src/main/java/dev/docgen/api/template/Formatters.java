package dev.docgen.api.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The formatters a value tag can use, in the document's locale:
 * {@code date[:pattern]}, {@code number[:decimals]}, {@code currency[:ISO code]},
 * {@code percent[:decimals]}, {@code upper}, {@code lower}, {@code capitalize}, {@code trim},
 * {@code default:text}.
 */
public final class Formatters {
  public static final List<String> NAMES = List.of("date", "number", "currency", "percent", "upper", "lower",
      "capitalize", "trim", "default");

  private Formatters() {}

  /** Applies one formatter. {@code value} is a scalar from the data (String, Number, Boolean, LocalDate) or null. */
  public static Object apply(Object value, Tag.Formatter f, Locale locale, String where) {
    String arg = f.argument();
    switch (f.name()) {
      case "default":
        return value == null || value.toString().isEmpty() ? arg : value;
      case "upper":
        return value == null ? null : text(value, locale).toUpperCase(locale);
      case "lower":
        return value == null ? null : text(value, locale).toLowerCase(locale);
      case "capitalize": {
        String s = value == null ? null : text(value, locale);
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
      }
      case "trim":
        return value == null ? null : text(value, locale).strip();
      case "date": {
        if (value == null) {
          return null;
        }
        LocalDate d = date(value, where);
        DateTimeFormatter fmt = arg.isEmpty() ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
            : pattern(arg, locale, where);
        return d.format(fmt);
      }
      case "number":
      case "percent":
      case "currency": {
        if (value == null) {
          return null;
        }
        BigDecimal n = number(value, f.name(), where);
        NumberFormat nf;
        int digits;
        if (f.name().equals("currency")) {
          nf = NumberFormat.getCurrencyInstance(locale);
          if (!arg.isEmpty()) {
            try {
              nf.setCurrency(Currency.getInstance(arg.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
              throw new dev.docgen.api.TemplateException(where, "currency '" + arg + "' is not an ISO 4217 code");
            }
          }
          digits = nf.getCurrency() == null ? 2 : Math.max(0, nf.getCurrency().getDefaultFractionDigits());
        } else if (f.name().equals("percent")) {
          nf = NumberFormat.getPercentInstance(locale);
          digits = arg.isEmpty() ? 1 : digits(arg, where);
        } else {
          nf = NumberFormat.getNumberInstance(locale);
          digits = arg.isEmpty() ? Math.max(0, Math.min(n.stripTrailingZeros().scale(), 6)) : digits(arg, where);
        }
        nf.setMinimumFractionDigits(digits);
        nf.setMaximumFractionDigits(digits);
        nf.setRoundingMode(RoundingMode.HALF_UP);
        return nf.format(n);
      }
      default:
        throw new IllegalArgumentException("formatter " + f.name());
    }
  }

  /** The text a value shows with no formatter: numbers as written in the data, dates ISO. */
  public static String text(Object value, Locale locale) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  private static int digits(String arg, String where) {
    try {
      int d = Integer.parseInt(arg);
      if (d >= 0 && d <= 10) {
        return d;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new dev.docgen.api.TemplateException(where, "'" + arg + "' is not a number of decimals from 0 to 10");
  }

  private static DateTimeFormatter pattern(String p, Locale locale, String where) {
    try {
      return DateTimeFormatter.ofPattern(p, locale);
    } catch (IllegalArgumentException e) {
      throw new dev.docgen.api.TemplateException(where, "date pattern '" + p + "' is invalid: " + e.getMessage());
    }
  }

  static LocalDate date(Object value, String where) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof LocalDateTime t) {
      return t.toLocalDate();
    }
    String s = value.toString().strip();
    try {
      return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new dev.docgen.api.TemplateException(where, "'" + s + "' is not an ISO date (yyyy-mm-dd) for the date formatter");
    }
  }

  static BigDecimal number(Object value, String formatter, String where) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new dev.docgen.api.TemplateException(where, "'" + value + "' is not a number for the " + formatter + " formatter");
    }
  }
}
