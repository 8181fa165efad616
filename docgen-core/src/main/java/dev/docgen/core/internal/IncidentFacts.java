package dev.docgen.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an incident write-up reads from a request, whether the incident is an outage or an accident: what happened
 * ("… - a pallet fell off the racking in aisle 7"), when ("around 14:20"), the harm ("grazed the arm of picker Daniel
 * Osei", "no hospital visit"), the first response ("First aid given by Michelle Price"), the cause ("Racking was
 * overloaded (1,200 kg on a 1,000 kg beam)"), what made it safe ("Area cordoned off"), the follow-up booked and who
 * reported it.
 */
final class IncidentFacts {
  private static final Pattern WHAT = Pattern.compile("(?iu)\\bwhat happened\\b(?:(?!\\s[-–—]\\s|:\\s)[^.;])*(?:\\s[-–—]\\s|:\\s)\\s*([^.;]+)");
  private static final Pattern TIME = Pattern.compile("(?iu)\\b(?:at|around|about|approximately|approx[.\u2024]?)\\s+"
      + "(?:about\\s+)?(\\d{1,2}[:.]\\d{2})\\b");
  private static final Pattern HARM = Pattern.compile("(?iu)(?:^|(?<!\\d)[,;.]\\s*|\\band\\s+)((?:[\\p{L}'’-]+\\s+){0,4}?"
      + "(?:grazed|cut|bruised|burnt|burned|injured|hurt|broke|sprained|twisted|no injur|no one was hurt|nobody was hurt|"
      + "no hospital|taken to hospital|went to hospital|verletzt wurde niemand|niemand wurde verletzt|keine verletzten|"
      + "personne n'a été blessé|personne n’a été blessé|aucun blessé|nadie resultó herido|nadie resultó herida|no hubo heridos|"
      + "niemand raakte gewond|niemand is gewond|geen gewonden)[^,;.]*|(?:about\\s+|around\\s+|some\\s+|roughly\\s+|nearly\\s+|almost\\s+|over\\s+)?\\d[\\d,]*\\s+[\\p{L} ]{1,30}?\\s+"
      + "(?:failed|were lost|were affected|could not [\\p{L}]+|couldn['’]t [\\p{L}]+|were delayed)\\b(?:(?!\\s+and\\s)[^,;.])*)");
  private static final Pattern DOWN = Pattern.compile("(?iu)(?:^|[.;:]\\s+)((?:the\\s+)?\\p{L}[\\p{L} -]{1,30}?\\s+(?:was|were|went)\\s+"
      + "(?:down|offline|unavailable|out of action|out)\\b[^.;]*?)(?=\\s+(?:after|because|due to|when)\\b|[.;]|$)");
  private static final Pattern AFFECTED = Pattern.compile("(?iu)\\bfor\\s+((?:all|most|some|many|about\\s+\\S+|around\\s+\\S+|"
      + "\\d[\\d,.]*k?)\\s+(?:of\\s+(?:our|the)\\s+)?(?:\\p{L}+\\s+)?(?:users|customers|clients|staff|employees|merchants|stores|sites))\\b");
  private static final Pattern DETECTED = Pattern.compile("(?iu)\\b(?:detected|spotted|noticed|picked up|discovered|flagged|first seen)"
      + "\\s+(?:first\\s+)?(?:by|through|via|from)\\s+([^.;]{3,80})|\\b(?:entdeckt|bemerkt|festgestellt)\\s+(?:durch|von)\\s+([^.;]{3,80})"
      + "|\\b(?:détecté|détectée|repéré|repérée|constaté|constatée)\\s+(?:par|grâce à)\\s+([^.;]{3,80})"
      + "|\\b(?:detectado|detectada|descubierto|descubierta)\\s+(?:por|gracias a)\\s+([^.;]{3,80})"
      + "|\\b(?:ontdekt|opgemerkt|gedetecteerd)\\s+(?:door|via)\\s+([^.;]{3,80})");
  private static final Pattern RESPONSE = Pattern.compile("(?iu)\\b((?:first aid|cpr)\\s+(?:was\\s+)?(?:given|administered|"
      + "provided)(?:\\s+by\\s+" + RequestReader.CAPITALISED + "{0,2})?)");
  private static final Pattern CAUSE = Pattern.compile("(?iu)(?:^|[.;]\\s*)((?:the\\s+)?[\\p{L}'’ -]{2,40}?\\s+(?:was|were|had been)\\s+"
      + "(?:overloaded|damaged|faulty|blocked|wet|broken|missing|misconfigured|expired|left open|not secured|unsecured|"
      + "worn|loose|leaking|overheated|untrained)\\b[^.;]*)");
  private static final Pattern MADE_SAFE = Pattern.compile("(?iu)(?:^|[,;.]\\s*|\\band\\s+)((?:the\\s+)?(?:area|site|aisle|room|"
      + "zone|machine|system|service|line|rack|racking|shelf|shelving|bay|dock|hall|floor|door|entrance|lift|road|kitchen)\\s+"
      + "(?:was\\s+|were\\s+)?(?:immediately\\s+)?(?:cordoned off|closed off|closed|sealed off|blocked off|isolated|made safe|"
      + "switched off|shut down|taped off|fenced off|evacuated|rolled back|restarted)[^,;.]*)"
      // "Das Regal wurde sofort gesperrt", "la zone a été évacuée", "se acordonó la zona", "de hal werd afgezet"
      + "|(?:^|[,;.]\\s*|\\b(?:und|et|y|en)\\s+)((?:\\p{L}+\\s+){1,4}?(?:wurde|wurden|a été|ont été|fue|fueron|werd|werden)\\s+"
      + "(?:\\p{L}+\\s+)?(?:gesperrt|abgesperrt|abgeschaltet|geräumt|evakuiert|gesichert|évacuée?s?|fermée?s?|isolée?s?|"
      + "sécurisée?s?|bouclée?s?|cerrad[oa]s?|acordonad[oa]s?|aislad[oa]s?|evacuad[oa]s?|afgezet|afgesloten|ontruimd|"
      + "stilgelegd)\\b[^,;.]*)");
  private static final Pattern BOOKED = Pattern.compile("(?iu)(?:^|[,;.]\\s*|\\band\\s+)((?:[\\p{L}'’-]+\\s+){0,3}?"
      + "(?:inspection|repair|review|check|investigation|training|audit|service)\\s+(?:is\\s+|was\\s+)?(?:booked|scheduled|"
      + "arranged|planned)\\s+for\\s+([^,;.]+))");
  // "Fixed by renewing the cert and restarting the LB pool", "Resolved by rolling back release 4.2"
  private static final Pattern FIXED = Pattern.compile("(?iu)(?:^|[.;]\\s*|,\\s*)(?:it\\s+was\\s+|we\\s+)?(?:fixed|resolved|restored|"
      + "mitigated|solved)\\s+(?:it\\s+)?by\\s+([^.;]+)");
  // "We're adding cert-expiry alerts 30 days out and moving to auto-renewal": what is being done so it does not recur.
  private static final Pattern DOING = Pattern.compile("(?iu)(?:^|[.;]\\s*)(?:we(?:'re|’re| are| will be| will|'ll|’ll)|next steps?:?"
      + "|follow-ups?:?|actions?:)\\s+((?:add|adding|introduc|mov|putting|put|set|setting|switch|roll|rolling|review|train|"
      + "replac|updat|automat|enabl|creat|schedul|install|fix|fitting|fit|chang)\\p{L}*\\b[^.;]*)");
  private static final Pattern CLOCK_RANGE = Pattern.compile("^(\\d{1,2}):(\\d{2})\\s*[–-]\\s*(\\d{1,2}):(\\d{2})$");
  private static final Pattern REPORTED = Pattern.compile("(?u)\\b(?i:reported by)\\s+((?:[\\p{Ll}-]+\\s+){0,3}?)"
      + "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})");

  private IncidentFacts() {}

  /** Puts the incident's facts into {@code slots}; returns the phrases they came from. */
  static List<String> read(String text, Map<String, String> slots, List<DateFinder.Found> found, String lang) {
    List<String> stated = new ArrayList<>();
    Matcher what = WHAT.matcher(text);
    Matcher down = DOWN.matcher(text);
    boolean named = what.find();
    what.reset();
    Optional<String[]> dated = named || down.find() || !slots.containsKey("event_date") ? Optional.empty() : dated(text, found);
    down.reset();
    if (dated.isPresent()) {
      // "Am Dienstag, 4. November 2025, gegen 06:40 Uhr ist in Halle 3 … gestoßen": what happened is the sentence
      // that opens with when, in the document's own words for the day and time.
      String rest = dated.get()[1];
      if (!dated.get()[2].isEmpty()) {
        slots.putIfAbsent("time", dated.get()[2]);
      }
      // German and Dutch put the verb second: "ist in Halle 3 … gestoßen" needs its time before it to stand alone.
      boolean verbSecond = lang.equals("de") || lang.equals("nl");
      if (!verbSecond) {
        slots.put("what", rest);
      } else if (!dated.get()[2].isEmpty()) {
        slots.put("what", (lang.equals("de") ? "Gegen " + dated.get()[2] + " Uhr " : "Rond " + dated.get()[2] + " ") + rest);
      }
      slots.put("what_sentence", opening(lang, slots.get("event_date"), slots.getOrDefault("time", ""), rest));
      slots.put("what_dated", "yes");
      stated.add(dated.get()[0]);
      // "from 14:05 to 15:20 UTC the customer portal was down": the system follows the clock.
      Matcher system = DOWN.matcher(rest.replaceFirst("(?iu)^(?:from|between)\\s+\\S+\\s+(?:to|and|until|-|–)\\s+\\S+"
          + "(?:\\s+(?:UTC|GMT|CET|CEST|BST))?,?\\s+|^(?:at|around|about)\\s+\\S+(?:\\s+(?:UTC|GMT|CET|CEST|BST))?,?\\s+", ""));
      if (system.find()) {
        outage(system.group(1), slots);
      }
    } else if (what.find()) {
      slots.put("what", Abbreviations.restore(what.group(1).strip()));
      // The words around it ("Need to write up what happened in the warehouse on …") only ask for the report.
      stated.add(text.substring(0, what.end()));
    } else if (down.find()) {
      // "Checkout was down for 47 minutes on 21 November 2026 from 14:12 to 14:59 UTC"
      slots.put("what", SlotFiller.lowerStart(Abbreviations.restore(down.group(1).strip())));
      stated.add(down.group(1));
      outage(down.group(1), slots);
    }
    find(TIME, text, 1).ifPresent(t -> slots.putIfAbsent("time", t.replace('.', ':')));
    String range = slots.getOrDefault("time_range", "");
    if (!slots.containsKey("time") && range.matches("\\d{1,2}:\\d{2}.*")) {
      slots.put("time", range.replaceFirst("^(\\d{1,2}:\\d{2}).*$", "$1"));
    }
    if (slots.containsKey("what") && !slots.containsKey("what_sentence")) {
      String said = slots.get("what");
      String date = slots.getOrDefault("event_date", "");
      // The summary opens with when, unless what happened says it already.
      slots.put("what_sentence", date.isEmpty() || said.contains(date) ? SlotFiller.capitalise(said)
          : "On " + date + (slots.containsKey("time") ? " at about " + slots.get("time") : "") + ", " + said);
    }
    List<String> harms = new ArrayList<>();
    Matcher harm = HARM.matcher(text);
    while (harm.find()) {
      harms.add(harm.group(1).strip());
      stated.add(harm.group(1));
    }
    if (!harms.isEmpty()) {
      slots.put("harm", SlotFiller.capitalise(Abbreviations.restore(String.join("; ", harms))));
    }
    put(RESPONSE, text, "response", slots, stated);
    put(CAUSE, text, "cause", slots, stated);
    put(MADE_SAFE, text, "made_safe", slots, stated);
    Matcher booked = BOOKED.matcher(text);
    if (booked.find()) {
      slots.put("follow_up", SlotFiller.capitalise(Abbreviations.restore(booked.group(1).strip()
          .replaceFirst("(?iu)\\s+(?:is\\s+|was\\s+)?(?:booked|scheduled|arranged|planned)\\s+for\\s+.*$", ""))));
      slots.put("follow_up_date", Abbreviations.restore(booked.group(2).strip()));
      stated.add(booked.group(1));
    }
    Matcher detected = DETECTED.matcher(text);
    if (detected.find()) {
      // "Detected by customer calls to support": how the incident came to light.
      String how = java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(detected::group).filter(g -> g != null)
          .findFirst().orElse("");
      slots.putIfAbsent("detected_by", SlotFiller.capitalise(Abbreviations.restore(how.strip())));
      stated.add(detected.group());
    }
    Matcher fixed = FIXED.matcher(text);
    if (fixed.find()) {
      slots.putIfAbsent("resolved_by", Abbreviations.restore(fixed.group(1).strip()));
      stated.add(fixed.group(1));
    }
    Matcher doing = DOING.matcher(text);
    if (doing.find()) {
      // "adding cert-expiry alerts 30 days out and moving to auto-renewal via cert-manager": one action each.
      String[] actions = doing.group(1).strip().split("\\s+and\\s+(?=\\p{L}+ing\\b)|,\\s+(?=\\p{L}+ing\\b)");
      slots.putIfAbsent("follow_up", SlotFiller.capitalise(imperative(actions[0].strip())));
      if (actions.length > 1) {
        slots.putIfAbsent("follow_up_2", SlotFiller.capitalise(imperative(actions[1].strip())));
      }
      stated.add(doing.group(1));
    }
    Matcher clock = CLOCK_RANGE.matcher(slots.getOrDefault("time_range", ""));
    if (clock.matches()) {
      // "from 14:05 to 15:20 UTC" lasted 1 h 15 min, whatever other durations the request mentions ("alerts 30 days out").
      int minutes = Integer.parseInt(clock.group(3)) * 60 + Integer.parseInt(clock.group(4))
          - Integer.parseInt(clock.group(1)) * 60 - Integer.parseInt(clock.group(2));
      if (minutes > 0) {
        slots.put("duration", (minutes >= 60 ? minutes / 60 + " h" : "") + (minutes % 60 > 0 ? (minutes >= 60 ? " " : "")
            + minutes % 60 + " min" : ""));
        slots.putIfAbsent("end_time", String.format("%02d:%s", Integer.parseInt(clock.group(3)), clock.group(4)));
      }
    }
    Matcher reported = REPORTED.matcher(text);
    if (reported.find()) {
      String role = reported.group(1).strip();
      slots.put("reporter", reported.group(2) + (role.isEmpty() ? "" : ", " + role));
      stated.add(reported.group());
    }
    return stated;
  }

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{L}\\d)]{2})[.!?](?=\\s+\\p{Lu}|\\s*$)");
  private static final Pattern ASKING = Pattern.compile("(?iu)\\b(?:please|bitte|could you|can you|write|draft|erstell\\p{L}*|"
      + "schreib\\p{L}*|mach\\p{L}*|rédige\\p{L}*|merci de|escrib\\p{L}*|redact\\p{L}*|prepar\\p{L}*|schrijf|maak|graag)\\b");
  private static final Pattern TIME_AFTER = Pattern.compile("(?iu)^[\\s,]*(?:(?:at|around|about|approximately|gegen|um|vers|à|"
      + "hacia las|hacia|a las|sobre las|rond|om|omstreeks)\\s+)*(\\d{1,2})[:.h](\\d{2})(?:\\s*(?:uhr|h)\\b)?[\\s,]*");
  private static final Pattern LEAD_WORDS = Pattern.compile("(?iu)^(?:on|am|le|el|op|the|at|around|about|yesterday|gestern|hier|ayer|"
      + "gisteren|this|morning|evening|afternoon|heute|morgen|ce|matin|soir|esta|mañana|tarde|vanochtend|vanmiddag|"
      + DateFinder.WEEKDAY_NAMES + "|[\\s,.(])*$");

  /**
   * The sentence that says what happened, when it opens with the day ("On Tuesday 4 November 2025 at about 06:40 a
   * forklift …"): the sentence, the words after its day and time, and the time; empty when no such sentence is there.
   */
  private static Optional<String[]> dated(String text, List<DateFinder.Found> found) {
    for (DateFinder.Found f : found) {
      int start = Math.max(Math.max(text.lastIndexOf(". ", f.start()), text.lastIndexOf("! ", f.start())),
          text.lastIndexOf("? ", f.start()));
      start = start < 0 ? 0 : start + 2;
      Matcher end = SENTENCE_END.matcher(text);
      int stop = end.find(f.end()) ? end.start() : text.length();
      String sentence = text.substring(start, stop).strip();
      if (f.start() < start || ASKING.matcher(sentence).find()) {
        continue;
      }
      String lead = text.substring(start, f.start());
      if (!LEAD_WORDS.matcher(lead).matches()) {
        continue;
      }
      String after = text.substring(f.end(), stop);
      Matcher time = TIME_AFTER.matcher(after);
      String at = "";
      if (time.lookingAt()) {
        at = String.format("%02d:%s", Integer.parseInt(time.group(1)), time.group(2));
        after = after.substring(time.end());
      }
      String rest = after.replaceFirst("^[\\s,)]+", "").strip();
      if (RequestClauses.wordCount(rest) >= 4) {
        return Optional.of(new String[] {sentence, rest, at});
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** "On 4 November 2025 at about 06:40, a forklift …", in the document's language. */
  private static String opening(String lang, String date, String time, String rest) {
    boolean timed = !time.isEmpty();
    return switch (lang) {
      case "de" -> "Am " + date + (timed ? " gegen " + time + " Uhr" : "") + " " + rest;
      case "fr" -> "Le " + date + (timed ? " vers " + time.replace(':', 'h') : "") + ", " + SlotFiller.lowerStart(rest);
      case "es" -> "El " + date + (timed ? " hacia las " + time : "") + ", " + SlotFiller.lowerStart(rest);
      case "nl" -> "Op " + date + (timed ? " rond " + time : "") + " " + rest;
      default -> "On " + date + (timed ? " at about " + time : "") + ", " + SlotFiller.lowerStart(rest);
    };
  }

  /** "Our payments API was down …" is titled "Payments API outage". */
  private static void outage(String down, Map<String, String> slots) {
    String system = down.strip().replaceFirst("(?iu)\\s+(?:was|were|went)\\s.*$", "")
        .replaceFirst("(?iu)^(?:the|our|their|a)\\s+", "");
    if (!system.isEmpty() && system.split("\\s+").length <= 5) {
      slots.put("outage", SlotFiller.capitalise(system) + " outage");
      slots.putIfAbsent("location", SlotFiller.capitalise(system));
    }
    Matcher who = AFFECTED.matcher(down);
    if (who.find()) {
      // "was down for all users": who the outage hit is its impact.
      slots.putIfAbsent("harm", SlotFiller.capitalise(who.group(1)) + " affected");
    }
  }

  /** "adding alerts" as an action: "Add alerts"; "moving to auto-renewal": "Move to auto-renewal". */
  private static String imperative(String gerund) {
    java.util.regex.Matcher m = Pattern.compile("(?iu)^(\\p{L}+?)(?:ing)\\b(.*)$").matcher(gerund);
    if (!m.matches()) {
      return gerund;
    }
    String stem = m.group(1);
    if (stem.matches("(?i).*(?:ov|ak|at|us|iv|ur|ag|ar)$") || stem.matches("(?i)(?:mov|replac|updat|automat|enabl|creat|schedul|chang|introduc|us|sav|serv|driv)")) {
      stem = stem + "e";
    } else if (stem.matches("(?i).*([bgmnpt])\\1$")) {
      stem = stem.substring(0, stem.length() - 1);
    }
    return stem + m.group(2);
  }

  private static void put(Pattern p, String text, String slot, Map<String, String> slots, List<String> stated) {
    Matcher m = p.matcher(text);
    if (m.find()) {
      String said = m.group(1) != null ? m.group(1) : m.group(2);
      // "First aid given by Priya Shah. The trolley …": a name ends at its full stop.
      String value = Abbreviations.restore(said.strip());
      value = FactExtractor.cleaned(value).orElse(value);
      slots.putIfAbsent(slot, slot.equals("cause") ? "that " + SlotFiller.lowerStart(value) : SlotFiller.capitalise(value));
      stated.add(said);
    }
  }

  private static java.util.Optional<String> find(Pattern p, String text, int group) {
    Matcher m = p.matcher(text);
    return m.find() ? java.util.Optional.of(m.group(group)) : java.util.Optional.empty();
  }
}
