package dev.docgen.core.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.docgen.api.DatePeriod;
import dev.docgen.api.model.ChartType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads everything but the kind from a request: the entities, the facts in their roles, the subject and the title. */
public final class RequestReader {
  // A name of capitalised words, "&" allowed between them ("Harrow & Finch LLP"); callers add how many words.
  static final String CAPITALISED = "\\p{Lu}[\\p{L}&'’.\u2024-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}&'’.\u2024-]*)";

  /** What was read, before it becomes a {@code DocumentIntent}. */
  private static final String CAPITALISED_NAME = "(?:(?:Dr|Prof|Mr|Mrs|Ms|Herr|Frau|M|Mme|Sr|Sra|Dhr|Mevr)\\.?\\s+)?"
      + "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:van|von|de|der|den|da|di|le|la)?\\s*\\p{Lu}[\\p{L}'’-]+){1,2}";

  public record Reading(String title, String subject, Optional<DatePeriod> period, String audience,
      List<String> organisations, List<String> people, List<String> places, List<String> amounts,
      List<String> durations, List<String> dates, List<String> identifiers, List<String> sections,
      List<String> columns, List<String> listed, List<String> groupBy, Optional<ChartType> chart, List<String> quoted,
      Map<String, String> slots, Map<String, List<String>> lists) {}

  private static final Pattern SUBJECT_LEAD = Pattern.compile(
      "(?iu)^(?:for|on|about|of|from|regarding|re:?|covering|to|über|zum|zur|für|sur|pour|du|de la|des|sobre|para|del|de|"
          + "over|voor|van)\\s+");
  private static final Pattern PURPOSE = Pattern.compile(
      "(?iu)\\b(?:announcing(?: that)?|to announce(?: that)?|announces|informing \\w+(?: \\w+)? (?:that|of|about)|"
          + "to (?:let|tell|inform) [\\w ]{1,30}? (?:know )?(?:that|about|of)|telling [\\w ]{1,30}? (?:that|about)|"
          + "confirming(?: that)?|explaining(?: that)?|apologi[sz]ing(?: that| for)?|asking [\\w ]{1,30}? to|about(?!\\s+[£$€\\d])|regarding|on the subject of|"
          + "zur|über|concernant|au sujet de|sur|sobre|acerca de|"
          // Dutch "over" is "about"; "over two years" is a duration.
          + "over(?!\\s+(?:\\d|a\\b|an\\b|one|two|three|four|five|six|twelve|eighteen|the\\s+(?:next|last|past|coming)))|betreffende)\\s+([^.;!?]+)");
  private static final Pattern CUT = Pattern.compile(
      "(?iu)\\s*(?:[,;:(]|\\s[—–]\\s|\\bwith (?!the\\b)|\\bas an?\\b|\\bgrouped by\\b|\\bbroken down\\b|\\blisting\\b|\\bflagging\\b|"
          + "\\bincluding\\b|\\bcovering\\b|\\bin (?:pdf|docx|xlsx|word|excel)\\b|\\bsections?\\b|"
          // The request's first sentence holds its subject: "…the Oakridge school extension for the governors? We're at …".
          + "[?!]|\\.\\s+(?=\\p{Lu}|\\d))");

  private static final Cue ORDER_REF = Cue.of(
      "(?iu)\\b(?:(?:customer |your |purchase )?order (?:reference|ref\\.?|number|no\\.?|#)|PO(?: number| no\\.?| #)?|"
          + "purchase order|bestellnummer|bestellung|référence (?:de )?commande|bon de commande|n° de commande|"
          + "(?:número|referencia) de pedido|pedido|ordernummer|bestelnummer|inkooporder)[\\s:#]*"
          + "((?-i:[A-Z]{1,6}(?:-[A-Z]{1,6})*-?\\d[\\w-]*))\\b",
      List.of("order", " po ", "bestel", "commande", "pedido"));
  private static final Pattern LEADING_ID = Pattern.compile("^(?:(?:no\\.?|n°|nr\\.?|#)\\s*)?[A-Z]{1,6}-\\d[\\w-]*\\b[,:]?");
  private static final Pattern NOUN_TAIL = Pattern.compile(
      "(?iu)^(?:(?:report|update|notes|checklist|document|summary|register|tracker|plan|sheet|review|memo|proposal|"
          + "letter|log|matrix)\\b\\s*)+");

  // "after an expired TLS certificate on the payments gateway": what an incident came from.
  private static final Cue CAUSE = Cue.of(
      "(?iu)\\b(?:after|because of|due to|caused by|root cause(?: was|:)?|(?:slipped|tripped) (?:on|over)|wegen|aufgrund|à cause d['’]?(?:une?|la|le)?|"
          + "en raison d['’]?(?:une?|la|le)?|debido a|por culpa de|door|vanwege)\\s+((?:(?:an?|the|een|de|het|ein(?:e|em|er)?|la|le|el|una?)\\s+|(?<=(?:on|over)\\s))"
          + "[^.;:!?]{3,80}?)(?=$|[.;:!?]|,\\s|\\s(?:and|so|which|about|around|und|et|y|en)\\s)",
      List.of("after", "cause", "due to", "wegen", "aufgrund", "raison", "debido", "culpa", " door ", "vanwege", "slipped",
          "tripped"));
  // "Let everyone in the Glasgow office know the lifts will be out of action …": the message after "know".
  private static final Pattern LET_KNOW_MESSAGE = Pattern.compile(
      "(?iu)\\b(?:let|tell)\\s+[\\p{L}'’ -]{1,50}?\\s+know\\s+(?:that\\s+|about\\s+)?([^.;!?]+)");
  // The words one of which PURPOSE needs, so that most requests skip it.
  private static final Cue PURPOSE_WORDS = new Cue(Pattern.compile(""), List.of("announc", "inform", "let", "tell", "confirm",
      "explain", "apologi", "asking", "about", "regarding", "subject of", "zur", "über", "concernant", "au sujet", "sur", "sobre",
      "acerca", "over", "betreffende"));
  private static final Pattern PERSON_ONLY = Pattern.compile(
      "(?u)(?:(?:Dr|Mr|Ms|Mrs|Prof)[.\u2024]?\\s)?\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,3}(?:\\s*\\([^)]*\\))?");
  // The colon of "H2 2026: hit 112%" ends a year; the one of "9:00" is a time.
  private static final Pattern ASKS_AFTER_DASH = Pattern.compile("(?iu)(?:(?:could|can|would|will)\\s+you|please|pls|kindly|"
      + "i\\s+need|we\\s+need|i'd\\s+like|we'd\\s+like)\\b");
  // "… from Karen Whitlock (Facilities Manager) - the Leeds office will be closed …": a spaced dash leads the message too.
  private static final Pattern MESSAGE_COLON = Pattern.compile("(?:(?:(?<!\\d)|(?<=\\d{4})):(?!\\d)|\\s[-–—]\\s)\\s*"
      + "((?:[^:;.!?]|(?<=\\d)[:.](?=\\d))+)");

  private RequestReader() {}

