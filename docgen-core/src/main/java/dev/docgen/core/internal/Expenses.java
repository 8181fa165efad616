package dev.docgen.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expense claim's items, read from what a request lists: "flights £312.40", "hotel 2 nights at €165", "team dinner
 * €210 (client: Banco Solaris)". Each item has a category, a description and an amount in its own currency; totals
 * are kept per currency, since pounds and euros are never added up.
 */
final class Expenses {
  /** One item claimed. {@code category} is a phrase key: Travel, Accommodation, Meals or Other. */
  record Item(String category, String description, BigDecimal amount, String currency) {}

  /** The items and, per currency in the order first claimed, their total. */
  record Claim(List<Item> items, Map<String, BigDecimal> totals) {
    /** Per category in a fixed order, the items' count and their totals per currency. */
    Map<String, Map<String, BigDecimal>> byCategory() {
      Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
      for (String c : CATEGORIES) {
        for (Item i : items) {
          if (i.category().equals(c)) {
            out.computeIfAbsent(c, k -> new LinkedHashMap<>()).merge(i.currency(), i.amount(), BigDecimal::add);
          }
        }
      }
      return out;
    }

    long count(String category) {
      return items.stream().filter(i -> i.category().equals(category)).count();
    }
  }

  static final List<String> CATEGORIES = List.of("Travel", "Accommodation", "Meals", "Other");
  private static final Pattern AMOUNT = Pattern.compile(LineItems.PRICE);
  // "2 nights at €165": a count of a unit at a price each.
  // "420 miles at 45p": a price in pence.
  private static final Pattern TIMES = Pattern.compile("(?iu)(\\d{1,5})\\s+([\\p{L}]+)\\s+(?:at|@|à|a|zu je|zu|por|voor)\\s+"
      + "(?:" + LineItems.PRICE + "|(\\d{1,2})p\\b)(?:\\s*(?:each|a night|per night|per day|a day|each night|a mile|per mile))?");
  private static final Pattern TRAVEL = Pattern.compile("(?iu)\\b(?:flights?|train|rail|taxis?|cabs?|uber|car hire|rental car|"
      + "mileage|miles|parking|fuel|petrol|tolls?|bus|coach|ferry|tube|metro|airport|flug|flüge|bahn|zug|vol|vols|train|"
      + "vuelos?|tren|vlucht(?:en)?|trein)\\b");
  private static final Pattern ACCOMMODATION = Pattern.compile("(?iu)\\b(?:hotel|hotels|nights?|accommodation|lodging|airbnb|"
      + "übernachtung(?:en)?|hôtel|nuits?|alojamiento|noches?|overnachting(?:en)?)\\b");
  private static final Pattern MEALS = Pattern.compile("(?iu)\\b(?:dinner|lunch|breakfast|meals?|subsistence|food|drinks|"
      + "coffee|abendessen|mittagessen|essen|dîner|déjeuner|repas|cena|comida|almuerzo|diner|lunch|maaltijd(?:en)?)\\b");

  private Expenses() {}

  /** The claim in {@code items}; empty when none names an amount. */
  static Optional<Claim> read(List<String> listed, String lang) {
    List<Item> items = new ArrayList<>();
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    for (String raw : listed) {
      String item = raw.strip();
      Matcher times = TIMES.matcher(item);
      Matcher price = AMOUNT.matcher(item);
      BigDecimal amount;
      String currency;
      String description;
      if (times.find()) {
        boolean pence = times.group(5) != null;
        BigDecimal each = pence ? new BigDecimal(times.group(5)).movePointLeft(2)
            : LineItems.number(times.group(3) != null ? times.group(3) : times.group(4), lang);
        if (each == null) {
          continue;
        }
        amount = each.multiply(new BigDecimal(times.group(1)));
        currency = pence ? "GBP" : LineItems.currencyOf(times.group());
        String head = item.substring(0, times.start()).strip();
        String count = times.group().strip();
        description = (head.isEmpty() ? count : head + ", " + count) + tail(item.substring(times.end()));
      } else if (price.find()) {
        amount = LineItems.number(price.group(1) != null ? price.group(1) : price.group(2), lang);
        if (amount == null) {
          continue;
        }
        currency = LineItems.currencyOf(price.group());
        description = item.substring(0, price.start()).strip().replaceFirst("[,:–-]+$", "").strip()
            + tail(item.substring(price.end()));
      } else {
        continue;
      }
      if (description.isBlank() || currency.isEmpty()) {
        continue;
      }
      items.add(new Item(category(description), SlotFiller.capitalise(description.strip()), amount, currency));
      totals.merge(currency, amount, BigDecimal::add);
    }
    return items.isEmpty() ? Optional.empty() : Optional.of(new Claim(items, totals));
  }

  /**
   * A claim of the request's priced lines, when it gives them in sentences ("Train London Euston to Glasgow return
   * £186.40, Hotel Indigo 2 nights £238.00, …") rather than as a list.
   */
  static Optional<Claim> of(List<LineItems.Line> lines) {
    List<Item> items = new ArrayList<>();
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    for (LineItems.Line l : lines) {
      String description = l.quantity().compareTo(BigDecimal.ONE) == 0 ? l.description()
          : l.description() + ", " + l.quantity().stripTrailingZeros().toPlainString() + " "
              + (l.unit().isEmpty() ? "items" : l.unit()) + " at " + LineItems.symbol(l.currency())
              + l.unitPrice().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
      if (l.currency().isEmpty()) {
        continue;
      }
      items.add(new Item(category(description), SlotFiller.capitalise(description), l.amount(), l.currency()));
      totals.merge(l.currency(), l.amount(), BigDecimal::add);
    }
    return items.isEmpty() ? Optional.empty() : Optional.of(new Claim(items, totals));
  }

  private static String tail(String rest) {
    String t = rest.strip();
    return t.isEmpty() ? "" : " " + t;
  }

  private static String category(String description) {
    return TRAVEL.matcher(description).find() ? "Travel" : ACCOMMODATION.matcher(description).find() ? "Accommodation"
        : MEALS.matcher(description).find() ? "Meals" : "Other";
  }

  /** "£312.40 + €588.20": the totals per currency, each in its own. */
  static String amounts(Map<String, BigDecimal> totals, Formats formats) {
    List<String> out = new ArrayList<>();
    totals.forEach((c, v) -> out.add(formats.money(v, c)));
    return String.join(" + ", out);
  }
}
