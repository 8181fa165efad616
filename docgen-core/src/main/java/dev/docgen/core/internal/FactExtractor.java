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
  // A party starts with a capital, or with a particle before one ("van Dijk"); never with "and" or "of".
  private static final String PARTY = "((?:the\\s+)?(?:\\p{Lu}[\\p{L}&'’.\u2024-]*|[A-Z]{2,}|(?:de|van|von|der|du|la|le)(?=\\s+\\p{Lu}))"
      + "(?:\\s+(?:\\p{Lu}[\\p{L}&'’.\u2024-]*|[A-Z]{2,}|&|of|and|de|van|von|der|du|la|le)){0,5})";
  // Where a name ends; French sets a space before ":", ";", "!" and "?".
  private static final String STOP = "(?=$|[,.;:!?()]|\\s+[:;!?(–—-]|\\s+(?:to|from|for|on|at|in|about|regarding|by|with|and|who|"
      + "announcing|saying|that|starting|as|re|chaired|attended|dated|held|starting|effective|until|before|after|"
      + "por|para|pour|für|avec|con|met|mit|voor|um|sur|über|sobre|over)\\b)";
  // The words one of which each cue needs (see Cue): most requests name two or three roles.
  private static final List<String> SENDER_WORDS = List.of("from", "sent by", "signed", "sign off", "sign it", "sign as", "signé", "firmad", "unterschrieben",
      "ondertekend", "von", "part de", "namens");
  private static final List<String> RECIPIENT_WORDS = List.of("memo", "letter", "note", "email", "message", "notice",
      "announcement", "mitteilung", "brief", "lettre", "carta", "writ", "send", "sent", "addressed", "know", "repl", "respond");
  private static final List<String> CHAIR_WORDS = List.of("chair", "vorsitz", "présid", "presid", "voorzitter");
  private static final List<String> ROLE_WORDS = List.of(" as ", "role", "position", "post", " als ", "comme", " en tant que ",
      " como ");
  private static final List<String> HIRING_WORDS = List.of("hiring", "recruiting", "looking for", "need", "seeking");
  private static final List<String> POST_WORDS = List.of("role", "position", "post", "job", "vacancy");
  private static final List<String> SHIP_WORDS = List.of("ship", "sending", "deliver", "lieferung", "liefern", "livraison", "livrer",
      "entrega", "leveren", "levering");
  private static final List<String> LIST_WORDS = List.of("apolog", "absent", "entschuldigt", "excus", "ausentes", "afwezig",
      "attend", "present", "particip", "teilnehmer", "anwesend", "présents", "asistentes", "aanwezig", "deelnemers",
      "decision", "decided", "agreed", "beschlüsse", "décisions", "decisiones", "besluiten", "action", "next steps",
      "aufgaben", "maßnahmen", "acciones", "actiepunten", "section", "abschnitte", "rubriques", "secciones", "secties",
      "onderdelen", "include", "should cover");
  // "Author: Kenji Watanabe", "Test lead: Zofia Nowak", "Media contact: press@…": a person named by their part.
  private static final Cue NAMED_PART = Cue.of("(?u)(?<![\\p{L}-])((?:\\p{L}+[ -])?(?iu:lead|author|trainer|instructor|"
      + "lecturer|host|organi[sz]er|coordinator|reviewers?|buddy|contact|teacher|tutor|presenter|speaker|facilitator|"
      + "secretary|minute-taker|note-taker|autor(?:in)?|auteur|autora|trainer(?:in)?|formateur|formador(?:a)?|"
      + "ansprechpartner(?:in)?|docent|leiter(?:in)?|responsable))\\s*:\\s*([^,;:]+?)(?=\\s*(?:[,;]|\\.(?:\\s|$)|$))",
      List.of("lead", "author", "trainer", "instructor", "lecturer", "host", "organis", "organiz", "coordinator", "reviewer",
          "buddy", "contact", "teacher", "tutor", "presenter", "speaker", "facilitator", "secretary", "taker", "autor",
          "auteur", "formateur", "formador", "ansprechpartner", "docent", "leiter", "responsable"));
  private static final Cue SENDER = Cue.of(
      // "the revised forklift quote from Linde": who supplies a thing is not who sends the document.
      "(?u)\\b(?=(?iu:from|sent|signed|sign|firmad|unterschrieben|ondertekend|von|de la|de parte|namens))"
          + "(?<!(?iu:quote|quotation|feedback|invoice|delivery|order|call|visit|visitors|guests|input|support|help|approval|"
          + "data|figures|funding|offer|price|prices|estimate|parts|stock|goods|supplies|update|sign-off)\\s)"
          + "(?iu:from|sent by|signed by|sign(?:ed)? off as|sign it as|sign as|signed|signée?|signée? par|firmad[ao] por|unterschrieben von|ondertekend door|"
          + "von|de la part de|de parte de|namens)(?:\\s*:\\s*|\\s+)(?:the\\s+|our\\s+)?"
          + "((?:\\p{Lu}[\\p{L}'’.\u2024-]*|[A-Z]{2,}|head of \\w+|\\w+ (?:manager|director|lead|team|department))"
          // "Signé : Direction des services généraux": a body's name goes on past "des".
          + "(?:\\s+(?:\\p{Lu}[\\p{L}'’.\u2024-]*|[A-Z]{2,}|of|and|(?:des|du|der|del)\\s+\\p{Ll}[\\p{L}'’-]+"
          + "(?:\\s+\\p{Ll}[\\p{L}'’-]+)?)){0,4})" + STOP,
      SENDER_WORDS);
  private static final Cue RECIPIENT = Cue.of(
      "(?u)\\b(?iu:memo|letter|note|email|message|memorandum|notice|announcement|mitteilung|brief|lettre|carta|"
          + "write|writing|send|sent|addressed|reply|replying|respond|responding|write back)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:to|an|à|aan)\\s+(?:(?:la|le|die|der|den|de|het)\\s+)?"
          + "(?:(?iu:société|company|firm|firma|empresa|bedrijf|entreprise)\\s+)?((?:the\\s+|all\\s+|our\\s+)?"
          + "(?:\\p{Lu}[\\p{L}'’&.\u2024-]*|(?iu:all|every|each|staff|employees|everyone|colleagues|team|heads|managers|"
          + "customers|clients|parents|members|residents|tenants|suppliers|volunteers|students|department|"
          + "shareholders|investors|board|directors|partners|my|our|the|mitarbeiter|alle|tous|todos|iedereen))"
          + "(?:\\s+(?!(?:about|regarding|on|from|announcing|that|to|for|with|by|confirming|"
          + "explaining|asking|telling|informing)\\b)[\\p{L}'’&.\u2024-]+){0,3})" + STOP,
      RECIPIENT_WORDS);
  // "memo all staff: …", "Let everyone in the Glasgow office know …"
  private static final Cue RECIPIENT_BARE = Cue.of(
      "(?iu)\\b(?:memo|note|notice|email|announcement)\\s+((?:all|every)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)(?=\\s*[:,.;]|\\s+(?:about|re|on)\\b)",
      RECIPIENT_WORDS);
  private static final Cue LET_KNOW = Cue.of(
      "(?iu)\\blet\\s+((?:everyone|everybody|all|the|our)\\b[^,.;:]{0,40}?)\\s+know\\b",
      List.of("know"));
  private static final Cue CHAIR = Cue.of(
      "(?u)\\b(?iu:chaired by|chair(?:ed)?:|chairperson:?|chairman:?|chairwoman:?|vorsitz:?|présidée? par|presidida por|"
          + "voorzitter:?)\\s+" + PARTY,
      CHAIR_WORDS);
  private static final Cue CHAIR_AFTER = Cue.of("(?u)" + PARTY + "\\s+(?:\\((?iu:chair|chairing|chairperson|"
      + "présidente?|présidence|vorsitz(?:ende|ender)?|presidenta?|voorzitter)\\)|chairing|in the chair)",
      CHAIR_WORDS);
  private static final Cue LIST_CUE = Cue.of(
      "(?iu)\\b(apologies|absent|entschuldigt|excusés|ausentes|afwezig|attendees|attending|attended by|also there|also present|present|participants|teilnehmer(?:innen)?|anwesend|participants|"
          + "présents|asistentes|aanwezig|deelnemers|decisions?(?: made)?|decided|agreed|beschlüsse|décisions|"
          + "decisiones|besluiten|actions?(?: items?)?|next steps|aufgaben|maßnahmen|actions à mener|acciones|"
          + "actiepunten|sections?|abschnitte|rubriques|secciones|secties|onderdelen|include|it should cover)\\s*(?::|-|—|were|was|are|include)\\s*"
          + "((?:[^.;\\n]|\\.(?=\\d))+(?:;(?:[^.;\\n]|\\.(?=\\d))+)*)",
      LIST_WORDS);
  private static final Cue TIME_RANGE = Cue.of(
      "(?iu)\\b(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|uhr|h)?\\s*(?:-|–|—|to|until|till|bis|à|a|tot)\\s*"
          + "(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|uhr|h)?\\b",
      List.of(), Cue.NUMBER_RANGE);
  // "10-4 the Biscuit Factory, Bermondsey": in a terse request the place follows the hours.
  private static final Cue VENUE_AFTER_HOURS = Cue.of("(?u)\\b\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)?\\s*[-–]\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)?\\s+"
      + "(?:(?i:at)\\s+)?((?:the\\s+|The\\s+)?\\p{Lu}[\\p{L}'’&-]*(?:\\s+\\p{Lu}[\\p{L}'’&-]*){0,4}(?:,\\s*\\p{Lu}[\\p{L}'’-]+)?)",
      List.of("-", "–"));
  private static final Cue LOCATION = Cue.of(
      "(?u)\\b(?=(?iu:[iaàeovl]))(?iu:in|at|im|in der|à|en|op|venue:?|location:?|ort:?|lieu:?|lugar:?|locatie:?)\\s+(?:our\\s+|their\\s+|unser(?:em|er)?\\s+|notre\\s+|nuestr[ao]\\s+|ons\\s+|onze\\s+)?((?:the\\s+)?"
          + "(?:(?iu:room|meeting room|board ?room|conference room|raum|salle|sala|zaal)\\s+(?=[\\p{L}\\d.\u2024-]*\\d|\\p{Lu}\\b)[\\p{L}\\d-]+(?:\\.\\d+)?|"
          + "\\p{Lu}\\p{L}*(?:room|hall|zimmer|saal)\\b|"
          + "\\p{Lu}[\\p{L}'’.\u2024-]*(?:\\s+\\p{Lu}[\\p{L}'’.\u2024-]*){0,3}(?:\\s+\\p{Ll}{4,})?\\s+(?:office|room|hall|centre|center|building|"
          + "campus|site|hotel|warehouse|plant|headquarters|HQ|store|shop|depot|branch|yard|workshop|factory|büro|saal)|[\\p{L}\\d .\u2024-]+ (?:room|boardroom))"
          + "|(?iu:zoom|microsoft teams|teams|google meet|webex)"
          // Places named by what they are: "in het clubhuis", "in the village hall", "im Vereinsheim".
          + "|(?iu:(?:het|de|das|die|the|la|le|el)\\s+)?(?iu:clubhuis|clubhouse|kantine|canteen|aula|gemeentehuis|sporthal|"
          + "village hall|church hall|community centre|community center|staff room|staffroom|vereinsheim|gemeindesaal|"
          + "salle des fêtes|salón de actos))\\b",
      List.of(" in ", " at ", " im ", " à ", " en ", " op ", " venue ", " location ", " ort ", " lieu ", " lugar ", " locatie "));
  private static final Cue CITY_AFTER_VERB = Cue.of(
      "(?u)\\b(?=[sdtvhi])(?:ship(?:ped|ping)? to|deliver(?:ed|y)? to|travel(?:ling)? to|trip to|visit to|held in|takes place in|"
          // "in Halle 3", "in Aisle 7": a numbered hall or aisle keeps its number.
          + "in)\\s+(\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+)?(?:\\s\\d{1,3}[a-z]?(?![\\d.,:/]))?)",
      List.of(" to ", " in "));
  // "at 4 Castle Street, Exeter", "14 Queen Square, BS1 4NT"
  // A house number before a capital or a kind of street: "14 Harbour Road", "5 rue de la Paix".
  private static final Pattern ADDRESS_GATE = Pattern.compile("\\d[a-z]?,?\\s+(?:\\p{Lu}|(?iu:rue|av|bd|bo|pl|ch|al|qu|im|ca|pa))");
  private static final Cue ADDRESS = Cue.of(
      "(?u)(?=\\d)\\b(\\d{1,4}[a-z]?,?\\s+(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}"
          + "(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Square|Sq|Place|Pl|Way|Drive|Dr|Close|Court|Crescent|Terrace|Row|"
          + "Hill|Park|Gardens|Walk|Yard|Quay|Wharf)\\b\\.?"
          // "12 avenue Jean Jaurès", "5 rue de la Paix", "8 calle Mayor": the kind of street first.
          + "|(?iu:rue|avenue|boulevard|bd|place|chemin|allée|quai|impasse|calle|avenida|plaza|paseo|carrer)\\s+"
          + "(?:(?:de|du|des|la|le|del|de la)\\s+)*\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})"
          + "(?:,\\s*(?:\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’-]+(?!\\d))?)?"
          // and the postcode: "Springfield, IL 62701", "69007 Lyon", "Bristol BS1 4NT".
          + "(?:,?\\s*(?:[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?|\\d{4,5}\\s+\\p{Lu}[\\p{L}'’-]+|[A-Z]{1,2}\\d[\\dA-Z]?\\s*\\d[A-Z]{2}))?)",
      List.of(), ADDRESS_GATE);
  // "at the Hilton Birmingham Metropole", "the Biscuit Factory, Bermondsey"
  private static final Cue START_TIME = Cue.of("(?iu)(?:\\b(?:at|from|starting at|um|à|a las|om)\\s+|,\\s*)(\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm)|"
      + "\\d{1,2}[:.]\\d{2})(?!\\s*(?:-|–|to|until|bis)\\s*\\d)\\b", List.of("am", "pm", ":"));
  private static final String MONEY = "(?:[£$€]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?(?:\\s?(?:k|m)\\b)?|\\d[\\d.,]*\\s?€)";
  private static final Cue BUDGET = Cue.of("(?iu)\\b(?:total\\s+)?budget(?:ed)?\\s*(?:of|is|:|=|at|will be)?\\s*(?:around|about|approx\\.?|"
      + "up to|roughly)?\\s*(" + MONEY + ")|(" + MONEY + ")\\s+(?:total\\s+)?budget\\b", List.of("budget"));
  private static final Cue VENUE = Cue.of(
      "(?u)(?<![\\p{L}])(?=(?iu:[aideoà]))(?iu:at|in|im|dans|en|op|au|aux|à la|à l['’]|al|en el|en la|in het|in de)(?:\\s+|(?<=['’]))"
          + "(?:the\\s+|The\\s+)?(\\p{Lu}[\\p{L}'’&-]*(?:\\s+\\p{Lu}[\\p{L}'’&-]*){1,4}"
          + "(?:,\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:Street|Road|Lane|Square|Place|Avenue|Way|Row|Hill|Park))?)?)",
      List.of(" at ", " in ", " im ", " dans ", " en ", " op ", " au ", " aux ", " à l", " al "));
  private static final Pattern WEEKDAY_TAIL = Pattern.compile(
      "(?iu)\\s*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|"
          + "freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
          + "viernes|sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\.?,?\\s*(?:the\\s+)?$");
  private static final Cue SALARY = Cue.of(
      "(?iu)(?:salary|gehalt|salaire|salario|salaris)(?:\\s+range)?\\s+(?:of\\s+|von\\s+|de\\s+|van\\s+)?(" + amountPattern()
          + "(?:\\s*(?:-|–|to|bis|à|a|tot)\\s*" + amountPattern() + ")?)|("
          + amountPattern() + ")\\s*(?:a year|per year|per annum|p\\.a\\.|annual|a month|per month|an hour|per hour|"
          + "a week|per week|brutto|jährlich|pro stunde|par an|de l'heure|al año|por hora|per jaar|per uur)",
      List.of("salary", "gehalt", "salaire", "salario", "salaris", "year", "annum", "p.a.", "annual", "month",
          "hour", "week", "brutto", "jährlich", "stunde", "par an", "heure", "año", "hora", "jaar", "uur"));
  private static final Cue ROLE = Cue.of(
      "(?u)\\b(?iu:as (?:a |an |our |the )?(?:new )?|for the (?:role|position|post) of |the (?:role|position|post) of |"
          + "als |comme |en tant que |como |als )((?:\\p{Lu}[\\p{L}-]*|senior|junior|lead|head|chief|principal|staff)"
          + "(?:\\s+(?:\\p{L}[\\p{L}-]*)){0,4}?)" + STOP,
      ROLE_WORDS);
  private static final Cue ROLE_HIRING = Cue.of(
      "(?iu)(?=[hrlns])\\b(?:hiring|recruiting|looking for|need|seeking)\\s+(?:a|an)\\s+(?:new\\s+)?"
          // "We need a job description for …" asks for the document, not for a person.
          + "(?!(?:job\\s+)?(?:description|advert|ad|posting|spec|specification|document|letter|memo|report|plan|policy)\\b)"
          + "((?:part-time\\s+|full-time\\s+)?"
          + "[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?)\\s+(?:for|at|to|in|on|who)\\b",
      HIRING_WORDS);
  private static final Cue WEEKLY_HOURS = Cue.of("(?iu)\\b(\\d{1,2}(?:[.,]\\d{1,2})?\\s*(?:hours?|hrs?)\\s+(?:a|per)\\s+week|"
      + "\\d{1,2}(?:[.,]\\d{1,2})?\\s*(?:Stunden|Std\\.?)\\s+(?:pro|die|in der|je)\\s+Woche|\\d{1,2}(?:[.,]\\d{1,2})?\\s*heures\\s+"
      + "par\\s+semaine|\\d{1,2}(?:[.,]\\d{1,2})?\\s*horas\\s+(?:semanales|a la semana|por semana)|\\d{1,2}(?:[.,]\\d{1,2})?\\s*uur\\s+"
      + "per\\s+week)\\b",
      List.of("week", "woche", "semaine", "seman"));
  // "from March 2022 to October 2026": a span of months, for a reference or a contract.
  private static final String MONTH = PeriodParser.MONTHS.substring(1, PeriodParser.MONTHS.length() - 1);
  private static final Cue MONTH_RANGE = Cue.of("(?iu)\\b(?:from|between|since)\\s+((?:" + MONTH
      + ")(?:\\s+(?:19|20)\\d{2})?)\\s+(?:to|until|and|till|through)\\s+((?:" + MONTH + ")\\s+(?:19|20)\\d{2})\\b",
      List.of("from", "between", "since"));
  // "in scope are invoicing, bank feeds and the new VAT return flow; out of scope is payroll".
  private static final Cue IN_SCOPE = Cue.of("(?iu)(?<!out of )\\bin[ -]scope(?:\\s+(?:are|is|:)|:)\\s*([^;.]+)", List.of("scope"));
  private static final Cue OUT_OF_SCOPE = Cue.of("(?iu)\\bout[ -]of[ -]scope(?:\\s+(?:are|is|:)|:)\\s*([^;.]+)", List.of("scope"));
  // "the Ledgerly 5.0 release", "release v2.3.1", "version 4.2": the version a release or test plan is about.
  private static final Cue VERSION = Cue.of("(?iu)\\b(?:v(?:ersion)?\\s?)?(\\d+\\.\\d+(?:\\.\\d+)?)(?=\\s+(?:release|update|launch)\\b)|"
      + "\\b(?:release|version|versie|versión)\\s+v?(\\d+\\.\\d+(?:\\.\\d+)?)\\b", List.of("release", "version", "versie", "versión", "update", "launch"));
  // "4–15 January 2027", "7 to 11 December": a span of days in one month.
  private static final Cue DAY_RANGE = Cue.of("(?iu)(?<![\\d.])(\\d{1,2})\\s*(?:–|-|to|until|bis|au|al|tot)\\s*(\\d{1,2})\\s+("
      + MONTH + ")(?:\\s+((?:19|20)\\d{2}))?\\b", List.of(), Cue.NUMBER_RANGE);
  // "my resignation as head chef at The Anchor", "dimisión como jefa de cocina en el Restaurante La Alameda".
  private static final Cue RESIGNING_AS = Cue.of("(?u)\\b(?iu:resign(?:ation)?(?: from my (?:position|role|post))? as|"
      + "(?:my|the) (?:position|role|post|job) as|dimisi[oó]n como|renuncia (?:a mi puesto )?como|mi puesto de|"
      + "d[ée]mission (?:de mon poste )?(?:de|en tant que)|mon poste de|kündigung als|meine stelle als|ontslag als|"
      + "mijn functie als)\\s+(?:(?iu:an?|the|un|une|una|el|la|le)\\s+)?(\\p{L}[\\p{L}-]*(?:\\s+(?!(?iu:at|in|en|bei|chez|bij|with|con|"
      + "avec|met|from|effective|and|y|et|und|en)\\b)[\\p{L}-]+){0,3})(?:\\s+(?iu:at|en(?: el| la)?|in|bei(?: der| dem)?|chez|bij|with|"
      + "con)\\s+((?:the\\s+|The\\s+)?\\p{Lu}[\\p{L}&'’.\u2024-]*(?:\\s+(?:\\p{Lu}[\\p{L}&'’.\u2024-]*|de|del|la|of|&)){0,5}))?(?=[,.;:]|\\s|$)",
      List.of("resign", "position as", "role as", "post as", "job as", "dimisi", "renuncia", "puesto de", "mission", "poste de", "kündigung", "stelle als", "ontslag", "functie als"));
  // "Va dirigida a la gerente, Marta Jiménez", "addressed to the landlord, Mr Reid".
  private static final Cue ADDRESSED_TO = Cue.of("(?u)\\b(?iu:addressed to|dirigida a|dirigido a|adress[ée]e? à|"
      + "gerichtet an|gericht aan)\\s+(?:(?iu:the|la|el|le|die|den|de|het)\\s+)?(?:[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?,?\\s+)?"
      + "(\\p{Lu}[\\p{L}'’.\u2024-]*(?:\\s+\\p{Lu}[\\p{L}'’.\u2024-]*){0,3})",
      List.of("addressed", "dirigid", "adress", "gerichtet", "gericht aan"));
  // "She worked for me at Ashby Legal from March 2022 to October 2026 as a paralegal".
  private static final Cue WORKED_AS = Cue.of("(?iu)\\b(?:worked|served|was employed|arbeitete|a travaillé|trabajó|"
      + "werkte)\\b[^.;]{0,90}?\\b(?:as|als|comme|como)\\s+(?:an?\\s+|our\\s+|un\\s+|une\\s+|una?\\s+)?"
      + "([\\p{L}-]+(?:\\s+(?!(?:and|from|at|for|until|since|in|with|on)\\b)[\\p{L}-]+){0,2})(?=\\s*[,.;]|\\s+(?:and|from|at|for|"
      + "until|since|in|with|on)\\b|$)",
      List.of("worked", "served", "employed", "arbeitete", "travaillé", "trabajó", "werkte"));
  // "It's for a trainee solicitor post at Marlow & Pike": the post a reference supports.
  private static final Cue APPLIED_FOR = Cue.of("(?u)\\b(?iu:it'?s for|it is for|applying for|applied for|"
      + "application for|for)\\s+((?iu:a|an|the)\\s+[\\p{L} -]{3,40}?\\s+(?iu:post|role|position|job|vacancy)"
      + "(?:\\s+(?iu:at|with)\\s+\\p{Lu}[\\p{L}&'’.\u2024-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}&'’.\u2024-]*){0,3})?)",
      POST_WORDS);

  private static final Cue ROLE_BEFORE = Cue.of(
      "(?iu)(?=[ft])\\b(?:for|the)\\s+((?:senior |junior |lead |head |principal |staff )?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3})\\s+"
          + "(?:role|position|post|job|vacancy)\\b",
      POST_WORDS);
  private static final Map<String, Cue> PARTY_CUES = partyCues();
  private static final Map<String, Pattern> DATE_CUES = dateCues(
      // "as of 27 November 2026": a stock position or a balance is dated by the day it describes.
      "dated", Pattern.compile("(?iu)(?:\\b(?:dated|datiert(?: vom)?|daté du|fechad[ao] el|gedateerd|as of|as at|stand(?: vom| am)?|zum|stichtag:?|"
          + "à la date du|a fecha de|op datum van|(?:quote|invoice|issue) date:?|valid (?:for )?\\d{1,3} days from)"
          // "Bestellnummer B-2025-0912 vom", "l'avoir n° AV-2025-031 du": the document's number, then its date; not
          // "Ihr Angebot Nr. 4471 vom", another's.
          + "|(?<!\\b(?i:ihr|ihre|ihrem|your|their|votre|notre|our|su|uw)\\s{1,3}[\\p{L}-]{1,20}\\s{0,3})"
          + "(?:\\bno\\.?|\\bnr\\.?|n°|nº|nummer|\\bnumber|#)\\s*[:.]?\\s*[A-Z0-9][A-Z0-9/-]*\\d[A-Z0-9/-]*,?\\s+"
          + "(?:vom|du|of|del|van|dated)"
          // "…, quote ref GV-2025-118, date 2 June 2025": the document's own date.
          + "|(?:^|[,;.]\\s*)date:?)\\s*$"),
      "start_date", Pattern.compile("(?iu)\\b(?:start(?:ing|s)?(?: on| date:?| from)?|from|joining on|beginning|commencing|"
          + "effective(?: from)?|ab|ab dem|à partir du|a partir del|vanaf|per)\\s*$"),
      "end_date", Pattern.compile("(?iu)\\b(?:last (?:working )?day(?: is| will be| on| of)?|último día(?: de trabajo)?"
          + "(?: será| es)?(?: el)?|dernier jour(?: de travail)?(?: sera| est)?(?: le)?|letzter (?:Arbeits)?tag(?: ist| wird)?"
          + "(?: der| am)?|laatste (?:werk)?dag(?: is| wordt)?(?: op)?|until|till|through|ending|"
          + "end(?:s|ing)? on|bis|jusqu'au|hasta|tot en met|tot)\\s*$"),
      "due_date", Pattern.compile("(?iu)\\b(?:by|due(?: on| by)?|deadline:?|no later than|spätestens|avant le|antes del|uiterlijk)\\s*$"),
      "valid_until", Pattern.compile("(?iu)\\b(?:valid (?:until|till|through)|gültig bis|valable jusqu'au|válido hasta|"
          + "geldig tot)\\s*$"),
      "event_date", Pattern.compile("(?iu)\\b(?:on|held(?: on)?|taking place(?: on)?|takes place(?: on)?|dated|of|meeting on|am|le|el|op|vom|du|del|for)\\s*(?:the\\s+)?$"));

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

  private static Map<String, Cue> partyCues() {
    Map<String, Cue> m = new LinkedHashMap<>();
    m.put("ship_to", Cue.of("(?u)\\b(?iu:ship(?:ped|ping)? to|sending to|deliver(?:ed|ing)? to|delivery to|ship-to:?|lieferung(?: frei haus)? an|"
        + "livraison à|entrega en|leveren aan)\\s+(?:our\\s+)?" + PARTY,
        SHIP_WORDS));
    m.put("vendor", Cue.of("(?u)\\b(?iu:from supplier|supplier:?|vendor:?|from vendor|^(?:PO|purchase order)\\s+(?:for|to|with)|order(?:ing)? [^.]{0,60}?from|"
        + "buy(?:ing)? [^.]{0,60}?from|purchase [^.]{0,60}?from|lieferant:?|fournisseur:?|proveedor:?|leverancier:?|"
        + "bestellung bei|bestellen bei|commande (?:auprès de|chez)|pedido a|bestelling bij)\\s+(?:der\\s+|dem\\s+|den\\s+)?"
        + "(?:the\\s+)?" + PARTY,
        List.of("supplier", "vendor", "from", "po ", "purchase order", "lieferant", "fournisseur", "proveedor", "leverancier", "bei", "commande", "pedido", "bestelling")));
    m.put("buyer", Cue.of("(?u)\\b(?iu:buyer:?|on behalf of|purchaser:?|käufer:?|acheteur:?|comprador:?|koper:?)\\s+" + PARTY,
        List.of("buyer", "behalf", "purchaser", "käufer", "acheteur", "comprador", "koper")));
    m.put("customer", Cue.of("(?u)\\b(?iu:customer:?|client:?|kunde:?|kunden|cliente:?|klant:?|to customer|"
        + "for customer|(?:invoice|quote|quotation|estimate|credit note|credit|refund|bill|rechnung|facture|factura|devis|"
        + "gutschrift|angebot|offerte|presupuesto)(?:\\s+\\S+)?\\s+(?:for|to|an|für|pour|à|para|voor|aan))\\s+"
        // "für die Bäckerei Sonnenschein", "pour la Boulangerie Martin": the article is no part of the name.
        + "(?:(?iu:the|die|der|den|dem|das|le|la|les|el|los|las|het|de)\\s+)?"
        + PARTY,
        List.of("customer", "client", "kunde", "klant", "invoice", "quot", "estimate", "credit", "refund", "bill", "rechnung", "factur", "devis", "gutschrift", "angebot", "offerte", "presupuesto")));
    m.put("candidate", Cue.of("(?u)\\b(?iu:offer(?: letter)?(?: to| for)|candidate:?|offering|hire|hiring|"
        + "welcome|(?<!terms of )reference (?:letter )?for|recommend(?:ing|ation for)?|review for|appraisal for|"
        + "angebot an|für (?:die|den) kandidat(?:in)?|pour|para|voor)\\s+" + PARTY,
        List.of("offer", "candidate", "hire", "hiring", "welcome", "reference", "recommend", "review for", "appraisal for", "angebot", "kandidat", "pour", "para", "voor")));
    m.put("sponsor", Cue.of("(?u)\\b(?iu:sponsor(?:ed by)?:?|executive sponsor:?|auftraggeber:?|commanditaire:?|"
        + "patrocinador:?|opdrachtgever:?)\\s+" + PARTY,
        List.of("sponsor", "auftraggeber", "commanditaire", "patrocinador", "opdrachtgever")));
    m.put("manager", Cue.of("(?u)\\b(?iu:(?:project |line |hiring )?manager:?|managed by|reports? to|led by|"
        + "projektleiter(?:in)?:?|chef de projet:?|jefe de proyecto:?|projectleider:?)\\s+" + PARTY,
        List.of("manager", "managed by", "reports to", "report to", "led by", "projektleiter", "chef de projet", "jefe de proyecto", "projectleider")));
    m.put("requester", Cue.of("(?u)\\b(?iu:raised by|requested by|submitted by|requester:?|beantragt von|demandé par|"
        + "solicitado por|aangevraagd door)\\s+" + PARTY,
        List.of("raised by", "requested by", "submitted by", "requester", "beantragt", "demandé", "solicitado", "aangevraagd")));
    m.put("owner", Cue.of("(?u)\\b(?iu:owner:?|owned by|verantwortlich:?|responsable:?|eigenaar:?)\\s+" + PARTY,
        List.of("owner", "owned by", "verantwortlich", "responsable", "eigenaar")));
    m.put("employer", Cue.of("(?u)\\b(?iu:join(?:ing)?|at|bei|chez|en|bij)\\s+((?:\\p{Lu}[\\p{L}&'’.\u2024-]*)(?:\\s+\\p{Lu}[\\p{L}&'’.\u2024-]*){0,3}"
        + "\\s+(?:Ltd|Limited|GmbH|AG|SA|SAS|BV|plc|Inc|LLC|Corp|Group))\\b",
        List.of("Ltd", "Limited", "GmbH", "AG", "SA", "BV", "plc", "Inc", "LLC", "Corp", "Group")));
    return m;
  }

  /**
   * The facts of {@code text} (one line, spaces collapsed) and {@code raw} (as typed, for bullet lines);
   * {@code found} holds the dates {@link DateFinder} found in {@code text}.
   */
  static Map<String, Object> extract(String text, String raw, List<DateFinder.Found> found) {
    Map<String, Object> facts = new LinkedHashMap<>();
    Cue.Text t = Cue.Text.of(text);
    NAMED_PART.find(t).ifPresent(m -> {
      Matcher all = NAMED_PART.pattern().matcher(text);
      while (all.find()) {
        facts.putIfAbsent(SlotFiller.named(all.group(1)), all.group(2).strip());
      }
    });
    first(SENDER, t).filter(FactExtractor::notDateWord)
        // "Apologies from Sian Roberts": who sent apologies did not write the document.
        .filter(s -> !Pattern.compile("(?iu)\\bapolog(?:ies|y)\\s+(?:received\\s+|were\\s+received\\s+)?from\\s+"
            + Pattern.quote(s)).matcher(text).find())
        .ifPresent(s -> facts.put("sender", withTitle(s, text)));
    first(RECIPIENT, t).or(() -> first(RECIPIENT_BARE, t)).or(() -> first(LET_KNOW, t))
        // "to the CTO today": when it goes is not who it goes to.
        .map(s -> s.replaceFirst("(?iu)\\s+(?:today|tomorrow|tonight|asap|this (?:morning|afternoon|evening|week))$", ""))
        .filter(FactExtractor::notDateWord).ifPresent(s -> facts.put("recipient", s));
    first(CHAIR, t).or(() -> first(CHAIR_AFTER, t)).ifPresent(s -> facts.put("chair", s));
    PARTY_CUES.forEach((role, cue) -> withRole(cue, t).filter(FactExtractor::notDateWord)
        .filter(s -> !PRONOUN.matcher(s).matches()).ifPresent(s -> facts.putIfAbsent(role, s)));
    if (!facts.containsKey("ship_to")) {
      first(SHIP_TO_PLACE, t).or(() -> first(SHIP_TO_ADDRESS, t)).ifPresent(s -> facts.put("ship_to", s));
    }
    DELIVERY_TERMS.find(t).ifPresent(m -> facts.put("delivery_terms", m.group()));
    timeRange(t, found).ifPresent(r -> facts.put("time_range", r));
    // "on Tuesday 14 October 2025, 6pm at the Old Library": a meeting's one time of day is when it starts.
    START_TIME.find(t).ifPresent(m -> facts.put("start_time", m.group(1).replaceAll("\\s+", "")));
    Optional<String> address = first(ADDRESS, t);
    address.ifPresent(a -> facts.put("address", a));
    address.or(() -> first(LOCATION, t)).or(() -> first(VENUE, t))
        .or(() -> first(VENUE_AFTER_HOURS, t).filter(FactExtractor::notDateWord))
        .or(() -> cityAfterVerb(t, facts.get("ship_to")))
        // "at The Grand Hotel": a capital "The" is part of the venue's name.
        .map(l -> text.contains(" The " + l) ? "The " + l : l)
        .ifPresent(l -> facts.put("location", l));
    // "salary of £52,000", "£14.50 an hour": an hourly or monthly rate keeps its unit.
    SALARY.find(t).ifPresent(m -> facts.put("salary", (m.group(1) != null ? m.group(1) : m.group()).strip()
        .replaceAll("[,.]+$", "").replaceAll("(?<=\\d)\\s*-\\s*(?=[£$€\\d])", "–")));
    first(WEEKLY_HOURS, t).ifPresent(h -> facts.put("hours", h));
    // "a budget of £12,000", "£8k budget": the budget the request states, not any amount it names.
    BUDGET.find(t).ifPresent(m -> facts.put("budget", (m.group(1) != null ? m.group(1) : m.group(2)).strip()));
    VERSION.find(t).ifPresent(m -> facts.put("version", m.group(1) != null ? m.group(1) : m.group(2)));
    DetailFacts.read(t, facts);
    IN_SCOPE.find(t).ifPresent(m -> facts.put("in_scope", SlotFiller.capitalise(m.group(1).strip())));
    OUT_OF_SCOPE.find(t).ifPresent(m -> facts.put("out_of_scope", SlotFiller.capitalise(m.group(1).strip())));
    DAY_RANGE.find(t).ifPresent(m -> {
      String tail = " " + m.group(3) + (m.group(4) == null ? "" : " " + m.group(4));
      facts.putIfAbsent("start_date", m.group(1) + tail);
      facts.putIfAbsent("end_date", m.group(2) + tail);
    });
    MONTH_RANGE.find(t).ifPresent(m -> {
      facts.putIfAbsent("start_date", m.group(1));
      facts.putIfAbsent("end_date", m.group(2));
    });
    RESIGNING_AS.find(t).ifPresent(m -> {
      facts.put("role", m.group(1).strip());
      if (m.group(2) != null) {
        facts.putIfAbsent("employer", cleaned(m.group(2)).orElse(m.group(2)));
      }
    });
    first(ADDRESSED_TO, t).ifPresent(r -> facts.putIfAbsent("recipient", r));
    first(WORKED_AS, t).ifPresent(r -> facts.putIfAbsent("role", r));
    first(APPLIED_FOR, t).ifPresent(a -> facts.put("applied", a));
    first(ROLE, t).or(() -> first(ROLE_HIRING, t)).or(() -> first(ROLE_BEFORE, t))
        .filter(r -> !NOT_A_ROLE.matcher(r).find()).ifPresent(r -> facts.putIfAbsent("role", r));
    dates(text, found, facts);
    lists(t, raw, facts);
    return facts;
  }

  private static final Pattern PRONOUN = Pattern.compile("(?i)(the|a|an|our|my|all|us|me)");
  private static final Pattern DATE_WORD = Pattern.compile("(?i)(monday|tuesday|wednesday|thursday|"
      + "friday|saturday|sunday|today|tomorrow|next|last|this|q[1-4]|h[12]|fy|\\d).*");

  private static boolean notDateWord(String s) {
    return !PeriodParser.MONTHS_ONLY.matcher(s).lookingAt() && !DATE_WORD.matcher(s).matches();
  }

  private static final Pattern TITLE_AFTER = Pattern.compile(
      "\\s*,\\s*((?:[A-Z]{2,5}|(?:Head|Director|Chief|Manager|VP|Vice|Lead|Senior|Office|Operations|Finance|HR)\\b[^,:;.]{0,30}"
          // "Helen Crossley, Managing Partner": capitalised words that end in a role.
          + "|(?:\\p{Lu}[\\p{L}-]+\\s+){0,3}(?:Partner|Manager|Director|Officer|Owner|Founder|Principal|Chair|Chairman|Chairwoman|"
          + "Chairperson|Secretary|Treasurer|Co-?ordinator|Administrator|Editor|Headteacher|President|Controller|Consultant|"
          + "Adviser|Advisor|Supervisor|Coach|Clerk)\\b))"
          + "(?=\\s*[,:;.]|$)");

  private static final Pattern BRACKETED_TITLE = Pattern.compile("\\s*\\(((?:[A-Z]{2,5}|\\p{Lu}[\\p{L}-]+)(?:\\s+(?:of\\s+|and\\s+)?"
      + "\\p{Lu}[\\p{L}-]+){0,4})\\)");

  /** "Karen Mills, CFO": the name with the title the request puts after it. */
  private static String withTitle(String name, String text) {
    int at = text.indexOf(name);
    if (at < 0) {
      return name;
    }
    Matcher m = TITLE_AFTER.matcher(text).region(at + name.length(), text.length());
    if (m.lookingAt()) {
      return name + ", " + m.group(1).strip();
    }
    // "from Karen Whitlock (Facilities Manager)": the title in brackets.
    Matcher bracketed = BRACKETED_TITLE.matcher(text).region(at + name.length(), text.length());
    return bracketed.lookingAt() ? name + ", " + bracketed.group(1).strip() : name;
  }

  /** A party with the role the request puts after it in brackets: "Alan Reid (Director of Finance)". */
  private static Optional<String> withRole(Cue cue, Cue.Text t) {
    return cue.find(t).flatMap(m -> cleaned(m.group(1)).map(n -> {
      Matcher role = BRACKETED_ROLE.matcher(t.text()).region(m.end(1), t.text().length());
      return role.lookingAt() && n.equals(m.group(1).strip()) ? n + " (" + role.group(1) + ")" : n;
    }));
  }

  // "to our warehouse at Unit 4, Trafford Park", "an unser Lager in 90411 Nürnberg, Am Tullnaupark 8": the place itself.
  private static final Cue SHIP_TO_PLACE = Cue.of("(?iu)\\b(?:ship(?:ped|ping)? to|sending to|deliver(?:ed|ing)? to|delivery to|"
      + "lieferung(?: frei haus)? an|liefern an|livraison à|livrer à|entrega en|entregar en|leveren aan|levering aan)\\s+"
      + "(?:our|unser(?:e|en|em)?|notre|nos|nuestr[oa]s?|ons|onze)\\s+([^,;.]+(?:,\\s*[^,;.]*\\d+[a-z]?\\b(?=\\s*(?:[,;.]|$)))?)",
      SHIP_WORDS);
  // "Deliver to 12 Canal Street, Manchester M1 3HE by 15 December": a street address, its town and postcode.
  private static final Cue SHIP_TO_ADDRESS = Cue.of("(?u)\\b(?iu:ship(?:ped|ping)? to|deliver(?:ed|ing|y)? to|delivery address:?"
      + "|lieferadresse:?|liefern an|livraison à|livrer à|entrega en|leveren aan)\\s+(\\d{1,4}[A-Za-z]?,?\\s+\\p{Lu}[\\p{L}'’-]*+(?!\\d)"
      + "(?:\\s+\\p{Lu}[\\p{L}'’-]*+(?!\\d)){0,4}(?:,\\s*\\p{Lu}[\\p{L}'’-]*+(?!\\d)(?:\\s+\\p{Lu}[\\p{L}'’-]*+(?!\\d)){0,2})?"
      + "(?:,?\\s+(?:[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2}|\\d{4,5}|[A-Z]{2}\\s+\\d{5}))?)",
      SHIP_WORDS);
  // "frei Haus", "DDP", "carriage paid": the delivery terms.
  private static final Cue DELIVERY_TERMS = Cue.of("(?u)\\b(?:(?iu:frei Haus|franco(?: de port)?|carriage paid|"
      + "free delivery|portes? pagados?|franco huis)|(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\b",
      List.of("frei haus", "franco", "carriage paid", "free delivery", "porte", "EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT",
          "CIP", "DAP", "DPU", "DDP"));

  private static final Pattern NOT_A_ROLE = Pattern.compile("(?i)\\b(spreadsheet|pdf|docx|table|list)\\b");
  private static final Pattern BRACKETED_ROLE = Pattern.compile("\\s*\\(([^()]{2,40})\\)");

  // "ship to Maison Lacroix in Lyon": the place is Lyon, not the party the goods go to.
  private static Optional<String> cityAfterVerb(Cue.Text t, Object party) {
    if (!CITY_AFTER_VERB.mayMatch(t)) {
      return Optional.empty();
    }
    Matcher m = CITY_AFTER_VERB.pattern().matcher(t.text());
    while (m.find()) {
      Optional<String> city = cleaned(m.group(1)).filter(FactExtractor::notDateWord)
          .filter(c -> party == null || !party.toString().startsWith(c));
      if (city.isPresent()) {
        return city;
      }
    }
    return Optional.empty();
  }

  /** Every street address in the request, as matched: "4 Mill Lane, Bath BA1 2QP", with where it is. */
  static List<java.util.regex.MatchResult> addresses(String text) {
    Cue.Text t = Cue.Text.of(text);
    if (!ADDRESS.mayMatch(t)) {
      return List.of();
    }
    return ADDRESS.pattern().matcher(text).results().toList();
  }

  static Optional<String> first(Cue cue, Cue.Text t) {
    return cue.find(t).flatMap(m -> cleaned(m.group(1)));
  }

  private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The)\\s+(?=\\p{Lu})");
  // Punctuation after a name goes, but not the last full stop of "S.L." or "B.V.".
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?:[,;:]|(?<!\\.\\p{Lu})\\.)+$");

  /** A name as matched, without what follows a full stop, a leading "the" or trailing punctuation. */
  static Optional<String> cleaned(String matched) {
    String v = LEADING_THE.matcher(SENTENCE_END.matcher(matched).replaceFirst("").strip()).replaceFirst("");
    return v.isEmpty() ? Optional.empty() : Optional.of(TRAILING_PUNCTUATION.matcher(v).replaceAll(""));
  }

  private static final Pattern TO_MIDNIGHT = Pattern.compile("(?iu)\\b(\\d{1,2})[:.h](\\d{2})\\s*(?:uhr|h)?\\s*(?:-|–|to|until|till|bis|"
      + "à|a|hasta|tot)\\s*(?:la\\s+)?(?:midnight|minuit|mitternacht|medianoche|middernacht)\\b");

  private static Optional<String> timeRange(Cue.Text t, List<DateFinder.Found> found) {
    Matcher midnight = TO_MIDNIGHT.matcher(t.text());
    if (midnight.find() && Integer.parseInt(midnight.group(1)) < 24) {
      // "de 19h00 à minuit": the evening ends at midnight.
      return Optional.of(String.format(Locale.ROOT, "%02d:%s–00:00", Integer.parseInt(midnight.group(1)), midnight.group(2)));
    }
    Matcher m = TIME_RANGE.pattern().matcher(TIME_RANGE.mayMatch(t) ? t.text() : "");
    while (m.find()) {
      boolean clock = m.group(2) != null || m.group(5) != null || m.group(3) != null || m.group(6) != null;
      int start = m.start();
      boolean afterDate = found.stream().anyMatch(f -> f.end() <= start && t.text().substring(f.end(), start).isBlank());
      if (!clock && afterDate) {
        // "thurs 10 dec 10-4": bare hours after a date are a working day, the later one in the afternoon.
        int h1 = Integer.parseInt(m.group(1));
        int h2 = Integer.parseInt(m.group(4));
        if (h1 >= 1 && h1 <= 12 && h2 >= 1 && h2 <= 12) {
          h2 = h2 <= h1 ? h2 + 12 : h2;
          h1 = h1 < 7 ? h1 + 12 : h1;
          return Optional.of(String.format(Locale.ROOT, "%02d:00–%02d:00", h1, h2));
        }
      }
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
      String window = text.substring(Math.max(0, f.start() - 40), f.start());
      String before = WEEKDAY_TAIL.matcher(window).replaceFirst("");
      boolean cued = false;
      for (var cue : DATE_CUES.entrySet()) {
        if (cue.getValue().matcher(before).find() && !facts.containsKey(cue.getKey())) {
          facts.put(cue.getKey(), f.text());
          facts.put(cue.getKey() + "_iso", f.date().toString());
          cued = true;
          break;
        }
      }
      if (!cued && !before.equals(window) && !facts.containsKey("event_date")
          && DATE_CUES.keySet().stream().noneMatch(k -> f.text().equals(facts.get(k)))) {
        // "(Tues 14 Oct 2025, 09:30-10:45, Room 3B)": a date given with its weekday is the day of the event, before
        // "minutes of 4 Sept" or "it renews on 1 Nov" later on.
        facts.put("event_date", f.text());
        facts.put("event_date_iso", f.date().toString());
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

  private static void lists(Cue.Text t, String raw, Map<String, Object> facts) {
    Matcher m = LIST_CUE.pattern().matcher(t.text());
    boolean cued = LIST_CUE.mayMatch(t);
    while (cued && m.find()) {
      String cue = m.group(1).toLowerCase(Locale.ROOT);
      String key = cue.matches("(?u)(apolog|absent|entschuld|excus|ausent|afwez).*") ? "apologies"
          : cue.matches("(?u)(attend|also|present|partic|teilneh|anwes|prés|asist|aanwez|deeln).*") ? "attendees"
          : cue.matches("(?u)(decis|decid|agreed|beschl|décis|beslui).*") ? "decisions"
          : cue.matches("(?u)(action|next|aufgab|maßn|accion|actiep).*") ? "actions" : "sections";
      if (!facts.containsKey(key)) {
        // "Skills and experience" is one section: a list of sections is divided at its commas only.
        facts.put(key, key.equals("sections")
            ? java.util.Arrays.stream(m.group(2).strip().replaceAll("[.!]+$", "").split("\\s*(?:,(?!\\d)|;)\\s*(?:and\\s+)?"))
                .map(String::strip).filter(x -> !x.isEmpty()).toList()
            : split(m.group(2), !key.equals("attendees") && !key.equals("apologies")));
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
    return LIST_CUE.mayMatch(Cue.Text.of(text)) ? LIST_CUE.pattern().matcher(text).replaceAll(" ") : text;
  }

  /** "A, B and C" or "x; y; z" (semicolons win when there are any, so "Ana to send the plan, the budget" stays one). */
  static List<String> split(String list, boolean semicolonsFirst) {
    // "treasurer's report (Dev Malhotra, 15 min)": a comma in brackets divides nothing.
    String s = PARENTHESISED.matcher(list.strip().replaceAll("[.!]+$", ""))
        .replaceAll(m -> Matcher.quoteReplacement(m.group().replace(",", "\u0002").replaceAll("\\s+(and|und|et|y|en)\\s+", " $1\u0003")));
    String[] parts = semicolonsFirst && s.contains(";") ? s.split("\\s*;\\s*")
        // "£18,500" is one figure: a comma between digits divides nothing.
        : s.split("\\s*(?:,(?!\\d)|;)\\s*(?:and\\s+|und\\s+|et\\s+|y\\s+|en\\s+)?|\\s+(?:and|und|et|y|en)\\s+(?=\\p{L})");
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String item = p.strip().replace('\u0002', ',').replace('\u0003', ' ');
      if (!item.isEmpty()) {
        out.add(item);
      }
    }
    return out;
  }

  private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");
}