  public static Reading read(String raw, String text, LocalDate today, KindDetector.Decision decision, String lang) {
    List<DateFinder.Found> found = DateFinder.find(text, today);
    Optional<DatePeriod> period = PromptPatterns.period(text, found).filter(p -> isPeriod(text, p, found));
    Map<String, Object> facts = FactExtractor.extract(text, raw, found);
    List<String> dates = new ArrayList<>();
    if (facts.get("dates") instanceof List<?> l) {
      l.forEach(d -> dates.add(d.toString()));
    }
    PromptPatterns.dates(text).forEach(d -> {
      if (!dates.contains(d)) {
        dates.add(d);
      }
    });
    List<String> amounts = PromptPatterns.all(PromptPatterns.AMOUNT, text);
    List<String> durations = new ArrayList<>(durations(text));
    List<String> identifiers = PromptPatterns.identifiers(text);
    List<String> organisations = PromptPatterns.organisations(text);
    List<String> people = PromptPatterns.people(text, organisations);
    List<String> places = PromptPatterns.places(text);
    String audience = PromptPatterns.audience(text);
    Map<String, String> partySlots = new LinkedHashMap<>();
    facts.forEach((k, v) -> {
      if (v instanceof String str) {
        partySlots.put(k, str);
      }
    });
    if (!audience.isEmpty()) {
      partySlots.putIfAbsent("recipient", audience);
    }
    Map<String, String> commercial = commercialParties(text, decision);
    partySlots.putAll(commercial);
    String subject = subject(text, decision, period, audience, partySlots, today, found);
    List<String> sections = new ArrayList<>(listOf(facts, "sections"));
    PromptPatterns.requestedSections(text).forEach(s -> {
      if (sections.stream().noneMatch(x -> x.equalsIgnoreCase(s))) {
        sections.add(s);
      }
    });
    List<String> listed = new ArrayList<>(PromptPatterns.listedItems(FactExtractor.withoutLists(text)));
    listed.removeIf(item -> facts.values().stream().anyMatch(v -> v instanceof List<?> l && l.contains(item)));
    // "…: write up what the role involves and what we're looking for": what the writer is asked to do is not an item.
    listed.removeIf(RequestClauses::asksTheWriter);
    if (decision.kind().id().equals("job-description")) {
      // "nights, 4 on 4 off, £34,500, reports to the Shift Manager" are the job's terms, which have fields of their own;
      // "Must have a counterbalance forklift licence" is a requirement.
      listed.removeIf(i -> JOB_TERM.matcher(i.strip()).matches());
      Matcher must = MUST_HAVE.matcher(text);
      while (must.find()) {
        // "Must have 3 years' experience in a busy kitchen" is listed as a requirement: "3 years' experience …".
        listed.add(SlotFiller.capitalise(MUST_LEAD.matcher(must.group(1).strip()).replaceFirst("")));
      }
    }
    if (!audience.isEmpty()) {
      // "…, for the Calderdale Council highways committee": who reads it, not a fact to list.
      listed.removeIf(i -> i.strip().matches("(?iu)(?:for|to)\\s+(?:the\\s+|our\\s+)?"
          + Pattern.quote(audience.replaceFirst("^(?i:the|our) ", ""))));
    }
    List<String> bullets = listOf(facts, "bullets");
    listed.addAll(bullets);

    Map<String, String> slots = new LinkedHashMap<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    facts.forEach((k, v) -> {
      if (v instanceof String s) {
        slots.put(k, s);
      } else if (v instanceof List<?> l && !k.equals("dates")) {
        lists.put(k, l.stream().map(Object::toString).toList());
      }
    });
    Matcher lead = LIST_LEAD.matcher(listed.isEmpty() ? "" : listed.get(0));
    if (listed.size() >= 2 && lead.matches()) {
      // "phases are discovery, build, pilot on two wards": the words before "are" label the list.
      listed.set(0, lead.group(2));
      lists.putIfAbsent(lead.group(1).toLowerCase(Locale.ROOT), List.copyOf(listed));
    }
    if (decision.kind().id().equals("performance-review")) {
      ReviewResults.read(text, slots, listed, lists);
    }
    if (decision.kind().id().equals("meeting-minutes")) {
      MinutesFacts.read(text, slots, listed, lists);
    }
    purpose(text, decision)
        // A trip's first leg or first day is not what the trip is for.
        .filter(p -> !(decision.kind().id().equals("itinerary") && KindFacts.isTripStep(p)))
        .filter(p -> !RequestClauses.asksTheWriter(p) && !(LIST_LEAD.matcher(p).matches() && p.contains(",")))
        // "flights £312.40, hotel 2 nights at €165, …" is a list of figures, not what the document is for.
        .filter(p -> PromptPatterns.all(PromptPatterns.AMOUNT, p).size() < 2 && !figures(p))
        .ifPresent(p -> slots.put("purpose", p));
    Cue.Text cues = Cue.Text.of(text);
    CAUSE.find(cues).ifPresent(cause -> {
      String c = cause.group(1).strip();
      // "slipped on hydraulic oil leak near bay 12": the cause is "a hydraulic oil leak near bay 12".
      boolean bare = !c.matches("(?iu)^(?:an?|the|een|de|het|ein(?:e|em|er)?|la|le|el|una?|his|her|their|our|some)\\s.*")
          && cause.group().matches("(?iu)^(?:slipped|tripped)\\b.*") && !c.matches("(?iu)^\\S+s\\b.*");
      slots.put("cause", bare ? (c.matches("(?iu)^[aeiou].*") ? "an " : "a ") + c : c);
    });
    if (!subject.isEmpty()) {
      slots.put("subject", subject);
    }
    period.ifPresent(p -> slots.put("period", p.label()));
    first(organisations).ifPresent(o -> slots.put("org", o));
    if (!audience.isEmpty()) {
      // "for the plant manager (Dr Claudia Hein)": the reader's name with their role.
      Matcher named = Pattern.compile("(?u)" + Pattern.quote(audience) + "\\s*\\((" + CAPITALISED_NAME + ")\\)").matcher(text);
      slots.putIfAbsent("recipient", named.find() ? named.group(1) + ", " + SlotFiller.withoutArticle(audience) : audience);
      slots.put("audience", audience);
    }
    first(amounts).ifPresent(a -> slots.put("amount", a));
    // "a 45-minute lesson" lasts "45 minutes".
    // "3 days off", "two weeks' leave": time away from work, not how long the thing lasts.
    durations.removeIf(d -> Pattern.compile("(?iu)\\b" + Pattern.quote(d) + "['’]?\\s+(?:off|(?:of\\s+)?(?:sick\\s+)?leave|absence|"
        + "sick|holiday)\\b").matcher(text).find());
    first(durations).ifPresent(d -> slots.put("duration", d.replaceFirst(
        "(?iu)^((?!1-|one-)[\\p{L}\\d]+)-(minute|hour|day|week|month|year|quarter)$", "$1 $2s")));
    List<String> own = new ArrayList<>(identifiers);
    Optional<Matcher> orderRef = decision.kind().id().equals("purchase-order") ? Optional.empty() : ORDER_REF.find(cues);
    orderRef.ifPresent(ref -> {
      // "Order reference ML-2209" on a delivery note or an invoice is the customer's order, not this document's number.
      slots.put("reference", ref.group(1));
      own.remove(ref.group(1));
    });
    first(own).ifPresent(i -> slots.put("identifier", i));
    if (own.size() > 1) {
      slots.putIfAbsent("reference", own.get(1));
    }
    Matcher invoiceRef = INVOICE_REF.matcher(text);
    if (decision.kind().id().equals("credit-note") && invoiceRef.find()) {
      slots.put("reference", invoiceRef.group(1));
      if (invoiceRef.group(1).equals(slots.get("identifier"))) {
        slots.remove("identifier");
      }
    }
    Matcher billed = BILL_PARTY.matcher(text);
    if (decision.kind().id().equals("invoice") && billed.find()) {
      slots.putIfAbsent("customer", billed.group(1));
    }
    Matcher forOrg = FOR_ORG.matcher(decision.nameEnd() >= 0 ? text.substring(decision.nameEnd()) : "");
    if (forOrg.lookingAt() && !slots.containsKey("org")
        && (!people.contains(forOrg.group(1)) || ORG_WORD.matcher(forOrg.group(1)).find())) {
      slots.put("org", forOrg.group(1));
      // "a remote working policy for Calder Engineering": the organisation is not the topic, the words before the name are.
      String prefix = namePrefix(text, decision);
      if (forOrg.group(1).equals(subject) && !prefix.isEmpty()) {
        subject = prefix.toLowerCase(Locale.ROOT);
        slots.put("subject", subject);
      }
    }
    Matcher actor = ACTOR.matcher(text);
    if (actor.find() && !actor.group(1).matches("(?u)(?:We|Our|I|My|The|This|Please|Staff|Everyone|Hello|Hi)\\b.*")) {
      slots.putIfAbsent(decision.kind().family().equals("commercial") ? "customer" : "org", actor.group(1));
    }
    slots.putAll(commercial);
    subject = KindFacts.read(text, decision.kind().id(), subject, slots, amounts, found);
    if (decision.kind().id().equals("support-ticket-summary") && subject.matches("(?s).*\\d.*")) {
      // "1,482 tickets opened, 1,397 resolved …" are the figures, not what the summary is of.
      subject = "";
      slots.remove("subject");
    }
    if (decision.kind().id().equals("newsletter")) {
      subject = NewsFacts.read(text, subject, slots, listed, lists, today);
    }
    if (decision.kind().id().equals("incident-report")) {
      List<String> read = IncidentFacts.read(text, slots, found, lang);
      if (!read.isEmpty()) {
        lists.put("stated", read);
      }
      if (slots.containsKey("outage")) {
        slots.remove("what_dated");
        subject = slots.remove("outage") + (slots.containsKey("event_date") ? ", " + slots.get("event_date") : "");
        slots.put("subject", subject);
        slots.remove("purpose");
      } else if (ASKS_FOR_WRITE_UP.matcher(subject).find()
          || (subject.isEmpty() || slots.remove("what_dated") != null) && slots.containsKey("location")) {
        // "Need to write up what happened in the warehouse …": the incident is where and when it happened.
        String head = slots.getOrDefault("what", "").replaceFirst("(?iu)\\s+(?:and|at|in|on|after|when)\\s.*$", "")
            .replaceFirst("(?iu)^(?:a|an|the)\\s+", "");
        String where = slots.containsKey("location") ? slots.get("location") : head;
        subject = where.isEmpty() ? "" : where + (slots.containsKey("event_date") ? ", " + slots.get("event_date") : "");
        slots.remove("purpose");
        if (subject.isEmpty()) {
          slots.remove("subject");
        } else {
          slots.put("subject", subject);
        }
      }
      slots.remove("what_dated");
    }
    if (decision.kind().id().matches("business-case|project-proposal")) {
      List<String> read = decision.kind().id().equals("business-case") ? CaseFacts.read(text, slots)
          : CaseFacts.proposal(text, slots);
      if (!read.isEmpty()) {
        lists.put("stated", read);
      }
    }
    if (decision.kind().id().equals("vendor-comparison")) {
      subject = vendors(text, subject, slots, listed, lists);
    }
    if (decision.kind().id().equals("status-report")) {
      subject = status(text, subject, slots, listed, lists, today);
    }
    if (decision.kind().id().equals("maintenance-log")) {
      subject = maintained(text, subject, slots, identifiers, listed, lists, found, today, lang);
    }
    if (GroupTerms.isFor(decision.kind().id())) {
      List<String> read = GroupTerms.read(text, slots, listed, durations);
      if (!read.isEmpty()) {
        // What a kind's reader put into slots is in the document, though not in the words the request used.
        lists.put("stated", read);
      }
      if (subject.isEmpty() && slots.containsKey("org")) {
        // "Terms of reference for the Digital Accessibility Working Group": the group is what the terms are of.
        subject = slots.get("org");
        slots.put("subject", subject);
      }
    }
    // "10 dec" as typed is "10 Dec" in a title.
    // Only English capitalises its months: "12 mars 2026", "22 november 2025" keep their small letter.
    if (lang.equals("en")) {
      for (String k : List.of("event_date", "start_date", "end_date", "due_date")) {
        slots.computeIfPresent(k, (key, v) -> TYPED_DAY_MONTH.matcher(v).matches() ? capitaliseMonth(v) : v);
      }
    }
    String title = Titles.title(decision.kind().in(lang), slots, decision, namePrefix(text, decision));
    List<String> names = PromptPatterns.names(subject);
    return new Reading(title, subject, period, audience, organisations, people, places, amounts, durations, dates,
        identifiers, sections, PromptPatterns.requestedColumns(text), listed, PromptPatterns.groupBy(text),
        PromptPatterns.chart(text), concat(PromptPatterns.quoted(text), names), slots, lists);
  }

