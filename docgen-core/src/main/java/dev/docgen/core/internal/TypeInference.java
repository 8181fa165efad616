package dev.docgen.core.internal;

import dev.docgen.api.model.ColumnType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Infers a column's type from its name and text values, and converts values to that type. */
final class TypeInference {
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+|[-+]?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)?\\.\\d+|[-+]?\\d+\\.");
  private static final Pattern PERCENT = Pattern.compile("[-+]?\\d+(\\.\\d+)?\\s?%");
  private static final Pattern MONEY = Pattern.compile("[-+]?[$€£¥]\\s?[\\d,]+(\\.\\d+)?");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONEY_NAME = Pattern.compile(
      "(?iu).*(amount|revenue|price|cost|total|sales|spend|budget|income|expense|salary|fee|value|subtotal|tax|balance|profit|"
          + "betrag|umsatz|kosten|preis|summe|erlös|gehalt|ausgaben|einnahmen|montant|chiffre d'affaires|coût|prix|"
          + "salaire|recettes|dépenses|importe|ventas|coste|costo|precio|ingresos|gastos|salario|bedrag|omzet|prijs|"
          + "salaris|uitgaven|inkomsten|cuota|tarifa|gebühr|frais|kosten).*");
  private static final Pattern NOT_MONEY_NAME = Pattern.compile("(?i).*(rate|ratio|pct|percent|qty|quantity|count|units).*");

  // Columns whose whole numbers are codes, in the languages docgen writes: never summed, kept as written.
  private static final Pattern CODE_NAME = Pattern.compile("(?iu)(?:.*[_ .-])?(?:id|sku|code|codes|postcode|post code|"
      + "zip|zip code|postal code|phone|telephone|tel|mobile|ean|upc|gtin|isbn|iban|hs|hs code|tariff|plz|postleitzahl|"
      + "telefon|artikelnummer|art\\.?-?nr\\.?|kundennummer|code postal|téléphone|código|código postal|teléfono|"
      + "telefoonnummer|artikelnr\\.?|artikelcode|productcode|itemcode|item code|item no\\.?|item number|article|"
      + "artikel|product code|sku code)");

  private static final Pattern YEAR_NAME = Pattern.compile("(?iu)(fiscal )?(year|yr|fy|jahr|geschäftsjahr|année|annee|"
      + "exercice|año|ano|ejercicio|jaar|boekjaar)");

  /** A column name that ends with its currency: "Customs Value EUR", "Betrag (€)", "Amount in USD". */
  static final Pattern CURRENCY_IN_NAME = Pattern.compile("(.*?\\p{L}.*?)(?:[_ ]+in[_ ]+|[_ ]+|\\s*[(\\[])"
      + "(EUR|USD|GBP|CHF|JPY|CAD|AUD|SEK|NOK|DKK|PLN|€|\\$|£)[)\\]]?");

  /** The ISO code for a code or symbol a column name ends with. */
  static String currencyCode(String symbolOrCode) {
    return switch (symbolOrCode) {
      case "€" -> "EUR";
      case "$" -> "USD";
      case "£" -> "GBP";
      default -> symbolOrCode.toUpperCase(Locale.ROOT);
    };
  }

  private static final Pattern RATE_NAME = Pattern.compile("(?iu).*\\b(rate|ratio|pct|percent|percentage|margin|share|"
      + "quote|satz|anteil|taux|tasa|porcentaje|tarief|aandeel)\\b.*");

  private TypeInference() {}

  /** Whether a column named {@code name} holds codes (SKU, HS code, postcode, phone) in any language docgen reads. */
  static boolean isCodeName(String name) {
    return CODE_NAME.matcher(name.strip()).matches();
  }

  /** Whether a column named {@code name} holds years ("Year", "Jahr", "Année", "Año", "Jaar", "FY"). */
  static boolean isYearName(String name) {
    return YEAR_NAME.matcher(name.strip()).matches();
  }

  /** The narrowest type every non-empty value fits; TEXT when none does or all are empty. */
  static ColumnType infer(String name, List<String> values) {
    boolean any = false;
    boolean allInt = true;
    boolean allNum = true;
    boolean allPct = true;
    boolean allMoney = true;
    boolean allDate = true;
    boolean codeLike = false;
    for (String raw : values) {
      String v = raw.trim();
      if (v.isEmpty()) {
        continue;
      }
      any = true;
      boolean isInt = INTEGER.matcher(v).matches();
      // "00412", "0402.10": a leading zero before another digit is a code's, not a number's.
      codeLike |= v.length() > 1 && v.charAt(0) == '0' && Character.isDigit(v.charAt(1));
      allInt &= isInt;
      allNum &= isInt || DECIMAL.matcher(v).matches();
      allPct &= PERCENT.matcher(v).matches();
      allMoney &= MONEY.matcher(v).matches();
      allDate &= ISO_DATE.matcher(v).matches() && parsesAsDate(v);
    }
    if (!any) {
      return ColumnType.TEXT;
    }
    if (allDate) {
      return ColumnType.DATE;
    }
    if (allPct) {
      return ColumnType.PERCENT;
    }
    if (allMoney) {
      return ColumnType.CURRENCY;
    }
    if (allNum && (codeLike || CODE_NAME.matcher(name.strip()).matches())) {
      // "00412", an SKU, a tariff or postcode, an HS code "0402.10": a code is kept as written and never summed.
      return ColumnType.TEXT;
    }
    if (allInt && YEAR_NAME.matcher(name.strip()).matches() && values.stream().map(String::trim)
        .allMatch(v -> v.isEmpty() || v.matches("(19|20)\\d{2}"))) {
      // A year is a period, printed as written ("2026", never "2,026"), and never summed.
      return ColumnType.TEXT;
    }
    if (allNum && !allInt && RATE_NAME.matcher(name).matches() && values.stream().map(String::trim)
        .allMatch(v -> v.isEmpty() || v.matches("-?0?\\.\\d+|-?1(\\.0+)?|0"))) {
      // A "Commission rate" of 0.045 is 4.5%, not "0.05".
      return ColumnType.PERCENT;
    }
    if (allNum) {
      boolean moneyName = MONEY_NAME.matcher(name).matches() && !NOT_MONEY_NAME.matcher(name).matches();
      if (moneyName && !allInt) {
        return ColumnType.CURRENCY;
      }
      return allInt ? ColumnType.INTEGER : ColumnType.DECIMAL;
    }
    return ColumnType.TEXT;
  }

  /** Whether a JSON number column named {@code name} holds money. */
  static boolean isMoneyName(String name) {
    return MONEY_NAME.matcher(name).matches() && !NOT_MONEY_NAME.matcher(name).matches();
  }

  private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  /**
   * A column of dates as ISO dates, or {@code null} when its values are not all dates of one form. "03.11.2026" is
   * day first; "03/11/2026" is day first unless a value puts a day over 12 second ("11/23/2026"), when the column is
   * month first; a column whose values fit both is read day first, as en-GB, de, fr, es and nl write it.
   */
  static List<String> isoDates(List<String> values) {
    boolean dotted = true;
    boolean slashed = true;
    boolean dayFirstOnly = false;
    boolean monthFirstOnly = false;
    boolean any = false;
    for (String raw : values) {
      String v = raw.trim();
      if (v.isEmpty()) {
        continue;
      }
      any = true;
      dotted &= DOTTED_DATE.matcher(v).matches();
      Matcher m = SLASHED_DATE.matcher(v);
      if (m.matches()) {
        dayFirstOnly |= Integer.parseInt(m.group(1)) > 12;
        monthFirstOnly |= Integer.parseInt(m.group(2)) > 12;
      } else {
        slashed = false;
      }
      if (!dotted && !slashed) {
        return null;
      }
    }
    if (!any || slashed && dayFirstOnly && monthFirstOnly) {
      return null;
    }
    boolean monthFirst = slashed && monthFirstOnly;
    List<String> out = new java.util.ArrayList<>(values.size());
    for (String raw : values) {
      String v = raw.trim();
      if (v.isEmpty()) {
        out.add("");
        continue;
      }
      Matcher m = (dotted ? DOTTED_DATE : SLASHED_DATE).matcher(v);
      m.matches();
      int day = Integer.parseInt(m.group(monthFirst ? 2 : 1));
      int month = Integer.parseInt(m.group(monthFirst ? 1 : 2));
      try {
        out.add(LocalDate.of(Integer.parseInt(m.group(3)), month, day).toString());
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return out;
  }

  private static boolean parsesAsDate(String v) {
    try {
      LocalDate.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Converts one text value to the column's type; {@code ""} stays a blank cell. */
  static Object convert(String raw, ColumnType type) {
    String v = raw.trim();
    if (v.isEmpty()) {
      return "";
    }
    return switch (type) {
      case INTEGER, DECIMAL -> new BigDecimal(v.replace(",", ""));
      case CURRENCY -> new BigDecimal(v.replaceAll("[$€£¥,\\s]", ""));
      // "12.5%" is 0.125; a rate column written as a fraction ("0.045") already is one.
      case PERCENT -> v.contains("%") ? new BigDecimal(v.replaceAll("[%\\s]", "")).movePointLeft(2) : new BigDecimal(v);
      case DATE -> LocalDate.parse(v);
      case TEXT -> v;
    };
  }

  /** The ISO code for a currency symbol found in values, or empty. */
  static String currencyOf(List<String> values) {
    for (String v : values) {
      if (v.contains("€")) {
        return "EUR";
      }
      if (v.contains("£")) {
        return "GBP";
      }
      if (v.contains("$")) {
        return "USD";
      }
      if (v.contains("¥")) {
        return "JPY";
      }
    }
    return "";
  }

  static String normaliseKey(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
