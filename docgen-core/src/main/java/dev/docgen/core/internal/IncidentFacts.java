package dev.docgen.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  private static final Pattern HARM = Pattern.compile("(?iu)(?:^|[,;.]\\s*|\\band\\s+)((?:[\\p{L}'’-]+\\s+){0,4}?"
      + "(?:grazed|cut|bruised|burnt|burned|injured|hurt|broke|sprained|twisted|no injur|no one was hurt|nobody was hurt|"
      + "no hospital|taken to hospital|went to hospital)[^,;.]*|(?:about\\s+|around\\s+|some\\s+)?\\d[\\d,]*\\s+[\\p{L} ]{1,30}?\\s+"
      + "(?:failed|were lost|were affected|could not [\\p{L}]+|were delayed)\\b[^,;.]*)");
  private static final Pattern DOWN = Pattern.compile("(?iu)(?:^|[.;:]\\s+)((?:the\\s+)?\\p{L}[\\p{L} -]{1,30}?\\s+(?:was|were|went)\\s+"
      + "(?:down|offline|unavailable|out of action|out)\\b[^.;]*?)(?=\\s+(?:after|because|due to|when)\\b|[.;]|$)");
  private static final Pattern RESPONSE = Pattern.compile("(?iu)\\b((?:first aid|cpr)\\s+(?:was\\s+)?(?:given|administered|"
      + "provided)(?:\\s+by\\s+" + RequestReader.CAPITALISED + "{0,2})?)");
  private static final Pattern CAUSE = Pattern.compile("(?iu)(?:^|[.;]\\s*)((?:the\\s+)?[\\p{L}'’ -]{2,40}?\\s+(?:was|were|had been)\\s+"
      + "(?:overloaded|damaged|faulty|blocked|wet|broken|missing|misconfigured|expired|left open|not secured|unsecured|"
      + "worn|loose|leaking|overheated|untrained)\\b[^.;]*)");
  private static final Pattern MADE_SAFE = Pattern.compile("(?iu)(?:^|[,;.]\\s*|\\band\\s+)((?:the\\s+)?(?:area|site|aisle|room|"
      + "zone|machine|system|service|line)\\s+(?:was\\s+)?(?:cordoned off|closed|isolated|made safe|switched off|shut down|"
      + "taped off|fenced off|rolled back|restarted)[^,;.]*)");
  private static final Pattern BOOKED = Pattern.compile("(?iu)(?:^|[,;.]\\s*|\\band\\s+)((?:[\\p{L}'’-]+\\s+){0,3}?"
      + "(?:inspection|repair|review|check|investigation|training|audit|service)\\s+(?:is\\s+|was\\s+)?(?:booked|scheduled|"
      + "arranged|planned)\\s+for\\s+([^,;.]+))");
  private static final Pattern REPORTED = Pattern.compile("(?u)\\b(?i:reported by)\\s+((?:[\\p{Ll}-]+\\s+){0,3}?)"
      + "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})");

  private IncidentFacts() {}

  /** Puts the incident's facts into {@code slots}; returns the phrases they came from. */
  static List<String> read(String text, Map<String, String> slots) {
    List<String> stated = new ArrayList<>();
    Matcher what = WHAT.matcher(text);
    Matcher down = DOWN.matcher(text);
    if (what.find()) {
      slots.put("what", Abbreviations.restore(what.group(1).strip()));
      // The words around it ("Need to write up what happened in the warehouse on …") only ask for the report.
      stated.add(text.substring(0, what.end()));
    } else if (down.find()) {
      // "Checkout was down for 47 minutes on 21 November 2026 from 14:12 to 14:59 UTC"
      slots.put("what", SlotFiller.lowerStart(Abbreviations.restore(down.group(1).strip())));
      stated.add(down.group(1));
    }
    find(TIME, text, 1).ifPresent(t -> slots.putIfAbsent("time", t.replace('.', ':')));
    String range = slots.getOrDefault("time_range", "");
    if (!slots.containsKey("time") && range.matches("\\d{1,2}:\\d{2}.*")) {
      slots.put("time", range.replaceFirst("^(\\d{1,2}:\\d{2}).*$", "$1"));
    }
    if (slots.containsKey("what")) {
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
    Matcher reported = REPORTED.matcher(text);
    if (reported.find()) {
      String role = reported.group(1).strip();
      slots.put("reporter", reported.group(2) + (role.isEmpty() ? "" : ", " + role));
      stated.add(reported.group());
    }
    return stated;
  }

  private static void put(Pattern p, String text, String slot, Map<String, String> slots, List<String> stated) {
    Matcher m = p.matcher(text);
    if (m.find()) {
      // "First aid given by Priya Shah. The trolley …": a name ends at its full stop.
      String value = Abbreviations.restore(m.group(1).strip());
      value = FactExtractor.cleaned(value).orElse(value);
      slots.putIfAbsent(slot, slot.equals("cause") ? "that " + SlotFiller.lowerStart(value) : SlotFiller.capitalise(value));
      stated.add(m.group(1));
    }
  }

  private static java.util.Optional<String> find(Pattern p, String text, int group) {
    Matcher m = p.matcher(text);
    return m.find() ? java.util.Optional.of(m.group(group)) : java.util.Optional.empty();
  }
}
