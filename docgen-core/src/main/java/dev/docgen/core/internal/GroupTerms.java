package dev.docgen.core.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What terms of reference are made of, read from a request that lists them: "chaired by Dr Ana Sousa, meets monthly,
 * reports to the Executive Board, quorum of four members, reviewed every 12 months". Each goes to its slot, and the
 * listed item that said it is not also written as a responsibility.
 */
final class GroupTerms {
  private static final Pattern FREQUENCY = Pattern.compile("(?iu)\\b(?:meets?|meeting|meetings (?:are held|take place)|"
      + "tagt|se réunit|se reúne|vergadert)\\s+((?:every\\s+(?:\\w+\\s+)?(?:week|weeks|month|months|quarter)|once a \\w+|"
      + "twice a \\w+|\\w+ times a \\w+|monthly|weekly|fortnightly|quarterly|bi-?monthly|annually|yearly|"
      + "monatlich|wöchentlich|vierteljährlich|chaque mois|tous les mois|mensuellement|chaque semaine|mensualmente|"
      + "cada mes|maandelijks|wekelijks|elk kwartaal)(?:\\s+on\\s+[\\p{L} ]+?)?)(?=$|[,;.])");
  private static final Pattern QUORUM = Pattern.compile("(?iu)\\b(?:quorum(?:\\s+(?:of|is|:))?|beschlussfähig ab|"
      + "quorum de|quórum de)\\s+((?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|half|a majority)"
      + "(?:\\s+(?:voting\\s+)?(?:members|of the members|people|persons))?)");
  private static final Pattern PARENT = Pattern.compile("(?u)\\b(?i:reports? to|accountable to|berichtet an|rend compte à|"
      + "informa a|rapporteert aan)\\s+((?i:the|die|den|dem|der|la|le|l'|el|al|de|het)?\\s*\\p{Lu}[\\p{L}&'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}&'’-]*){0,5})");
  private static final Pattern REVIEW = Pattern.compile("(?iu)\\b(?:reviewed|review(?:ed)? of (?:these|the) terms|"
      + "überprüft|revu|revisad[oa]s?|herzien|geëvalueerd)\\s+((?:every\\s+\\d+\\s+(?:months|years)|every\\s+(?:year|two years)|"
      + "annually|yearly|each year|after (?:the first )?\\d+\\s+months|jährlich|chaque année|anualmente|jaarlijks))");
  // "jährlich überprüft", "chaque année révisés": the interval first.
  private static final Pattern REVIEW_BEFORE = Pattern.compile("(?iu)\\b((?:jährlich|halbjährlich|alle\\s+\\d+\\s+(?:Monate|Jahre)|"
      + "annuellement|chaque année|tous les \\d+ mois|anualmente|cada año|jaarlijks|elk jaar))\\s+"
      + "(?:überprüft|revus?|révisés?|revisad[oa]s?|herzien|geëvalueerd)\\b");
  private static final Pattern DECISIONS = Pattern.compile("(?iu)\\b(?:decisions?(?:\\s+(?:are|is))?(?:\\s+(?:made|taken))?|decides?)\\s+"
      + "(by\\s+(?:consensus|(?:a\\s+)?(?:simple\\s+|two-thirds\\s+|qualified\\s+)?majority(?:\\s+vote)?)(?:[^,.;]*)?)");
  private static final Pattern CHAIRED = Pattern.compile("(?iu)^(?:chaired by|chair:?|led by|vorsitz:?|présidé par|presidido por|"
      + "voorzitter:?)\\s");

  private GroupTerms() {}

  /**
   * Fills the group's slots from {@code text}; drops from {@code listed} the items that gave them, and from
   * {@code durations} the review interval. Returns the items it read.
   */
  static List<String> read(String text, Map<String, String> slots, List<String> listed, List<String> durations) {
    find(FREQUENCY, text).ifPresent(f -> slots.put("frequency", SlotFiller.capitalise(f)));
    find(QUORUM, text).map(q -> q.matches("(?iu).*\\b(?:members|people|persons)$") ? q : q + " members")
        .ifPresent(q -> slots.put("quorum", SlotFiller.capitalise(q)));
    find(DECISIONS, text).ifPresent(d -> slots.put("decisions", SlotFiller.capitalise(d)));
    find(PARENT, text).ifPresent(p -> {
      slots.put("parent", p);
      if (p.equals(slots.get("manager")) || ("the " + slots.get("manager")).equalsIgnoreCase(p)) {
        slots.remove("manager");
      }
    });
    find(REVIEW, text).or(() -> find(REVIEW_BEFORE, text)).ifPresent(r -> {
      slots.put("review", r);
      // "reviewed every 12 months" says when the terms are looked at again, not how long the group runs.
      if (slots.containsKey("duration") && r.contains(slots.get("duration"))) {
        slots.remove("duration");
      }
      durations.removeIf(r::contains);
    });
    List<String> read = listed.stream().filter(i -> said(FREQUENCY, i) || said(QUORUM, i) || said(PARENT, i)
        || said(REVIEW, i) || said(REVIEW_BEFORE, i) || said(DECISIONS, i) || CHAIRED.matcher(i.strip()).find() && slots.containsKey("chair")).toList();
    listed.removeAll(read);
    String purpose = slots.getOrDefault("purpose", "");
    read = new java.util.ArrayList<>(read);
    if (!purpose.isEmpty() && (CHAIRED.matcher(purpose).find() || said(FREQUENCY, purpose) || said(PARENT, purpose))) {
      slots.remove("purpose");
    }
    return read;
  }

  private static boolean said(Pattern p, String item) {
    Matcher m = p.matcher(item);
    return m.find() && m.start() <= 2;
  }

  private static java.util.Optional<String> find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? java.util.Optional.of(m.group(1).strip()) : java.util.Optional.empty();
  }

  static boolean isFor(String kind) {
    return kind.equals("terms-of-reference");
  }
}
