package dev.docgen.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a business case reads from a request: what doing nothing costs a year ("stop us renting at £9,800
 * a year"), what the investment makes possible ("it'd let us take 16 more members out each week"), who it
 * is for ("for the Wells Day Centre"), and from those the payback and the first three years' figures.
 */
final class CaseFacts {
  private static final String MONEY = "([£$€]\\s?\\d{1,3}(?:,\\d{3})*(?:\\.\\d{2})?k?)";
  private static final Pattern ANNUAL_COST = Pattern.compile("(?iu)\\b(?:(?:stop|end|avoid|save)\\s+(?:us\\s+)?)?"
      + "(renting|paying|spending|costs? us|costing us|hiring|leasing)\\s+(?:at\\s+|about\\s+)?" + MONEY
      + "\\s+(?:a|per|each)\\s+year");
  private static final Pattern BENEFIT = Pattern.compile("(?iu)\\b(?:it'd|it would|it will|this would|this will|which would"
      + "|that would|would)\\s+(?:let|allow|enable|help)\\s+(us|them|the\\s+[\\p{L}-]+)\\s+(?:to\\s+)?"
      + "([^.;!?]+?)(?=\\s+and\\s+(?:stop|end|save|cut|avoid|reduce)\\b|\\s*[.;!?]|$)");
  private static final Pattern FOR_ORG = Pattern.compile("(?u)\\bfor\\s+(the\\s+(?:\\p{Lu}[\\p{L}'&-]*\\s+){0,4}"
      + "\\p{Lu}[\\p{L}'&-]*)");

  private static final Pattern EXPECT = Pattern.compile("(?iu)\\b(?:we'd|we would|we|I'd|I would)\\s+expect\\s+"
      + "([^.;!?]+?)(?=,?\\s+and\\s+(?:the|it|we|this)\\b|\\s*[.;!?]|$)");
  private static final Pattern PEOPLE = Pattern.compile("(?u)\\b(?i:for)\\s+((?i:the|our|all|all our)\\s+\\d[\\d,]*\\s+"
      + "(?i:staff|employees|people|members|pupils|students|users|colleagues|volunteers)"
      + "(?:\\s+(?i:at|in|of)\\s+(\\p{Lu}[\\p{L}&'-]*(?:\\s+\\p{Lu}[\\p{L}&'-]*){0,3}))?)");

  private CaseFacts() {}

  /**
   * A proposal's facts: what success looks like ("we'd expect no loss of output, measured by billable
   * hours") and who it covers ("for the 60 staff at Tidewater Design"); returns the phrases they came from.
   */
  static List<String> proposal(String text, Map<String, String> slots) {
    List<String> stated = new ArrayList<>();
    Matcher expect = EXPECT.matcher(text);
    if (expect.find()) {
      slots.put("expected", expect.group(1).strip());
      stated.add(expect.group());
    }
    Matcher people = PEOPLE.matcher(text);
    if (people.find()) {
      slots.put("scope", people.group(1));
      stated.add(people.group());
      if (people.group(2) != null) {
        slots.putIfAbsent("org", people.group(2));
        if (people.group(2).equals(slots.get("location"))) {
          slots.remove("location");
        }
      }
    }
    return stated;
  }

  /** Puts the case's facts into {@code slots}; returns the phrases of the request they came from. */
  static List<String> read(String text, Map<String, String> slots) {
    List<String> stated = new ArrayList<>();
    Matcher annual = ANNUAL_COST.matcher(text);
    if (annual.find()) {
      slots.put("annual_cost", annual.group(2));
      stated.add(annual.group());
      String verb = annual.group(1).toLowerCase(java.util.Locale.ROOT);
      if (verb.matches("renting|hiring|leasing")) {
        // "stop us renting at £9,800 a year": today the centre rents.
        slots.put("situation", SlotFiller.capitalise(verb) + " at " + annual.group(2) + " a year");
        slots.put("ended", Map.of("renting", "rental", "hiring", "hire", "leasing", "lease").get(verb));
      }
      BigDecimal yearly = amount(annual.group(2));
      BigDecimal invest = amount(slots.getOrDefault("amount", ""));
      if (yearly != null && invest != null && yearly.signum() > 0) {
        slots.put("payback", invest.divide(yearly, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " years");
      }
    }
    Matcher benefit = BENEFIT.matcher(text);
    if (benefit.find()) {
      slots.put("benefit", benefit.group(2).strip());
      stated.add(benefit.group());
    }
    Matcher org = FOR_ORG.matcher(text);
    String subject = slots.getOrDefault("subject", "");
    if (org.find() && !subject.contains(org.group(1)) && !org.group(1).equals(slots.get("audience"))) {
      slots.put("beneficiary", org.group(1));
      stated.add(org.group());
    }
    String main = slots.containsKey("benefit") ? SlotFiller.capitalise(slots.get("benefit")) : "";
    if (slots.containsKey("situation")) {
      String saves = "no " + slots.get("ended") + " at " + slots.get("annual_cost") + " a year";
      main = main.isEmpty() ? SlotFiller.capitalise(saves) : main + "; " + saves;
    }
    if (!main.isEmpty()) {
      slots.put("main_benefit", main);
    }
    return stated;
  }

  /**
   * The investment in year 1 and the yearly saving in each of years 1 to 3, with their totals, in the
   * request's currency; nothing when either is not a plain amount.
   */
  static void years(Map<String, String> slots, Formats formats, BiConsumer<String, String> put) {
    String invested = slots.getOrDefault("amount", "");
    String saved = slots.getOrDefault("annual_cost", "");
    BigDecimal invest = amount(invested);
    BigDecimal yearly = amount(saved);
    String code = LineItems.code(LineItems.currencyOf(invested));
    if (invest == null || yearly == null || code.isEmpty() || !code.equals(LineItems.code(LineItems.currencyOf(saved)))) {
      return;
    }
    put.accept("one_off_total", formats.money(invest, code));
    put.accept("saving_year", formats.money(yearly, code));
    put.accept("saving_total", formats.money(yearly.multiply(BigDecimal.valueOf(3)), code));
  }

  private static BigDecimal amount(String money) {
    String digits = money.replaceAll("[^\\d.k]", "");
    if (digits.isEmpty() || !digits.matches("\\d+(?:\\.\\d+)?k?")) {
      return null;
    }
    boolean k = digits.endsWith("k");
    BigDecimal v = new BigDecimal(k ? digits.substring(0, digits.length() - 1) : digits);
    return k ? v.multiply(BigDecimal.valueOf(1000)) : v;
  }
}
