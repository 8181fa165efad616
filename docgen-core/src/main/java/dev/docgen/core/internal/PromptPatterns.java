package dev.docgen.core.internal;

import dev.docgen.api.DatePeriod;
import dev.docgen.api.model.ChartType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The patterns the prompt interpreter reads entities with. Each method takes the whole prompt. */
public final class PromptPatterns {
  public static final Pattern AMOUNT = Pattern.compile(
      "(?=[$€£¥UEGCJA\\d])(?:(?:[$€£¥]\\s?\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?(?:\\s?(?:k|m|bn|million|billion|thousand)\\b)?)"
          + "|(?:\\b(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)\\s?\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?(?:\\s?(?:k|m|million|billion)\\b)?)"
          + "|(?:\\b\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?\\s?(?:k|m|million|billion|thousand)?\\s?(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|dollars|euros|pounds)\\b))");
  public static final Pattern DURATION = Pattern.compile(
      "(?i)\\b\\d+(?:\\.\\d+)?(?:\\s|-)(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|quarters?)\\b");
  private static final Pattern ID = Pattern.compile(
      "(?=[A-Zv\\d])(?:(?<![\\w-])[A-Z]{1,6}(?:-[A-Z]{1,6})*-\\d[\\w-]*\\b|\\b(?:P|SEV|Sev)-?[0-4]\\b|\\bv?\\d+\\.\\d+\\.\\d+(?:-[\\w.]+)?\\b)");
  private static final Pattern NUMBERED = Pattern.compile("(?iu)\\b(?:PO|purchase order|order|invoice|quote|quotation|"
      + "estimate|credit note|ticket|case|claim|contract|policy|ref|reference)\\s+(?:number|no[.\u2024]?|nr[.\u2024]?|#|n°)"
      + "\\s*[:#]?\\s*(\\d[\\d/-]{2,}\\d)\\b");
  private static final Pattern ORG = Pattern.compile(
      "\\b((?:[A-Z][\\p{L}&.\u2024-]*\\s){1,4}?(?:Corp|Corporation|Inc|Ltd|LLC|GmbH|AG|SA|SAS|BV|plc|PLC|Group|Holdings"
          + "|Limited|Bank|University|Foundation|Partners|Technologies|Systems|Labs))\\b\\.?");
  private static final Pattern PERSON = Pattern.compile(
      "(?=[fbtwa])\\b(?:for|by|to|from|with|attention of|attn[.\u2024]?)\\s+((?:Dr[.\u2024]?\\s|Mr[.\u2024]?\\s|Ms[.\u2024]?\\s|Mrs[.\u2024]?\\s)?"
          + "[A-Z][\\p{Ll}'-]+(?:\\s[A-Z][\\p{Ll}'-]+){1,2})\\b");
  private static final Pattern PLACE = Pattern.compile(
      "\\b((?:[A-Z][\\p{L}]+)(?:[\\s–-][A-Z][\\p{L}]+)*)\\s+(?:office|site|plant|warehouse|campus|branch|store|factory|headquarters|HQ)\\b");
  private static final Pattern QUOTED = Pattern.compile("«[^»]{1,80}»|“[^”]{1,80}”|\"[^\"]{1,80}\"");
  private static final Pattern AUDIENCE = Pattern.compile(
      "(?i)(?=[tf])\\b(?:to|for)\\s+(all staff|all employees|all colleagues|everyone|(?:the|our) board(?: of directors)?|the executive team"
          + "|executives|leadership|senior management|management|the steering (?:committee|group)|stakeholders"
          + "|customers|clients|investors|shareholders|the team|the engineering team|new hires|directors|the director"
          + "|(?:the|our) (?:trustees|governors|committee|council|members|parents|partners|residents|volunteers|directors"
          + "|leadership team|management team|investors|shareholders|funders))\\b"
          // "pour tous les collaborateurs du siège de Lyon", "an alle Mitarbeitenden", "para todo el personal"
          + "|(?iu)(?<![\\p{L}])(?:pour|à|für|an|para|a|voor|aan)\\s+((?:tous les collaborateurs|toutes les équipes|tout le personnel|"
          + "l'ensemble des collaborateurs|l’ensemble du personnel|l'ensemble du personnel|alle mitarbeiter(?:innen)?|alle mitarbeitenden|"
          + "alle kolleg(?:inn)?en|die belegschaft|todos los empleados|todo el personal|toda la plantilla|alle medewerkers|"
          + "alle collega's|iedereen)(?:\\s+(?:du|de la|de l['’]|des|am|im|in|der|des|del|de|van het|van de|bij|op)\\s*"
          + "[\\p{L}'’ -]{2,30}?(?=\\s*[,:;.]|\\s+(?:à|ab|a|vanaf|from|le|la)\\s))?)");
  // "…, for the Calderdale Council highways committee": a named body that will read it, added after the facts (terms of
  // reference "for the Health and Safety Committee" are the committee's own).
  private static final Pattern AUDIENCE_BODY = Pattern.compile("(?i),\\s+(?:to|for)\\s+((?:the|our)\\s+"
      + "(?:(?-i:\\p{Lu})[\\p{L}&'’-]*\\s+){1,3}(?:[\\p{L}-]+\\s+){0,2}?(?:committee|board|council|panel|trustees|governors|"
      + "cabinet|group))\\b");
  // "for the plant manager (Dr Claudia Hein)", "für die Werksleitung", "pour la direction": the role that will read it.
  private static final Pattern AUDIENCE_ROLE = Pattern.compile("(?iu)(?<![\\p{L}])(?:for|to|für|an|pour|à|para|voor|aan)\\s+"
      + "((?:the|our|die|den|der|unsere|unserer|la|le|l['’]|notre|el|nuestra|nuestro|de|het|onze)\\s*(?:[\\p{L}-]+\\s+){0,2}?"
      + "(?:manager|managers|director|directors|leadership|management|leitung|werksleitung|geschäftsführung|geschäftsleitung|"
      + "vorstand|direktion|direction|directeur|directrice|dirección|gerencia|directora|directie|bestuur|leiding|"
      + "head of [\\p{L}-]+))(?![\\p{L}-])(?!\\s+(?:role|position|post|job|vacancy|stelle|poste|puesto|functie|vacature)\\b)");
  private static final Pattern COLUMNS = Pattern.compile("(?i)\\bwith\\s+([\\p{L}\\s,/-]+?)\\s+columns?\\b");
  private static final Pattern SECTIONS = Pattern.compile(
      "(?i)\\b(?:with sections? (?:for|on|covering)|sections?:|covering|including)\\s+([^.;:]+)");
  private static final Pattern GROUP_BY = Pattern.compile(
      "(?i)\\b(?:by|per)\\s+(region|category|categories|department|product|customer|channel|quarter|month|team|country"
          + "|owner|status|project|segment|supplier|vendor|location|site|type)(?:\\s+and\\s+(region|category|department"
          + "|product|customer|channel|quarter|month|team|country|owner|status|project|segment|supplier|vendor|location|site|type))?\\b");
  // "Umsatzbericht nach Filiale", "rapport par région", "informe por región", "rapport per regio": the same breakdown in
  // the other languages docgen writes, for the words a column of groups is usually called.
  private static final Pattern GROUP_BY_OTHER = Pattern.compile("(?iu)\\b(?:nach|pro|je|par|por|per|naar)\\s+"
      + "(?:(?:der|dem|den|la|le|les|el|los|las|de|het)\\s+)?(region|regionen|filiale|filialen|abteilung|produkt|kunde|kanal|"
      + "quartal|monat|land|kategorie|standort|lieferant|projekt|région|catégorie|département|service|produit|client|canal|"
      + "trimestre|mois|équipe|pays|site|fournisseur|projet|agence|magasin|región|categoría|departamento|producto|cliente|"
      + "mes|equipo|país|sede|proveedor|proyecto|tienda|sucursal|regio|categorie|afdeling|klant|kanaal|kwartaal|maand|"
      + "locatie|leverancier|filiaal|winkel)\\b");
  private static final Pattern CHART = Pattern.compile(
      "(?i)\\b(?:a|an|with|include|including|plus|add|and|some)\\s+(?:[\\p{L}-]+\\s+){0,2}?(pie|line|bar|column)?\\s*(chart|graph|plot|visuali[sz]ation)s?\\b");
  // The words each pattern needs, looked for before it runs (see Cue).
  private static final Cue ORG_CUE = new Cue(ORG, List.of("Corp", "Inc", "Ltd", "LLC", "GmbH", "AG", "SA", "BV", "plc", "PLC",
      "Group", "Holdings", "Limited", "Bank", "University", "Foundation", "Partners", "Technologies", "Systems", "Labs"));
  private static final Cue PLACE_CUE = new Cue(PLACE, List.of("office", "site", "plant", "warehouse", "campus", "branch",
      "store", "factory", "headquarters", "HQ"));
  private static final Cue COLUMNS_CUE = new Cue(COLUMNS, List.of("column"));
  private static final Cue SECTIONS_CUE = new Cue(SECTIONS, List.of("section", "covering", "including"));
  private static final Cue GROUP_BY_CUE = new Cue(GROUP_BY, List.of(" by ", " per "));
  private static final Cue GROUP_BY_OTHER_CUE = new Cue(GROUP_BY_OTHER, List.of(" nach ", " pro ", " je ", " par ", " por ",
      " per ", " naar "));
  private static final Cue CHART_CUE = new Cue(CHART, List.of("chart", "graph", "plot", "visuali"));
  private static final List<String> NUMBERED_WORDS = List.of("number", "no.", "no\u2024", "nr.", "nr\u2024", "#", "n°");
  private static final Set<String> NOT_NAMES = Set.of("Q1", "Q2", "Q3", "Q4", "The", "Create", "Report");