  // "our three forklifts (FL-01, FL-02, FL-03) at the Wakefield depot": what is maintained, and where.
  private static final Pattern MAINTAINED = Pattern.compile("(?iu)\\b(?:on|of|for)\\s+(?:our|the|all)\\s+(?:(?:\\d+|two|three|four|"
      + "five|six|seven|eight|nine|ten|twelve)\\s+)?((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+s)\\b(?:\\s*\\([^)]*\\))?"
      + "(?:\\s+(?:at|in)\\s+(?:the\\s+|our\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}\\p{Ll}+|\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*))?");

  private static final String BRAND = "\\p{Lu}[\\p{L}\\d&.'’+-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’+-]*){0,3}";
  // "Put Xero, QuickBooks Online and Sage Accounting side by side", "compare Slack vs Teams": the vendors compared.
  private static final Pattern VENDORS = Pattern.compile("(?u)\\b(?i:compare|comparing|put|between|of|vergleiche?n?|comparer|"
      + "comparar|vergelijk(?:en)?)\\s+(" + BRAND + "(?:\\s*,\\s*" + BRAND + ")*\\s*,?\\s+(?i:and|vs\\.?|versus|or|und|et|y|en)\\s+"
      + BRAND + ")");
  // "… side by side for our 12-person firm:": what the vendors are weighed for.
  private static final Pattern NEED = Pattern.compile("(?iu)(?:\\s+side by side|\\s+against each other)?\\s+(?:for|für|pour|para|voor)\\s+"
      + "((?:our|the|a|an|unser\\w*|notre|nuestr\\w*|onze|ons)\\s+[^:;,.]+)");
  private static final Pattern VENDOR_SPLIT = Pattern.compile("(?iu)\\s*,\\s*(?:and\\s+)?|\\s+(?:and|vs\\.?|versus|or|und|et|y|en)\\s+");

