package dev.docgen.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What some kinds read from a request beyond its parties and dates: the person a letter or a review is
 * about, a lesson's topic, a grant's project, a change's old and new dates, reason and approver, and a
 * spokesperson's name apart from their title.
 */
final class KindFacts {
  private static final java.util.Set<String> PERSON_KINDS = java.util.Set.of("offer-letter", "reference-letter",
      "performance-review", "onboarding-checklist");
  private static final Pattern FUNDER = Pattern.compile("(?u)\\b(?i:to|from|for)\\s+(?i:the\\s+)?((?:\\p{Lu}[\\p{L}&'’-]*\\s+){0,5}"
      + "(?:Fund|Foundation|Trust|Council|Lottery|Board|Agency|Commission|Stiftung|Fondation|Fundación|Fonds|Fondo))\\b");
  private static final Pattern FOR_PROJECT = Pattern.compile("(?iu)\\bfor\\s+(?:our|the|a|an)\\s+((?:[\\p{L}\\d-]+\\s+){0,5}?"
      + "(?:project|programme|program|scheme|initiative|service))\\b");
  private static final java.util.Set<String> AIM_KINDS = java.util.Set.of("grant-proposal", "project-proposal", "business-case");
  private static final java.util.Set<String> PROJECT_KINDS = java.util.Set.of("project-charter", "project-plan", "status-report");
  private static final java.util.Set<String> EMPLOYEE_KINDS = java.util.Set.of("timesheet", "expense-report", "commission-statement");
  private static final Pattern RELATIVE_DAY = Pattern.compile(
      "(?iu)^(?:(?:the\\s+)?(?:minutes|notes)\\s+)?(?:(?:from|of|for)\\s+(?:the\\s+)?)?(?:yesterday's|today's|tomorrow's|last week's|"
          + "this morning's|this week's|last night's)\\s+");

  private KindFacts() {}

  /** Adds the kind's own facts to {@code slots}; returns the subject, which some kinds read more closely. */
  static String read(String text, String kind, String subject, Map<String, String> slots, List<String> amounts,
      List<DateFinder.Found> found) {
    if (SOMETHING.matcher(subject).lookingAt()) {
      // "draft something for the media for us": what is asked for, not what it is about.
      subject = "";
      slots.remove("subject");
    }
    if (PERSON_KINDS.contains(kind)) {
      personFacts(text, slots, amounts, kind);
    }
    if (kind.matches("meeting-minutes|agenda")) {
      MeetingDetails.read(text, slots);
    }
    if (kind.matches("training-plan|onboarding-checklist|lesson-plan")) {
      subject = learners(text, subject, slots);
    }
    if (kind.equals("expense-report") && !slots.containsKey("period") && slots.containsKey("start_date")
        && slots.containsKey("end_date")) {
      // "2–4 December 2026": a trip's dates are the period claimed for.
      slots.put("period", span(slots.get("start_date"), slots.get("end_date")));
    }
    if (COMMERCIAL.contains(kind)) {
      commercial(text, kind, slots);
      if (subject.matches("(?iu).*\\bfrom us\\b.*")) {
        // "a quote from us, Greenline Landscaping": who it is from, not what it quotes.
        subject = "";
        slots.remove("subject");
      }
      String customer = slots.getOrDefault("customer", "");
      if (!customer.isEmpty() && subject.contains(customer)) {
        // "a quote for our customer Harbour View Hotel": the customer is who it is for, not what it quotes.
        subject = "";
        slots.remove("subject");
      }
    }
    if (kind.equals("delivery-note")) {
      LineItems.packages(text).ifPresent(p -> slots.putIfAbsent("packages", p));
    }
    Matcher newHire = NEW_HIRE.matcher(text);
    if (kind.equals("onboarding-checklist") && newHire.find()) {
      // "our new warehouse operative, Kasia Nowak,": the role, then the person.
      slots.putIfAbsent("role", SlotFiller.capitalise(newHire.group(1)));
      slots.putIfAbsent("candidate", newHire.group(2));
      if (subject.toLowerCase(Locale.ROOT).contains(newHire.group(1).toLowerCase(Locale.ROOT))) {
        subject = newHire.group(2);
        slots.put("subject", subject);
      }
    }
    if (kind.equals("job-description") && !slots.containsKey("salary") && !amounts.isEmpty()) {
      // "a Warehouse Team Leader …: nights, 4 on 4 off, £34,500": a job advert's amount is its pay.
      slots.put("salary", amounts.get(0));
    }
    Matcher mode = WORK_MODE.matcher(text);
    if (kind.matches("job-description|offer-letter") && mode.find()) {
      // "hybrid 3 days in office": where the work is done.
      slots.put("work_mode", mode.group(1).toLowerCase(Locale.ROOT)
          + (mode.group(2) != null ? " (" + mode.group(2) + " days a week in the office)" : ""));
      if (mode.group(3) != null || mode.group(4) != null) {
        // "hybrid (3 days in our Manchester office at 1 Piccadilly Gardens)": the office is the place of work.
        String office = (mode.group(3) == null ? "" : mode.group(3) + " office")
            + (mode.group(4) == null ? "" : (mode.group(3) == null ? "" : ", ") + mode.group(4).strip());
        slots.putIfAbsent("workplace", office);
        if (mode.group(4) != null && mode.group(4).strip().equals(slots.get("address"))) {
          slots.remove("address");
        }
        if (mode.group(4) != null && slots.getOrDefault("location", "").contains(mode.group(4).strip())) {
          slots.remove("location");
        }
      }
    }
    if (kind.equals("job-description")) {
      // "(We're hiring) a Warehouse Team Leader at our Daventry distribution centre": the post, then where.
      Matcher post = POST.matcher(subject);
      if (!slots.containsKey("role") && post.matches()) {
        slots.put("role", post.group(1));
      }
      // "part-time Sunday school coordinator": the hours are the employment type; the post is the rest.
      slots.computeIfPresent("role", (k, v) -> SlotFiller.capitalise(v.replaceFirst(
          "(?iu)^(?:part-time|full-time|part time|full time|temporary|permanent|fixed-term)\\s+", "")));
      Matcher employer = FOR_EMPLOYER.matcher(text);
      if (!slots.containsKey("employer") && employer.find()) {
        slots.put("employer", employer.group(1));
      }
      Matcher atIn = AT_EMPLOYER_IN.matcher(text);
      if (atIn.find()) {
        // "a Sous Chef at Brasserie Lumière in Leeds": who employs, then where.
        slots.putIfAbsent("employer", atIn.group(1));
        if (slots.getOrDefault("location", atIn.group(1)).equals(atIn.group(1))) {
          slots.put("location", atIn.group(2));
        }
      }
      Matcher reports = REPORTS_TO_ROLE.matcher(text);
      if (!slots.containsKey("manager") && reports.find()) {
        // "Reports to the head chef, Dana Scott": the manager by name and by role.
        String role = titleCase(reports.group(1).strip());
        slots.put("manager", reports.group(2) == null ? role : reports.group(2) + ", " + role);
      }
    }
    if (kind.equals("grant-proposal")) {
      // "Grant proposal to the Lottery Community Fund for our youth mentoring project": the funder, then the project.
      Matcher funder = FUNDER.matcher(text);
      if (funder.find() && !slots.containsKey("recipient")) {
        slots.put("recipient", funder.group(1).strip());
        if (subject.replaceFirst("(?iu)^the\\s+", "").equals(funder.group(1).strip())) {
          subject = "";
          slots.remove("subject");
        }
      }
      Matcher project = FOR_PROJECT.matcher(text);
      if (subject.isEmpty() && project.find()) {
        subject = project.group(1).strip();
        slots.put("subject", subject);
      }
    }
    if (subject.isEmpty() && AIM_KINDS.contains(kind) && slots.containsKey("aim")) {
      // "to run free coding clubs for 200 young people in Rochdale": the project is what the money is for.
      subject = slots.get("aim").replaceFirst("^(?:run|deliver|fund|provide|offer|hold|support)\\s+", "");
      slots.put("subject", subject);
    }
    if (subject.isEmpty() && PROJECT_KINDS.contains(kind) && slots.containsKey("project_name")) {
      // "the one-page document that formally kicks off our website redesign"
      subject = slots.get("project_name");
      slots.put("subject", subject);
    }
    if (kind.equals("policy") && (subject.isEmpty() || ASKING.matcher(subject).find())) {
      // "Staff keep asking what they can and can't accept from suppliers": the policy people would call it.
      for (Map.Entry<Pattern, String> topic : POLICY_TOPICS.entrySet()) {
        if (topic.getKey().matcher(text).find()) {
          subject = topic.getValue();
          slots.put("subject", subject);
          break;
        }
      }
    }
    Matcher lessonOn = LESSON_ON.matcher(subject);
    if (kind.equals("lesson-plan") && lessonOn.find()) {
      // "a 45-minute Year 8 science lesson on photosynthesis": the class, subject and length have slots of their own.
      subject = lessonOn.group(1);
      slots.put("subject", subject);
    }
    String version = slots.getOrDefault("version", "");
    if (kind.equals("release-notes") && !version.isEmpty() && !subject.isEmpty() && !subject.contains(version)) {
      // "What changed in version 2.0 of the Pathway mobile app": the release is "Pathway mobile app 2.0".
      subject = subject + " " + version;
      slots.put("subject", subject);
    }
    Matcher employee = FOR_PERSON.matcher(text);
    if (EMPLOYEE_KINDS.contains(kind) && !slots.containsKey("employee") && employee.find()) {
      // "Timesheet for contractor Marek Zielinski", "Expense report for Naomi Clarke"
      slots.put("employee", employee.group(1));
    }
    String claimant = slots.getOrDefault("employee", "");
    if (kind.equals("expense-report") && !claimant.isEmpty() && subject.equals(claimant)) {
      // "Expense report for Naomi Clarke, Lisbon client visit 12–14 January 2027": the claim is for the visit.
      Matcher what = Pattern.compile(Pattern.quote(claimant) + ",\\s+(?:(?:the|her|his|their|a|an)\\s+)?([^,:;.]+?)"
          + "(?=\\s+\\d{1,2}\\b|\\s*[,:;.]|$)").matcher(text);
      if (what.find() && !PeriodParser.MONTHS_ONLY.matcher(what.group(1)).lookingAt()) {
        subject = what.group(1).strip();
        slots.put("subject", subject);
      }
    }
    if (kind.equals("expense-report") && !subject.isEmpty() && !subject.equals(claimant)
        && !PeriodParser.MONTHS_ONLY.matcher(subject).lookingAt()) {
      // What the money was spent on: "the Berlin trip for the Fintech Summit".
      slots.put("trip", SlotFiller.capitalise(subject.replaceFirst("(?iu)^(?:the|my|our|a|an)\\s+", "")));
    }
    if (kind.equals("timesheet") && !slots.containsKey("week") && slots.containsKey("start_date") && slots.containsKey("end_date")) {
      // "last week (23–27 November 2026)"
      slots.put("week", slots.get("start_date") + " – " + slots.get("end_date"));
    }
    if (kind.equals("memo")) {
      subject = memo(text, subject, slots);
    }
    if (kind.equals("letter")) {
      letter(text, slots);
    }
    if (kind.equals("change-request")) {
      subject = change(text, subject, slots, found);
    }
    // "yesterday's ops stand-up": a record names the meeting, not when it was from the day it was asked for.
    String dated = RELATIVE_DAY.matcher(subject).replaceFirst("");
    if (!dated.equals(subject)) {
      subject = dated;
      slots.put("subject", subject);
    }
    Matcher quoted = QUOTE_FROM.matcher(text);
    if (kind.equals("press-release") && !slots.containsKey("sender") && quoted.find()) {
      // "a quote from CEO Helena Park": who speaks in a press release.
      slots.put("sender", quoted.group(1));
    }
    nameAndTitle(slots.get("sender")).ifPresent(nt -> {
      slots.put("sender_name", nt[0]);
      slots.put("sender_title", nt[1]);
    });
    if (kind.equals("press-release")) {
      quote(text, slots);
      announcement(text, slots);
    }
    return subject;
  }