  private PromptPatterns() {}

  public static Optional<DatePeriod> period(String text) {
    return PeriodParser.period(text);
  }

  /** {@link #period(String)}, with the days already found in {@code text}. */
  static Optional<DatePeriod> period(String text, List<DateFinder.Found> found) {
    return PeriodParser.period(text, !found.isEmpty());
  }

  /** Explicit dates as written. */
  public static List<String> dates(String text) {
    return PeriodParser.dates(text).stream().map(PeriodParser.DateMention::text).distinct().toList();
  }

  public static List<String> all(Pattern p, String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group().trim());
    }
    return List.copyOf(out);
  }

  // "(SKU TEA-EG-250)", "part no. BRK-22": an item's code, not the document's number.
  private static final Pattern ITEM_CODE_BEFORE = Pattern.compile(
      "(?iu)(?:\\bsku|item code|item no\\.?|part (?:no\\.?|number)|article|art\\.?-?nr\\.?|artikelnummer|réf(?:érence)? article|"
          + "código|artikelnr\\.?)[\\s:#]*$");

  public static List<String> identifiers(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = ID.matcher(text);
    while (m.find()) {
      if (!ITEM_CODE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
        out.add(m.group().trim());
      }
    }
    out.removeIf(s -> PeriodParser.ISO_DATE.matcher(s).matches() || s.matches("\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d{2}"));
    // "PO number 2026-0412", "invoice no. 5531": a number its label calls the document's is an identifier too.
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher numbered = NUMBERED.matcher(NUMBERED_WORDS.stream().anyMatch(lower::contains) ? text : "");
    while (numbered.find()) {
      out.add(numbered.group(1));
    }
    return List.copyOf(out);
  }

  public static List<String> organisations(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = ORG.matcher(ORG_CUE.mayMatch(Cue.Text.of(text)) ? text : "");
    while (m.find()) {
      String org = m.group(1).trim();
      String first = org.split("\\s")[0];
      if (LEAD_WORDS.contains(first.toLowerCase(Locale.ROOT))) {
        org = org.substring(first.length()).trim();
      }
      out.add(org);
    }
    return List.copyOf(out);
  }

  private static final Set<String> LEAD_WORDS = Set.of("create", "write", "draft", "generate", "prepare", "for", "the");

  public static List<String> people(String text, List<String> organisations) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = PERSON.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      boolean isOrg = organisations.stream().anyMatch(o -> o.startsWith(name) || name.startsWith(o));
      boolean isDate = PeriodParser.MONTHS_ONLY.matcher(name).find();
      if (!isOrg && !isDate && !NOT_NAMES.contains(name.split(" ")[0])) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  public static List<String> places(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = PLACE.matcher(PLACE_CUE.mayMatch(Cue.Text.of(text)) ? text : "");
    while (m.find()) {
      if (!NOT_NAMES.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return List.copyOf(out);
  }

  public static List<String> quoted(String text) {
    return all(QUOTED, text);
  }

  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'’]+(?:[ –-]\\p{Lu}[\\p{L}'’]+)*)");

  /**
   * Proper names in the subject ("Zürich–São Paulo", "Atlas", "Acme Corp"): capitalised words other
   * than the first, which a document about the subject must repeat verbatim.
   */
  public static List<String> names(String subject) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NAME.matcher(subject);
    while (m.find()) {
      String name = m.group(1).replaceAll("['’]s$", "");
      boolean first = subject.substring(0, m.start()).isBlank();
      if (!first && !NOT_NAMES.contains(name) && !PeriodParser.MONTHS_ONLY.matcher(name).matches()) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  public static String audience(String text) {
    Matcher m = AUDIENCE.matcher(text);
    if (!m.find()) {
      m = AUDIENCE_BODY.matcher(text);
      if (!m.find()) {
        m = AUDIENCE_ROLE.matcher(text);
        if (!m.find()) {
          return "";
        }
      }
    }
    // "to our trustees": the document names them as its reader would, "the trustees".
    String who = m.group(1) != null || m.groupCount() < 2 ? m.group(1) : m.group(2);
    return who == null ? "" : who.strip().replaceFirst("^(?i:our) ", "the ");
  }

  /** The first colon that opens a list: not the one in a time of day ("9:00"); -1 when there is none. */
  private static int listColon(String text) {
    return listColon(text, 0);
  }

  private static int listColon(String text, int from) {
    for (int i = text.indexOf(':', from); i >= 0; i = text.indexOf(':', i + 1)) {
      boolean digitBefore = i > 0 && isDigit(text.charAt(i - 1));
      boolean digitAfter = i + 1 < text.length() && isDigit(text.charAt(i + 1));
      // "Quote from our CEO Marieke de Vries: “Eindhoven gives us …”": a colon before a quotation lists nothing.
      String after = text.substring(i + 1).stripLeading();
      boolean quotation = !after.isEmpty() && "\"“‘'«„".indexOf(after.charAt(0)) >= 0;
      if (!(digitBefore && digitAfter) && !quotation) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static final Pattern LIST_AND = Pattern.compile("(?iu)^(?:and|or|plus|but|und|oder|aber|et|ou|mais|y|o|pero|en|of|maar)\\s+");

  private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");

  /** Items enumerated after a colon: "…: search, social, events, content". */
  public static List<String> listedItems(String text) {
    for (int colon = listColon(text); colon >= 0 && colon + 1 < text.length(); colon = listColon(text, colon + 1)) {
      List<String> items = itemsAfter(text, colon);
      // "reviewer: her line manager Owen Price (Sales Director)": one person under a label is a field, not a list.
      if (items.size() != 1 || !PERSON_VALUE.matcher(items.get(0)).find()) {
        return items;
      }
    }
    return List.of();
  }

  private static final Pattern PERSON_VALUE = Pattern.compile("(?u)\\b\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\b");

  private static List<String> itemsAfter(String text, int colon) {
    String tail = text.substring(colon + 1).replaceFirst("(?<!\\b(?:e\\.g|i\\.e|etc|approx))[.!?]\\s.*$", "")
        // "…, supplier delay on coatings — each with likelihood, impact, an owner and a mitigation": after the dash the
        // request says what each item needs, not more items.
        .replaceFirst("\\s[—–]\\s+(?:each|all|every one|for each|with)\\b.*$", "")
        .replaceAll("[.!]+$", "");
    List<String> items = new ArrayList<>();
    // "treasurer's report (Dev Malhotra, 15 min)": what is in brackets belongs to its item.
    tail = BRACKETED.matcher(tail).replaceAll(b -> java.util.regex.Matcher.quoteReplacement(
        b.group().replace(",", "\u0002").replace(" and ", "\u0003")));
    // "apologies; minutes of 4 Sept; …": items between semicolons may hold commas; "zu je 14,50 €": a comma between digits
    // is a decimal comma, not a list.
    String between = tail.chars().filter(c -> c == ';').count() >= 2 ? "\\s*;\\s*"
        : "\\s*(?:;|,(?!\\d))\\s*|\\s+and\\s+(?=[\\p{L}])";
    for (String part : tail.split(between)) {
      // "…, and an exit ticket": the conjunction joins the list, it is not part of the last item.
      String item = LIST_AND.matcher(part.trim().replace('\u0002', ',').replace("\u0003", " and ")).replaceFirst("");
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return items;
  }

  public static List<String> requestedColumns(String text) {
    Matcher m = COLUMNS.matcher(COLUMNS_CUE.mayMatch(Cue.Text.of(text)) ? text : "");
    return m.find() ? splitList(m.group(1)) : List.of();
  }

  public static List<String> requestedSections(String text) {
    Matcher m = SECTIONS.matcher(SECTIONS_CUE.mayMatch(Cue.Text.of(text)) ? text : "");
    // "Skills and experience" is one section: sections are divided at commas.
    return m.find() ? Arrays.stream(m.group(1).split("\\s*,\\s*(?:and\\s+)?")).map(String::trim).filter(x -> !x.isEmpty()).toList()
        : List.of();
  }

  private static List<String> splitList(String s) {
    return Arrays.stream(s.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+"))
        .map(String::trim).filter(x -> !x.isEmpty()).toList();
  }

  public static List<String> groupBy(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = GROUP_BY.matcher(GROUP_BY_CUE.mayMatch(Cue.Text.of(text)) ? text : "");
    while (m.find()) {
      out.add(singular(m.group(1).toLowerCase(Locale.ROOT)));
      if (m.group(2) != null) {
        out.add(singular(m.group(2).toLowerCase(Locale.ROOT)));
      }
    }
    if (out.isEmpty() && GROUP_BY_OTHER_CUE.mayMatch(Cue.Text.of(text))) {
      Matcher other = GROUP_BY_OTHER.matcher(text);
      while (other.find()) {
        out.add(other.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static String singular(String s) {
    return s.equals("categories") ? "category" : s;
  }

  public static Optional<ChartType> chart(String text) {
    Matcher m = CHART.matcher(CHART_CUE.mayMatch(Cue.Text.of(text)) ? text : "");
    if (!m.find()) {
      return Optional.empty();
    }
    String kind = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    if (kind.equals("pie")) {
      return Optional.of(ChartType.PIE);
    }
    boolean trend = kind.equals("line") || TREND.matcher(text).find();
    return Optional.of(trend && !kind.equals("bar") ? ChartType.LINE : ChartType.BAR);
  }

  private static final Pattern TREND = Pattern.compile("(?i)\\b(trend|over time|monthly|weekly)\\b");

  private static final Set<String> SMALL = Set.of("of", "for", "and", "the", "a", "an", "to", "in", "on");

  static String titleCase(String phrase) {
    String[] words = phrase.split("\\s+");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) {
        sb.append(' ');
      }
      if (i > 0 && SMALL.contains(w.toLowerCase(Locale.ROOT))) {
        sb.append(w.toLowerCase(Locale.ROOT));
      } else if (w.equals(w.toLowerCase(Locale.ROOT)) && !w.isEmpty()) {
        sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      } else {
        sb.append(w);
      }
    }
    return sb.toString();
  }
}
