package dev.docgen.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts of a request in their roles, under the catalogue's slot names (docs/kinds.md):
 * who sends and who receives, the parties of an order, a meeting's chair and attendees, an offer's
 * candidate, role and salary, the dates in their roles, the time of day, the place, the purpose,
 * and the lists a request gives (attendees, decisions, actions, sections, bullet points).
 */
final class FactExtractor {
  // A name or role: capitalised words, or a lower-case role phrase after "the".
  private static final String PARTY = "((?:the\\s+)?(?:\\p{Lu}[\\p{L}&'’.-]*|[A-Z]{2,}|of|and|de|van|von|der|du|la|le)"
      + "(?:\\s+(?:\\p{Lu}[\\p{L}&'’.-]*|[A-Z]{2,}|&|of|and|de|van|von|der|du|la|le)){0,5})";
  private static final String STOP = "(?=$|[,.;:!?()]|\\s+(?:to|from|for|on|at|in|about|regarding|by|with|and|who|"
      + "announcing|saying|that|starting|as|re|chaired|attended|dated|held|starting|effective|until|before|after)\\b)";
  private static final Pattern SENDER = Pattern.compile(
      "(?u)\\b(?iu:from|sent by|signed by|von|de la part de|de parte de|namens)\\s+(?:the\\s+|our\\s+)?"
          + "((?:\\p{Lu}[\\p{L}'’.-]*|[A-Z]{2,}|head of \\w+|\\w+ (?:manager|director|lead|team|department))"
          + "(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|[A-Z]{2,}|of|and)){0,4})" + STOP);
  private static final Pattern RECIPIENT = Pattern.compile(
      "(?u)\\b(?iu:memo|letter|note|email|message|memorandum|notice|announcement|mitteilung|brief|lettre|carta|"
          + "write|writing|send|sent|addressed)\\s+(?:\\w+\\s+){0,4}?(?:to|an|à|aan)\\s+((?:the\\s+|all\\s+|our\\s+)?"
          + "(?:\\p{Lu}[\\p{L}'’&.-]*|(?iu:all|every|each|staff|employees|everyone|colleagues|team|heads|managers|"
          + "customers|clients|parents|members|residents|tenants|suppliers|volunteers|students|department|"
          + "shareholders|investors|board|directors|partners|my|our|the|mitarbeiter|alle|tous|todos|iedereen))"
          + "(?:\\s+(?!(?:about|regarding|on|from|announcing|that|to|for|with|by|confirming|"
          + "explaining|asking|telling|informing)\\b)[\\p{L}'’&.-]+){0,3})" + STOP);
  // "memo all staff: …", "Let everyone in the Glasgow office know …"
  private static final Pattern RECIPIENT_BARE = Pattern.compile(
      "(?iu)\\b(?:memo|note|notice|email|announcement)\\s+((?:all|every)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)(?=\\s*[:,.;]|\\s+(?:about|re|on)\\b)");
  private static final Pattern LET_KNOW = Pattern.compile(
      "(?iu)\\blet\\s+((?:everyone|everybody|all|the|our)\\b[^,.;:]{0,40}?)\\s+know\\b");
  private static final Pattern CHAIR = Pattern.compile(
      "(?u)\\b(?iu:chaired by|chair(?:ed)?:|chairperson:?|chairman:?|chairwoman:?|vorsitz:?|présidée? par|presidida por|"
          + "voorzitter:?)\\s+" + PARTY);
  private static final Pattern CHAIR_AFTER = Pattern.compile("(?u)" + PARTY + "\\s+(?:\\(chair\\)|chairing|in the chair)");
  private static final Pattern LIST_CUE = Pattern.compile(
      "(?iu)\\b(apologies|absent|entschuldigt|excusés|ausentes|afwezig|attendees|attending|attended by|present|participants|teilnehmer(?:innen)?|anwesend|participants|"
          + "présents|asistentes|aanwezig|deelnemers|decisions?(?: made)?|decided|agreed|beschlüsse|décisions|"
          + "decisiones|besluiten|actions?(?: items?)?|next steps|aufgaben|maßnahmen|actions à mener|acciones|"
          + "actiepunten|sections?|abschnitte|rubriques|secciones|secties|onderdelen)\\s*(?::|-|—|were|was|are|include)\\s*"
          + "((?:[^.;\\n]|\\.(?=\\d))+(?:;(?:[^.;\\n]|\\.(?=\\d))+)*)");
  private static final Pattern TIME_RANGE = Pattern.compile(
      "(?iu)\\b(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|uhr|h)?\\s*(?:-|–|—|to|until|till|bis|à|a|tot)\\s*"
          + "(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|uhr|h)?\\b");
  private static final Pattern LOCATION = Pattern.compile(
      "(?u)\\b(?iu:in|at|im|in der|à|en|op|venue:?|location:?|ort:?|lieu:?|lugar:?|locatie:?)\\s+(?:our\\s+|their\\s+|unser(?:em|er)?\\s+|notre\\s+|nuestr[ao]\\s+|ons\\s+|onze\\s+)?((?:the\\s+)?"
          + "(?:(?:room|meeting room|board ?room|conference room|raum|salle|sala|zaal)\\s+[\\p{L}\\d.-]+|"
          + "\\p{Lu}\\p{L}*(?:room|hall|zimmer|saal)\\b|"
          + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s+(?:office|room|hall|centre|center|building|"
          + "campus|site|hotel|warehouse|plant|headquarters|HQ|büro|saal)|[\\p{L}\\d .-]+ (?:room|boardroom))"
          + "|(?iu:zoom|microsoft teams|teams|google meet|webex))\\b");
  private static final Pattern CITY_AFTER_VERB = Pattern.compile(
      "(?u)\\b(?:ship(?:ped|ping)? to|deliver(?:ed|y)? to|travel(?:ling)? to|trip to|visit to|held in|takes place in|"
          + "in)\\s+(\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+)?)");
  // "at 4 Castle Street, Exeter", "14 Queen Square, BS1 4NT"
  private static final Pattern ADDRESS = Pattern.compile(
      "(?u)\\b(?:(?iu:at|in|to|an|à|en|op|aan)\\s+)?(\\d{1,4}[a-z]?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}"
          + "(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Square|Sq|Place|Pl|Way|Drive|Dr|Close|Court|Crescent|Terrace|Row|"
          + "Hill|Park|Gardens|Walk|Yard|Quay|Wharf)\\b\\.?(?:,\\s*(?:\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)?)");
  // "at the Hilton Birmingham Metropole", "the Biscuit Factory, Bermondsey"
  private static final Pattern VENUE = Pattern.compile(
      "(?u)\\b(?iu:at|in|im|dans|en|op)\\s+(?:the\\s+|The\\s+)?(\\p{Lu}[\\p{L}'’&-]*(?:\\s+\\p{Lu}[\\p{L}'’&-]*){1,4}"
          + "(?:,\\s*\\p{Lu}[\\p{L}'’-]+)?)");
  private static final Pattern WEEKDAY_TAIL = Pattern.compile(
      "(?iu)\\s*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|"
          + "freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
          + "viernes|sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\.?,?\\s*(?:the\\s+)?$");
  private static final Pattern SALARY = Pattern.compile(
      "(?iu)(?:salary|gehalt|salaire|salario|salaris)\\s+(?:of\\s+|von\\s+|de\\s+|van\\s+)?(" + amountPattern() + ")|("
          + amountPattern() + ")\\s*(?:a year|per year|per annum|p\\.a\\.|annual|a month|per month|an hour|per hour|"
          + "a week|per week|brutto|jährlich|pro stunde|par an|de l'heure|al año|por hora|per jaar|per uur)");
  private static final Pattern ROLE = Pattern.compile(
      "(?u)\\b(?iu:as (?:a |an |our |the )?(?:new )?|for the (?:role|position|post) of |the (?:role|position|post) of |"
          + "als |comme |en tant que |como |als )((?:\\p{Lu}[\\p{L}-]*|senior|junior|lead|head|chief|principal|staff)"
          + "(?:\\s+(?:\\p{L}[\\p{L}-]*)){0,4}?)" + STOP);
  private static final Pattern ROLE_HIRING = Pattern.compile(
      "(?iu)\\b(?:hiring|recruiting|looking for|need|seeking)\\s+(?:a|an)\\s+(?:new\\s+)?((?:part-time\\s+|full-time\\s+)?"
          + "[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?)\\s+(?:for|at|to|in|on|who)\\b");
  private static final Pattern ROLE_BEFORE = Pattern.compile(
      "(?iu)\\b(?:for|the)\\s+((?:senior |junior |lead |head |principal |staff )?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3})\\s+"
          + "(?:role|position|post|job|vacancy)\\b");
  private static final Map<String, Pattern> PARTY_CUES = partyCues();
  private static final Map<String, Pattern> DATE_CUES = dateCues(
      "dated", Pattern.compile("(?iu)\\b(?:dated|datiert(?: vom)?|daté du|fechad[ao] el|gedateerd)\\s*$"),
      "start_date", Pattern.compile("(?iu)\\b(?:start(?:ing|s)?(?: on| date:?| from)?|from|joining on|beginning|commencing|"
          + "effective(?: from)?|ab|ab dem|à partir du|a partir del|vanaf|per)\\s*$"),
      "end_date", Pattern.compile("(?iu)\\b(?:last (?:working )?day(?: is| will be| on| of)?|until|till|through|ending|"
          + "end(?:s|ing)? on|bis|jusqu'au|hasta|tot en met|tot)\\s*$"),
      "due_date", Pattern.compile("(?iu)\\b(?:by|due(?: on| by)?|deadline:?|no later than|spätestens|avant le|antes del|uiterlijk)\\s*$"),
      "valid_until", Pattern.compile("(?iu)\\b(?:valid (?:until|till|through)|gültig bis|valable jusqu'au|válido hasta|"
          + "geldig tot)\\s*$"),
      "event_date", Pattern.compile("(?iu)\\b(?:on|held on|dated|of|meeting on|am|le|el|op|vom|du|del|for)\\s*(?:the\\s+)?$"));

  // A full stop and a space end a name, unless it closes an abbreviation ("Dr. Ana Ruiz", "Acme Ltd. board").
  private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:Dr|Mr|Ms|Mrs|St|Prof|Ltd|Inc|Co|Corp|Jr|Sr))\\.\\s.*$");

  private FactExtractor() {}

  /** Cues in the order they are tried: the first that matches the words before a date gives its role. */
  private static Map<String, Pattern> dateCues(Object... pairs) {
    Map<String, Pattern> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Pattern) pairs[i + 1]);
    }
    return m;
  }

  private static String amountPattern() {
    return "(?:[$€£¥]\\s?\\d[\\d,.]*(?:\\s?(?:k|m|million))?|\\d[\\d,.]*\\s?(?:USD|EUR|GBP|CHF|€|euros?|pounds|dollars))";
  }

  private static Map<String, Pattern> partyCues() {
    Map<String, Pattern> m = new LinkedHashMap<>();
    m.put("ship_to", Pattern.compile("(?u)\\b(?iu:ship(?:ped)? to|deliver(?:ed)? to|delivery to|ship-to:?|lieferung an|"
        + "livraison à|entrega en|leveren aan)\\s+(?:our\\s+)?" + PARTY));
    m.put("vendor", Pattern.compile("(?u)\\b(?iu:from supplier|supplier:?|vendor:?|from vendor|order(?:ing)? [^.]{0,60}?from|"
        + "buy(?:ing)? [^.]{0,60}?from|purchase [^.]{0,60}?from|lieferant:?|fournisseur:?|proveedor:?|leverancier:?)\\s+"
        + "(?:the\\s+)?" + PARTY));
    m.put("buyer", Pattern.compile("(?u)\\b(?iu:buyer:?|on behalf of|purchaser:?|käufer:?|acheteur:?|comprador:?|koper:?)\\s+" + PARTY));
    m.put("customer", Pattern.compile("(?u)\\b(?iu:customer:?|client:?|kunde:?|kunden|cliente:?|klant:?|to customer|"
        + "for customer|(?:invoice|quote|quotation|estimate|credit note|credit|refund|bill|rechnung|facture|factura|devis|"
        + "gutschrift|angebot|offerte|presupuesto)(?:\\s+\\S+)?\\s+(?:for|to|an|für|pour|à|para|voor|aan))\\s+(?:the\\s+)?"
        + PARTY));
    m.put("candidate", Pattern.compile("(?u)\\b(?iu:offer(?: letter)?(?: to| for)|candidate:?|offering|hire|hiring|"
        + "welcome|reference (?:letter )?for|recommend(?:ing|ation for)?|review for|appraisal for|"
        + "angebot an|für (?:die|den) kandidat(?:in)?|pour|para|voor)\\s+" + PARTY));
    m.put("sponsor", Pattern.compile("(?u)\\b(?iu:sponsor(?:ed by)?:?|executive sponsor:?|auftraggeber:?|commanditaire:?|"
        + "patrocinador:?|opdrachtgever:?)\\s+" + PARTY));
    m.put("manager", Pattern.compile("(?u)\\b(?iu:(?:project |line |hiring )?manager:?|managed by|reports? to|led by|"
        + "projektleiter(?:in)?:?|chef de projet:?|jefe de proyecto:?|projectleider:?)\\s+" + PARTY));
    m.put("requester", Pattern.compile("(?u)\\b(?iu:raised by|requested by|submitted by|requester:?|beantragt von|demandé par|"
        + "solicitado por|aangevraagd door)\\s+" + PARTY));
    m.put("owner", Pattern.compile("(?u)\\b(?iu:owner:?|owned by|verantwortlich:?|responsable:?|eigenaar:?)\\s+" + PARTY));
    m.put("employer", Pattern.compile("(?u)\\b(?iu:join(?:ing)?|at|bei|chez|en|bij)\\s+((?:\\p{Lu}[\\p{L}&'’.-]*)(?:\\s+\\p{Lu}[\\p{L}&'’.-]*){0,3}"
        + "\\s+(?:Ltd|Limited|GmbH|AG|SA|SAS|BV|plc|Inc|LLC|Corp|Group))\\b"));
    return m;
  }

  /** The facts of {@code text} (one line, spaces collapsed) and {@code raw} (as typed, for bullet lines). */
  static Map<String, Object> extract(String text, String raw, LocalDate today, List<String> people,
      List<String> organisations) {
    Map<String, Object> facts = new LinkedHashMap<>();
    first(SENDER, text).filter(FactExtractor::notDateWord).ifPresent(s -> facts.put("sender", withTitle(s, text)));
    first(RECIPIENT, text).or(() -> first(RECIPIENT_BARE, text)).or(() -> first(LET_KNOW, text))
        .filter(FactExtractor::notDateWord).ifPresent(s -> facts.put("recipient", s));
    first(CHAIR, text).or(() -> first(CHAIR_AFTER, text)).ifPresent(s -> facts.put("chair", s));
    PARTY_CUES.forEach((role, p) -> withRole(p, text).filter(FactExtractor::notDateWord)
        .filter(s -> !s.matches("(?i)(the|a|an|our|my|all|us|me)"))
        .ifPresent(s -> facts.putIfAbsent(role, s)));
    timeRange(text).ifPresent(t -> facts.put("time_range", t));
    first(ADDRESS, text).or(() -> first(LOCATION, text)).or(() -> first(VENUE, text))
        .or(() -> first(CITY_AFTER_VERB, text).filter(FactExtractor::notDateWord))
        .ifPresent(l -> facts.put("location", l));
    Matcher sal = SALARY.matcher(text);
    if (sal.find()) {
      facts.put("salary", (sal.group(1) != null ? sal.group(1) : sal.group(2)).strip());
    }
    first(ROLE, text).or(() -> first(ROLE_HIRING, text)).or(() -> first(ROLE_BEFORE, text)).filter(r -> !r.matches("(?i).*\\b(spreadsheet|pdf|docx|table|list)\\b.*"))
        .ifPresent(r -> facts.put("role", r));
    dates(text, today, facts);
    lists(text, raw, facts);
    return facts;
  }

  private static boolean notDateWord(String s) {
    return !PeriodParser.MONTHS_ONLY.matcher(s).lookingAt() && !s.matches("(?i)(monday|tuesday|wednesday|thursday|"
        + "friday|saturday|sunday|today|tomorrow|next|last|this|q[1-4]|h[12]|fy).*") && !s.matches("\\d.*");
  }

  private static final Pattern TITLE_AFTER = Pattern.compile(
      "\\s*,\\s*((?:[A-Z]{2,5}|(?:Head|Director|Chief|Manager|VP|Vice|Lead|Senior|Office|Operations|Finance|HR)\\b[^,:;.]{0,30}))"
          + "(?=\\s*[,:;.]|$)");

  /** "Karen Mills, CFO": the name with the title the request puts after it. */
  private static String withTitle(String name, String text) {
    int at = text.indexOf(name);
    if (at < 0) {
      return name;
    }
    Matcher m = TITLE_AFTER.matcher(text).region(at + name.length(), text.length());
    return m.lookingAt() ? name + ", " + m.group(1).strip() : name;
  }

  /** A party with the role the request puts after it in brackets: "Alan Reid (Director of Finance)". */
  private static Optional<String> withRole(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<String> name = first(p, text);
    Matcher role = BRACKETED_ROLE.matcher(text).region(m.end(1), text.length());
    return name.map(n -> role.lookingAt() && n.equals(m.group(1).strip()) ? n + " (" + role.group(1) + ")" : n);
  }

  private static final Pattern BRACKETED_ROLE = Pattern.compile("\\s*\\(([^()]{2,40})\\)");

  private static Optional<String> first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String v = SENTENCE_END.matcher(m.group(1)).replaceFirst("").strip().replaceFirst("^(?:the|The)\\s+(?=\\p{Lu})", "");
    return v.isEmpty() ? Optional.empty() : Optional.of(v.replaceAll("[.,;:]+$", ""));
  }

  private static Optional<String> timeRange(String text) {
    Matcher m = TIME_RANGE.matcher(text);
    while (m.find()) {
      boolean clock = m.group(2) != null || m.group(5) != null || m.group(3) != null || m.group(6) != null;
      if (!clock) {
        continue;
      }
      int h1 = hour(m.group(1), m.group(3) != null ? m.group(3) : m.group(6));
      int h2 = hour(m.group(4), m.group(6));
      if (h1 > 23 || h2 > 23 || (m.group(3) == null && m.group(6) != null && m.group(6).equalsIgnoreCase("pm") && h1 > h2)) {
        h1 = Integer.parseInt(m.group(1)) % 12 + (h1 >= 12 ? 0 : 0);
      }
      if (h1 > 23 || h2 > 23) {
        continue;
      }
      return Optional.of(String.format(Locale.ROOT, "%02d:%s–%02d:%s", h1, m.group(2) == null ? "00" : m.group(2), h2,
          m.group(5) == null ? "00" : m.group(5)));
    }
    return Optional.empty();
  }

  private static int hour(String h, String suffix) {
    int v = Integer.parseInt(h);
    if (suffix != null && suffix.equalsIgnoreCase("pm") && v < 12) {
      return v + 12;
    }
    if (suffix != null && suffix.equalsIgnoreCase("am") && v == 12) {
      return 0;
    }
    return v;
  }

  private static void dates(String text, LocalDate today, Map<String, Object> facts) {
    List<DateFinder.Found> found = DateFinder.find(text, today);
    List<String> all = new ArrayList<>();
    for (DateFinder.Found f : found) {
      all.add(f.text());
      String before = WEEKDAY_TAIL.matcher(text.substring(Math.max(0, f.start() - 40), f.start())).replaceFirst("");
      for (var cue : DATE_CUES.entrySet()) {
        if (cue.getValue().matcher(before).find() && !facts.containsKey(cue.getKey())) {
          facts.put(cue.getKey(), f.text());
          facts.put(cue.getKey() + "_iso", f.date().toString());
          break;
        }
      }
    }
    if (!found.isEmpty() && !facts.containsKey("event_date")) {
      DateFinder.Found f = found.get(0);
      boolean taken = DATE_CUES.keySet().stream().anyMatch(k -> f.text().equals(facts.get(k)));
      if (!taken) {
        facts.put("event_date", f.text());
        facts.put("event_date_iso", f.date().toString());
      }
    }
    if (!all.isEmpty()) {
      facts.put("dates", all);
    }
  }

  private static void lists(String text, String raw, Map<String, Object> facts) {
    Matcher m = LIST_CUE.matcher(text);
    while (m.find()) {
      String cue = m.group(1).toLowerCase(Locale.ROOT);
      String key = cue.matches("(?u)(apolog|absent|entschuld|excus|ausent|afwez).*") ? "apologies"
          : cue.matches("(?u)(attend|present|partic|teilneh|anwes|prés|asist|aanwez|deeln).*") ? "attendees"
          : cue.matches("(?u)(decis|decid|agreed|beschl|décis|beslui).*") ? "decisions"
          : cue.matches("(?u)(action|next|aufgab|maßn|accion|actiep).*") ? "actions" : "sections";
      if (!facts.containsKey(key)) {
        facts.put(key, split(m.group(2), !key.equals("attendees") && !key.equals("sections") && !key.equals("apologies")));
      }
    }
    List<String> bullets = new ArrayList<>();
    for (String line : raw.split("\\R")) {
      Matcher b = Pattern.compile("^\\s*(?:[-*•·–]|\\d{1,2}[.)])\\s+(.+)$").matcher(line);
      if (b.find()) {
        bullets.add(b.group(1).strip());
      }
    }
    if (!bullets.isEmpty()) {
      facts.put("bullets", bullets);
    }
  }

  /** The text without the lists it gives under a cue ("Decisions: …"), so they are not read twice. */
  static String withoutLists(String text) {
    return LIST_CUE.matcher(text).replaceAll(" ");
  }

  /** "A, B and C" or "x; y; z" (semicolons win when there are any, so "Ana to send the plan, the budget" stays one). */
  static List<String> split(String list, boolean semicolonsFirst) {
    String s = list.strip().replaceAll("[.!]+$", "");
    String[] parts = semicolonsFirst && s.contains(";") ? s.split("\\s*;\\s*")
        : s.split("\\s*[,;]\\s*(?:and\\s+|und\\s+|et\\s+|y\\s+|en\\s+)?|\\s+(?:and|und|et|y|en)\\s+(?=\\p{L})");
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String item = p.strip();
      if (!item.isEmpty()) {
        out.add(item);
      }
    }
    return out;
  }
}
