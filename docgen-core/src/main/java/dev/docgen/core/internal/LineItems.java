package dev.docgen.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The priced lines a request gives for a commercial document: "12 days of design work at £650 per
 * day", "500 branded mugs @ £3.20", "25 sillas de oficina a 89 € cada una", "£480 for stock
 * photography licences", "scaffolding £2,200"; and the tax rate ("VAT at 20%", "IVA del 21 %").
 * Amounts are computed here, so the document's totals add up.
 */
final class LineItems {
  /** One line: what, how many, at what unit price; {@code quantity} is 1 for a lump sum. */
  record Line(String description, BigDecimal quantity, BigDecimal unitPrice, String unit, String currency,
      Optional<BigDecimal> taxRate) {
    Line(String description, BigDecimal quantity, BigDecimal unitPrice, String unit, String currency) {
      this(description, quantity, unitPrice, unit, currency, Optional.empty());
    }

    Line(String description, BigDecimal quantity, BigDecimal unitPrice, String unit) {
      this(description, quantity, unitPrice, unit, "");
    }

    Line(String description, BigDecimal quantity, BigDecimal unitPrice) {
      this(description, quantity, unitPrice, "", "");
    }

    /** The item code the request gave in brackets ("(SKU TEA-EG-250)"), or empty. */
    String code() {
      Matcher m = CODE.matcher(description);
      return m.find() ? m.group(1) : "";
    }

    String descriptionWithoutCode() {
      return CODE.matcher(description).replaceAll("").strip();
    }

    BigDecimal amount() {
      return unitPrice.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
    }
  }

