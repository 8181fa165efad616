package dev.docgen.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request gives under a field's own label: "Reviewer is Mark Stevens" fills {@code [[reviewer]]},
 * "Closing date 8 January 2027" fills {@code [[closing date]]}, "Pressekontakt: Jonas Weber, …" fills
 * {@code [[Pressekontakt]]}. The label must open its clause, and the value must look like a fact (a name, a
 * number, a date, an address), so that "start date 1 February" does not fill {@code [[date]]}.
 */
final class LabelledValues {
  /** Labels too general to be anyone's field on their own. */
  private static final Set<String> GENERAL = Set.of("date", "name", "amount", "owner", "description", "cost", "quantity",
      "total", "notes", "details", "item", "task", "action", "risk", "mitigation", "time", "place", "number", "value",
      "status", "result", "responsibility", "role", "title", "topic", "dates", "period", "price", "unit price", "reason",
      "impact", "likelihood", "score", "rating", "comment", "comments", "decision", "datum", "nom", "nombre", "naam", "betrag",
      "montant", "importe", "bedrag");
  private static final String OPENS = "(?:^|[.;,:!?(][’'\"”»]?\\s*|\\b(?i:and|with|und|et|y|en)\\s+)";
  private static final String VALUE = "((?:[\\p{Lu}\\d£$€+]|[\\p{L}.\\d-]+@)[^,;()\\n]{0,70}?)"
      + "(?=\\s*(?:[,;()]|[.!?](?:\\s|$)|$|\\s+(?i:and|und|et|y|en)\\s))";

  private final String text;
  private final Map<String, Optional<String>> seen = new HashMap<>();

  LabelledValues(String prompt) {
    this.text = Abbreviations.expand(prompt.strip().replaceAll("\\s+", " "));
  }

  /** The value the request gives under {@code label}, the words of a field. */
  Optional<String> of(String label) {
    return seen.computeIfAbsent(label.strip().toLowerCase(Locale.ROOT), this::find);
  }

  /** Labels people write for the same field: a press release's "press contact" is often its "media contact". */
  private static final Map<String, String> ALSO = Map.of("press contact", "media contact", "pressekontakt", "medienkontakt",
      "media contact", "press contact");

  /**
   * Other words people write for a row's label: "Approved by" is often "Approver" or "Authorised by", "Minutes taken
   * by" is "Minute taker", "Reports to" is "Reporting to".
   */
  private static final Map<String, List<String>> ROW = Map.of(
      "approved by", List.of("approved by", "approver", "authorised by", "authorized by", "signed off by"),
      "minutes taken by", List.of("minutes taken by", "minute taker", "minutes by", "note taker", "taking minutes"),
      "reports to", List.of("reports to", "reporting to", "report to"),
      "reviewer", List.of("reviewer", "reviewed by"),
      "apologies", List.of("apologies"),
      "chair", List.of("chaired by", "chair"),
      "department", List.of("department"),
      "cost centre", List.of("cost centre", "cost center"),
      "traveller", List.of("traveller", "traveler"));

  /** The value the request gives under a row's label or one of its other words; only English rows have others. */
  Optional<String> ofRow(String rowLabel) {
    String row = rowLabel.strip().toLowerCase(Locale.ROOT);
    for (String words : ROW.getOrDefault(row, List.of(row))) {
      Optional<String> v = of(words);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  private Optional<String> find(String label) {
    Optional<String> found = label(label);
    String also = ALSO.get(label.replaceAll("\\s+names?$", ""));
    return found.isPresent() || also == null ? found : label(also);
  }

  private Optional<String> label(String label) {
    String words = label.replaceAll("\\s+names?$", "");
    if (GENERAL.contains(words) || words.length() < 4 || !words.matches("(?u)[\\p{L} '-]+")) {
      return Optional.empty();
    }
    Matcher m = Pattern.compile("(?iu)" + OPENS + "(?:the\\s+|our\\s+|my\\s+)?" + Pattern.quote(words)
        + "s?(?:\\s*[:=]\\s*|\\s+(?:is|are|will be|ist|est|es|is)\\s+|\\s+(?:from|by)\\s+|\\s+)(?:the\\s+)?(?-i)" + VALUE)
        .matcher(text);
    while (m.find()) {
      String value = Abbreviations.restore(m.group(1).strip());
      // "Media contact: press@northwind.com" gives the contact's email, not the name a "[[press contact]]" asks for.
      boolean mailForName = value.contains("@") && !words.matches("(?iu).*\\b(?:e-?mail|mail|courriel|correo)\\b.*");
      if (!value.isEmpty() && !mailForName) {
        return Optional.of(value);
      }
    }
    // "Rating: exceeds expectations" for "[[overall rating]]": after a colon, the field's last word is label enough.
    String last = words.substring(words.lastIndexOf(' ') + 1);
    if (!words.contains(" ")) {
      return Optional.empty();
    }
    Matcher colon = Pattern.compile("(?iu)" + OPENS + Pattern.quote(last)
        + "\\s*:\\s*([^,;()\\n]{1,70}?)(?=\\s*(?:[,;()]|[.!?](?:\\s|$)|$))").matcher(text);
    if (!GENERAL.contains(last) && last.length() >= 4 && colon.find()) {
      return Optional.of(Abbreviations.restore(colon.group(1).strip()));
    }
    return Optional.empty();
  }
}
