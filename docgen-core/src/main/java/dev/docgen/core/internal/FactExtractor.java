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
      + "announcing|saying|that|starting|as|re|chaired|attended|dated|held|starting|effective|until|before|after|"
      + "por|para|pour|für|avec|con|met|mit|voor|um|sur|über|sobre|over)\\b)";
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
  private static final Pattern CHAIR_AFTER = Pattern.compile("(?u)" + PARTY + "\\s+(?:\\((?iu:chair|chairing|chairperson|"
      + "présidente?|présidence|vorsitz(?:ende|ender)?|presidenta?|voorzitter)\\)|chairing|in the chair)");
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
      "(?u)(?=(?iu:[iaàeovl]))\\b(?iu:in|at|im|in der|à|en|op|venue:?|location:?|ort:?|lieu:?|lugar:?|locatie:?)\\s+(?:our\\s+|their\\s+|unser(?:em|er)?\\s+|notre\\s+|nuestr[ao]\\s+|ons\\s+|onze\\s+)?((?:the\\s+)?"
          + "(?:(?:room|meeting room|board ?room|conference room|raum|salle|sala|zaal)\\s+[\\p{L}\\d.-]+|"
          + "\\p{Lu}\\p{L}*(?:room|hall|zimmer|saal)\\b|"
          + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s+(?:office|room|hall|centre|center|building|"
          + "campus|site|hotel|warehouse|plant|headquarters|HQ|büro|saal)|[\\p{L}\\d .-]+ (?:room|boardroom))"
          + "|(?iu:zoom|microsoft teams|teams|google meet|webex)"
          // Places named by what they are: "in het clubhuis", "in the village hall", "im Vereinsheim".
          + "|(?iu:(?:het|de|das|die|the|la|le|el)\\s+)?(?iu:clubhuis|clubhouse|kantine|canteen|aula|gemeentehuis|sporthal|"
          + "village hall|church hall|community centre|community center|staff room|staffroom|vereinsheim|gemeindesaal|"
          + "salle des fêtes|salón de actos))\\b");
  private static final Pattern CITY_AFTER_VERB = Pattern.compile(
      "(?u)(?=[sdtvhi])\\b(?:ship(?:ped|ping)? to|deliver(?:ed|y)? to|travel(?:ling)? to|trip to|visit to|held in|takes place in|"
          + "in)\\s+(\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+)?)");
  // "at 4 Castle Street, Exeter", "14 Queen Square, BS1 4NT"
  private static final Pattern ADDRESS = Pattern.compile(
      "(?u)(?=\\d)\\b(\\d{1,4}[a-z]?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}"
          + "(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Square|Sq|Place|Pl|Way|Drive|Dr|Close|Court|Crescent|Terrace|Row|"
          + "Hill|Park|Gardens|Walk|Yard|Quay|Wharf)\\b\\.?(?:,\\s*(?:\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)?)");
  // "at the Hilton Birmingham Metropole", "the Biscuit Factory, Bermondsey"
  private static final Pattern VENUE = Pattern.compile(
      "(?u)(?=(?iu:[aideo]))\\b(?iu:at|in|im|dans|en|op)\\s+(?:the\\s+|The\\s+)?(\\p{Lu}[\\p{L}'’&-]*(?:\\s+\\p{Lu}[\\p{L}'’&-]*){1,4}"
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
      "(?iu)(?=[hrlns])\\b(?:hiring|recruiting|looking for|need|seeking)\\s+(?:a|an)\\s+(?:new\\s+)?((?:part-time\\s+|full-time\\s+)?"
          + "[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?)\\s+(?:for|at|to|in|on|who)\\b");
  private static final Pattern WEEKLY_HOURS = Pattern.compile("(?iu)\\b(\\d{1,2}(?:[.,]\\d{1,2})?\\s*(?:hours?|hrs?)\\s+(?:a|per)\\s+week|"
      + "\\d{1,2}(?:[.,]\\d{1,2})?\\s*(?:Stunden|Std\\.?)\\s+(?:pro|die|in der|je)\\s+Woche|\\d{1,2}(?:[.,]\\d{1,2})?\\s*heures\\s+"
      + "par\\s+semaine|\\d{1,2}(?:[.,]\\d{1,2})?\\s*horas\\s+(?:semanales|a la semana|por semana)|\\d{1,2}(?:[.,]\\d{1,2})?\\s*uur\\s+"
      + "per\\s+week)\\b");
  // "from March 2022 to October 2026": a span of months, for a reference or a contract.
  private static final String MONTH = PeriodParser.MONTHS.substring(1, PeriodParser.MONTHS.length() - 1);
  private static final Pattern MONTH_RANGE = Pattern.compile("(?iu)\\b(?:from|between|since)\\s+((?:" + MONTH
      + ")(?:\\s+(?:19|20)\\d{2})?)\\s+(?:to|until|and|till|through)\\s+((?:" + MONTH + ")\\s+(?:19|20)\\d{2})\\b");
  // "my resignation as head chef at The Anchor", "dimisión como jefa de cocina en el Restaurante La Alameda".
  private static final Pattern RESIGNING_AS = Pattern.compile("(?u)\\b(?iu:resign(?:ation)?(?: from my (?:position|role|post))? as|"
      + "(?:my|the) (?:position|role|post|job) as|dimisi[oó]n como|renuncia (?:a mi puesto )?como|mi puesto de|"
      + "d[ée]mission (?:de mon poste )?(?:de|en tant que)|mon poste de|kündigung als|meine stelle als|ontslag als|"
      + "mijn functie als)\\s+(?:(?iu:an?|the|un|une|una|el|la|le)\\s+)?(\\p{L}[\\p{L}-]*(?:\\s+(?!(?iu:at|in|en|bei|chez|bij|with|con|"
      + "avec|met|from|effective|and|y|et|und|en)\\b)[\\p{L}-]+){0,3})(?:\\s+(?iu:at|en(?: el| la)?|in|bei(?: der| dem)?|chez|bij|with|"
      + "con)\\s+((?:the\\s+|The\\s+)?\\p{Lu}[\\p{L}&'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}&'’.-]*|de|del|la|of|&)){0,5}))?(?=[,.;:]|\\s|$)");
  // "Va dirigida a la gerente, Marta Jiménez", "addressed to the landlord, Mr Reid".
  private static final Pattern ADDRESSED_TO = Pattern.compile("(?u)\\b(?iu:addressed to|dirigida a|dirigido a|adress[ée]e? à|"
      + "gerichtet an|gericht aan)\\s+(?:(?iu:the|la|el|le|die|den|de|het)\\s+)?(?:[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?,?\\s+)?"
      + "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})");
  // "She worked for me at Ashby Legal from March 2022 to October 2026 as a paralegal".
  private static final Pattern WORKED_AS = Pattern.compile("(?iu)\\b(?:worked|served|was employed|arbeitete|a travaillé|trabajó|"
      + "werkte)\\b[^.;]{0,90}?\\b(?:as|als|comme|como)\\s+(?:an?\\s+|our\\s+|un\\s+|une\\s+|una?\\s+)?"
      + "([\\p{L}-]+(?:\\s+(?!(?:and|from|at|for|until|since|in|with|on)\\b)[\\p{L}-]+){0,2})(?=\\s*[,.;]|\\s+(?:and|from|at|for|"
      + "until|since|in|with|on)\\b|$)");
  // "It's for a trainee solicitor post at Marlow & Pike": the post a reference supports.
  private static final Pattern APPLIED_FOR = Pattern.compile("(?u)\\b(?iu:it'?s for|it is for|applying for|applied for|"
      + "application for|for)\\s+((?iu:a|an|the)\\s+[\\p{L} -]{3,40}?\\s+(?iu:post|role|position|job|vacancy)"
      + "(?:\\s+(?iu:at|with)\\s+\\p{Lu}[\\p{L}&'’.-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}&'’.-]*){0,3})?)");

  private static final Pattern ROLE_BEFORE = Pattern.compile(
      "(?iu)(?=[ft])\\b(?:for|the)\\s+((?:senior |junior |lead |head |principal |staff )?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3})\\s+"
          + "(?:role|position|post|job|vacancy)\\b");
  private static final Map<String, Pattern> PARTY_CUES = partyCues();
  // Words one of which a cue needs, checked on the lower-cased request before its pattern runs: most requests name
  // two or three roles, and ten unicode-aware patterns over every position of every request are the reader's main cost.
  private static final Map<String, List<String>> PARTY_GATES = Map.of(
      "ship_to", List.of("ship", "deliver", "lieferung", "livraison", "entrega", "leveren"),
      "vendor", List.of("supplier", "vendor", "from", "lieferant", "fournisseur", "proveedor", "leverancier", "bei",
          "commande", "pedido", "bestelling"),
      "buyer", List.of("buyer", "behalf", "purchaser", "käufer", "acheteur", "comprador", "koper"),
      "sponsor", List.of("sponsor", "auftraggeber", "commanditaire", "patrocinador", "opdrachtgever"),
      "manager", List.of("manager", "managed by", "reports to", "report to", "led by", "projektleiter", "chef de projet",
          "jefe de proyecto", "projectleider"),
      "requester", List.of("raised by", "requested by", "submitted by", "requester", "beantragt", "demandé", "solicitado",
          "aangevraagd"),
      "owner", List.of("owner", "owned by", "verantwortlich", "responsable", "eigenaar"),
      "customer", List.of("customer", "client", "kunde", "klant", "invoice", "quot", "estimate", "credit", "refund", "bill",
          "rechnung", "factur", "devis", "gutschrift", "angebot", "offerte", "presupuesto"),
      "candidate", List.of("offer", "candidate", "hire", "hiring", "welcome", "reference", "recommend", "review for",
          "appraisal for", "angebot", "kandidat", "pour", "para", "voor"));
  private static final List<String> CHAIR_GATE = List.of("chair", "vorsitz", "présid", "presid", "voorzitter");
  private static final List<String> SENDER_GATE = List.of("from", "sent by", "signed by", "von", "part de", "namens");
  private static final List<String> RECIPIENT_GATE = List.of("memo", "letter", "note", "email", "message", "notice",
      "announcement", "mitteilung", "brief", "lettre", "carta", "writ", "send", "sent", "addressed", "know");
  // ROLE only: ROLE_HIRING and ROLE_BEFORE are short and run whenever ROLE finds nothing.
  private static final List<String> ROLE_GATE = List.of("as ", "role", "position", "post", "als ", "comme", "en tant que",
      "como");
  private static final List<String> HIRING_GATE = List.of("hiring", "recruiting", "looking for", "need", "seeking");
  private static final List<String> POST_GATE = List.of("role", "position", "post", "job", "vacancy");
  private static final Pattern NOT_A_ROLE = Pattern.compile("(?i)\\b(spreadsheet|pdf|docx|table|list)\\b");
  // The employer's legal form, as written (the cue is case-sensitive there).
  private static final List<String> LEGAL_FORMS = List.of("Ltd", "Limited", "GmbH", "AG", "SA", "BV", "plc", "Inc", "LLC",
      "Corp", "Group");
  // The words a list cue starts with.
  private static final List<String> LIST_GATE = List.of("apolog", "absent", "entschuldigt", "excus", "ausentes", "afwezig",
      "attend", "present", "particip", "teilnehmer", "anwesend", "présents", "asistentes", "aanwezig", "deelnemers",
      "decision", "decided", "agreed", "beschlüsse", "décisions", "decisiones", "besluiten", "action", "next steps",
      "aufgaben", "maßnahmen", "acciones", "actiepunten", "section", "abschnitte", "rubriques", "secciones", "secties",
      "onderdelen");
  private static final Map<String, Pattern> DATE_CUES = dateCues(
      "dated", Pattern.compile("(?iu)\\b(?:dated|datiert(?: vom)?|daté du|fechad[ao] el|gedateerd)\\s*$"),
      "start_date", Pattern.compile("(?iu)\\b(?:start(?:ing|s)?(?: on| date:?| from)?|from|joining on|beginning|commencing|"
          + "effective(?: from)?|ab|ab dem|à partir du|a partir del|vanaf|per)\\s*$"),
      "end_date", Pattern.compile("(?iu)\\b(?:last (?:working )?day(?: is| will be| on| of)?|último día(?: de trabajo)?"
          + "(?: será| es)?(?: el)?|dernier jour(?: de travail)?(?: sera| est)?(?: le)?|letzter (?:Arbeits)?tag(?: ist| wird)?"
          + "(?: der| am)?|laatste (?:werk)?dag(?: is| wordt)?(?: op)?|until|till|through|ending|"
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
    m.put("ship_to", Pattern.compile("(?u)\\b(?iu:ship(?:ped)? to|deliver(?:ed)? to|delivery to|ship-to:?|lieferung(?: frei haus)? an|"
        + "livraison à|entrega en|leveren aan)\\s+(?:our\\s+)?" + PARTY));
    m.put("vendor", Pattern.compile("(?u)\\b(?iu:from supplier|supplier:?|vendor:?|from vendor|order(?:ing)? [^.]{0,60}?from|"
        + "buy(?:ing)? [^.]{0,60}?from|purchase [^.]{0,60}?from|lieferant:?|fournisseur:?|proveedor:?|leverancier:?|"
        + "bestellung bei|bestellen bei|commande (?:auprès de|chez)|pedido a|bestelling bij)\\s+(?:der\\s+|dem\\s+|den\\s+)?"
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

  /**
   * The facts of {@code text} (one line, spaces collapsed) and {@code raw} (as typed, for bullet lines);
   * {@code found} holds the dates {@link DateFinder} found in {@code text}.
   */
  static Map<String, Object> extract(String text, String raw, List<DateFinder.Found> found) {
    Map<String, Object> facts = new LinkedHashMap<>();
    String lower = text.toLowerCase(Locale.ROOT);
    boolean digits = text.chars().anyMatch(Character::isDigit);
    if (any(lower, SENDER_GATE)) {
      first(SENDER, text).filter(FactExtractor::notDateWord).ifPresent(s -> facts.put("sender", withTitle(s, text)));
    }
    if (any(lower, RECIPIENT_GATE)) {
      first(RECIPIENT, text).or(() -> first(RECIPIENT_BARE, text)).or(() -> first(LET_KNOW, text))
          .filter(FactExtractor::notDateWord).ifPresent(s -> facts.put("recipient", s));
    }
    if (any(lower, CHAIR_GATE)) {
      first(CHAIR, text).or(() -> first(CHAIR_AFTER, text)).ifPresent(s -> facts.put("chair", s));
    }
    for (var cue : PARTY_CUES.entrySet()) {
      if (mayName(cue.getKey(), text, lower)) {
        withRole(cue.getValue(), text).filter(FactExtractor::notDateWord).filter(s -> !PRONOUN.matcher(s).matches())
            .ifPresent(s -> facts.putIfAbsent(cue.getKey(), s));
      }
    }
    if (!facts.containsKey("ship_to")) {
      first(SHIP_TO_PLACE, text).ifPresent(s -> facts.put("ship_to", s));
    }
    Matcher terms = DELIVERY_TERMS.matcher(text);
    if (terms.find()) {
      facts.put("delivery_terms", terms.group());
    }
    if (digits) {
      timeRange(text).ifPresent(t -> facts.put("time_range", t));
    }
    firstIf(digits, ADDRESS, text).or(() -> first(LOCATION, text)).or(() -> first(VENUE, text))
        .or(() -> first(CITY_AFTER_VERB, text).filter(FactExtractor::notDateWord))
        .ifPresent(l -> facts.put("location", l));
    Matcher sal = SALARY.matcher(text);
    if (digits && sal.find()) {
      // "salary of £52,000", "£14.50 an hour": an hourly or monthly rate keeps its unit.
      facts.put("salary", (sal.group(1) != null ? sal.group(1) : sal.group()).strip());
    }
    if (digits) {
      first(WEEKLY_HOURS, text).ifPresent(h -> facts.put("hours", h));
      Matcher range = MONTH_RANGE.matcher(text);
      if (range.find()) {
        facts.putIfAbsent("start_date", range.group(1));
        facts.putIfAbsent("end_date", range.group(2));
      }
    }
    Matcher resign = RESIGNING_AS.matcher(text);
    if (resign.find()) {
      facts.put("role", resign.group(1).strip());
      if (resign.group(2) != null) {
        facts.putIfAbsent("employer", cleaned(resign.group(2)).orElse(resign.group(2)));
      }
    }
    first(ADDRESSED_TO, text).ifPresent(r -> facts.putIfAbsent("recipient", r));
    first(WORKED_AS, text).ifPresent(r -> facts.putIfAbsent("role", r));
    Matcher applied = APPLIED_FOR.matcher(text);
    if (applied.find()) {
      cleaned(applied.group(1)).ifPresent(a -> facts.put("applied", a));
    }
    firstIf(any(lower, ROLE_GATE), ROLE, text).or(() -> firstIf(any(lower, HIRING_GATE), ROLE_HIRING, text))
        .or(() -> firstIf(any(lower, POST_GATE), ROLE_BEFORE, text)).filter(r -> !NOT_A_ROLE.matcher(r).find())
        .ifPresent(r -> facts.putIfAbsent("role", r));
    dates(text, found, facts);
    lists(text, raw, facts);
    return facts;
  }

  /** Whether the lower-cased request holds a word the role's cue needs (always, for a role without a gate). */
  private static boolean mayName(String role, String text, String lower) {
    if (role.equals("employer")) {
      return LEGAL_FORMS.stream().anyMatch(text::contains);
    }
    List<String> words = PARTY_GATES.get(role);
    return words == null || words.stream().anyMatch(lower::contains);
  }

  private static boolean any(String lower, List<String> words) {
    return words.stream().anyMatch(lower::contains);
  }

  /** Whether the request may hold a labelled list ("Attendees: …"), so that the list cue is worth running. */
  static boolean mayList(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return LIST_GATE.stream().anyMatch(lower::contains);
  }

  private static final Pattern PRONOUN = Pattern.compile("(?i)(the|a|an|our|my|all|us|me)");
  private static final Pattern DATE_WORD = Pattern.compile("(?i)(monday|tuesday|wednesday|thursday|"
      + "friday|saturday|sunday|today|tomorrow|next|last|this|q[1-4]|h[12]|fy|\\d).*");

  private static boolean notDateWord(String s) {
    return !PeriodParser.MONTHS_ONLY.matcher(s).lookingAt() && !DATE_WORD.matcher(s).matches();
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
    Optional<String> name = cleaned(m.group(1));
    Matcher role = BRACKETED_ROLE.matcher(text).region(m.end(1), text.length());
    return name.map(n -> role.lookingAt() && n.equals(m.group(1).strip()) ? n + " (" + role.group(1) + ")" : n);
  }

  // "to our warehouse at Unit 4, Trafford Park", "an unser Lager in 90411 Nürnberg, Am Tullnaupark 8": the place itself.
  private static final Pattern SHIP_TO_PLACE = Pattern.compile("(?iu)\\b(?:ship(?:ped)? to|deliver(?:ed)? to|delivery to|"
      + "lieferung(?: frei haus)? an|liefern an|livraison à|livrer à|entrega en|entregar en|leveren aan|levering aan)\\s+"
      + "(?:our|unser(?:e|en|em)?|notre|nos|nuestr[oa]s?|ons|onze)\\s+([^,;.]+(?:,\\s*[^,;.]*\\d+[a-z]?\\b(?=\\s*(?:[,;.]|$)))?)");
  // "frei Haus", "DDP", "carriage paid": the delivery terms.
  private static final Pattern DELIVERY_TERMS = Pattern.compile("(?u)\\b(?:(?iu:frei Haus|franco(?: de port)?|carriage paid|"
      + "free delivery|portes? pagados?|franco huis)|(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\b");

  private static final Pattern BRACKETED_ROLE = Pattern.compile("\\s*\\(([^()]{2,40})\\)");

  private static Optional<String> firstIf(boolean gate, Pattern p, String text) {
    return gate ? first(p, text) : Optional.empty();
  }

  private static Optional<String> first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? cleaned(m.group(1)) : Optional.empty();
  }

  private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The)\\s+(?=\\p{Lu})");
  // Punctuation after a name goes, but not the last full stop of "S.L." or "B.V.".
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?:[,;:]|(?<!\\.\\p{Lu})\\.)+$");

  /** A name as matched, without what follows a full stop, a leading "the" or trailing punctuation. */
  private static Optional<String> cleaned(String matched) {
    String v = LEADING_THE.matcher(SENTENCE_END.matcher(matched).replaceFirst("").strip()).replaceFirst("");
    return v.isEmpty() ? Optional.empty() : Optional.of(TRAILING_PUNCTUATION.matcher(v).replaceAll(""));
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

  private static void dates(String text, List<DateFinder.Found> found, Map<String, Object> facts) {
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
    boolean cued = mayList(text);
    while (cued && m.find()) {
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
      Matcher b = BULLET.matcher(line);
      if (b.find()) {
        bullets.add(b.group(1).strip());
      }
    }
    if (!bullets.isEmpty()) {
      facts.put("bullets", bullets);
    }
  }

  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·–]|\\d{1,2}[.)])\\s+(.+)$");

  /** The text without the lists it gives under a cue ("Decisions: …"), so they are not read twice. */
  static String withoutLists(String text) {
    return mayList(text) ? LIST_CUE.matcher(text).replaceAll(" ") : text;
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