  /** The lines, the currency symbol or code they are in, and the tax rate as a fraction when given. */
  record Reading(List<Line> lines, String currency, Optional<BigDecimal> taxRate, boolean mixedCurrencies,
      Optional<BigDecimal> serviceRate, Optional<BigDecimal> discountRate) {
    Reading(List<Line> lines, String currency, Optional<BigDecimal> taxRate) {
      this(lines, currency, taxRate, false, Optional.empty(), Optional.empty());
    }

    /** "10% school discount off the total": taken off the lines before a service charge or tax. */
    Optional<BigDecimal> discount() {
      return discountRate.map(r -> lineSum().multiply(r).setScale(2, RoundingMode.HALF_UP));
    }

    private BigDecimal lineSum() {
      return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The lines' sum, less any discount. */
    BigDecimal subtotal() {
      return lineSum().subtract(discount().orElse(BigDecimal.ZERO));
    }

    /** The lines' sum before any discount. */
    BigDecimal gross() {
      return lineSum();
    }

    /** "service charge 12.5%": a share of the lines, before tax, which a charged service bears too. */
    Optional<BigDecimal> service() {
      return serviceRate.map(r -> subtotal().multiply(r).setScale(2, RoundingMode.HALF_UP));
    }

    Optional<BigDecimal> tax() {
      if (multiRate()) {
        return Optional.of(bands().stream().map(Band::tax).reduce(BigDecimal.ZERO, BigDecimal::add));
      }
      return taxRate.map(r -> subtotal().add(service().orElse(BigDecimal.ZERO)).multiply(r).setScale(2, RoundingMode.HALF_UP));
    }

    /** Whether the lines carry rates of their own that differ: books at 0 % beside stationery at 20 %. */
    boolean multiRate() {
      return lines.stream().anyMatch(l -> l.taxRate().isPresent())
          && lines.stream().map(this::rateOf).map(BigDecimal::stripTrailingZeros).distinct().count() > 1;
    }

    private BigDecimal rateOf(Line l) {
      return l.taxRate().or(() -> taxRate).orElse(BigDecimal.ZERO);
    }

    /**
     * VAT by rate, highest rate first: each rate's base is its lines less their share of the discount, plus their
     * share of a service charge; the last band takes the cent that rounding the shares leaves, so the bases add up
     * to what is taxed.
     */
    List<Band> bands() {
      java.util.Map<BigDecimal, BigDecimal> sums = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
      for (Line l : lines) {
        sums.merge(rateOf(l).stripTrailingZeros(), l.amount(), BigDecimal::add);
      }
      BigDecimal taxed = subtotal().add(service().orElse(BigDecimal.ZERO));
      BigDecimal gross = lineSum();
      List<Band> out = new ArrayList<>();
      BigDecimal left = taxed;
      int i = 0;
      for (var e : sums.entrySet()) {
        BigDecimal base = ++i == sums.size() || gross.signum() == 0 ? left
            : taxed.multiply(e.getValue()).divide(gross, 2, RoundingMode.HALF_UP);
        left = left.subtract(base);
        out.add(new Band(e.getKey(), base, base.multiply(e.getKey()).setScale(2, RoundingMode.HALF_UP)));
      }
      return List.copyOf(out);
    }

    BigDecimal total() {
      return subtotal().add(service().orElse(BigDecimal.ZERO)).add(tax().orElse(BigDecimal.ZERO));
    }
  }

  /** One VAT rate's base and tax. */
  record Band(BigDecimal rate, BigDecimal base, BigDecimal tax) {}

  private static final Pattern UNIT_FIRST = Pattern.compile("(?iu)(days?|hours?|hrs?|weeks?|months?|nights?|sessions?|m²|m2|m³|"
      + "sq m|metres?|meters?|kg|litres?|liters?|tonnes?)(?:\\s+(.+))?");
  // "hotel 2 nights", "hosting 12 months": the words just before the count, in the same clause.
  private static final Pattern ITEM_BEFORE = Pattern.compile("(?iu)(?:^|[,;:.]\\s+|\\band\\s+)((?:[\\p{L}'’-]+\\s+){0,2}?[\\p{L}'’-]{3,})"
      + "\\s+$");
  // "budget £40,000", "a fee of £500", "about £200": a sum, not a line.
  private static final Pattern NOT_A_LINE = Pattern.compile("(?iu).*\\b(budget|salary|total|vat|iva|tva|btw|mwst|"
      + "fee|bonus|allowance|cost|costs|price|worth|value|over|under|about|around|of|at|for|by|from|to)$");
  private static final Pattern CODE = Pattern.compile("\\s*\\((?:SKU|Art\\.?-?Nr\\.?|ref\\.?|réf\\.?|code)?[:\\s]*([A-Z0-9][A-Z0-9-]{2,})\\)");
  private static final String CUR = "(?:[£$€¥]|EUR|GBP|USD|CHF)";
  private static final String NUM = "(\\d{1,3}(?:[.,  ]\\d{3})*(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
  static final String PRICE = "(?:" + CUR + "\\s?" + NUM + "|" + NUM + "\\s?" + CUR + ")";
  // "12 days of design work at £650 per day", "200 boxes of nitrile gloves at £6.40 a box", "120 Europaletten zu je 14,50 €"
  private static final Pattern UNIT_PRICED = Pattern.compile(
      "(?iu)(?<![\\p{L}\\d.,])(\\d{1,6})\\s*(?:[x×]\\s+)?((?:[\\p{L}\\d²³'’/&-]+\\s+){0,6}?[\\p{L}\\d²³'’/&-]+?)\\s*(?:,\\s*)?(?:at|@|zu je|zu|à|a|por|voor|van)\\s+"
          + PRICE + "(?:\\s*(?:per|a|an|each|/|each one|cada una?|pro|l'unité|par|la unidad|per stuk)\\s*[\\p{L}'’]*)?");
  // "£480 for stock photography licences", "plus £2,150 in parts"
  private static final Pattern SUM_FOR = Pattern.compile(
      "(?iu)(?:plus\\s+|and\\s+)?" + PRICE + "\\s+(?:for|in|de|für|pour|para|voor)\\s+((?:[\\p{L}'’/&-]+\\s*){1,6}?)(?=$|[,.;]|\\s+(?:and|plus|VAT|payment)\\b)");
  // "scaffolding £2,200", "new lead flashing £1,400", "setup £75", "livraison et montage 250 €"
  private static final Pattern NAMED_SUM = Pattern.compile(
      "(?iu)(?:^|[,;:]\\s*|\\band\\s+|\\bplus\\s+)((?:[\\p{L}'’/&-]+\\s+){0,4}?[\\p{L}'’/&-]+)\\s+"
          + "(?:(?:at|for)\\s+(?:a\\s+)?(?:fixed|flat|set|total)\\s+(?:(?:price|fee|cost)\\s+of\\s+)?)?" + PRICE + "(?=$|[,.;]|\\s)");
  // "lunch buffet £28 per head x 60": the price of one, then how many.
  private static final Pattern PER_TIMES = Pattern.compile(
      "(?iu)(?:^|[,;:]\\s*|[.!?]\\s+|\\band\\s+|\\bplus\\s+)((?:[\\p{L}'’/&-]+\\s+){0,4}?[\\p{L}'’/&-]+)\\s+" + PRICE
          + "\\s*(?:per|a|an|each|/)\\s*[\\p{L}]+\\s*[x×]\\s*(\\d{1,5})\\b");
  // On a commercial document or a claim: "Hotel Indigo 2 nights £238.00", "Train London Euston to Glasgow return £186.40".
  private static final Pattern NAMED_SUM_WIDE = Pattern.compile(
      "(?iu)(?:^|[,;:]\\s*|[.!?]\\s+|\\band\\s+|\\bplus\\s+)((?:(?:[\\p{L}\\d'’/&–-]+|\\([^()]{1,60}\\))\\s+){0,8}?"
          + "(?:[\\p{L}\\d'’/&–-]*\\p{L}[\\p{L}'’/&–-]*|\\([^()]{1,60}\\)|\\d{1,4}\\s*[x×]))\\s+" + PRICE + "(?=$|[,.;]|\\s)");
  // "removal and disposal of the old shed (one-off £180)": the price in brackets after what it is for.
  private static final Pattern BRACKETED_PRICE = Pattern.compile(
      "(?iu)(?:^|[,;:]\\s*|[.!?]\\s+|\\band\\s+|\\bplus\\s+)((?:[\\p{L}\\d'’/&–-]+\\s+){0,8}?[\\p{L}'’/&–-]+)\\s*\\("
          + "(?:one-off|one off|fixed|flat|set|total|fixed fee|flat fee)?[:\\s]*" + PRICE + "\\)");
  // "website build fixed fee £6,400": how the price is put is not part of the item.
  private static final Pattern PRICED_AS = Pattern.compile("(?iu)^(.+?)\\s*[,(]?\\s*(?:(?:fixed|flat|one-off|set)\\s+)?(?:fee|price|cost|charge)\\)?$");
  // "breakfast not included so 2 x £12.95": how many, before the price of one.
  private static final Pattern TIMES_AT_END = Pattern.compile("(?iu)^(.+?)(?:\\s+so)?\\s+(\\d{1,4})\\s*[x×]$");
  // "days of design work", "m² of slate", "boxes of nitrile gloves": the unit goes with the quantity.
  private static final Pattern UNIT_OF = Pattern.compile(
      "(?iu)((?:[\\p{L}²³]+\\s+){0,1}?[\\p{L}²³]+)\\s+(of\\b|de\\b|d['’]|van\\b)\\s*(.+)");
  // After "de", "d'" or "van" only a measure or a container is a unit: "3 cajas de tornillos", but "25 sillas de
  // oficina" are office chairs.
  private static final Pattern MEASURE = Pattern.compile("(?iu)(?:días?|horas?|semanas?|meses|cajas?|palés?|paquetes?|"
      + "cartones|cartón|kilos?|kg|litros?|rollos?|juegos?|pares?|bolsas?|lotes?|jours?|heures?|semaines?|mois|cartons?|"
      + "caisses?|palettes?|paquets?|boîtes?|rouleaux|lots?|sacs?|kilos?|litres?|dagen|dag|uren|uur|weken|week|maanden|"
      + "dozen|doos|pallets?|kratten|krat|pakken|pak|rollen|rol|zakken|zak|liter|m²|m2|m³|m3|metros?|mètres?|meter)");
  private static final Pattern TAX = Pattern.compile(
      "(?iu)\\b(?:VAT|IVA|MwSt\\.?|USt\\.?|TVA|BTW|GST|sales tax|tax)\\b[^\\d%]{0,12}(\\d{1,2}(?:[.,]\\d)?)\\s?%"
          // "zzgl. 19 % MwSt", "plus 20% VAT": the rate before the tax's name.
          + "|(?<![\\d.,])(\\d{1,2}(?:[.,]\\d)?)\\s?%\\s*(?:VAT|IVA|MwSt|USt|TVA|BTW|GST|sales tax)\\b");
  private static final Pattern HOURS_EACH = Pattern.compile("(?iu)^(.+?)\\s+(\\d{1,3})\\s*(?:hrs?|hours?)\\s+each$");
  private static final Pattern HOURLY = Pattern.compile("(?iu)(?:/\\s*(?:hr|hour|h)\\b|per\\s+hour|an\\s+hour|hourly)");
  private static final Pattern DISCOUNT = Pattern.compile("(?iu)(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,2})?)\\s?%\\s*(?:[\\p{L}-]+\\s+){0,2}?"
      + "(?:discount|rabatt|remise|descuento|korting)\\b|\\b(?:discount|rabatt|remise|descuento|korting|less)\\s+(?:of\\s+|von\\s+|de\\s+|van\\s+)?"
      + "(\\d{1,2}(?:[.,]\\d{1,2})?)\\s?%");
  private static final Pattern SERVICE = Pattern.compile(
      "(?iu)\\b(?:service charge|service|servicezuschlag|bedienungszuschlag|frais de service|cargo por servicio|servicekosten)"
          + "\\b[^\\d%]{0,12}(\\d{1,2}(?:[.,]\\d{1,2})?)\\s?%|(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,2})?)\\s?%\\s*(?:service charge|service)\\b");
  private static final Pattern CURRENCY = Pattern.compile("[£$€¥]|\\b(?:EUR|GBP|USD|CHF)\\b");

  private LineItems() {}

  /** "30,000", "9.5" with "k", "1.2" with "m": a figure as typed with its thousands or millions. */
  static BigDecimal scaled(String number, String scale) {
    BigDecimal v = new BigDecimal(number.replace(",", ""));
    return scale == null ? v : v.multiply(BigDecimal.valueOf(scale.equalsIgnoreCase("k") ? 1_000 : 1_000_000));
  }

  private static final Pattern COUNTED = Pattern.compile(
      "(?u)(?<![\\p{L}\\d.,:/-])(\\d{1,6})\\s+((?:[\\p{L}²³'’/&-][\\p{L}\\d²³'’/&-]*\\s+){0,5}?[\\p{L}'’/&-]+)(\\s*\\([^)]{1,40}\\))?"
          + "(?=\\s*(?:$|[,;.+]|\\s(?:and|und|et|y|en|plus|to|for|at)\\b))");
  private static final Pattern NOT_GOODS = Pattern.compile(
      "(?iu)(?:minutes?|hours?|days?|weeks?|months?|years?|am|pm|h|%|percent|people|staff|members|employees|"
          + PeriodParser.MONTHS.substring(1, PeriodParser.MONTHS.length() - 1).toLowerCase(Locale.ROOT) + ")\\b.*");

  // "6 pallets", "3 Pakete": what the goods travel in, a count of packages rather than a line of goods.
  static final Pattern PACKAGES = Pattern.compile(
      "(?u)(?<![\\p{L}\\d.,:/-])(\\d{1,4})\\s+(?iu:pallets?|parcels?|packages?|crates?|boxes|cartons|colli|Paletten|Pakete|"
          + "Packstücke|palettes|colis|palés|paquetes|bultos|pakketten)"
          + "(?=\\s*(?:$|[,;.:]|\\s(?:and|und|et|y|en|we|that|which|going|being|to|for)\\b))");

  /** The packages a delivery travels in ("6 pallets"), as written; empty when the request counts none. */
  static Optional<String> packages(String prompt) {
    Matcher m = PACKAGES.matcher(prompt);
    return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
  }

  /** Lines with a quantity and no price, for a delivery note: "240 cartons of Earl Grey tea (SKU TEA-EG-250)". */
  static List<Line> counted(String prompt) {
    List<Line> out = new ArrayList<>();
    Matcher m = COUNTED.matcher(prompt);
    while (m.find()) {
      String what = clean(m.group(2));
      if (NOT_GOODS.matcher(what).matches() || PACKAGES.matcher(m.group()).lookingAt()) {
        continue;
      }
      Matcher unit = UNIT_OF.matcher(what);
      String quantityUnit = "";
      if (isUnitOf(unit)) {
        quantityUnit = unit.group(1);
        what = unit.group(3);
      }
      String sku = m.group(3) == null ? "" : " " + m.group(3).strip();
      out.add(new Line(SlotFiller.capitalise(what) + sku, new BigDecimal(m.group(1)), BigDecimal.ZERO, quantityUnit));
    }
    return out;
  }

  /** "12 days of design work": the words before "of" are the quantity's unit. */
  private static boolean isUnitOf(Matcher unit) {
    return unit.matches() && (unit.group(2).equalsIgnoreCase("of") || MEASURE.matcher(unit.group(1)).matches());
  }

  // "420 miles at 45p": a price in pence is a price in pounds.
  private static final Pattern PENCE = Pattern.compile("(?iu)(?<=\\b(?:at|@|per)\\s)(\\d{1,2})p\\b");

  static Reading read(String typed, String lang) {
    return read(typed, lang, false);
  }

  /** The lines of a request; {@code itemised} for a kind whose figures are all lines (an invoice, a claim). */
  static Reading read(String typed, String lang, boolean itemised) {
    String prompt = typed.contains("£") || typed.matches("(?s).*\\d{1,2}p\\b.*")
        ? PENCE.matcher(typed).replaceAll(p -> "£0." + (p.group(1).length() == 1 ? "0" : "") + p.group(1)) : typed;
    List<Line> lines = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    Matcher m = UNIT_PRICED.matcher(prompt);
    while (m.find()) {
      BigDecimal price = number(m.group(3) != null ? m.group(3) : m.group(4), lang);
      String what = clean(m.group(2));
      Matcher work = GERUND_BEFORE.matcher(prompt.substring(Math.max(0, m.start() - 30), m.start()));
      if (work.find() && !UNIT_FIRST.matcher(what).matches() && !work.group(1).toLowerCase(java.util.Locale.ROOT).matches("during|including|excluding|following|regarding|concerning|according")) {
        what = work.group(1).toLowerCase(java.util.Locale.ROOT) + " " + what;
      }
      if (price != null && !what.isEmpty() && !isTime(what)) {
        Matcher unit = UNIT_OF.matcher(what);
        String quantityUnit = "";
        if (isUnitOf(unit)) {
          quantityUnit = unit.group(1);
          what = unit.group(3);
        }
        Matcher first = UNIT_FIRST.matcher(what);
        if (quantityUnit.isEmpty() && first.matches()) {
          // "3 days UX workshop", "24 m² Indian sandstone", "hosting 12 months", "hotel 2 nights": the unit comes first,
          // and what it counts follows it or stands before the number.
          String before = ITEM_BEFORE.matcher(prompt.substring(Math.max(0, m.start() - 40), m.start())).results()
              .reduce((a, b) -> b).map(r -> r.group(1)).orElse("");
          String rest = first.group(2) == null ? "" : first.group(2).strip();
          if (!rest.isEmpty() || !before.isEmpty()) {
            quantityUnit = first.group(1);
            what = rest.isEmpty() ? before : rest;
          }
        }
        BigDecimal quantity = new BigDecimal(m.group(1));
        Matcher hours = HOURS_EACH.matcher(what);
        if (hours.matches() && HOURLY.matcher(m.group()).find()) {
          // "2x face painters 4 hrs each @ £25/hr": two people for four hours each is eight hours at the rate.
          what = hours.group(1);
          quantity = quantity.multiply(new BigDecimal(hours.group(2)));
          quantityUnit = "hours";
        }
        lines.add(new Line(SlotFiller.capitalise(what), quantity, price, quantityUnit, currencyOf(m.group())));
        taken.add(new int[] {m.start(), m.end()});
      }
    }
    m = PER_TIMES.matcher(prompt);
    while (m.find()) {
      BigDecimal price = number(m.group(2) != null ? m.group(2) : m.group(3), lang);
      String what = clean(m.group(1));
      if (price != null && !what.isEmpty() && !overlaps(taken, m.start(1), m.end())) {
        lines.add(new Line(SlotFiller.capitalise(what), new BigDecimal(m.group(4)), price, "", currencyOf(m.group())));
        taken.add(new int[] {m.start(1), m.end()});
      }
    }
    m = SUM_FOR.matcher(prompt);
    while (m.find()) {
      if (overlaps(taken, m.start(), m.end())) {
        continue;
      }
      BigDecimal price = number(m.group(1) != null ? m.group(1) : m.group(2), lang);
      String what = clean(m.group(3));
      if (price != null && !what.isEmpty() && !NOT_A_LINE.matcher(what).matches()) {
        lines.add(new Line(SlotFiller.capitalise(what), BigDecimal.ONE, price, "", currencyOf(m.group())));
        taken.add(new int[] {m.start(), m.end()});
      }
    }
    m = BRACKETED_PRICE.matcher(prompt);
    while (m.find()) {
      BigDecimal price = number(m.group(2) != null ? m.group(2) : m.group(3), lang);
      String what = clean(m.group(1));
      if (price != null && !what.isEmpty() && !overlaps(taken, m.start(1), m.end()) && !NOT_A_LINE.matcher(what).matches()) {
        lines.add(new Line(SlotFiller.capitalise(what), BigDecimal.ONE, price, "", currencyOf(m.group())));
        taken.add(new int[] {m.start(1), m.end()});
      }
    }
    m = (itemised ? NAMED_SUM_WIDE : NAMED_SUM).matcher(prompt);
    while (m.find()) {
      if (overlaps(taken, m.start(1), m.end())) {
        continue;
      }
      BigDecimal price = number(m.group(2) != null ? m.group(2) : m.group(3), lang);
      String what = clean(m.group(1));
      BigDecimal quantity = BigDecimal.ONE;
      Matcher times = TIMES_AT_END.matcher(what);
      if (times.matches()) {
        what = times.group(1).strip();
        quantity = new BigDecimal(times.group(2));
      }
      Matcher pricedAs = PRICED_AS.matcher(what);
      if (pricedAs.matches() && !NOT_A_LINE.matcher(pricedAs.group(1)).matches() && pricedAs.group(1).split("\\s+").length >= 2) {
        what = pricedAs.group(1);
      }
      if (price != null && !what.isEmpty() && !NOT_A_LINE.matcher(what).matches()) {
        lines.add(new Line(SlotFiller.capitalise(what), quantity, price, "", currencyOf(m.group())));
        taken.add(new int[] {m.start(1), m.end()});
      }
    }
    lines.sort(java.util.Comparator.comparingInt(l -> prompt.indexOf(l.description().substring(1))));
    remainder(prompt, lang, lines).ifPresent(lines::add);
    Optional<BigDecimal> tax = rate(TAX.matcher(prompt));
    Optional<BigDecimal> service = rate(SERVICE.matcher(prompt));
    Optional<BigDecimal> discount = rate(DISCOUNT.matcher(prompt));
    java.util.Set<String> currencies = new java.util.LinkedHashSet<>();
    Matcher c = CURRENCY.matcher(prompt);
    while (c.find()) {
      currencies.add(code(c.group()));
    }
    // Pounds and euros are never added up: with two currencies the lines stay, the totals are the author's.
    return new Reading(lines, currencies.size() == 1 ? currencies.iterator().next() : "", tax, currencies.size() > 1,
        service, discount);
  }

  /** The rate a pattern of two alternatives finds, as a fraction: "20%" is 0.20. */
  private static Optional<BigDecimal> rate(Matcher m) {
    if (!m.find()) {
      return Optional.empty();
    }
    String percent = m.group(1) != null ? m.group(1) : m.group(2);
    return Optional.of(new BigDecimal(percent.replace(',', '.')).movePointLeft(2));
  }

  private static boolean isTime(String what) {
    return what.matches("(?iu)(?:minutes?|hours?|h|am|pm)");
  }

  private static boolean overlaps(List<int[]> spans, int start, int end) {
    return spans.stream().anyMatch(s -> start < s[1] && s[0] < end);
  }

  private static String clean(String what) {
    // "the lobby at a fixed £3,200": the article and the way the price is put are not the item.
    return what.strip().replaceFirst("(?iu)^(?:of|de|van|d['’])\\s+", "").replaceFirst("(?iu)^(?:plus|and|also)\\s+", "")
        .replaceFirst("(?iu)^(?:the|a|an)\\s+(?=\\p{L})", "")
        .replaceFirst("(?iu)\\s+(?:at|for)(?:\\s+a)?(?:\\s+(?:fixed|flat|total|set))?(?:\\s+(?:price|fee|cost|rate)(?:\\s+of)?)?$", "")
        .replaceAll("\\s+", " ");
  }

  // "for repainting 24 guest rooms at £420": the work done is part of the item.
  private static final Pattern GERUND_BEFORE = Pattern.compile("(?iu)\\b(\\p{L}{3,}ing)\\s+$");

  /** "2,150" and "14,50" and "1.400": a comma or point before exactly three digits groups thousands. */
  // "(total £45,000)", "a total budget of €120,000" and "contingency the rest": the last line is what the others leave.
  private static final Pattern STATED_TOTAL = Pattern.compile("(?iu)\\btotal(?:\\s+budget)?(?:\\s+of|:)?\\s+(" + PRICE + ")");
  private static final Pattern THE_REST = Pattern.compile("(?iu)(?:^|[,;:]\\s*|\\band\\s+)((?:[\\p{L}'’/&-]+\\s+){0,3}?[\\p{L}'’/&-]+)"
      + "\\s+(?:(?:takes|gets|is)\\s+)?(?:the rest|the remainder|what(?:ever)? is left|der rest|le reste|el resto|de rest)\\b");

  private static Optional<Line> remainder(String prompt, String lang, List<Line> lines) {
    Matcher total = STATED_TOTAL.matcher(prompt);
    Matcher rest = THE_REST.matcher(prompt);
    if (lines.isEmpty() || !total.find() || !rest.find()) {
      return Optional.empty();
    }
    BigDecimal stated = number(total.group(1).replaceAll("[^\\d.,]", ""), lang);
    if (stated == null) {
      return Optional.empty();
    }
    BigDecimal left = stated.subtract(lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    return left.signum() > 0
        ? Optional.of(new Line(SlotFiller.capitalise(clean(rest.group(1))), BigDecimal.ONE, left, "", currencyOf(total.group(1))))
        : Optional.empty();
  }

  static BigDecimal number(String raw, String lang) {
    if (raw == null) {
      return null;
    }
    String s = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
    int sep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
    if (sep >= 0 && s.length() - sep - 1 <= 2) {
      return new BigDecimal(s.substring(0, sep).replaceAll("[.,]", "") + "." + s.substring(sep + 1));
    }
    return new BigDecimal(s.replaceAll("[.,]", ""));
  }

  static String currencyOf(String matched) {
    Matcher c = CURRENCY.matcher(matched);
    return c.find() ? code(c.group()) : "";
  }

  /** The symbol of an ISO code, the inverse of {@link #code}: GBP is £; a code without one is written out. */
  static String symbol(String code) {
    return switch (code) {
      case "GBP" -> "£";
      case "EUR" -> "€";
      case "USD" -> "$";
      case "JPY" -> "¥";
      default -> code + " ";
    };
  }

  /** The ISO code of a currency symbol as written: £ is GBP, € EUR, $ USD. */
  static String code(String currency) {
    return switch (currency) {
      case "£" -> "GBP";
      case "€" -> "EUR";
      case "$" -> "USD";
      case "¥" -> "JPY";
      default -> currency;
    };
  }

  private static final Pattern DISCOUNT_NAME = Pattern.compile("(?iu).*(discount|rabatt|nachlass|remise|réduction|"
      + "descuento|korting).*");
  private static final Pattern ITEM_NAME = Pattern.compile("(?iu).*(item|description|product|service|article|artikel|"
      + "bezeichnung|beschreibung|leistung|produkt|désignation|designation|produit|prestation|artículo|articulo|"
      + "producto|descripción|concepto|omschrijving|product|dienst).*");
  private static final Pattern DESCRIPTION_NAME = Pattern.compile("(?iu).*(description|bezeichnung|beschreibung|désignation|"
      + "designation|descripción|descripcion|concepto|omschrijving|libellé|libelle).*");
  private static final Pattern CODE_NAME = Pattern.compile("(?iu).*(?:nr|no|nº|num|nummer|number|numéro|número|code|sku|"
      + "ref|réf|id|ean|gtin)\\.?");
  private static final Pattern REASON_NAME = Pattern.compile("(?iu).*(reason|grund|motif|raison|motivo|razón|reden).*");
  private static final Pattern TAX_NAME = Pattern.compile("(?iu).*(vat|tax|mwst|ust|tva|iva|btw|gst).*");
  private static final Pattern VAT_COLUMN = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:vat|tax|mwst|ust|tva|iva|btw|gst)"
      + "(?:[^\\p{L}]|$|satz|rate)|steuersatz|tax_?rate");
  // "VAT amount", "MwSt-Betrag": the tax in money, not its rate.
  private static final Pattern AMOUNT_NAME = Pattern.compile("(?iu).*(amount|betrag|montant|importe|bedrag|total|summe).*");