  // "Quote from managing director Ruth Ames: 'Stoke is where our craft began.'", "Ruth Ames, MD, said: “…”": the words
  // a press release quotes, and who said them. A quote in single marks ends at a mark that no letter follows ("Stoke's").
  private static final Pattern QUOTE_GIVEN = Pattern.compile("(?u)(?:\\b(?i:quote|quotation|statement|comment)\\s+(?i:from|by)\\s+"
      + "(?:(?i:our|the)\\s+)?((?:\\p{Ll}[\\p{Ll}-]*\\s+){1,4}?|[A-Z]{2,5}\\s+)?|(?<=^|[.!?]\\s|[.!?]['’\"”]\\s))"
      + "((?:Dr[.\u2024]?\\s|Mr[.\u2024]?\\s|Ms[.\u2024]?\\s|Mrs[.\u2024]?\\s)?\\p{Lu}[\\p{L}'’-]+(?:\\s(?:(?:de|van|von|der|den|da|di|du|le|la|del|dos)\\s)*\\p{Lu}[\\p{L}'’-]+){1,2})"
      + "(?:,\\s*([^,:'\"“‘]{2,40}?),?)?\\s*(?:(?i:said|says|adds?|commented)\\s*)?[:,—–-]?\\s*"
      + "(?:[‘']((?:[^'’]|['’]\\p{L}){3,300}?)['’](?!\\p{L})|[\"“«]([^\"”»]{3,300})[\"”»])");

  private static final Pattern SOMETHING = Pattern.compile("(?iu)(?:something|anything|a document|a thing|stuff)\\b");
  private static final Pattern ANNOUNCING = Pattern.compile("(?u)(?<![\\p{L}])((?:\\p{Lu}[\\p{L}&'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}&'’.-]*)"
      + "(?:\\s*\\(([\\p{L} '’-]{2,30})\\))?\\s+(?i:is|are)\\s+(?i:announcing|pleased to announce|delighted to announce)\\s+"
      + "(?i:that\\s+)?([^.!?]{10,300}?)(?=[.!?](?:\\s|$)|$)");
  private static final Pattern PHONE = Pattern.compile("(?<![\\d-])(\\+\\d{1,3}[\\d ()-]{7,16}\\d|0\\d{2,4}[ -]?\\d{3}[ -]?\\d{3,4})(?![\\d-])");

  /**
   * "Greenway Bikes (Utrecht) is announcing that from 1 January 2026 we're opening our second factory in Eindhoven": the
   * company, where it is based, and its news in its own name, not the writer's "we".
   */
  private static void announcement(String text, Map<String, String> slots) {
    Matcher m = ANNOUNCING.matcher(text);
    if (m.find()) {
      String org = m.group(1).strip();
      slots.put("org", org);
      if (m.group(2) != null) {
        slots.putIfAbsent("headquarters", m.group(2).strip());
      }
      String news = m.group(3).strip().replaceAll("(?iu)\\bwe(?:'re|’re| are)\\b", "it is").replaceAll("(?iu)\\bwe(?:'ll|’ll| will)\\b", "it will")
          .replaceAll("(?iu)\\bwe(?:'ve|’ve| have)\\b", "it has").replaceAll("(?u)\\bour\\b", "its").replaceAll("(?u)\\bwe\\b", "it");
      slots.put("news", org + " today announced that " + news);
    }
    int contact = text.toLowerCase(Locale.ROOT).indexOf("contact");
    Matcher phone = PHONE.matcher(contact < 0 ? "" : text.substring(contact));
    if (phone.find()) {
      slots.putIfAbsent("phone", phone.group(1).strip());
    }
  }