  /**
   * The vendors a comparison weighs, each in its own column, and the criteria the request lists as its rows; the
   * subject is the vendors.
   */
  private static String vendors(String text, String subject, Map<String, String> slots, List<String> listed,
      Map<String, List<String>> lists) {
    Matcher m = VENDORS.matcher(text);
    if (!m.find()) {
      return subject;
    }
    List<String> names = List.of(VENDOR_SPLIT.split(m.group(1).strip()));
    if (names.size() < 2) {
      return subject;
    }
    lists.put("vendors", names);
    for (int i = 0; i < names.size(); i++) {
      slots.put("vendor_" + (i + 1), names.get(i));
    }
    if (!listed.isEmpty()) {
      lists.put("criteria", listed.stream().map(SlotFiller::capitalise).toList());
      lists.put("stated", List.copyOf(listed));
      listed.clear();
    }
    slots.remove("purpose");
    // The vendors as the request joined them: "Xero, QuickBooks Online and Sage Accounting".
    String all = m.group(1).strip();
    slots.put("vendors_all", all);
    Matcher need = NEED.matcher(text.substring(m.end()));
    if (need.lookingAt()) {
      slots.put("need", need.group(1).strip());
    }
    slots.put("subject", all);
    return all;
  }

  /**
   * A status request's notes in their places: the overall status, what was delivered, the risks and the dated
   * milestones ("amber, api 80% done, auth blocked on vendor, go-live still 15 jan"); "week 48 project Falcon" is
   * Project Falcon in week 48.
   */
  private static String status(String text, String subject, Map<String, String> slots, List<String> listed,
      Map<String, List<String>> lists, LocalDate today) {
    // "Design signed off. Build is 60% done, two weeks behind … Budget £48k, spent £31k.": notes in sentences, after the
    // one that asks for the report.
    for (String note : StatusNotes.sentences(text, slots)) {
      if (listed.stream().noneMatch(l -> l.equalsIgnoreCase(note))) {
        listed.add(note);
      }
    }
    StatusNotes.Notes n = StatusNotes.read(listed, today);
    if (!n.rag().isEmpty()) {
      slots.put("rag", n.rag());
    }
    if (!n.done().isEmpty()) {
      slots.put("delivered", inOneSentence(n.done()));
    }
    if (!n.risks().isEmpty()) {
      lists.put("risks", n.risks());
      slots.put("at_risk", inOneSentence(n.risks()));
    }
    Matcher week = WEEK_ENDING.matcher(text);
    if (week.find()) {
      // "week ending 27 November": the period the report covers, as the request says it.
      String period = week.group(1).toLowerCase(Locale.ROOT) + " " + week.group(2);
      if (!slots.containsKey("period")) {
        slots.put("period", SlotFiller.capitalise(period));
        slots.put("period_phrase", "the " + period);
      }
      listed.removeIf(l -> WEEK_ENDING.matcher(l).find());
    }
    if (!n.read().isEmpty()) {
      listed.removeAll(n.read());
      lists.put("stated", List.copyOf(n.read()));
    }
    listed.replaceAll(StatusNotes::acronyms);
    if (slots.containsKey("rag") && n.rag().equalsIgnoreCase(slots.getOrDefault("purpose", ""))
        || n.read().stream().anyMatch(i -> slots.getOrDefault("purpose", "").startsWith(i))) {
      slots.remove("purpose");
    }
    return StatusNotes.week(subject).map(w -> {
      slots.putIfAbsent("period", "Week " + w[0]);
      String about = SlotFiller.capitalise(w[1]);
      slots.put("subject", about);
      return about;
    }).orElse(subject);
  }

  private static final Pattern WEEK_ENDING = Pattern.compile("(?iu)\\b(week|fortnight|month|period)\\s+(end(?:ing|ed)\\s+"
      + "\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+(?:\\s+(?:19|20)\\d{2})?)");

  /** "Design signed off; build 60% done": notes joined in one sentence, capitalised once. */
  private static String inOneSentence(List<String> notes) {
    StringBuilder out = new StringBuilder();
    for (String n : notes) {
      out.append(out.length() == 0 ? n : "; " + SlotFiller.lowerStart(n));
    }
    return out.toString();
  }