  /**
   * The lines of a data table priced as quantity × unit price (a quotation's or a credit note's items), with the
   * request's tax rate (or the data's), and a discount column applied: one rate for every line is a discount off
   * the total, rates that differ are taken off each line's price and named in its description.
   */
  static Optional<Reading> fromData(dev.docgen.api.data.Dataset data, String prompt, String lang) {
    for (dev.docgen.api.data.DataTable t : data.tables()) {
      TableProfile p = TableProfile.of(t);
      Optional<TableProfile.Measure> m = p.mainMeasure().filter(TableProfile.Measure::derived);
      if (m.isEmpty() || t.rows().isEmpty()) {
        continue;
      }
      int qty = m.get().column();
      int price = m.get().factor();
      int reason = -1;
      int label = -1;
      int described = -1;
      for (int i = 0; i < t.columns().size(); i++) {
        boolean text = t.columns().get(i).type() == dev.docgen.api.model.ColumnType.TEXT;
        String name = t.columns().get(i).name();
        if (text && REASON_NAME.matcher(name).matches()) {
          reason = i;
        } else if (text && !CODE_NAME.matcher(name).matches()) {
          // "Bezeichnung" says what the line is better than "Artikel"; "Artikelnr" is its code, never its name.
          if (described < 0 && DESCRIPTION_NAME.matcher(name).matches()) {
            described = i;
          }
          if (label < 0 && ITEM_NAME.matcher(name).matches()) {
            label = i;
          }
        }
      }
      if (described >= 0) {
        label = described;
      }
      // What the line is: a column named for it ("Artikel", "Description"), else the table's label, else the first text.
      for (int i = 0; label < 0 && i < t.columns().size(); i++) {
        if (t.columns().get(i).type() == dev.docgen.api.model.ColumnType.TEXT && i != reason) {
          label = p.label().isPresent() && p.label().getAsInt() != reason ? p.label().getAsInt() : i;
        }
      }
      int discount = -1;
      for (int i = 0; i < t.columns().size(); i++) {
        if (i != qty && i != price && t.columns().get(i).type().isNumeric() && DISCOUNT_NAME.matcher(t.columns().get(i).name()).matches()) {
          discount = i;
        }
      }
      // "VAT %", "MwSt-Satz", "tax_rate": each line's own rate, for goods taxed at different rates.
      int vat = -1;
      for (int i = 0; i < t.columns().size(); i++) {
        if (i != qty && i != price && i != discount && t.columns().get(i).type().isNumeric()
            && VAT_COLUMN.matcher(t.columns().get(i).name()).find() && !AMOUNT_NAME.matcher(t.columns().get(i).name()).matches()) {
          vat = i;
        }
      }
      java.util.Set<BigDecimal> rates = new java.util.TreeSet<>();
      for (List<Object> row : t.rows()) {
        rates.add(discount >= 0 && row.get(discount) instanceof BigDecimal d ? fraction(d, t.columns().get(discount)) : BigDecimal.ZERO);
      }
      boolean uniform = rates.size() == 1;
      Reading stated = read(prompt, lang, true);
      String currency = m.get().currency().isEmpty()
          ? data.text("currency").filter(c -> c.matches("[A-Z]{3}")).orElse(stated.currency())
          : m.get().currency();
      if (currency.isEmpty() && lang.matches("de|fr|es|nl")) {
        // A German, French, Spanish or Dutch invoice whose data and request name no currency is in euros: its
        // amounts are not left bare.
        currency = "EUR";
      }
      List<Line> lines = new ArrayList<>();
      for (List<Object> row : t.rows()) {
        if (!(row.get(qty) instanceof BigDecimal q) || !(row.get(price) instanceof BigDecimal unit)) {
          continue;
        }
        String what = label >= 0 ? row.get(label).toString() : "";
        if (reason >= 0 && !row.get(reason).toString().isBlank()) {
          // A credit note's line says why it is credited: "Oat milk 1 l – delivered damaged".
          what = what + " – " + row.get(reason);
        }
        BigDecimal off = discount >= 0 && row.get(discount) instanceof BigDecimal d ? fraction(d, t.columns().get(discount)) : BigDecimal.ZERO;
        if (!uniform && off.signum() > 0) {
          unit = unit.multiply(BigDecimal.ONE.subtract(off)).setScale(2, RoundingMode.HALF_UP);
          what = what + " (" + Phrases.inline(Phrases.get("Discount", lang), lang) + " "
              + off.movePointRight(2).stripTrailingZeros().toPlainString() + "%)";
        }
        Optional<BigDecimal> lineRate = vat >= 0 && row.get(vat) instanceof BigDecimal r
            ? Optional.of(fraction(r, t.columns().get(vat))) : Optional.empty();
        lines.add(new Line(what, q, unit, "", currency, lineRate));
      }
      Optional<BigDecimal> shipping = shipping(data);
      if (shipping.isPresent()) {
        lines.add(new Line(Phrases.get("Shipping", lang), BigDecimal.ONE, shipping.get(), "", currency));
      }
      Optional<BigDecimal> tax = stated.taxRate().or(() -> dataTaxRate(data));
      java.util.Set<BigDecimal> lineRates = new java.util.TreeSet<>();
      lines.forEach(l -> l.taxRate().ifPresent(r -> lineRates.add(r.stripTrailingZeros())));
      if (lineRates.size() == 1 && lines.stream().allMatch(l -> l.taxRate().isPresent())) {
        // One rate on every line is the document's rate.
        tax = Optional.of(lineRates.iterator().next());
        lines = lines.stream().map(l -> new Line(l.description(), l.quantity(), l.unitPrice(), l.unit(), l.currency())).toList();
      }
      Optional<BigDecimal> uniformOff = uniform && rates.iterator().next().signum() > 0 ? Optional.of(rates.iterator().next())
          : Optional.empty();
      return Optional.of(new Reading(List.copyOf(lines), currency, tax, false, Optional.empty(), uniformOff));
    }
    return Optional.empty();
  }