  private static void quote(String text, Map<String, String> slots) {
    Matcher m = QUOTE_GIVEN.matcher(text);
    if (!m.find()) {
      return;
    }
    String said = (m.group(4) != null ? m.group(4) : m.group(5)).strip().replaceAll("[.,]+$", "");
    slots.put("quote_text", SlotFiller.capitalise(said));
    slots.put("sender_name", m.group(2));
    slots.putIfAbsent("sender", m.group(2));
    String role = m.group(1) != null ? m.group(1) : m.group(3);
    if (role != null && !role.isBlank()) {
      slots.put("sender_title", role.strip());
    }
  }

  /** "2 December 2026" and "4 December 2026" are "2–4 December 2026"; dates in different months stay whole. */
  static String span(String start, String end) {
    String[] a = start.split(" ", 2);
    String[] b = end.split(" ", 2);
    if (a.length == 2 && b.length == 2 && a[1].equals(b[1]) && a[0].matches("\\d{1,2}\\.?") && b[0].matches("\\d{1,2}\\.?")) {
      return a[0] + "–" + end;
    }
    return start + " – " + end;
  }

  private static final Pattern TITLED = Pattern.compile("(?u)^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)[.\u2024]?\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+)*(\\p{Lu}[\\p{L}'’-]+)$");
  private static final Pattern LETTER_ACT = Pattern.compile("(?iu)\\b(apologi[sz]ing\\s+(?:that|for)|confirming(?:\\s+that)?|"
      + "explaining(?:\\s+that)?|thanking\\s+(?:her|him|them)\\s+for|letting\\s+(?:her|him|them)\\s+know(?:\\s+that)?|"
      + "(?:telling|informing)\\s+(?:her|him|them)(?:\\s+that)?|"
      + "inviting\\s+(?:her|him|them)\\s+to|asking\\s+(?:her|him|them)\\s+to|and\\s+that)\\s+");
  private static final Pattern SENDER_ROLE = Pattern.compile("(?u)^,\\s*((?:[\\p{L}-]+\\s+){0,4}?(?:Manager|Director|Officer|Lead|Coordinator|"
      + "Administrator|Assistant|Adviser|Advisor|Engineer|Consultant|Partner|Secretary|Clerk|Chair|President|Owner|Founder|"
      + "Supervisor|Executive|Head of [\\p{L} ]+?))(?:,\\s*(\\p{Lu}[\\p{L}&'’-]*(?:\\s+\\p{Lu}[\\p{L}&'’-]*){0,3}))?(?=[.,;]|$)");
  private static final Pattern NOUN_BEFORE_VERB = Pattern.compile("(?iu)^(.+?)\\s+(?:was|were|is|are|has been|had been|will be)\\b");

  /**
   * An English letter that the request describes by what it does ("apologising that her boiler service was missed,
   * confirming the new visit on 3 December, and that we've waived the £89 fee") is written as those sentences,
   * to its reader ("your boiler service"), greeted by title and surname ("Dear Mrs Hart").
   */
  private static void letter(String text, Map<String, String> slots) {
    Matcher named = ADDRESSEE_IS.matcher(text);
    if (!slots.containsKey("recipient") && named.find()) {
      // "Landlord is Mr Derek Whitfield of Whitfield Lettings": who the letter goes to, and their firm.
      slots.put("recipient", Abbreviations.restore(named.group(1)));
      if (named.group(2) != null) {
        slots.putIfAbsent("org", named.group(2));
      }
    }
    partiesAddresses(text, slots);
    if (FIRST_PERSON.matcher(text).find() && !slots.containsKey("sender_org") && !slots.containsKey("sender_title")
        && !text.matches("(?su).*\\b(?:we|our|us)\\b.*")) {
      // "I reported it by phone …, Signed Amira Hassan": a private person writes, with no role or firm under the name.
      slots.put("private_sender", "yes");
    }
    String recipient = slots.getOrDefault("recipient", "");
    if (!slots.containsKey("org") && (RequestReader.ORG_WORD.matcher(recipient).find()
        || recipient.matches("(?u).*\\b(?:Ltd|Limited|plc|LLP|Inc|GmbH|AG|SA|SAS|SARL|BV|NV)\\.?$"))) {
      // "a complaint letter to Northway Supplies": the recipient is the organisation, with no other to name.
      slots.put("recipient_is_org", "yes");
    }
    Matcher titled = TITLED.matcher(recipient);
    if (titled.matches()) {
      slots.put("salutation", titled.group(1) + " " + titled.group(2));
      // A letter to Mrs Hart goes to a person, not to an organisation.
      slots.putIfAbsent("private_recipient", "yes");
    }
    // "From Tom Reid, Director, Reid Kitchens": the role and firm follow the name.
    String sender = slots.getOrDefault("sender", "").replaceFirst(",.*$", "");
    int at = sender.isEmpty() ? -1 : text.indexOf(sender);
    if (at >= 0) {
      Matcher role = SENDER_ROLE.matcher(text.substring(at + sender.length()));
      if (role.find()) {
        slots.putIfAbsent("sender_title", role.group(1));
        if (role.group(2) != null) {
          slots.putIfAbsent("sender_org", role.group(2));
        }
      }
    }
    List<String> sentences = new java.util.ArrayList<>();
    Matcher act = LETTER_ACT.matcher(text);
    List<int[]> acts = new java.util.ArrayList<>();
    while (act.find()) {
      acts.add(new int[] {act.start(), act.end()});
    }
    String previous = "";
    for (int i = 0; i < acts.size(); i++) {
      String verb = text.substring(acts.get(i)[0], acts.get(i)[1]).strip().toLowerCase(Locale.ROOT);
      int end = i + 1 < acts.size() ? acts.get(i + 1)[0] : text.length();
      String object = text.substring(acts.get(i)[1], end).replaceFirst("(?s)[.;].*$", "")
          .replaceFirst(",?\\s*(?:and\\s*)?$", "").strip();
      if (object.isEmpty()) {
        continue;
      }
      object = toReader(object);
      String sentence = verb.startsWith("apologi") && verb.endsWith("for") ? "I apologise for " + object
          : verb.startsWith("apologi") ? "I am sorry that " + object
          : verb.startsWith("confirming") ? "I can confirm " + (verb.endsWith("that") ? "that " : "") + object
          : verb.startsWith("explaining") ? "I would like to explain " + (verb.endsWith("that") ? "that " : "") + object
          : verb.startsWith("thanking") ? "Thank you for " + object
          : verb.startsWith("letting") || verb.startsWith("telling") || verb.startsWith("informing") ? "I am writing to let you know " + (verb.endsWith("that") ? "that " : "") + object
          : verb.startsWith("inviting") ? "I would like to invite you to " + object
          : verb.startsWith("asking") ? "I would be grateful if you could " + object
          : previous.startsWith("I can confirm") ? "I can also confirm that " + object
          : SlotFiller.capitalise(object);
      sentences.add(sentence + ".");
      previous = sentence;
      if (i == 0) {
        Matcher noun = NOUN_BEFORE_VERB.matcher(object);
        if (noun.find() && noun.group(1).split("\\s+").length <= 8) {
          slots.putIfAbsent("subject_line", SlotFiller.capitalise(noun.group(1)));
        }
      }
    }
    if (!sentences.isEmpty()) {
      slots.put("letter_body", String.join("\n", sentences));
    }
  }

