package dev.docgen.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts that a few kinds of document use, read beside {@link FactExtractor}'s parties and dates: a trip's
 * legs and hotel, a lesson's class, a grant's applicant and aim, an onboarding buddy, a course's instructor,
 * an e-mail address. Each pattern is a {@link Cue}, so that a request without its words costs nothing.
 */
final class DetailFacts {
  // A trip's legs and stay: "fly Manchester to Lisbon on 2 April 2027 on TAP TP1319 at 06:05", "arrive Haneda 15:40",
  // "fly back on 4 April at 18:30", "check in at the Park Hyatt", "stay at the Memmo Alfama for two nights".
  private static final String PLACE = "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2}";
  private static final String DAY = "\\d{1,2}\\s+\\p{L}{3,9}(?:\\s+\\d{4})?";
  private static final String CLOCK = "\\d{1,2}[:.]\\d{2}|\\d{1,2}\\s?(?:am|pm)";
  private static final Cue OUTBOUND = Cue.of("(?u)\\b(?i:fly|flying|flies|take the train|travel)\\s+(?:(?i:out)\\s+)?(?:(?i:from)\\s+)?(" + PLACE
      + ")\\s+(?i:to)\\s+(" + PLACE + ")(?:\\s+(?i:on)\\s+(" + DAY + "))?(?:\\s+(?i:on|with)\\s+((?:\\p{L}[\\w-]*\\s+)?(?:[A-Z]{2}|[A-Z]\\d|\\d[A-Z])\\s?\\d{1,4}))?"
      + "(?:\\s+(?i:at)\\s+(" + CLOCK + "))?", List.of("fly", "flies", "flying", "train", "travel"));
  private static final Cue ARRIVAL = Cue.of("(?u)\\b(?i:arrive|arrives|arriving|land|landing)\\s+(?:(?i:at|in)\\s+)?(" + PLACE + ")\\s+(?:(?i:at)\\s+)?("
      + CLOCK + ")", List.of("arriv", "land"));
  private static final Cue RETURN_LEG = Cue.of("(?u)\\b(?i:fly|flying|train|travel)\\s+(?i:back|home)(?:\\s+(?i:from)\\s+(" + PLACE + "))?"
      + "(?:\\s+(?i:on)\\s+(" + DAY + "))?(?:\\s+(?i:at)\\s+(" + CLOCK + "))?", List.of("back", "home"));
  private static final Cue HOTEL = Cue.of("(?u)\\b(?i:check(?:ing)?\\s+in\\s+at|stay(?:ing)?\\s+at|booked\\s+into|hotel:?)\\s+(?:the\\s+)?(" + PLACE
      + ")(?:\\s+(?i:for)\\s+(\\w+)\\s+(?i:nights?))?", List.of("check", "stay", "booked", "hotel"));
  private static final Cue DESTINATION = Cue.of("(?u)\\b(?i:trip|visit|travel|journey|itinerary|flights?)\\s+(?i:to)\\s+(" + PLACE + ")",
      List.of("trip", "visit", "travel", "journey", "itinerary", "flight"));