  // "10%" in a percent column is 0.10 already; "10" in a column named "Discount %" means ten per cent.
  private static BigDecimal fraction(BigDecimal v, dev.docgen.api.data.DataColumn c) {
    return c.type() == dev.docgen.api.model.ColumnType.PERCENT || v.compareTo(BigDecimal.ONE) < 0 ? v : v.movePointLeft(2);
  }

  // "shipping": 35.00 beside the lines: a charge the order bears, as a line of its own.
  private static final Pattern SHIPPING_NAME = Pattern.compile("(?iu)(?:.*\\.)?(?:shipping|shipping_cost|delivery_charge|"
      + "delivery_cost|freight|carriage|postage|versand|versandkosten|fracht|frais_de_port|port|frais_de_livraison|envio|"
      + "envío|gastos_de_envio|gastos_de_envío|verzendkosten|verzending)");

  private static Optional<BigDecimal> shipping(dev.docgen.api.data.Dataset data) {
    return data.fields().entrySet().stream().filter(e -> SHIPPING_NAME.matcher(e.getKey()).matches())
        .map(e -> e.getValue() instanceof BigDecimal b ? b : e.getValue() instanceof Number n ? new BigDecimal(n.toString()) : null)
        .filter(b -> b != null && b.signum() > 0).findFirst();
  }

  private static Optional<BigDecimal> dataTaxRate(dev.docgen.api.data.Dataset data) {
    for (var e : data.fields().entrySet()) {
      if (TAX_NAME.matcher(e.getKey()).matches() && e.getValue() instanceof BigDecimal r && r.signum() > 0) {
        return Optional.of(r.compareTo(BigDecimal.ONE) < 0 ? r : r.movePointLeft(2));
      }
    }
    return Optional.empty();
  }
}