  /** "her boiler service", "his order": the letter speaks to its reader. */
  static String toReader(String s) {
    // "we'd like her to join us", "tell him that": an object pronoun is "you", a possessive one "your".
    s = s.replaceAll("\\b(?:her|him|them)\\b(?=\\s+(?:to|that|know|about|for|as|on|in|at|by|with)\\b|[,.;:]|$)", "you");
    Matcher m = READER_DOES.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String verb = m.group(2).toLowerCase(Locale.ROOT);
      String you = Character.isUpperCase(m.group(1).charAt(0)) ? "You " : "you ";
      m.appendReplacement(sb, Matcher.quoteReplacement(you + switch (verb) {
        case "has" -> "have";
        case "needs", "wants", "gets", "agrees" -> verb.substring(0, verb.length() - 1);
        default -> verb;
      }));
    }
    s = m.appendTail(sb).toString();
    return s.replaceAll("\\b(?:her|his|their)\\b(?=\\s+\\p{L})", "your").replaceAll("\\b(?:she|he|they)\\s+(?:was|were)\\b", "you were")
        .replaceAll("\\b(?:she|he|they)\\s+(?:is|are)\\b", "you are").replaceAll("\\bwe've\\b", "we have");
  }

  private static final Pattern READER_DOES = Pattern.compile(
      "\\b(she|he|She|He)\\s+(needs|has|wants|gets|agrees|will|can|should|must|may)\\b");

  /** Whether a trip's "purpose" is only its first leg or day: "I fly Manchester to Lisbon", "day 1 arrive …". */
  static boolean isTripStep(String purpose) {
    // "BA982 dep London Heathrow 08:20 …" is a leg of the trip too.
    return TRIP_STEP.matcher(purpose).lookingAt() || purpose.matches("(?u)^(?:[A-Z]{2}|[A-Z]\\d|\\d[A-Z])\\s?\\d{2,4}\\b.*");
  }

  private static final Pattern BECAUSE = Pattern.compile("(?iu)\\b(?:because|as|since|weil|da|parce que|car|porque|omdat)\\s+"
      + "(?!of\\b)((?:the|a|an|our|their|der|die|das|le|la|les|el|los|las|de|het)\\s+[^.;!?]{3,100}?)(?=$|[.;!?]|,\\s)");
  private static final Pattern APPROVER = Pattern.compile("(?u)\\b(?i:for|to)\\s+(?i:the\\s+)?(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+"
      + "(?:Board|Committee|Panel|Council|Group|Forum)|CAB)\\b");
  private static final Pattern FUNDED_FROM = Pattern.compile("(?iu)\\b(?:from|out of|funded from|met from|covered by)\\s+(?:the\\s+)?"
      + "((?:project\\s+|programme\\s+)?(?:contingency|reserves?|budget)|[\\p{L}-]+\\s+budget)\\b");
  private static final Pattern OF_THE = Pattern.compile("(?iu)^.*\\bof\\s+(?:the\\s+|our\\s+)?(.+)$");
  private static final Map<String, String> GERUNDS = Map.ofEntries(Map.entry("move", "moving"), Map.entry("change", "changing"),
      Map.entry("add", "adding"), Map.entry("extend", "extending"), Map.entry("replace", "replacing"),
      Map.entry("delay", "delaying"), Map.entry("bring", "bringing"), Map.entry("increase", "increasing"),
      Map.entry("reduce", "reducing"), Map.entry("cancel", "cancelling"), Map.entry("upgrade", "upgrading"),
      Map.entry("switch", "switching"), Map.entry("push", "pushing"), Map.entry("postpone", "postponing"),
      Map.entry("drop", "dropping"), Map.entry("remove", "removing"), Map.entry("split", "splitting"),
      Map.entry("raise", "raising"), Map.entry("swap", "swapping"), Map.entry("shift", "shifting"));

  /**
   * A change moves something "from 2 February to 16 March 2027" "because the data cleansing overran", paid "from
   * contingency", for a board to approve: each has its place on the form. The change itself is written as what
   * is asked for ("approval for moving the go-live …").
   */
  private static String change(String text, String subject, Map<String, String> slots, List<DateFinder.Found> found) {
    for (int i = 0; i + 1 < found.size(); i++) {
      String between = text.substring(found.get(i).end(), found.get(i + 1).start());
      String before = text.substring(Math.max(0, found.get(i).start() - 6), found.get(i).start());
      if (between.matches("(?iu)\\s*(?:to|until|till)\\s*") && before.matches("(?iu).*\\bfrom\\s*")) {
        slots.put("old_date", found.get(i).text());
        slots.put("new_date", found.get(i + 1).text());
        slots.put("new_date_iso", found.get(i + 1).date().toString());
        slots.put("schedule_change", found.get(i).text() + " → " + found.get(i + 1).text());
        slots.remove("start_date");
        slots.remove("start_date_iso");
        break;
      }
    }
    Matcher because = BECAUSE.matcher(text);
    if (because.find()) {
      slots.putIfAbsent("reason", SlotFiller.capitalise(because.group(1).strip()));
    }
    Matcher approver = APPROVER.matcher(text);
    if (approver.find()) {
      slots.put("approver", approver.group(1));
      if (approver.group(1).equals(slots.get("recipient")) || approver.group(1).equals(slots.get("audience"))) {
        slots.remove("recipient");
        slots.remove("audience");
      }
    }
    Matcher funded = FUNDED_FROM.matcher(text);
    if (funded.find()) {
      slots.put("funded_from", funded.group(1).toLowerCase(Locale.ROOT));
    }
    Matcher project = OF_THE.matcher(subject);
    if (project.matches() && !slots.containsKey("project")) {
      slots.put("project", SlotFiller.capitalise(project.group(1)));
    }
    String[] words = subject.split("\\s+", 2);
    String gerund = GERUNDS.get(words[0].toLowerCase(Locale.ROOT));
    if (gerund != null && words.length == 2 && !slots.containsKey("purpose")) {
      String dates = slots.containsKey("new_date") ? " from " + slots.get("old_date") + " to " + slots.get("new_date") : "";
      slots.put("purpose", gerund + " " + words[1] + dates);
    }
    return subject;
  }

  private static final String JOB_TITLE = "(?:CEO|CFO|COO|CTO|CIO|CMO|CPO|Chief [\\p{L} ]{3,30}?Officer|(?:Managing |Executive |Finance |"
      + "Sales |Marketing |Operations |Programme |Regional )?Director(?: of [\\p{L} ]{3,30})?|Head of [\\p{L} ]{3,30}|Founder|"
      + "Co-founder|Chair(?:man|woman|person)?|President|Vice President|Managing Partner|General Manager|Principal|Headteacher|"
      + "Mayor|Leader of [\\p{L} ]{3,30})";
  private static final Pattern TITLE_THEN_NAME = Pattern.compile("(?u)^(" + JOB_TITLE + ")\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,2})$");
  private static final Pattern NAME_THEN_TITLE = Pattern.compile("(?u)^(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,2}),\\s*(" + JOB_TITLE
      // "Omar Haddad, Office Manager": the request put the title after the name, whatever it is.
      + "|(?:[A-Z]{2,5}|\\p{Lu}\\p{Ll}[\\p{L}-]*)(?:\\s+(?:of\\s+|for\\s+)?\\p{Lu}[\\p{L}-]*){0,4})$");

  /** "CEO Helena Park" and "Karen Mills, CFO": a person's name and job title, apart. */
  private static Optional<String[]> nameAndTitle(String party) {
    if (party == null) {
      return Optional.empty();
    }
    Matcher m = TITLE_THEN_NAME.matcher(party);
    if (m.matches()) {
      return Optional.of(new String[] {m.group(2), m.group(1)});
    }
    m = NAME_THEN_TITLE.matcher(party);
    return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
  }

  private static final Pattern TRIP_STEP = Pattern.compile("(?iu)(?:(?:i|we)\\s+)?(?:day\\s+\\d|fly|flying|arrive|depart|leave|"
      + "take the train|drive)\\b");
  private static final Pattern LESSON_ON = Pattern.compile("(?iu)\\b(?:lesson|session|class|unterrichtsstunde|stunde|séance|cours|"
      + "clase|sesión|les)\\s+(?:on|about|über|zum|zur|sur|sobre|over)\\s+(.+)$");

  private static final Pattern FOR_PERSON = Pattern.compile("(?u)\\b(?i:for|claimant:?|employee:?|name:?)\\s+(?:(?i:contractor|employee|"
      + "our|my|temp)\\s+)?((?:Dr[.\u2024]?\\s|Mr[.\u2024]?\\s|Ms[.\u2024]?\\s|Mrs[.\u2024]?\\s)?\\p{Lu}\\p{Ll}+(?:[-’']\\p{Lu}?\\p{Ll}+)?\\s\\p{Lu}\\p{Ll}+(?:[-’']\\p{Lu}?\\p{Ll}+)?)\\b");
  private static final Pattern POST = Pattern.compile(
      "(?iu)^(?:we're hiring\\s+|we are hiring\\s+|hiring\\s+)?(?:an?\\s+|the\\s+)?(.+?)(?:\\s+(?:at|for|in|to join)\\s+.*)?$");
  private static final Pattern AT_EMPLOYER_IN = Pattern.compile("(?u)\\b(?:at|with|for)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}&'’-]*"
      + "(?:\\s+\\p{Lu}[\\p{L}&'’-]*){0,3})\\s+in\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?)\\b");
  private static final Pattern REPORTS_TO_ROLE = Pattern.compile("(?u)\\b(?i:reports?|reporting)\\s+(?i:directly\\s+)?(?i:to)\\s+"
      + "(?i:the|our|a)\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}\\p{Ll}[\\p{Ll}-]*)"
      + "(?:,\\s*(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}))?");

  /** "head chef": "Head Chef". */
  private static String titleCase(String words) {
    StringBuilder out = new StringBuilder();
    for (String w : words.split("\\s+")) {
      out.append(out.length() == 0 ? "" : " ").append(SlotFiller.capitalise(w));
    }
    return out.toString();
  }

  private static final Pattern FOR_EMPLOYER = Pattern.compile("(?u)\\b(?i:for|at|to join)\\s+((?:St\\.?\\s)?\\p{Lu}[\\p{L}&'’.\u2024-]*"
      + "(?:\\s+\\p{Lu}[\\p{L}&'’.\u2024-]*){0,3}\\s+(?:Church|School|Trust|Council|Hospital|Ltd|Limited|plc|LLP|Inc|GmbH|Group|Foundation|"
      + "Charity|Club|Society|University|College|Academy))\\b");
  private static final Pattern ASKING = Pattern.compile("(?iu)\\b(?:keep|kept|always|often)\\s+asking\\b|^(?:what|whether|how|when)\\b");
  private static final Map<Pattern, String> POLICY_TOPICS = topics(
      "(?iu)\\b(?:accept|receive|take|give)\\b.{0,40}\\b(?:from|to)\\s+(?:suppliers|vendors|clients|customers|contractors)|\\bgifts?\\b|\\bhospitality\\b",
      "gifts and hospitality",
      "(?iu)\\bwork(?:ing)?\\s+(?:from\\s+home|remotely)|\\bremote\\s+work", "remote working",
      "(?iu)\\b(?:own|personal)\\s+(?:phones?|devices?|laptops?)", "bring your own device",
      "(?iu)\\bsocial\\s+media\\b", "social media",
      "(?iu)\\b(?:claim|expenses)\\b", "expenses");

  private static Map<Pattern, String> topics(String... pairs) {
    Map<Pattern, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(Pattern.compile(pairs[i]), pairs[i + 1]);
    }
    return m;
  }

  private static final Pattern NEW_HIRE = Pattern.compile("(?u)\\b(?i:our|the|a|my)\\s+(?i:new)\\s+((?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+),\\s+"
      + "(\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\p{Ll}+),");
  /** A job title written with capitals: "Customer Service Team Leader", "Head of Customer Service". */
  static final String TITLE = "((?:Head|Director|Chief|VP|Vice President)\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}-]*){0,3}"
      + "|(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}(?:Leader|Manager|Officer|Director|Engineer|Administrator|Assistant|Analyst|"
      + "Coordinator|Executive|Designer|Developer|Consultant|Specialist|Supervisor|Advisor|Adviser|Accountant|Lead|"
      + "Technician|Operative|Nurse|Teacher|Chef|Clerk|Agent|Representative|Partner|Controller|Planner|Buyer|Editor|"
      + "Producer|Architect|Scientist|Researcher|CEO|CFO|COO|CTO))";
  private static final Pattern REPORTS_TO_NAMED = Pattern.compile("(?u)\\b(?i:reports?|reporting)\\s+(?i:directly\\s+)?(?i:to)\\s+"
      + "((?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})(?:,\\s+" + TITLE + ")?(?=\\s*[,;.]|$)");
  private static final Pattern ADDRESSEE_IS = Pattern.compile("(?u)\\b(?i:(?:the|my|our)\\s+)?(?i:landlord|landlady|letting agent|"
      + "agent|recipient|addressee|contact|account manager|manager|customer|client|supplier|tenant|owner|neighbour)\\s+(?i:is)\\s+"
      + "((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)[.\u2024]?\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}?)"
      + "(?:\\s+(?i:of|at|from)\\s+(" + RequestReader.CAPITALISED + "{0,3}))?(?=\\s*[,.;]|$)");
  private static final Pattern FIRST_PERSON = Pattern.compile("(?u)\\bI\\b(?!\\.)");
  private static final java.util.Set<String> COMMERCIAL = java.util.Set.of("quotation", "invoice", "credit-note", "delivery-note");
  // "Northway Supplies, 19 Dock Road": what may stand between a party's name and its address.
  private static final Pattern BEFORE_ADDRESS = Pattern.compile("(?iu)[\\s,]*(?:\\(|of|at|in|\\bbased at)?[\\s,]*");

  /**
   * "We're Greenleaf Gardens Ltd, 4 Mill Lane, Bath …, a complaint letter to Northway Supplies, 19 Dock Road, Bristol":
   * the writer's firm and address are the sender's, the address after the recipient's name is the recipient's.
   */
  private static void partiesAddresses(String text, Map<String, String> slots) {
    Matcher we = WE_ARE.matcher(text);
    if (!slots.containsKey("sender_org") && we.find()) {
      FactExtractor.cleaned(Abbreviations.restore(we.group(1))).ifPresent(o -> slots.put("sender_org", o));
    }
    String senderOrg = slots.getOrDefault("sender_org", "");
    if (!senderOrg.isEmpty() && senderOrg.equals(slots.get("org"))) {
      slots.remove("org");
    }
    addressesOf(text, slots, senderOrg, "sender_address", "address", slots.getOrDefault("recipient", ""),
        slots.getOrDefault("org", ""));
  }

  /**
   * Gives each street address to the party named just before it: the first party's to {@code ownSlot}, the others' to
   * {@code address}. An address that was taken as the document's only one, and is the first party's, leaves it.
   */
  private static void addressesOf(String text, Map<String, String> slots, String own, String ownSlot, String otherSlot,
      String... others) {
    List<String> parties = new java.util.ArrayList<>(List.of(own));
    parties.addAll(List.of(others));
    String senderOrg = own;
    for (java.util.regex.MatchResult a : FactExtractor.addresses(text)) {
      // "Unit 5, 18 Canal Wharf": the unit is part of the address.
      Matcher unit = UNIT_BEFORE.matcher(text.substring(Math.max(0, a.start() - 24), a.start()));
      int start = unit.find() ? a.start() - (unit.end() - unit.start()) : a.start();
      String address = FactExtractor.cleaned(text.substring(start, a.start()) + a.group(1)).orElse("");
      String owner = "";
      for (String party : parties) {
        int at = party.isEmpty() ? -1 : text.lastIndexOf(party, start);
        if (at >= 0 && at + party.length() <= start
            && BEFORE_ADDRESS.matcher(text.substring(at + party.length(), start)).matches()) {
          owner = party;
          break;
        }
      }
      if (owner.isEmpty() || address.isEmpty()) {
        continue;
      }
      if (owner.equals(senderOrg)) {
        slots.putIfAbsent(ownSlot, address);
        if (address.equals(slots.get("address"))) {
          slots.remove("address");
          slots.remove("location");
        }
      } else {
        slots.put(otherSlot, address);
      }
    }
  }

  private static final String PERSON = "\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+";
  private static final Pattern ME_NAMED = Pattern.compile("(?u)\\b(?i:me|myself)\\s*\\((" + PERSON + ")(?:,\\s*([^)]{2,40}))?\\)");
  private static final Pattern SHADOWING = Pattern.compile("(?u)\\b(?i:shadowing|shadow|mentored by|buddy(?: is)?|trained by)\\s+("
      + PERSON + ")");
  private static final Pattern TARGET = Pattern.compile("(?iu)\\b(?:I|we)\\s+want\\s+(?:them|him|her|the team|everyone|"
      + "participants|learners|the class|students)\\s+(?:to\\s+be\\s+)?((?-i:\\p{Ll}+ing)\\b[^.;!?]*?|able to [^.;!?]*?)\\s+"
      + "by the end(?: of [^.;!?]+)?(?=[.;!?]|$)");

  /**
   * Who learns, and what they can do at the end: "Our two new support engineers, Leila Haddad and Ben Okoro," are
   * named with the subject; "I want them taking tier-1 tickets on their own by the end of the second week" is the aim.
   */
  private static String learners(String text, String subject, Map<String, String> slots) {
    String out = subject;
    if (!subject.isEmpty()) {
      Matcher named = Pattern.compile("(?u)" + Pattern.quote(subject) + ",\\s+(" + PERSON + "(?:,\\s+" + PERSON + ")*"
          + "(?:\\s+and\\s+" + PERSON + ")?),").matcher(text);
      if (named.find()) {
        out = subject + ", " + named.group(1) + ",";
        slots.put("subject", out);
      }
    }
    Matcher me = ME_NAMED.matcher(text);
    if (me.find()) {
      // "a sign-off chat with me (Oliver Brandt, Support Lead)": the writer owns the plan.
      slots.putIfAbsent("owner", me.group(1) + (me.group(2) == null ? "" : ", " + me.group(2)));
    }
    Matcher shadowing = SHADOWING.matcher(text);
    if (shadowing.find()) {
      // "shadowing Grace Mwangi on live calls": who they learn from.
      slots.putIfAbsent("trainers", shadowing.group(1));
    }
    Matcher target = TARGET.matcher(text);
    if (target.find()) {
      String aim = target.group(1).strip();
      slots.putIfAbsent("target_will", "be " + aim);
    }
    return out;
  }

  private static final String FIRM = "((?-i:\\p{Lu}[\\p{L}&'’.-]*(?:\\s+(?:&\\s+|du\\s+|de\\s+|des\\s+|la\\s+)?\\p{Lu}[\\p{L}&'’.-]*){0,4}))";
  private static final Pattern FROM_US = Pattern.compile("(?iu)\\bfrom\\s+us,?\\s+" + FIRM + "(?:\\s*\\(([^()]{5,120})\\))?");
  private static final Pattern ISSUER = Pattern.compile("(?iu)\\b(?:émetteur|issuer|issued by|aussteller|emisor|uitgever)\\s*:\\s*"
      + FIRM);
  private static final Pattern FOR_PERSON_AT = Pattern.compile("(?u)\\b(?i:for|to)\\s+((?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+"
      + "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})\\s+(?i:at|of)\\s+(?=\\d)");
  private static final Pattern POSTCODE = Pattern.compile("\\b(?:[A-Z]{1,2}\\d[\\dA-Z]?\\s*\\d[A-Z]{2}|\\d{5})\\b");
  private static final Pattern UNIT_BEFORE = Pattern.compile("(?iu)\\b(?:unit|flat|suite|apartment|apt\\.?|floor)\\s+[\\w-]{1,5},?\\s*$");
  private static final Pattern VAT_NUMBER = Pattern.compile("(?iu)\\b(?:VAT|USt-?IdNr\\.?|TVA|BTW|IVA)\\s*(?:reg(?:istration)?\\.?|no\\.?|"
      + "number|nr\\.?|intracom\\.?)?(?:\\s*(?:no\\.?|number))?\\s*[:.]?\\s*((?-i:[A-Z]{2})?\\s?\\d[\\d ]{6,14}\\d)");
  private static final Pattern BANK = Pattern.compile("(?iu)\\b(?:bank(?: details)?|bankverbindung|coordonnées bancaires|"
      + "datos bancarios|bankgegevens)\\s*:\\s*([^.;]+?)(?=\\.(?:\\s|$)|;|$)");
  private static final Pattern OWN_NUMBER = Pattern.compile("(?iu)(^|.{0,24}?)\\b(inv(?:oice)?|quote|quotation|estimate|order|po|"
      + "purchase order|credit note|credit|delivery note|avoir|rechnung|angebot|bestellung|gutschrift|lieferschein|facture|"
      + "devis|commande|bon de livraison|factura|presupuesto|pedido|albarán|factuur|offerte|bestelling|creditnota|pakbon|"
      + "rechnungs|angebots|bestell|gutschrift|lieferschein)\\s*(?:no\\.?|nr\\.?|n°|nº|#|nummer|number|numéro|número)\\s*[:.]?\\s*"
      + "((?-i:[A-Z]{0,4}[-/]?\\d[\\dA-Z/-]*\\d))");
  private static final Map<String, String> KIND_NOUNS = Map.of(
      "invoice", "inv|invoice|rechnung|rechnungs|facture|factura|factuur",
      "quotation", "quote|quotation|estimate|angebot|angebots|devis|presupuesto|offerte",
      "purchase-order", "po|purchase order|order|bestellung|bestell|commande|pedido|bestelling",
      "credit-note", "credit note|credit|gutschrift|avoir|creditnota",
      "delivery-note", "delivery note|lieferschein|bon de livraison|albarán|pakbon");

  private static boolean kindNoun(String kind, String noun) {
    return noun.toLowerCase(Locale.ROOT).matches(KIND_NOUNS.getOrDefault(kind, "(?!)"));
  }

  private static final Pattern LETTING_KNOW = Pattern.compile("(?iu)\\b(?:letting|to let|let)\\s+(?:them|everyone|staff|people|all|"
      + "the team|everybody)\\s+know\\s+(?:that\\s+)?([^.!?]{10,240}?)(?=[.!?](?:\\s|$)|$)|\\b(?:to tell|telling)\\s+(?:them|"
      + "everyone|staff|people|the team)\\s+(?:that\\s+)?([^.!?]{10,240}?)(?=[.!?](?:\\s|$)|$)");
  private static final Pattern AUDIENCE_IN = Pattern.compile("(?iu)\\bto\\s+(all staff|everyone|all employees|all colleagues|the team)"
      + "\\s+(?:in|at)\\s+(?:the\\s+|our\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:branch|office|site|store|depot|plant|warehouse|team))\\b");
  private static final Pattern QUESTIONS_TO = Pattern.compile("(?u)\\b(?i:questions?|queries)\\s+(?i:to|go to|for)\\s+"
      + "(?:(\\p{Ll}[\\p{L} ]{2,20}),\\s+)?(" + PERSON + ")(?:,\\s*((?i:ext|tel|phone|on)\\.?\\s*[+\\d][\\d ]{2,15}\\d|\\S+@\\S+\\.\\p{L}+))?");

  /**
   * A memo the request describes by what it tells: "something to go out to all staff … from me (Helen Marsh, Branch
   * Manager) letting them know the car park … will be closed …" announces the closure, from Helen Marsh, and is titled by
   * it; "Questions to facilities, Dan Whitfield, ext 4471" is its contact.
   */
  private static String memo(String text, String subject, Map<String, String> slots) {
    String out = subject;
    Matcher me = ME_NAMED.matcher(text);
    if (!slots.containsKey("sender") && me.find()) {
      slots.put("sender", me.group(1) + (me.group(2) == null ? "" : ", " + me.group(2)));
      slots.putIfAbsent("sender_name", me.group(1));
    }
    Matcher in = AUDIENCE_IN.matcher(text);
    if (in.find()) {
      // "to all staff in the Bristol branch"
      slots.put("audience", SlotFiller.capitalise(in.group(1)) + ", " + in.group(2).strip());
    }
    Matcher news = LETTING_KNOW.matcher(text);
    if (news.find()) {
      String said = (news.group(1) != null ? news.group(1) : news.group(2)).strip();
      slots.put("purpose", said);
      Titles.statementSubject(said).ifPresent(t -> slots.put("subject_title", t));
      // "a memo to go out to all staff … letting them know …": the words before the news only ask for the memo.
      String head = text.substring(0, news.start());
      if (!out.isEmpty() && head.contains(out.split("\\s+")[0]) && !head.contains(". ")) {
        out = Titles.statementSubject(said).orElse("");
        slots.put("subject", out);
      }
    }
    Matcher questions = QUESTIONS_TO.matcher(text);
    if (questions.find()) {
      slots.put("contact", questions.group(2) + (questions.group(1) == null ? "" : " (" + questions.group(1).strip() + ")"));
      if (questions.group(3) != null) {
        slots.put("contact_means", questions.group(3).strip());
      }
    }
    return out;
  }

  private static final Pattern WE_ARE = Pattern.compile("(?u)\\b(?i:we're|we’re|we are)\\s+(?:the\\s+)?("
      + RequestReader.CAPITALISED + "{1,4})(?=\\s*[,.;!]|$)");
  private static final Pattern ATTENTION = Pattern.compile("(?iu)^(.+?)\\s*\\((?:attn|attention|fao|for the attention of)[.\u2024:]?\\s*"
      + "([^)]+)\\)$");
  private static final Pattern WORK_START = Pattern.compile("(?iu)\\b(?:work|works|installation|delivery|the job)\\s+(?:to|will|would|can)\\s+"
      + "(?:start|begin|commence)\\s+((?:on|in|from|the week of|week of|by)\\s+[^,;.]+)");

  /**
   * A seller's document: "We're Coastline Decorators Ltd" is who sends it, "Harbour View Hotel (attn. Ms Sophie Grant)"
   * a customer and the person it is for, "work to start the week of 11 January 2027" when the work begins.
   */
  private static void commercial(String text, String kind, Map<String, String> slots) {
    Matcher we = WE_ARE.matcher(text);
    if (!slots.containsKey("vendor") && !slots.containsKey("sender") && we.find()) {
      // "We're Kestrel Flooring Ltd. Thanks!": the name ends where the thanks begin.
      FactExtractor.cleaned(Abbreviations.restore(we.group(1))
          .replaceFirst("(?iu)[.!,]?\\s+(?:thanks|thank you|cheers|many thanks|best wishes|regards|please)\\b.*$", ""))
          .ifPresent(v -> slots.put("vendor", v));
    }
    Matcher number = OWN_NUMBER.matcher(text);
    while (number.find()) {
      // "Inv no 2025-0147", "Bestellnummer B-2025-0912", "l'avoir n° AV-2025-031": this document's own number.
      if (!number.group(1).toLowerCase(Locale.ROOT).matches(".*(?:ihr|ihre|your|their|votre|notre|our|su|uw)\\s+\\S+\\s*$")
          && kindNoun(kind, number.group(2))) {
        slots.put("own_number", number.group(3));
        break;
      }
    }
    Matcher us = FROM_US.matcher(text);
    if (!slots.containsKey("vendor") && us.find()) {
      // "a quote from us, Greenline Landscaping (Oak Barn, Hinton Lane, Cheltenham GL52 6TR, tel 01242 559 310)"
      slots.put("vendor", us.group(1).strip());
      if (us.group(2) != null && POSTCODE.matcher(us.group(2)).find()) {
        slots.put("vendor_address", us.group(2).strip());
      }
    }
    Matcher issuer = ISSUER.matcher(text);
    if (!slots.containsKey("vendor") && issuer.find()) {
      // "Émetteur : Minoterie du Rhône SAS, 8 chemin des Moulins"
      slots.put("vendor", issuer.group(1).strip());
    }
    Matcher forPerson = FOR_PERSON_AT.matcher(text);
    if (!slots.containsKey("customer") && forPerson.find()) {
      // "for Mrs Priya Raman at 7 Elm Close, Cheltenham GL50 2QS"
      slots.put("customer", forPerson.group(1));
    }
    // "Invoice to Harlow & Finch Ltd, 22 Mercer Street, Leeds LS1 4DP from Bramble Digital Studio, Unit 5, 18 Canal Wharf":
    // each party's address goes with its name.
    String vendor = slots.getOrDefault("vendor", slots.getOrDefault("sender", slots.getOrDefault("sender_org", "")));
    addressesOf(text, slots, vendor, "vendor_address", "customer_address", slots.getOrDefault("customer", ""),
        slots.getOrDefault("buyer", ""));
    Matcher vat = VAT_NUMBER.matcher(text);
    if (vat.find()) {
      slots.put("vat_number", vat.group(1).strip());
    }
    Matcher bank = BANK.matcher(text);
    if (bank.find()) {
      // "Bank: Barclays, sort code 20-45-77, acc 53124890, ref the invoice number"
      String details = bank.group(1).replaceFirst("(?iu),?\\s*(?:ref(?:erence)?|quote)\\s+(?:the\\s+)?invoice (?:number|no\\.?)$", "")
          .strip();
      slots.put("bank_details", details);
      for (String slot : List.of("subject", "purpose")) {
        if (slots.containsKey(slot) && bank.group().contains(slots.get(slot))) {
          slots.remove(slot);
        }
      }
    }
    Matcher attn = ATTENTION.matcher(slots.getOrDefault("customer", ""));
    if (attn.matches()) {
      slots.put("customer", attn.group(1).strip());
      slots.put("attention", Abbreviations.restore(attn.group(2).strip()));
    }
    Matcher start = WORK_START.matcher(text);
    if (start.find()) {
      slots.put("work_start", Abbreviations.restore(start.group(1).strip()));
    }
  }

  private static final Pattern TEAM = Pattern.compile("(?u)\\b(?i:in|within|joining|join)\\s+(?i:the|our)\\s+"
      + "(\\p{Lu}[\\p{L}&-]+(?:\\s+\\p{Lu}[\\p{L}&-]+)?)\\s+(?i:(team|department))\\b"
      + "|\\b(?:in der Abteilung|im Team|au sein de l'équipe|dans l'équipe|en el equipo de|in het team)\\s+(\\p{Lu}[\\p{L}&-]+)"
      + "|\\b(?:au sein du service|en el departamento de|op de afdeling)\\s+(\\p{Lu}[\\p{L}&-]+)");
  private static final Pattern WORK_MODE = Pattern.compile("(?iu)\\b(hybrid|fully remote|remote|on-site|office-based)\\b"
      + "(?:\\s+working)?(?:\\s+with)?"
      + "(?:\\s*[(,]?\\s*(\\d)\\s+days?\\s+(?:a\\s+week\\s+)?in\\s+(?:the\\s+|our\\s+)?(?:((?-i:\\p{Lu})[\\p{L}'’-]+)\\s+)?office"
      + "(?:\\s+at\\s+([^(),;]+))?\\)?)?");
  private static final Pattern LEAVE = Pattern.compile("(?iu)\\b(\\d{1,2})\\s+days?(?:'|’)?\\s+(?:of\\s+)?(?:paid\\s+)?"
      + "(?:holiday|holidays|annual leave|leave)\\b(\\s+(?:plus|and)\\s+(?:public|bank)\\s+holidays)?");
  private static final Pattern QUOTE_FROM = Pattern.compile("(?iu)\\b(?:quote|quotation|statement|comment|zitat|citation|cita)s?\\s+"
      + "(?:from|by|von|de)\\s+(?:our\\s+|the\\s+)?((?-i:(?:[A-Z]{2,}|\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’\u2024-]+){0,4}))");
  private static final Pattern AS_ROLE = Pattern.compile("(?iu)\\bas\\s+an?\\s+((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)"
      + "(?=\\s*[:;,.(]|\\s+(?:at|for|in|from|since|until)\\b|$)");
  private static final Pattern NAME = Pattern.compile(
      "(?u)(?<![\\p{L}])((?:Dr[.\u2024]?\\s|Mr[.\u2024]?\\s|Ms[.\u2024]?\\s|Mrs[.\u2024]?\\s)?\\p{Lu}\\p{Ll}+(?:[-’']\\p{Lu}?\\p{Ll}+)?"
          + "(?:\\s(?:van\\s|de\\s|von\\s)?\\p{Lu}\\p{Ll}+(?:[-’']\\p{Lu}?\\p{Ll}+)?){1,2})(?![\\p{L}])");
  private static final Pattern AT_EMPLOYER = Pattern.compile(
      "(?u)\\b(?iu:at|join(?:ing)?|bei|chez|en|bij)\\s+(" + RequestReader.CAPITALISED + "{0,3})");

  /**
   * The person a letter about someone names, the employer ("at Fernhill Analytics") and, in an offer,
   * the pay: an offer's first amount is its salary when no word says so.
   */
  private static void personFacts(String text, Map<String, String> slots, List<String> amounts, String kind) {
    if (!slots.containsKey("candidate") && kind.equals("offer-letter") && slots.containsKey("recipient")) {
      // An offer letter goes to the candidate.
      slots.put("candidate", slots.get("recipient"));
    }
    if (!slots.containsKey("candidate")) {
      Matcher m = NAME.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        // A party's slot takes the name; the subject ("my former assistant Chloé Dubois") names the person it is about.
        boolean taken = slots.entrySet().stream()
            .anyMatch(e -> !e.getKey().equals("subject") && e.getValue().contains(name));
        boolean month = PeriodParser.MONTHS_ONLY.matcher(name).find();
        // "2 Temple Quay" is a street.
        boolean street = text.substring(0, m.start()).matches("(?s).*\\d[a-z]?,?\\s*$");
        if (!taken && !month && !street && m.start() > 0 && !name.matches("(?u)(?:Head|Senior|Junior|Lead|Chief|Project|Account|Data|"
            + "Customer|Warehouse|Support)\\b.*")) {
          slots.put("candidate", name);
          break;
        }
      }
    }
    if (!slots.containsKey("employer")) {
      Matcher m = AT_EMPLOYER.matcher(text);
      while (m.find()) {
        String org = m.group(1);
        if (!org.equals(slots.get("candidate")) && !PeriodParser.MONTHS_ONLY.matcher(org).lookingAt()) {
          slots.put("employer", org);
          break;
        }
      }
    }
    String person = slots.getOrDefault("candidate", slots.getOrDefault("employee", ""));
    if (!slots.containsKey("role") && !person.isEmpty()) {
      // "for Hannah Reid, Customer Service Team Leader, for …": the title after the name is the person's.
      Matcher title = Pattern.compile("(?u)" + Pattern.quote(person) + ",\\s+" + TITLE + "(?=\\s*[,;.]|\\s+(?:for|at|in|from)\\b|$)")
          .matcher(text);
      if (title.find()) {
        slots.put("role", title.group(1));
      }
    }
    Matcher as = AS_ROLE.matcher(text);
    if (!slots.containsKey("role") && kind.equals("performance-review") && as.find()) {
      // "how Leo Martins did this year as a support engineer"
      slots.put("role", SlotFiller.capitalise(as.group(1)));
    }
    Matcher leave = LEAVE.matcher(text);
    if (kind.matches("offer-letter|job-description") && leave.find()) {
      // "25 days holiday plus bank holidays"
      slots.put("annual_leave", leave.group(1) + " days" + (leave.group(2) != null ? " plus bank holidays" : ""));
    }
    if (kind.equals("offer-letter")) {
      OfferTerms.read(text, slots);
      Matcher team = TEAM.matcher(text);
      if (team.find()) {
        // "join us as Senior Data Analyst in the Finance team": the post's team goes with the post.
        slots.putIfAbsent("department", team.group(1) != null ? team.group(1) + " " + team.group(2).toLowerCase(Locale.ROOT)
            : team.group(3) != null ? team.group(3) : team.group(4));
      }
      // "a letter to Ms Hannah Kowalczyk, 31 Birch Avenue, …, offering her the position … at Calder Analytics Ltd,
      // 2 Temple Quay": the home address is hers, the one after the employer is where she will work.
      addressesOf(text, slots, slots.getOrDefault("employer", ""), "workplace", "address", slots.getOrDefault("recipient", ""),
          slots.getOrDefault("candidate", ""));
      Matcher titled = TITLED.matcher(slots.getOrDefault("candidate", ""));
      if (titled.matches()) {
        slots.putIfAbsent("salutation", titled.group(1) + " " + titled.group(2));
      }
      Matcher named = REPORTS_TO_NAMED.matcher(text);
      if (!slots.containsKey("manager") && named.find()) {
        // "reporting to Dr Martin Shaw, Head of Insights"
        slots.put("manager", named.group(1) + (named.group(2) == null ? "" : ", " + named.group(2)));
      }
      if (slots.containsKey("address") && slots.get("address").equals(slots.get("location"))) {
        slots.remove("location");
      }
    }
    if (kind.equals("offer-letter") && !slots.containsKey("salary") && !amounts.isEmpty()) {
      slots.put("salary", amounts.get(0));
    }
  }

}
