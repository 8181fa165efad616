package dev.docgen.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms an offer of employment states, each for its row: "6-month probation", "permanent, full-time",
 * "Employer pension contribution 6%".
 */
final class OfferTerms {
  private OfferTerms() {}

  private static final String COUNT = "(\\d{1,2}|one|two|three|four|five|six|nine|twelve)";
  private static final Pattern PROBATION_BEFORE = Pattern.compile("(?iu)\\b" + COUNT + "[\\s-]+(months?|weeks?)(?:'|’)?"
      + "\\s+(?:probation|probationary period)\\b");
  private static final Pattern PROBATION_AFTER = Pattern.compile("(?iu)\\bprobation(?:ary)?(?:\\s+period)?(?:\\s+of|:)?\\s+"
      + COUNT + "[\\s-]+(months?|weeks?)\\b");
  private static final Pattern PROBEZEIT = Pattern.compile("(?iu)\\b(?:probezeit(?:\\s+von)?\\s+(\\d{1,2})\\s+(monate?n?|wochen)"
      + "|(\\d{1,2})\\s+(monate?n?|wochen)\\s+probezeit)\\b");
  private static final Pattern CONTRACT = Pattern.compile("(?iu)\\b(permanent|fixed-term|temporary|unbefristet|befristet)\\b");
  private static final Pattern HOURS_TYPE = Pattern.compile("(?iu)\\b(full-time|part-time|full time|part time|vollzeit|teilzeit)\\b");
  private static final Pattern BENEFIT = Pattern.compile("(?iu)\\b(?:pension|private medical|health insurance|healthcare|"
      + "life assurance|life insurance|bonus|car allowance|company car|gym|share options|stock options|cycle to work|"
      + "season ticket|betriebsrente|firmenwagen|mutuelle|tickets restaurant)\\b");
  // Clauses end at a full stop, a semicolon, a comma or a spaced dash, not inside "€92,000" or "37.5".
  private static final Pattern CLAUSE_END = Pattern.compile("[.;!?](?=\\s|$)|,\\s|\\s[—–-]\\s|\\s+plus\\s+");

  static void read(String text, Map<String, String> slots) {
    probation(text).ifPresent(p -> slots.putIfAbsent("probation", p));
    Matcher contract = CONTRACT.matcher(text);
    Matcher hours = HOURS_TYPE.matcher(text);
    List<String> type = new ArrayList<>();
    if (contract.find()) {
      type.add(contract.group(1).toLowerCase(Locale.ROOT));
    }
    if (hours.find()) {
      type.add(hours.group(1).toLowerCase(Locale.ROOT).replace(' ', '-'));
    }
    if (!type.isEmpty()) {
      slots.putIfAbsent("contract_type", SlotFiller.capitalise(String.join(", ", type)));
    }
    List<String> benefits = new ArrayList<>();
    for (String part : CLAUSE_END.split(text)) {
      String c = part.strip().replaceFirst("(?iu)^(?:and|plus|with)\\s+", "").replaceFirst("(?iu)^(?:a|an)\\s+(?=\\d)", "");
      if (BENEFIT.matcher(c).find() && c.length() <= 80 && !c.matches("(?s).*[?!].*")) {
        benefits.add(SlotFiller.capitalise(c));
      }
    }
    if (!benefits.isEmpty()) {
      slots.putIfAbsent("benefits", String.join("; ", benefits));
    }
  }

  /** "6-month probation", "probation period of three months", "Probezeit 6 Monate": how long, as "6 months". */
  static java.util.Optional<String> probation(String text) {
    Matcher m = PROBATION_BEFORE.matcher(text);
    if (!m.find()) {
      m = PROBATION_AFTER.matcher(text);
      if (!m.find()) {
        Matcher de = PROBEZEIT.matcher(text);
        if (!de.find()) {
          return java.util.Optional.empty();
        }
        String n = de.group(1) != null ? de.group(1) : de.group(3);
        String unit = (de.group(2) != null ? de.group(2) : de.group(4)).toLowerCase(Locale.ROOT);
        return java.util.Optional.of(n + (unit.startsWith("w") ? " Wochen" : " Monate"));
      }
    }
    String n = m.group(1).toLowerCase(Locale.ROOT);
    String unit = m.group(2).toLowerCase(Locale.ROOT).replaceFirst("s$", "");
    return java.util.Optional.of(n + " " + unit + (n.equals("1") || n.equals("one") ? "" : "s"));
  }
}
