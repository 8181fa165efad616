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
 * A document's title from its kind's pattern and the request's facts: the subject and the period,
 * never the bare name of the kind and never the request copied.
 */
final class Titles {
  private static final String DEFAULT = "{name}: {subject_title|{purpose_title|{org|{recipient|{location}}}}}";

  private Titles() {}

  // "From 1 January all non-client travel is frozen until further notice": what the statement is about, after the time
  // that leads it, and what happens to it when that is a single participle.
  private static final Pattern STATEMENT = Pattern.compile("(?u)^(?:(?i:from|as of|starting|with effect from|effective|on|"
      + "until|after|before|by)\\s+(?:(?:\\p{L}+\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2}(?:st|nd|rd|th)?|\\p{Lu}\\p{L}+)"
      + "(?:,?\\s+\\d{4})?,?\\s+|(?i:from|as of|starting|next|this)\\s+(?i:next\\s+)?"
      + "(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)\\s*,?\\s+)?"
      + "(?:(?i:all|the|our|any|every)\\s+)?((?:[\\p{L}\\d-]+\\s+){0,6}?[\\p{L}\\d-]+)\\s+"
      + "(?:(is|are|will be|has been|have been)\\s+(\\p{Ll}+(?:ed|en))\\b|(?:will|must|cannot|can't|closes|close|opens|open|"
      + "moves|move|starts|start|ends|end|changes|change|needs|need|stays|stay|is|are|has|have)\\b)");
  private static final Set<String> NOT_SUBJECT = Set.of("we", "you", "i", "they", "it", "this", "there", "he", "she", "everyone",
      "staff", "people", "nobody");