  // "meet her buddy Steve", "buddy: Jess", "Steve as her buddy".
  private static final Cue BUDDY = Cue.of("(?u)\\b(?i:buddy|mentor|pate|patin|parrain|marraine|padrino|madrina)(?:\\s+(?i:is|will be))?[:\\s]+"
      + "(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?)", List.of("buddy", "mentor", "pate", "patin", "parrain", "marraine", "padrino",
      "madrina"));
  // "We're Code Rochdale CIC, founded in 2019": who applies, and since when; "to run free coding clubs for 200 young
  // people": what a grant or a project is for.
  private static final Cue APPLICANT = Cue.of("(?u)\\b(?i:we're|we’re|we are)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}&'’.\u2024-]*(?:\\s+\\p{Lu}[\\p{L}&'’.\u2024-]*){0,4})",
      List.of("we're", "we’re", "we are"));
  private static final Cue FOUNDED = Cue.of("(?iu)\\b(?:founded|established|set up|formed|gegründet|fondée?|fundada?|opgericht)\\s+(?:in\\s+|en\\s+|im jahr\\s+)?((?:19|20)\\d{2})\\b",
      List.of("founded", "established", "set up", "formed", "gegründet", "fondé", "fundad", "opgericht"));
  private static final Cue AIM = Cue.of("(?iu)\\bto\\s+(run|deliver|fund|set up|expand|provide|create|build|launch|start|pilot|develop|"
      + "offer|hold|open|train|support)\\s+([^.;!?]{6,90})", List.of("to run", "to deliver", "to fund", "to set up", "to expand",
      "to provide", "to create", "to build", "to launch", "to start", "to pilot", "to develop", "to offer", "to hold", "to open",
      "to train", "to support"));
  // "taught by Dr Ewa Kowalska", "Instructor: …", "Lecturer: …".
  private static final Cue INSTRUCTOR = Cue.of("(?u)\\b(?i:taught by|led by|delivered by|lecturer:?|instructor:?|tutor:?|teacher:?)\\s+"
      + "((?:(?:Dr|Prof|Mr|Ms|Mrs)[.\u2024]?\\s)?\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,2})", List.of("taught", "led by", "delivered",
      "lecturer", "instructor", "tutor", "teacher"));
  // The first e-mail address: a press contact, a place to send requests.
  private static final Cue EMAIL = Cue.of("(?u)\\b([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)\\b", List.of("@"));
  // A lesson's class, school subject and number of students: "a Year 8 science lesson", "28 students".
  private static final Cue CLASS_GROUP = Cue.of("(?iu)\\b((?:year|grade|klasse|jahrgangsstufe|groep|curso)\\s+\\d{1,2}[a-f]?"
      + "|\\d{1,2}(?:e|ème)\\s+année|\\d{1,2}[º°]\\s+(?:de\\s+)?(?:eso|primaria|bachillerato))\\b",
      List.of("year", "grade", "klasse", "jahrgangsstufe", "groep", "curso", "année", "eso", "primaria", "bachillerato"));
  private static final Cue SCHOOL_SUBJECT = Cue.of("(?iu)\\b(science|maths|mathematics|math|english|history|geography|physics|"
      + "chemistry|biology|french|spanish|german|art|music|pe|computing|computer science|drama|economics|religious education|"
      + "design and technology|citizenship|latin)\\s+(?:lesson|class|unit|module|session)s?\\b",
      List.of("lesson", "class", "unit", "module", "session"));
  // An event's numbers: "250 guests", "120 Gäste", "80 invités".
  private static final Cue GUESTS = Cue.of("(?iu)\\b\\d{1,3}(?:,\\d{3})?\\s+(?:guests|attendees|delegates|visitors|"
      + "gäste|teilnehmende|teilnehmer|invités|participants|invitados|asistentes|gasten|deelnemers)\\b",
      List.of("guest", "attendee", "delegate", "visitor", "gäste", "teilnehm", "invités", "participant", "invitados", "asistentes",
          "gasten", "deelnemer"));
  private static final Cue STUDENTS = Cue.of("(?iu)\\b(\\d{1,3})\\s+(?:students|pupils|learners|schülerinnen und schüler|schüler|"
      + "élèves|alumnos|estudiantes|leerlingen)\\b", List.of("student", "pupil", "learner", "schüler", "élève", "alumno", "estudiante",
      "leerling"));