  /** A maintenance log's assets, site, period and subject; its entries count as stated. */
  private static String maintained(String text, String subject, Map<String, String> slots, List<String> identifiers,
      List<String> listed, Map<String, List<String>> lists, List<DateFinder.Found> found, LocalDate today, String lang) {
    List<LogEntries.Entry> entries = LogEntries.read(listed, today);
    if (!identifiers.isEmpty()) {
      slots.putIfAbsent("assets", String.join(", ", identifiers));
    } else if (!entries.isEmpty()) {
      slots.putIfAbsent("assets", String.join(", ", entries.stream().map(LogEntries.Entry::asset).distinct().sorted().toList()));
    }
    Matcher m = MAINTAINED.matcher(text);
    String result = subject;
    if (m.find()) {
      String assets = SlotFiller.capitalise(m.group(1));
      slots.putIfAbsent("assets", assets);
      if (m.group(2) != null) {
        slots.putIfAbsent("location", m.group(2).strip());
      }
      result = assets + (m.group(2) != null ? ", " + m.group(2).strip() : "");
      slots.put("subject", result);
    }
    if (!slots.containsKey("period") && !found.isEmpty()
        && found.stream().map(f -> java.time.YearMonth.from(f.date())).distinct().count() == 1) {
      // Entries all from November 2026: the log covers November 2026.
      java.time.YearMonth month = java.time.YearMonth.from(found.get(0).date());
      slots.put("period", month.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, Locale.forLanguageTag(lang))
          + " " + month.getYear());
    }
    if (!entries.isEmpty()) {
      lists.put("stated", List.copyOf(listed));
      slots.put("log_entries", String.valueOf(entries.size()));
    }
    return result;
  }

  private static final Pattern WORD_DURATION = Pattern.compile(
      "(?iu)(?=[\\dotfsenh])\\b(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half an?)(?:\\s|-)"
          + "(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|quarters?)\\b");

  // Most requests have no duration in words: the pattern runs only where a number word is.
  private static final Cue WORD_DURATION_CUE = new Cue(WORD_DURATION, List.of(" one ", " two ", " three ", " four ", " five ",
      " six ", " seven ", " eight ", " nine ", " ten ", " twelve ", " half "), null);
  private static final Pattern NUMBER_DURATION = Pattern.compile(
      "(?iu)\\b\\d+(?:\\.\\d+)?(?:\\s|-)(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|quarters?)\\b");

  private static List<String> durations(String text) {
    return PromptPatterns.all(WORD_DURATION_CUE.mayMatch(Cue.Text.of(text)) ? WORD_DURATION : NUMBER_DURATION, text);
  }

  @SuppressWarnings("unchecked")
  private static List<String> listOf(Map<String, Object> facts, String key) {
    Object v = facts.get(key);
    return v instanceof List<?> l ? (List<String>) l : List.of();
  }

  private static Optional<String> first(List<String> list) {
    return list.stream().findFirst();
  }

  // "Bill Kestrel Logistics for the racking": the customer of an invoice.
  private static final Pattern BILL_PARTY = Pattern.compile(
      "(?u)\\b(?iu:bill|invoice|charge)\\s+(" + CAPITALISED + "{0,3})\\s+(?iu:for|£|€|\\$)");
  // "a remote working policy for Calder Engineering": the organisation the document is for.
  // The last word of a name that is an organisation's, not a person's: "Calder Engineering", "Wells Day Centre".
  static final Pattern ORG_WORD = Pattern.compile("\\b(?:Engineering|Services|Consulting|Solutions|Systems|Partners|"
      + "Logistics|Foods|Hotels?|Legal|Trust|Council|School|Academy|College|University|Hospital|Clinic|Bank|Studios?|Labs?|"
      + "Media|Energy|Health|Group|Centre|Center|Club|Society|Foundation|Association|Church|Charity|Library|Museum|Theatre|"
      + "Restaurant|Café|Cafe|Bakery|Press|Digital|Software|Technologies|Tech|Retail|Motors|Construction|Builders|Homes|"
      + "Housing|Insurance|Capital|Ventures|Supplies|Supply|Agency|Office|Department|Ministry|Institute|Works|Industries|Airways|Airlines)$");
  private static final Pattern FOR_ORG = Pattern.compile(
      "(?u)\\s+(?:(?iu:for|at|of|für|pour|para|voor)\\s+)?(?:the\\s+)?(" + CAPITALISED + "{1,3})"
          + "(?=$|[\\s,.:;])");
  private static final Pattern INVOICE_REF = Pattern.compile(
      "(?iu)\\b(?:invoice|inv\\.?|rechnung|facture|factura|factuur)\\s*(?:no\\.?|nr\\.?|n°|#|number|nummer|número)?\\s*"
          + "((?:[A-Z]{1,5}-)?\\d[\\w-]*)");
  // "Pemberton Cafés were charged …", "Northwind Robotics opens …": the party the sentence is about.
  private static final Pattern ACTOR = Pattern.compile(
      "(?u)(?:^|[.:]\\s+|,\\s+)(\\p{Lu}[\\p{L}&'’\u2024-]*(?:\\s+\\p{Lu}[\\p{L}&'’\u2024-]*){1,3})\\s+"
          + "(?:were|was|has|have|is|are|will|opens|opened|announces|announced|launches|launched|raised|won|wants|want|"
          + "needs|need|ordered|asked|hat|ha|a|heeft|ont)\\b");
  // "from Brightline Studio Ltd to Harrow & Finch LLP": who issues a commercial document and who receives it.
  // "invoice pls - Brightside Events Ltd to Hollow Oak Primary School": the parties after the request's head.
  private static final Pattern PARTY_TO_PARTY = Pattern.compile("(?u)(?:^|[:]\\s+|\\s[-–—]\\s+)(" + CAPITALISED + "{1,4})\\s+"
      + "(?iu:to)\\s+(?:(?iu:the)\\s+)?(" + CAPITALISED + "{1,4})(?=\\s*[,.;:]|$)");
  private static final Pattern FROM_TO = Pattern.compile(
      "(?u)\\b(?iu:from|von|der|de|van)\\s+(" + CAPITALISED + "{0,4})\\s+"
          // "Angebot der Brenner Metallbau GmbH an die Stadtwerke Ulm": an article may lead the receiver.
          + "(?iu:to|an|à|a|aan)\\s+(?:(?iu:die|den|der|the|la|le|les|el|los|de|het)\\s+)?(" + CAPITALISED + "{0,4})");
  /**
   * Whether the period the request names is what the document covers: not the year of a date
   * ("le 2 novembre 2026"), nor a deadline ("end of May 2027", "by June 2027").
   */
  private static boolean isPeriod(String text, DatePeriod p, List<DateFinder.Found> found) {
    int at = text.indexOf(p.label());
    if (at < 0) {
      return true;
    }
    int end = at + p.label().length();
    for (DateFinder.Found f : found) {
      if (at < f.end() && f.start() < end) {
        return false;
      }
    }
    // "retro, 2027 goals, hiring": a year in front of a noun in a list is part of an item.
    boolean item = p.label().length() == 4 && end < text.length() && ITEM_AFTER_YEAR.matcher(text).region(end, text.length()).lookingAt()
        && ITEM_BEFORE_YEAR.matcher(text.substring(Math.max(0, at - 3), at)).find();
    // "from January to June 2027" is the span itself, not a start date.
    boolean span = p.label().contains(" to ");
    return !item && (span || !DEADLINE_BEFORE.matcher(text.substring(Math.max(0, at - 16), at)).find());
  }

  private static final Pattern DEADLINE_BEFORE = Pattern.compile("(?iu)\\b(?:by|before|until|till|end of|the end of|"
      + "target(?: is)?|due|deadline|from|since|after|bis|avant|antes de|voor|vanaf|ab)\\s+$");

  /** "from A to B" on a commercial document says who is who, whatever the looser cues found. */
  private static Map<String, String> commercialParties(String text, KindDetector.Decision decision) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher fromTo = FROM_TO.matcher(text);
    if (decision.kind().family().equals("commercial") && (fromTo.find() || (fromTo = PARTY_TO_PARTY.matcher(text)).find())) {
      boolean buying = decision.kind().id().equals("purchase-order");
      out.put(buying ? "buyer" : "vendor", fromTo.group(1).strip());
      out.put(buying ? "vendor" : "customer", fromTo.group(2).strip());
    }
    return out;
  }

  /** The request's own words before the kind's name, when they qualify it: "Quarterly" in "Quarterly sales report". */
  private static String namePrefix(String text, KindDetector.Decision decision) {
    if (decision.nameStart() < 0) {
      return "";
    }
    String named = text.substring(decision.nameStart(), decision.nameEnd());
    Matcher q = QUALIFIER.matcher(named);
    if (q.lookingAt()) {
      return q.group(1);
    }
    String before = RequestClauses.withoutAsking(text.substring(0, decision.nameStart()))
        .replaceFirst("(?iu)^(?:a|an|the|our|my|new|un|une|una|uno|unos|el|la|le|les|los|las|ein|eine|einen|einer|"
            + "der|die|das|een|het|de|mi|ma|mon|mein|meine|unser|unsere|notre|nuestra|nuestro|onze|ons)(?:\\s+|$)", "").strip();
    String[] words = before.isEmpty() ? new String[0] : before.split("\\s+");
    boolean compound = words.length >= 1 && words.length <= 4 && !COMPOUND_BREAK.matcher(before).find();
    return compound ? before : "";
  }

  // Words that make the text before a kind's name a clause of its own, not a qualifier of the name.
  private static final Pattern COMPOUND_BREAK = Pattern.compile(
      "(?iu)(?:^|\\s)(?:for|to|from|of|about|on|with|and|or|the|a|an|is|are|was|we|i|you|please|me|us|what|how|who|"
          + "für|pour|para|voor|van|de|der|die|das|le|la|el|het|een|ein|eine)(?:\\s|$)|[?!:;,.]");

  // What a question or a paraphrase asks about: "how Leo Martins did this year", "what's on the shelves at the Hull
  // store", "who is responsible … for each workstream of the ERP rollout".
  private static final Pattern HOW_DID = Pattern.compile(
      "(?iu)^how\\s+(?:(?:did|does|do|is|are|has|have|was|were)\\s+)?(.+?)\\s+(?:did|do|does|went|doing|going|done|got on|"
          + "get on|perform(?:ed)?)\\b");
  private static final Pattern WH = Pattern.compile("(?iu)^(?:what|what's|what’s|who|who's|who’s|where|which|when|how)\\b");
  private static final Pattern WH_CLAUSE_END = Pattern.compile("(?iu)[:;?!]|\\.\\s|,\\s+(?:and|but)\\s|\\s+as of\\b|\\s+as at\\b|\\s+as\\s*(?:[,:;.!?]|$)");
  private static final Pattern PHRASE_START = Pattern.compile(
      "(?iu)\\b(?:of|at|with|for|in|on|about|behind|from)\\s+(?=(?:the|our|their|this|that|yesterday's|today's)\\s|(?-i:\\p{Lu}))");
  private static final Pattern NAMED_WORD = Pattern.compile("(?u)(?<![\\p{L}])\\p{Lu}");
  private static final Pattern LAST_PHRASE = Pattern.compile(
      "(?iu)^.*\\b(?:of|at|with|for|in|on|about|behind|from)\\s+((?:the|our|their|this|that|yesterday's|today's|last week's)\\s+"
          + "[^,;:?!]+?|\\p{Lu}[^,;:?!]*?)\\s*$");
  // "a formal change for the Westgate fit-out", "(a) quick status update on": the document asked for, then its topic.
  private static final Pattern DOCUMENT_FOR = Pattern.compile("(?iu)^(?:(?:a|an|the|our)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?"
      + "(?:report|update|proposal|memo|letter|plan|document|summary|case|charter|note|brief|review|checklist|register|log|"
      + "change|statement|write-up)\\s+(?:to\\s+(?:the\\s+|our\\s+)?[\\p{L}'’-]+\\s+)?(?:for|on|about|of|regarding|covering)\\s+");
  // "We're hosting 40 partners for a product day": the event, then whom it is for.
  private static final Pattern ASKS_FOR_WRITE_UP = Pattern.compile("(?iu)\\b(?:write up|what happened|need to|document)\\b");
  private static final Pattern LIST_LEAD = Pattern.compile("(?iu)^((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+s)\\s+(?:are|include)\\s+(.+)");
  private static final Pattern HOSTING = Pattern.compile("(?iu)^(?:we're|we are|we’re|i'm|i am)\\s+(?:hosting|holding|running|"
      + "organising|organizing|throwing|putting on)\\s+(.+?)\\s+for\\s+(?:a|an|our|the)\\s+([^,;:.!?]+?)(?=\\s+(?:at|on|in)\\s|[,;:.!?]|$)");

  /** The topic of a request worded as a question or a paraphrase, or {@code rest} as it was. */
  private static String asked(String rest, boolean unnamed) {
    Matcher hosting = HOSTING.matcher(rest);
    if (hosting.lookingAt()) {
      return hosting.group(2) + " for " + hosting.group(1);
    }
    if (unnamed) {
      rest = DOCUMENT_FOR.matcher(rest).replaceFirst("");
    }
    Matcher how = HOW_DID.matcher(rest);
    if (how.lookingAt()) {
      return how.group(1);
    }
    if (!WH.matcher(rest).lookingAt()) {
      return rest;
    }
    Matcher end = WH_CLAUSE_END.matcher(rest);
    String clause = end.find() ? rest.substring(0, end.start()) : rest;
    // The first phrase that names something ("on the Berlin trip for the Fintech Summit", "at the Hull store"), else
    // the last one ("of the ERP rollout"), within the clause or its part before a comma.
    for (String part = clause.strip(); !part.isEmpty(); part = part.contains(",") ? part.substring(0, part.lastIndexOf(',')).strip() : "") {
      for (Matcher p = PHRASE_START.matcher(part); p.find(); ) {
        String phrase = part.substring(p.end());
        Matcher next = PHRASE_START.matcher(phrase);
        String head = next.find() ? phrase.substring(0, next.start()) : phrase;
        if (!phrase.contains(",") && NAMED_WORD.matcher(head).find()) {
          return phrase.strip();
        }
      }
      Matcher last = LAST_PHRASE.matcher(part);
      if (last.matches()) {
        return last.group(1);
      }
    }
    return rest;
  }

  private static final Pattern JOB_TERM = Pattern.compile("(?iu)(?:[£$€]\\s?[\\d,.]+k?(?:\\s*(?:a|per)\\s*(?:year|hour|annum))?|nights?|days|"
      + "earlies|lates|weekends|\\d\\s+on\\s+\\d\\s+off|part-time|full-time|permanent|temporary|reports? to .+|based (?:at|in) .+|"
      + "\\d{1,2}(?:[.,]\\d)?\\s+hours? (?:a|per) week)");
  private static final Pattern MUST_HAVE = Pattern.compile("(?iu)(?:^|[.;]\\s+)((?:must have|must be|you must|you will need|essential:|"
      + "requires?|required:)\\s+[^.;]+)");
  private static final Pattern MUST_LEAD = Pattern.compile("(?iu)^(?:must have|you must have|you will need|requires?|required:|"
      + "essential:)\\s+(?:(?:a|an)\\s+(?=\\p{Ll}))?");
  private static final Pattern QUOTED = Pattern.compile("^['‘\"“]([^'‘’\"“”]+)['’\"”]$");

  private static final Pattern ANNOUNCING_LEAD = Pattern.compile(
      "(?iu)^(?:announcing|explaining|informing \\w+|telling \\w+)\\s+(?:that\\s+)?");
  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
  /** "1,482 tickets opened, 1,397 resolved, median first response 2.1 hours": three or more parts, each with a figure. */
  private static boolean figures(String text) {
    return java.util.Arrays.stream(text.split("[;]|,\\s")).filter(part -> part.matches("(?s).*\\d.*")).count() >= 3;
  }

  private static final Pattern WRITER_VERB = Pattern.compile("(?iu)^(?:(?:we|i|ik|wij|wir|ich|nous|je|on|yo|nosotros)\\s+"
      + "(?:need|want|would like|'d like|wil|willen|brauchen|brauche|möchte|voudrais|veux|avons besoin d['’]|necesito|quiero|"
      + "necesitamos)\\s+(?:to\\s+)?|(?:need|want)\\s+(?:to\\s+)?)?(?:(?:rédiger|préparer|écrire|faire|envoyer|créer|sturen|"
      + "schrijven|maken|opstellen|erstellen|schreiben|machen|senden|schicken|preparar|escribir|redactar|hacer|enviar|crear|"
      + "write|prepare|make|send|draft|create|put together)\\s+(?:(?:naar|aan|an|à)\\s+)?)?");
  private static final Pattern WRITING_NOUN = Pattern.compile("(?iu)^(?:(?:a|an|the|some|une?|een|ein|eine|einen|el|la|le)\\s+)?"
      + "(?:(?:written|short|formal|clear|proper|new)\\s+)?(?:set of rules|rules|document|documento|communication(?:\\s+interne)?|"
      + "letter|lettre|brief|carta|write-up|summary|overview)(?:\\s+(?:for|pour|für|para|voor|to|à|an|naar|about|on|sur|über|"
      + "sobre|over)\\s+(?:the\\s+|our\\s+)?()|\\s*$|(?=\\s*[,:;]))");
  // "… pour tous les collaborateurs du siège": whom the writing is for is its reader, not its topic.
  private static final Pattern EVERYONE = Pattern.compile("(?iu)^(?:all|every|tous|toutes|alle|todos|todas|iedereen|everyone|"
      + "staff|employees|colleagues|collaborateurs|mitarbeiter|empleados|medewerkers)\\b");
  private static final Pattern FROM_DATE = Pattern.compile("(?iu)^(?:à partir du|à partir de|à compter du|dès le|from|as of|"
      + "starting|with effect from|effective|ab dem|ab|vom|vanaf|per|desde el|a partir del|a partir de)\\s+[^,]{0,40}?"
      + "\\d{4},\\s+(?=\\p{L})");
  private static final Pattern SOMETHING = Pattern.compile("(?iu)^(?:something|anything|quelque chose|etwas|algo|iets)\\b");
  // "(My) director Michael Grant is going to Singapore and Tokyo": a trip is titled by where it goes.
  private static final Pattern GOING_TO = Pattern.compile("(?iu)^(?:[\\p{L}'’.-]+\\s+){1,4}?(?:is|are|am|will be)\\s+"
      + "(?:going|travelling|traveling|flying|heading)\\s+to\\s+(.+)$");
  private static final Pattern DANGLING = Pattern.compile("(?iu)(?<=\\p{L})\\s+(?:zum|vom|as of|as at|as|stand|per|à la date du|"
      + "a fecha de|(?:at|in|on|im|am|à|au|aux|en|op|for|from|le|el|del|al)(?:\\s+(?:the|der|dem|la|le|el|het|de|our|my|their|your))?"
      // "la soirée … le jeudi [12 mars 2026]": a weekday that led the date goes with it.
      + "(?:\\s+(?:" + DateFinder.WEEKDAY_NAMES + "))?)$");
  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s,;:—–-]+$");
  private static final Pattern THE_BEFORE = Pattern.compile("(?iu)\\bthe\\s+$");
  private static final Pattern NO_SUBJECT = Pattern.compile(
      "(?iu)(?:me|us|it|this|that|them|him|her|you|reply|a reply|response|answer|letter|note|update)");
  private static final Pattern TYPED_DAY_MONTH = Pattern.compile("\\d{1,2}\\s+\\p{Ll}{3,}\\.?(?:\\s+\\d{4})?");
  private static final Pattern ITEM_AFTER_YEAR = Pattern.compile("(?u)\\s+\\p{Ll}");
  private static final Pattern ITEM_BEFORE_YEAR = Pattern.compile("[,:;]\\s*$");
  private static final Pattern DAY_THEN_MONTH = Pattern.compile("^(\\d{1,2}\\s+)(\\p{Ll})");

  private static String capitaliseMonth(String date) {
    Matcher m = DAY_THEN_MONTH.matcher(date);
    return m.find() ? m.group(1) + m.group(2).toUpperCase(Locale.ROOT) + date.substring(m.end()) : date;
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      n += !space && !in ? 1 : 0;
      in = !space;
    }
    return n;
  }

  private static final Pattern QUALIFIER = Pattern.compile("(?iu)(quarterly|monthly|weekly|annual|yearly|daily|final|"
      + "interim|internal|formal|detailed|short|brief|official|updated|revised)\\s.*");


  /** The message the request wants delivered: "a travel freeze from 1 December". */
  private static Optional<String> purpose(String text, KindDetector.Decision decision) {
    String rest = decision.nameEnd() >= 0 ? text.substring(decision.nameEnd()) : text;
    Matcher know = LET_KNOW_MESSAGE.matcher(text);
    if (know.find()) {
      return Optional.of(know.group(1).strip());
    }
    Matcher m = PURPOSE.matcher(rest);
    if (!PURPOSE_WORDS.mayMatch(Cue.Text.of(rest)) || !m.find()) {
      // "Memo to all heads from Karen Mills, CFO: a travel freeze from 1 December": the message follows the colon.
      Matcher colon = MESSAGE_COLON.matcher(rest);
      while (colon.find()) {
        // A long message after the colon is a list of facts: its first clause is the message.
        String message = colon.group(1).strip();
        // "Traiteur : Maison Lenôtre, DJ …", "Budget: €65,000": a sentence that opens with a label and a colon gives a field.
        String before = rest.substring(0, colon.start());
        String head = before.substring(Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("; ")) + 1, 0)).strip();
        boolean label = !head.isEmpty() && head.split("\\s+").length <= 2 && colon.start() > 0
            && before.lastIndexOf(". ") >= 0
            // "(owner: Priya Shah, by 5 December)": a colon in brackets labels a detail.
            || before.lastIndexOf('(') > before.lastIndexOf(')');
        if (label || PERSON_ONLY.matcher(message).matches() || ASKS_AFTER_DASH.matcher(message).lookingAt()) {
          // "Manager: Daniel Osei" names a part, not the message; "Sorry to bother you — could you please write up …"
          // asks for the document.
          continue;
        }
        // "à partir du lundi 17 novembre 2025, le parking souterrain sera fermé": the news is what happens, not when.
        message = FROM_DATE.matcher(message).replaceFirst("");
        String first = message.split(",\\s")[0];
        if (message.split("\\s+").length <= 16) {
          return Optional.of(message);
        }
        if (first.split("\\s+").length >= 2 && first.split("\\s+").length <= 16) {
          return Optional.of(first);
        }
        break;
      }
      return Optional.empty();
    }
    String p = m.group(1).strip().replaceAll("[.!?]+$", "");
    return p.isEmpty() ? Optional.empty() : Optional.of(p);
  }

  /** The topic after the kind's name, or the request's own noun phrase when it names no kind. */
  static String subject(String text, KindDetector.Decision decision, Optional<DatePeriod> period, String audience,
      Map<String, String> slots, LocalDate today, List<DateFinder.Found> found) {
    int nameEnd = decision.nameEnd();
    String rest = nameEnd >= 0 ? text.substring(nameEnd) : RequestClauses.withoutAsking(text);
    // After the kind's name the dates are the request's own, moved by where the name ends: no second scan.
    rest = withoutDates(rest, today, nameEnd < 0 ? null : found.stream().filter(f -> f.start() >= nameEnd)
        .map(f -> new DateFinder.Found(f.text(), f.start() - nameEnd, f.end() - nameEnd, f.date())).toList());
    if (decision.nameEnd() < 0) {
      // "Budget for the Riverside Community Festival": a kind recognised by its examples may still open with its name.
      for (String lang : List.of("en", "de", "fr", "es", "nl")) {
        String name = decision.kind().in(lang).name();
        if (lower(rest.strip()).startsWith(lower(name) + " ")) {
          rest = rest.strip().substring(name.length());
          break;
        }
      }
    }
    rest = asked(rest.strip(), decision.nameEnd() < 0);
    // "we need a written set of rules for staff working from home", "rédiger une communication interne pour …": the
    // writing asked for is not the topic; what it is for is.
    rest = WRITER_VERB.matcher(rest).replaceFirst("");
    Matcher writing = WRITING_NOUN.matcher(rest);
    if (writing.lookingAt()) {
      rest = writing.group(1) != null ? rest.substring(writing.end()) : "";
    }
    if (SOMETHING.matcher(rest).lookingAt() || writing.lookingAt() && EVERYONE.matcher(rest).lookingAt()) {
      rest = "";
    }
    Matcher cut = CUT.matcher(rest);
    if (cut.find()) {
      rest = rest.substring(0, cut.start());
    }
    rest = rest.strip().replaceAll("[.!?]+$", "").replaceFirst("(?iu)^(?:pls|plz|please)\\b\\s*[-–—:,]?\\s*", "");
    // The parties have slots of their own: "to all department heads from Karen Mills" is not a subject.
    for (String role : List.of("recipient", "sender", "customer", "vendor", "candidate", "chair", "org")) {
      String v = slots.get(role) == null ? null : slots.get(role).split(",")[0].replaceAll("\\s*\\(.*$", "").strip();
      if (v != null && !v.isEmpty() && lower(rest).contains(lower(v))) {
        rest = rest.replaceFirst("(?iu)\\s*\\b(?:to|from|for|by|with|an|von|für|à|de|pour|a|para|aan|van|voor|bei|chez|"
            + "auprès de|bij)\\s+(?:the\\s+|all\\s+|our\\s+|der\\s+|dem\\s+|den\\s+)?"
            + Pattern.quote(v) + "\\b", " ").strip();
      }
    }
    // "invoice pls - Brightside Events Ltd to …": a party alone is not what the document is about.
    for (String role : List.of("vendor", "customer", "buyer")) {
      if (rest.strip().equalsIgnoreCase(slots.getOrDefault(role, "").strip())) {
        rest = "";
      }
    }
    String place = slots.getOrDefault("location", "").split(",")[0].strip();
    if (!place.isEmpty()) {
      // "team offsite the Biscuit Factory": a terse request puts the place after the topic without a preposition.
      String without = rest.replaceFirst("(?iu)(?<!\\bat|\\bin|\\bon|\\bnear|\\bto|\\bfrom|\\bfor|\\bof)\\s+(?:the\\s+)?"
          + Pattern.quote(place) + "$", "");
      // "the Hull store" is the place and the topic both: nothing but an article would be left.
      rest = without.matches("(?iu)\\s*(?:the|a|an|our)?\\s*") ? rest : without;
      if (decision.kind().id().equals("event-plan")) {
        // "the summer fundraiser at The Old Custom House": an event's venue has its own line.
        rest = rest.replaceFirst("(?iu)\\s+(?:at|in)\\s+(?:the\\s+)?" + Pattern.quote(place.replaceFirst("^The\\s+", "")) + "$", "");
      }
    }
    if (!audience.isEmpty()) {
      String reader = Pattern.quote(audience.replaceFirst("^(?i:the|our) ", ""));
      rest = rest.replaceFirst("(?iu)^(?:to|for)\\s+(?:the\\s+|our\\s+)?" + reader + "\\s*", "")
          .replaceFirst("(?iu)\\s+(?:to|for)\\s+(?:the\\s+|our\\s+)?" + reader + "$", "");
      // "für die Werksleitung (Dr. Claudia Hein)": who reads it, with their name, is not what it is about.
      rest = rest.replaceFirst("(?iu)(?:^|\\s+)(?:to|for|für|an|pour|à|para|voor|aan)\\s+(?:the\\s+|our\\s+)?"
          + Pattern.quote(audience) + "(?:\\s*\\([^)]*\\))?(?=\\s|$|[,.;])", "").strip();
      if (lower(rest).equals(lower(audience))) {
        rest = "";
      }
    }
    if (period.isPresent() && lower(rest).contains(lower(period.get().label()))) {
      String label = Pattern.quote(period.get().label());
      if (lower(rest).contains("the " + lower(period.get().label()))) {
        rest = rest.replaceAll("(?iu)\\bthe\\s+" + label + "(?=\\s+\\p{Ll})", "the");
      }
      rest = PERIOD_PHRASES.get(period.get().label(), l -> Pattern.compile(
          "(?i)\\s*\\b(?:for|in|during|of|from|covering)?\\s*(?:the\\s+)?" + Pattern.quote(l) + "\\b"))
          .matcher(rest).replaceAll("").strip();
    }
    rest = NOUN_TAIL.matcher(rest).replaceFirst("").strip();
    // "INV-2027-0031 for the spring campaign": the number has a field of its own.
    rest = LEADING_ID.matcher(rest).replaceFirst("").strip();
    for (int i = 0; i < 2; i++) {
      rest = SUBJECT_LEAD.matcher(rest).replaceFirst("").strip();
    }
    // "'Introduction to Machine Learning'": a quoted name is the name, without its quotes.
    rest = QUOTED.matcher(rest.strip()).replaceFirst("$1");
    rest = TRAILING_MARKS.matcher(SPACE_RUN.matcher(ANNOUNCING_LEAD.matcher(rest).replaceFirst("")).replaceAll(" "))
        .replaceAll("").strip().replaceFirst("^[-–—:,;]+\\s*", "");
    // "Lager Bremen zum [30. November 2026]": the word that led the date goes with it.
    for (int i = 0; i < 2; i++) {
      rest = DANGLING.matcher(rest).replaceFirst("").strip();
    }
    Matcher going = GOING_TO.matcher(rest);
    if (going.matches()) {
      rest = going.group(1).strip();
    }
    // "a 12-month pilot of a four-day week for the 60 staff": a long subject keeps its head, up to where it is
    // qualified ("for …", "at …"); the qualifiers are facts the document states elsewhere.
    if (words(rest) > 9) {
      // Cut before a common word where it can ("… for the 60 staff"), before a name or an occasion only when it
      // must: the place of a subject ("at St Anne's Hospital") or what it follows ("after the floods") tells it apart.
      int common = -1;
      int named = -1;
      for (Matcher q = SUBJECT_QUALIFIER.matcher(rest); q.find(); ) {
        int before = words(rest.substring(0, q.start()));
        if (before >= 3 && before <= 9) {
          if (Character.isUpperCase(rest.charAt(q.end())) || q.group().matches("(?iu)\\s(?:after|following|during|since)\\s")) {
            named = q.start();
          } else {
            common = q.start();
          }
        }
      }
      int head = common > 0 ? common : words(rest) <= 12 ? -1 : named;
      rest = head > 0 ? rest.substring(0, head).strip() : rest;
      if (words(rest) <= 12 && head < 0 && named > 0) {
        return rest;
      }
    }
    if (rest.contains("?") || words(rest) > 9 || NO_SUBJECT.matcher(rest).matches()) {
      return "";
    }
    return rest;
  }

  // "for Q3 2026", "in October 2026": the phrase of each period label, compiled once. Period labels are few.
  private static final Cache<String, Pattern> PERIOD_PHRASES = Caffeine.newBuilder().maximumSize(256).build();

  private static final Pattern SUBJECT_QUALIFIER = Pattern.compile("(?iu)\\s(?:for|at|in|with|to|from|after|following|during|since|für|bei|pour|chez|para|en|voor|bij)\\s");

  /** The text without its dates and times of day, and the prepositions that lead them. */
  private static String withoutDates(String text, LocalDate today, List<DateFinder.Found> known) {
    StringBuilder out = new StringBuilder(text);
    List<DateFinder.Found> found = known != null ? known : DateFinder.find(text, today);
    for (int i = found.size() - 1; i >= 0; i--) {
      DateFinder.Found f = found.get(i);
      int start = f.start();
      int from = Math.max(0, start - 40);
      Matcher lead = DATE_LEAD.matcher(text.substring(from, start));
      if (lead.find()) {
        start = from + lead.start();
      }
      // "after the October 2026 floods": a date in front of a noun leaves its article to the noun.
      boolean article = start < f.start() && THE_BEFORE.matcher(text.substring(start, f.start())).find()
          && ITEM_AFTER_YEAR.matcher(text).region(f.end(), text.length()).lookingAt();
      out.replace(start, f.end(), article ? " the " : " ");
    }
    return Cue.NUMBER_RANGE.matcher(out).find() ? TIME_PHRASE.matcher(out).replaceAll(" ") : out.toString();
  }

  private static final Pattern DATE_LEAD = Pattern.compile(
      "(?iu)\\s*\\b(?:on|held on|dated|for|from|by|until|of|am|le|el|op|vom|du|del)?\\s*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|"
          + "fri|sat(?:ur)?|sun)(?:day)?\\.?\\s+)?(?:the\\s+)?$");
  private static final Pattern TIME_PHRASE = Pattern.compile(
      "(?iu)\\s*\\b(?:from\\s+|at\\s+|van\\s+|de\\s+)?\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:am|pm|uhr|h)?\\s*(?:-|–|to|until|till|bis|à|tot)\\s*"
          + "\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:am|pm|uhr|h)?\\b");

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    b.stream().filter(x -> !out.contains(x)).forEach(out::add);
    return out;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