  /** The subject of a statement, as a title: "Non-client travel frozen"; empty when it has none a title can use. */
  static Optional<String> statementSubject(String sentence) {
    Matcher m = STATEMENT.matcher(sentence.strip());
    if (!m.lookingAt() || NOT_SUBJECT.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    // "The Leeds office at 14 Park Row will be closed": the office, without where it is.
    String head = m.group(1).replaceFirst("(?iu)\\s+(?:at|in|on|of)\\s+.*$", "");
    if (head.split("\\s+").length > 4) {
      return Optional.empty();
    }
    String subject = head + (m.group(3) != null ? " " + m.group(3) : "");
    return Optional.of(SlotFiller.capitalise(subject));
  }

  // A subject that is only a breakdown, with or without the chart asked for: "by region", "nach Filiale mit Diagramm".
  private static final Pattern GROUPING_ONLY = Pattern.compile("(?iu)(?:(?:the|het|de|das|der|die|le|la|el)\\s+)?"
      + "(by|per|nach|pro|je|par|por|naar)\\s+"
      + "(\\p{L}[\\p{L}-]*(?:\\s+(?:and|und|et|y|en)\\s+\\p{L}[\\p{L}-]*)?)"
      + "(?:\\s+(?:with|mit|avec|con|met)\\s+(?:(?:a|an|einem|einer|un|une|een)\\s+)?"
      + "(?:chart|graph|diagramm|grafik|graphique|gráfico|grafiek|diagram))?");

  // "Generate invoice INV-2026-0142": a word that asks for the document is no part of its name.
  private static final Pattern ASKING_ONLY = Pattern.compile("(?iu)(?:please\\s+)?(?:generate|create|write|make|draft|prepare|"
      + "produce|issue|raise|compose|build|send|erstelle|erstellen|schreibe|générer|rédiger|crear|genera|maak)"
      + "(?:\\s+(?:me\\s+)?(?:a|an|the|our|my|ein|eine|einen|un|une|una|een))?");

  static String title(DocumentType kind, Map<String, String> facts, KindDetector.Decision decision, String prefix) {
    Map<String, String> slots = new HashMap<>(facts);
    if (slots.getOrDefault("recipient", "").equals(slots.getOrDefault("audience", "-"))) {
      // "Incident Report: Plant manager": the role a report is for does not name it.
      slots.remove("recipient");
    }
    // "Ik wil een brief sturen …": the words before the kind's name say who wants it, not what it is.
    if (prefix.matches("(?iu)^(?:ik|we|wij|i|wir|ich|je|nous|yo|on|my|our|mijn|onze)\\b.*") || ASKING_ONLY.matcher(prefix).matches()) {
      prefix = "";
    }
    slots.put("name", prefix.isEmpty() ? kind.name() : headline(prefix, kind) + " " + kind.name());
    // "Bristol trip 14" of "Bristol trip 14-16 May 2025": the day that starts the dates is not the subject's.
    String subject = facts.getOrDefault("subject", "").replaceFirst("\\s+\\d{1,2}$", "");
    if (!subject.equals(facts.getOrDefault("subject", ""))) {
      slots.put("subject", subject);
    }
    if (subject.matches("(?iu)(?:\\p{L}{1,4}\\s+)?\\d{1,2}")) {
      // "für das 3. Quartal 2026": what is left of a quarter's ordinal is no subject.
      subject = "";
      slots.remove("subject");
    }
    Matcher grouped = GROUPING_ONLY.matcher(subject);
    if (grouped.matches()) {
      // "Sales report Q3 2026 by region with a chart" is the sales report by region, not one about "By region with a
      // chart": the breakdown follows the kind's name and the chart is no part of the title.
      String by = grouped.group(1);
      slots.put("name", slots.get("name") + " " + (by.equalsIgnoreCase("by") ? by + " " + SlotFiller.capitalise(grouped.group(2))
          : by + " " + grouped.group(2)));
      subject = "";
      slots.remove("subject");
      facts = new HashMap<>(facts);
      facts.remove("subject");
      String phrase = (by + " " + grouped.group(2)).toLowerCase(Locale.ROOT);
      if (facts.getOrDefault("purpose", "").toLowerCase(Locale.ROOT).contains(phrase)) {
        // "over het derde kwartaal van 2026 per regio": the period and the breakdown, said once each already.
        facts.remove("purpose");
        slots.remove("purpose");
      }
    }
    if (!subject.isEmpty() && wordsWithin(subject, kind.name() + " " + prefix)) {
      // "Support tickets" under "Support Ticket Summary": a subject that only repeats the kind's name says nothing.
      subject = "";
      slots.remove("subject");
    }
    if (DATA_QUESTION.matcher(subject).matches() || PERIOD_ONLY.matcher(subject).matches()
        || HOW_TO_START.matcher(subject).matches()) {
      // "Jul-Dec 2026" as a subject is the period, which the title gives once, after the dash.
      subject = "";
      slots.remove("subject");
    }
    if (DATA_ASKS.matcher(facts.getOrDefault("purpose", "")).matches()
        || DATA_INSTRUCTION.matcher(facts.getOrDefault("purpose", "")).matches()
        || DATA_QUESTION.matcher(facts.getOrDefault("purpose", "")).matches()) {
      // "tickets per team, open tickets and S1 count": what the request asks of its data is answered in the
      // document, not listed in its title.
      facts = new HashMap<>(facts);
      facts.remove("purpose");
      slots.remove("purpose");
    }
    if (subject.equalsIgnoreCase(facts.getOrDefault("recipient", "")) || subject.equalsIgnoreCase(facts.getOrDefault("audience", ""))) {
      // "memo all staff: xmas party …" is about the party, not about its readers.
      subject = "";
      slots.remove("subject");
    }
    // A request whose topic is its organisation ("for the Digital Accessibility Working Group: chaired by …") is titled by
    // it, unless the kind is titled by its message (a press release's headline, a memo's news).
    boolean byMessage = kind.titlePattern().contains("{purpose");
    // A request with no topic but a purpose ("about the broken heating") is titled by its purpose, below.
    boolean purposeOnly = subject.isEmpty() && !facts.getOrDefault("purpose", "").isEmpty();
    if (subject.equalsIgnoreCase(prefix) && (!prefix.isEmpty() || !byMessage) && !purposeOnly) {
      // "Remote Working Policy: Calder Engineering", not "Remote working Policy: Remote working".
      subject = facts.getOrDefault("org", "");
      slots.put("subject", subject);
    }
    if (!subject.isEmpty()) {
      slots.put("subject_title", SlotFiller.capitalise(subject.replaceFirst("(?iu)^(the|a|an|der|die|das|den|dem|des|ein|eine|einen|le|la|les|l'|un|une|el|los|las|de|het|een)\\s+", "")));
    }
    // "… opens a factory in Sunderland on 15 February 2027, creating 180 jobs": a headline leaves the date to the dateline.
    String eventDate = facts.getOrDefault("event_date", "");
    String purpose = headOf(eventDate.isEmpty() ? facts.getOrDefault("purpose", "")
        : facts.getOrDefault("purpose", "").replace(" on " + eventDate, "").replace(" " + eventDate, ""));
    if (!purpose.isEmpty() && purpose.split("\\s+").length <= 12) {
      // "telling her that her replacement part has arrived": the title names the part, not whose it is.
      String asTitle = SlotFiller.capitalise(SlotFiller.withoutArticle(purpose.replaceFirst("^(?:her|his|their)\\s+(?=\\p{L})", "")));
      slots.put("purpose_title", asTitle);
      slots.put("purpose", asTitle);
      if (subject.isEmpty()) {
        slots.put("subject_title", asTitle);
      }
    } else {
      slots.remove("purpose");
    }
    String pattern = kind.titlePattern().isEmpty() ? DEFAULT : kind.titlePattern();
    String title = clean(SlotFiller.fill(pattern, slots).replace("[[", "").replace("]]", ""));
    String period = facts.getOrDefault("period", "");
    if (!period.isEmpty() && !title.contains(period)) {
      title = title + " — " + period;
    }
    if (title.equalsIgnoreCase(kind.name())) {
      String extra = "";
      for (String slot : List.of("customer", "candidate", "org", "location", "recipient", "event_date")) {
        if (!facts.getOrDefault(slot, "").isEmpty()) {
          extra = facts.get(slot);
          break;
        }
      }
      if (!extra.isEmpty()) {
        title = title + " — " + SlotFiller.capitalise(extra);
      }
    }
    if (title.chars().filter(c -> c == '(').count() > title.chars().filter(c -> c == ')').count()) {
      // "Greenfield Robotics (Cambridge": a bracket the subject's cut left open goes with what it held.
      title = clean(title.substring(0, title.lastIndexOf('(')));
    }
    return title.isBlank() ? kind.name() : title;
  }

  // "how many tickets are still open", "which month we go lowest", "commission = sales x rate": a question or a
  // formula about the data, answered in the document and never its title.
  private static final Pattern DATA_QUESTION = Pattern.compile("(?iu)(?:how many|how much|which|whether|wie viele|"
      + "wie viel|welche[rs]?|combien|cu[aá]nt[oa]s?|cu[aá]l(?:es)?|hoeveel|welke)\\b.*"
      + "|.*\\p{L}\\s+(?:=|x|×)\\s+\\p{L}.*");
  private static final Pattern PERIOD_ONLY = Pattern.compile("(?iu)(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
      + "q[1-4]|h[12]|t[1-4])\\p{L}*\\.?|(?:19|20)\\d{2}|week|woche|semaine|semana|month|monat|mois|mes|maand|"
      + "the|der|die|la|le|de|het|of|vom|du|del|van|\\d{1,2}|[-–/,\\s]|to|until|bis|à|al|tot|and|und|et|y|en)+");
  private static final Pattern DATA_ASKS = Pattern.compile("(?iu)(?=.*(?:,|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\ben\\b))"
      + ".*\\b(?:per|count|average|mean|how many|number of|totals?|share|longest|largest|highest|lowest|anzahl|"
      + "durchschnitt\\w*|nombre de|moyenne|número de|promedio|media|aantal|gemiddelde?)\\b.*");

  // "starting from the opening balance", "based on the attached data": how to work, not what the document is about.
  private static final Pattern HOW_TO_START = Pattern.compile("(?iu)(?:starting|beginning|based|working|using|drawing|"
      + "ausgehend|basierend|à partir|a partir|en partant|basado|uitgaande|op basis)\\b.*");

  // "flag anyone under 80% of target": an instruction about the figures, carried out in the document.
  // "any month that closes below zero": a condition on the rows, which the document flags.
  private static final Pattern DATA_INSTRUCTION = Pattern.compile("(?iu)(?:(?:any|every|each|all)\\s+\\p{L}+\\s+"
      + "(?:that|which|where|whose|with)\\b.*)|(?:and\\s+)?(?:flag|highlight|list|show|mark|warn|"
      + "alert|tell me|let me know|point out|"
      + "identify|compare|rank|markiere|zeige|liste|signale[rz]?|indique[rz]?|marca|señala|muestra|markeer|toon)\\b.*");

  private static boolean wordsWithin(String subject, String name) {
    java.util.Set<String> known = new java.util.HashSet<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      known.add(w.replaceAll("s$", ""));
    }
    for (String w : subject.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !known.contains(w.replaceAll("s$", ""))) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern PURPOSE_TAIL = Pattern.compile(
      "(?iu)\\s+(?:from|on|and|until|between|by|starting|effective|so that|because|while|ab|vom|bis|und|du|à partir|et|desde|"
      + "hasta|y|vanaf|tot|en)\\s.*$");
  private static final Pattern AUXILIARY = Pattern.compile(
      "(?iu)\\s(?:will be|will|are|is|have been|has been|wird|werden|sera|seront|será|serán|wordt|worden)\\s");

  /**
   * A long message as a title: its head, without what follows its first date or conjunction and without
   * its auxiliary verb ("the lifts will be out of action for maintenance from 7 to 11 December and …" is
   * "lifts out of action for maintenance").
   */
  private static String headOf(String purpose) {
    if (purpose.split("\\s+").length <= 12) {
      return purpose;
    }
    String head = AUXILIARY.matcher(PURPOSE_TAIL.matcher(purpose).replaceFirst("")).replaceFirst(" ").strip();
    return head.split("\\s+").length <= 8 ? head : "";
  }

  private static final Pattern TITLE_CASE_NAME = Pattern.compile("(?:\\p{Lu}\\p{Ll}*\\s?)+");
  private static final Pattern LOWER_WORDS = Pattern.compile("[A-Za-z][a-z -]*");
  private static final Pattern SMALL_WORD = Pattern.compile("and|or|of|for|the|to|in|on");

  /** "remote working" before "Policy" is "Remote Working": English titles capitalise their words. */
  private static String headline(String prefix, DocumentType kind) {
    if (!TITLE_CASE_NAME.matcher(kind.name()).matches() || !LOWER_WORDS.matcher(prefix).matches()) {
      return SlotFiller.capitalise(prefix);
    }
    StringBuilder out = new StringBuilder();
    for (String w : prefix.split(" ")) {
      out.append(out.length() == 0 ? "" : " ").append(SMALL_WORD.matcher(w).matches() ? w : SlotFiller.capitalise(w));
    }
    return out.toString();
  }

  /** Separators left dangling by empty slots go: "Memo: " is "Memo", "Minutes — , 3 May" is "Minutes — 3 May". */
  private static String clean(String t) {
    String s = SPACES.matcher(t).replaceAll(" ").strip();
    s = DANGLING_END.matcher(s).replaceAll("");
    s = DANGLING_COMMA.matcher(s).replaceAll(" $1 ");
    s = SPACE_COLON.matcher(s).replaceAll(":");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DANGLING_END = Pattern.compile("(?:\\s*[:—–,-])+\\s*$");
  private static final Pattern DANGLING_COMMA = Pattern.compile("\\s*([:—–])\\s*,\\s*");
  private static final Pattern SPACE_COLON = Pattern.compile("\\s+:");
}