  // "Tuesdays 14:00–16:00": the days a class or a shift repeats on.
  private static final Cue WEEKDAYS = Cue.of("(?u)\\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days|(?i:every)\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\b",
      List.of("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "every"));

  // A job's terms: "part-time", "nights, 4 on 4 off".
  private static final Cue EMPLOYMENT = Cue.of("(?iu)\\b(part-time|full-time|part time|full time|fixed-term|temporary|permanent|"
      + "teilzeit|vollzeit|befristet|unbefristet|temps partiel|temps plein|cdi|cdd|media jornada|jornada completa|deeltijd|voltijd)\\b",
      List.of("part-time", "full-time", "part time", "full time", "fixed-term", "temporary", "permanent", "teilzeit", "vollzeit",
      "befristet", "temps partiel", "temps plein", "cdi", "cdd", "jornada", "deeltijd", "voltijd"));
  private static final Cue SHIFTS = Cue.of("(?iu)\\b((?:nights|night shifts?|days|day shifts?|earlies|lates|weekends)(?:,\\s*\\d\\s+on\\s+\\d\\s+off)?"
      + "|\\d\\s+on\\s+\\d\\s+off)\\b", List.of(" off", "night", "shift", "earlies", "lates", "weekends"));

  // "gives Priya Shah the authority to run it": who runs a project.
  private static final Cue AUTHORITY = Cue.of("(?u)\\b(?i:gives?|giving|grants?|granting)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,2})"
      + "\\s+(?i:the\\s+)?(?i:authority|mandate)", List.of("authority", "mandate"));

  // "Sponsor is our CEO, Mark Jensen", "kicks off our website redesign", "launch target is end of May 2027".
  private static final Cue SPONSOR_IS = Cue.of("(?u)\\b(?i:sponsor|project sponsor|executive sponsor)\\s+(?i:is|will be)\\s+(?:(?i:our|the)\\s+)?"
      + "(?:([A-Z]{2,5}|\\p{Lu}[\\p{L} ]{2,30}?),\\s*)?(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,2})", List.of("sponsor"));
  private static final Cue KICKS_OFF = Cue.of("(?iu)\\b(?:kicks?\\s+off|kicking\\s+off|launch(?:es)?|starts?)\\s+(?:our|the)\\s+"
      + "([\\p{L} -]{3,40}?)(?=\\s+and\\b|[,.;?!]|$)", List.of("kick", "launch", "start"));
  private static final Cue TARGET = Cue.of("(?iu)\\btarget(?:\\s+date)?\\s+(?:is|of)\\s+((?:the\\s+)?end of\\s+\\p{L}+\\s+\\d{4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}"
      + "|\\p{L}+\\s+\\d{4})", List.of("target"));

  // "project Atlas", "week commencing 23 November 2026": what a timesheet's hours are booked to, and when.
  private static final Cue PROJECT = Cue.of("(?u)\\b(?i:project|cost centre|cost center|projekt|projet|proyecto)\\s+(\\p{Lu}[\\p{L}\\d-]+)\\b(?!\\s+\\p{Lu})",
      List.of("project", "cost cent", "projekt", "projet", "proyecto"));
  private static final Cue WEEK_COMMENCING = Cue.of("(?iu)\\b(week\\s+(?:commencing|beginning|starting)\\s+\\d{1,2}\\s+\\p{L}+(?:\\s+\\d{4})?)",
      List.of("week"));

  private DetailFacts() {}

  /** Adds the details {@code t} gives to {@code facts}. */
  static void read(Cue.Text t, Map<String, Object> facts) {
    EMAIL.find(t).ifPresent(m -> facts.put("email", m.group(1)));
    legs(t, facts);
    APPLICANT.find(t).map(m -> m.group(1)).flatMap(FactExtractor::cleaned).ifPresent(a -> facts.put("applicant", a));
    FactExtractor.first(FOUNDED, t).ifPresent(f -> facts.put("founded", f));
    AIM.find(t).ifPresent(m -> facts.put("aim", m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).strip()));
    FactExtractor.first(BUDDY, t).ifPresent(b -> facts.put("buddy", b));
    FactExtractor.first(INSTRUCTOR, t).ifPresent(b -> facts.put("instructor", b));
    FactExtractor.first(CLASS_GROUP, t).ifPresent(c -> facts.put("class", SlotFiller.capitalise(c)));
    FactExtractor.first(SCHOOL_SUBJECT, t).ifPresent(c -> facts.put("school_subject", SlotFiller.capitalise(c)));
    EMPLOYMENT.find(t).ifPresent(m -> facts.put("employment_type", SlotFiller.capitalise(m.group(1).toLowerCase(Locale.ROOT))));
    SHIFTS.find(t).filter(m -> m.group(1).matches("(?iu).*(?:\\d|night|shift|earl|late).*"))
        .ifPresent(m -> facts.put("shift_pattern", SlotFiller.capitalise(m.group(1))));
    AUTHORITY.find(t).ifPresent(m -> facts.putIfAbsent("manager", m.group(1)));
    SPONSOR_IS.find(t).ifPresent(m -> facts.putIfAbsent("sponsor", m.group(2) + (m.group(1) == null ? "" : " (" + m.group(1) + ")")));
    KICKS_OFF.find(t).ifPresent(m -> facts.put("project_name", m.group(1).strip()));
    FactExtractor.first(TARGET, t).ifPresent(d -> facts.put("target_date", d.replaceFirst("^the\\s+", "")));
    FactExtractor.first(PROJECT, t).ifPresent(p -> facts.putIfAbsent("project", p));
    FactExtractor.first(WEEK_COMMENCING, t).ifPresent(w -> facts.put("week", SlotFiller.capitalise(w)));
    WEEKDAYS.find(t).ifPresent(m -> facts.put("weekdays", m.group(1)));
    FactExtractor.first(STUDENTS, t).ifPresent(c -> facts.put("students", c));
    GUESTS.find(t).ifPresent(m -> facts.put("guests", m.group().strip()));
  }

  /** A trip's outbound and return legs, and where the traveller stays. */
  private static void legs(Cue.Text t, Map<String, Object> facts) {
    OUTBOUND.find(t).ifPresent(m -> {
      facts.put("out_from", m.group(1));
      facts.put("out_to", m.group(2));
      put(facts, "out_date", m.group(3));
      put(facts, "out_carrier", m.group(4));
      put(facts, "out_departs", m.group(5));
    });
    ARRIVAL.find(t).ifPresent(m -> {
      facts.putIfAbsent("out_to", m.group(1));
      facts.put("out_arrives", m.group(2));
    });
    RETURN_LEG.find(t).ifPresent(m -> {
      put(facts, "back_from", m.group(1));
      put(facts, "back_date", m.group(2));
      put(facts, "back_departs", m.group(3));
    });
    HOTEL.find(t).ifPresent(m -> {
      facts.put("hotel", m.group(1));
      put(facts, "nights", m.group(2));
    });
    DESTINATION.find(t).or(() -> TRIP_OF.find(t)).ifPresent(m -> facts.put("destination", m.group(1)));
    // "BA982 dep London Heathrow 08:20 arr Berlin BER 11:05": a flight as a booking shows it, out first, then back.
    Matcher flight = FLIGHT.matcher(t.text());
    for (String leg : List.of("out", "back")) {
      if (!flight.find()) {
        break;
      }
      facts.putIfAbsent(leg + "_carrier", flight.group(1));
      facts.putIfAbsent(leg + "_from", flight.group(2).strip());
      facts.putIfAbsent(leg + "_departs", flight.group(3));
      facts.putIfAbsent(leg + "_to", flight.group(4).strip());
      facts.putIfAbsent(leg + "_arrives", flight.group(5));
    }
    TRAVELLER.find(t).ifPresent(m -> facts.putIfAbsent("traveller", m.group(1)));
    Matcher lead = NAME_LEAD.matcher(t.text());
    if (lead.lookingAt()) {
      facts.putIfAbsent("traveller", lead.group(1));
      facts.putIfAbsent("destination", lead.group(2));
    }
  }

  private static final Cue TRIP_OF = Cue.of("(?u)\\b(?i:his|her|their|my|our|the|a)\\s+(" + PLACE + ")\\s+(?i:trip|visit)\\b",
      List.of("trip", "visit"));
  private static final Pattern FLIGHT = Pattern.compile("(?u)\\b((?:[A-Z]{2}|[A-Z]\\d|\\d[A-Z])\\s?\\d{2,4})\\s+"
      + "(?:(?i:dep(?:arts?|arting)?\\.?|from)\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}?(?:T\\d\\s+)?)(?:(?i:dep(?:arts?)?\\.?|at)\\s+)?"
      + "(\\d{1,2}[:.]\\d{2})\\s*,?\\s*(?i:arr(?:ives?|iving)?\\.?|to)\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}?)(?:(?i:at)\\s+)?"
      + "(\\d{1,2}[:.]\\d{2})");
  // "Sarah Lindqvist, Berlin 3–5 December 2025. …": a request that opens with a name and a trip.
  private static final Pattern NAME_LEAD = Pattern.compile("(?u)^((?:Dr[.\u2024]?\\s|Mr[.\u2024]?\\s|Ms[.\u2024]?\\s|Mrs[.\u2024]?\\s)?"
      + "\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){1,2}),\\s+(\\p{Lu}\\p{L}+)\\s+\\d");
  private static final Cue TRAVELLER = Cue.of("(?u)\\b(?i:itinerary|trip|travel plan|schedule)\\s+(?i:for)\\s+"
      + "((?:Dr[.\u2024]?\\s|Mr[.\u2024]?\\s|Ms[.\u2024]?\\s|Mrs[.\u2024]?\\s)?\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,2}"
      + "(?:\\s*\\([^)]{2,40}\\))?)", List.of("itinerary", "trip", "travel", "schedule"));

  private static void put(Map<String, Object> facts, String key, String value) {
    if (value != null && !value.isBlank()) {
      facts.put(key, value.strip());
    }
  }

}
