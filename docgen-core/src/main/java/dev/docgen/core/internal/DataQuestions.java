package dev.docgen.core.internal;

import dev.docgen.api.data.DataTable;
import dev.docgen.core.internal.ColumnRoles.Inferred;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request asks of its data, read against the table's own columns and values: rows counted per group
 * ("tickets per team"), counts of the rows with a value ("open tickets", "S1 count"), means ("average resolution
 * time"), the largest or smallest row ("longest job"), rows under a share of their target ("anyone under 80% of
 * target"), a figure per unit the request counts ("cost per guest" for 120 guests), and the columns to group by.
 */
record DataQuestions(boolean countRows, String rowNoun, List<Filter> filters, List<Integer> means,
    List<Extreme> extremes, Optional<UnderTarget> underTarget, Optional<PerUnit> perUnit, List<Integer> groupBy) {

  /** Rows whose column {@code column} holds {@code value}; {@code label} is how the request named them. */
  record Filter(int column, String value, String label, List<String> excluded) {
    Filter(int column, String value, String label) {
      this(column, value, label, List.of());
    }

    /**
     * Whether a cell is one of the rows asked about: the value itself, or, for a value the request defines by what it
     * is not ("open (anything not Resolved/Closed)"), any value but those.
     */
    boolean matches(Object cell) {
      String v = cell.toString().strip();
      if (!excluded.isEmpty()) {
        return !v.isEmpty() && excluded.stream().noneMatch(v::equalsIgnoreCase);
      }
      return v.equalsIgnoreCase(value);
    }
  }

  /**
   * The row with the largest ({@code max}) or smallest value of {@code column}, named by {@code word}; or, with a
   * {@code group} column, the group whose total is largest ("which month had the highest revenue", "the top sales
   * rep"), a date column grouped by its {@code grain} ("month", "quarter", "year"). A {@code column} of -1 is the
   * headline measure.
   */
  record Extreme(int column, boolean max, String word, int group, String grain) {
    Extreme(int column, boolean max, String word) {
      this(column, max, word, -1, "");
    }

    boolean grouped() {
      return group >= 0;
    }
  }

  /** Rows whose {@code value} column is under {@code share} (a fraction) of their {@code target} column. */
  record UnderTarget(int value, int target, BigDecimal share) {}

  /** The measure's total divided by a count the request gives ("120 guests"), named "per {@code unit}". */
  record PerUnit(BigDecimal count, String unit) {}

  static final DataQuestions NONE = new DataQuestions(false, "", List.of(), List.of(), List.of(), Optional.empty(),
      Optional.empty(), List.of());

  private static final Pattern COUNT_WORDS = Pattern.compile("(?iu)\\b(number of|count of|how many|count|counts|anzahl"
      + "( der)?|wie viele|nombre de|combien de|número de|numero de|cuántos|cuántas|cantidad de|aantal|hoeveel)\\b");
  private static final Pattern PER = Pattern.compile("(?iu)\\b(\\p{L}[\\p{L}-]+)\\s+(?:per|by|for each|pro|je|nach|par|"
      + "por|naar)\\s+(\\p{L}[\\p{L}-]*(?:\\s+(?!and\\b|und\\b|et\\b|y\\b|en\\b|or\\b)\\p{L}[\\p{L}-]*)?)");
  private static final Pattern MEAN_WORDS = Pattern.compile("(?iu)\\b(average|mean|avg|typical|median|durchschnittliche?[nrs]?"
      + "|mittlere[nrs]?|durchschnitt|moyenne|moyen|promedio|media|medio|gemiddelde?)\\b((?:\\s+\\p{L}[\\p{L}-]*){1,4})");
  private static final Pattern MAX_WORDS = Pattern.compile("(?iu)\\b(longest|largest|biggest|highest|top|best|strongest|busiest|most expensive|"
      + "maximum|max|slowest|längste[nrs]?|größte[nrs]?|grösste[nrs]?|höchste[nrs]?|plus long(?:ue)?s?|plus grande?s?|"
      + "plus élevée?s?|más larg[oa]s?|mayor(?:es)?|más alt[oa]s?|langste|grootste|hoogste)\\b((?:\\s+\\p{L}[\\p{L}-]*){0,3})");
  private static final Pattern MIN_WORDS = Pattern.compile("(?iu)\\b(shortest|smallest|lowest|least|cheapest|worst|weakest|quietest|minimum|"
      + "fastest|kürzeste[nrs]?|kleinste[nrs]?|niedrigste[nrs]?|plus courte?s?|plus petite?s?|plus basse?s?|"
      + "más cort[oa]s?|menor(?:es)?|más baj[oa]s?|kortste|kleinste|laagste)\\b((?:\\s+\\p{L}[\\p{L}-]*){0,3})");
  private static final Pattern UNDER = Pattern.compile("(?iu)\\b(?:under|below|less than|beneath|short of|unter|"
      + "weniger als|moins de|en dessous de|sous|menos del?|por debajo del?|onder|minder dan)\\s+(\\d{1,3}(?:[.,]\\d+)?)"
      + "\\s?%\\s+(?:of|von|des|de|du|del|van)?\\s*(?:their |the |its |ihr\\w* |leur |su |hun |het )?(\\p{L}+)");
  private static final Pattern TARGET_NAME = Pattern.compile("(?iu).*(target|quota|goal|plan|budget|ziel|soll|objectif|"
      + "objetivo|meta|cuota|doel|streef).*");
  private static final Pattern PER_WORD = Pattern.compile("(?iu)\\b(?:per|each|pro|je|par|por)\\s+(\\p{L}{3,})");
  private static final Pattern ROW_NOUNS = Pattern.compile("(?iu)(tickets?|orders?|cases?|jobs?|incidents?|responses?|"
      + "respondents?|requests?|calls?|visits?|bookings?|shipments?|deliveries|delivery|transactions?|records?|entries|"
      + "entry|rows?|items?|lines?|claims?|complaints?|defects?|bugs?|issues?|leads?|deals?|invoices?|declarations?|"
      + "employees?|customers?|students?|patients?|participants?|tasks?|projects?|products?|visitors?|applications?|"
      + "bestellungen|aufträge|auftrag|fälle|fall|anfragen|antworten|meldungen|vorgänge|buchungen|lieferungen|"
      + "mitarbeiter|kunden|commandes?|demandes?|réponses?|dossiers?|livraisons?|clients?|pedidos?|solicitudes|"
      + "respuestas?|incidencias?|casos?|envíos?|clientes?|bestellingen|aanvragen|meldingen|antwoorden|zaken|"
      + "leveringen|klanten)");
  private static final Set<String> FILTER_STOPWORDS = Set.of("all", "total", "other", "none", "yes", "no", "n/a", "na",
      "data", "report", "new", "summary", "the", "and");

  /** The questions {@code prompt} asks of {@code table}, whose columns have {@code roles}. */
  static DataQuestions read(String prompt, DataTable table, List<Inferred> roles) {
    String text = prompt.replace('\u00a0', ' ');
    String lower = text.toLowerCase(Locale.ROOT);
    List<Integer> groupBy = new ArrayList<>();
    String rowNoun = "";
    boolean countRows = false;
    Matcher per = PER.matcher(text);
    while (per.find()) {
      OptionalIndex dim = column(table, roles, per.group(2), true);
      if (dim.index() < 0) {
        continue;
      }
      if (!groupBy.contains(dim.index())) {
        groupBy.add(dim.index());
      }
      String noun = per.group(1);
      if (ROW_NOUNS.matcher(noun).matches() && column(table, roles, noun, false).index() < 0) {
        countRows = true;
        rowNoun = noun.toLowerCase(Locale.ROOT);
      }
    }
    Matcher count = COUNT_WORDS.matcher(text);
    while (count.find()) {
      // "how many tickets", "number of orders", "S1 count": rows counted; "hoeveel moeten we bijbestellen" asks an
      // amount, not a count of rows.
      // The noun next ("how many tickets") or one word on ("number of open tickets").
      Matcher after = Pattern.compile("\\G\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?").matcher(text);
      String nounWord = "";
      if (after.find(count.end())) {
        nounWord = ROW_NOUNS.matcher(after.group(1)).matches() ? after.group(1)
            : after.group(2) != null && ROW_NOUNS.matcher(after.group(2)).matches() ? after.group(2) : "";
      }
      boolean noun = !nounWord.isEmpty();
      if (noun || count.group(1).toLowerCase(Locale.ROOT).matches("count|counts|number of|count of|anzahl( der)?|nombre de"
          + "|número de|numero de|aantal")) {
        countRows = true;
        if (rowNoun.isEmpty() && noun) {
          rowNoun = nounWord.toLowerCase(Locale.ROOT);
        }
      }
    }
    List<Filter> filters = filters(text, lower, table, roles);
    List<Integer> means = new ArrayList<>();
    Matcher mean = MEAN_WORDS.matcher(text);
    while (mean.find()) {
      int c = measureColumn(table, roles, mean.group(2), null);
      if (c >= 0 && !means.contains(c)) {
        means.add(c);
      }
    }
    List<Extreme> extremes = new ArrayList<>();
    for (boolean max : new boolean[] {true, false}) {
      Matcher m = (max ? MAX_WORDS : MIN_WORDS).matcher(text);
      while (m.find()) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        ColumnRole hint = word.matches("(?iu)(longest|shortest|slowest|fastest|längste.*|kürzeste.*|plus (long|court).*|"
            + "más (larg|cort).*|langste|kortste)") ? ColumnRole.DURATION : null;
        int c = measureColumn(table, roles, m.group(2), hint);
        // "which month had the highest revenue", "top sales rep", "the region with the lowest sales": the extreme of a
        // group's total, named by the words just before the extreme or right after it.
        String clause = text.substring(0, m.start()).replaceFirst("(?s).*[,;:.!?]", "");
        String before = String.join(" ", java.util.Arrays.asList(clause.strip().split("\\s+"))
            .subList(Math.max(0, clause.strip().split("\\s+").length - 5), clause.strip().split("\\s+").length));
        Optional<int[]> group = groupNamed(table, roles, m.group(2))
            .or(() -> ASKS_WHICH.matcher(before).matches() ? groupNamed(table, roles, before) : Optional.empty());
        if (group.isPresent()) {
          int col = group.get()[0] == -2 ? -1 : c;
          String grain = group.get()[1] == 0 ? "" : GRAINS[group.get()[1] - 1];
          int g = group.get()[0] == -2 ? group.get()[2] : group.get()[0];
          if (extremes.stream().noneMatch(e -> e.grouped() && e.group() == g && e.max() == max)) {
            extremes.add(new Extreme(c >= 0 ? c : -1, max, word, g, grain));
          }
          continue;
        }
        if (c >= 0 && extremes.stream().noneMatch(e -> e.column() == c && e.max() == max)) {
          extremes.add(new Extreme(c, max, word));
        }
      }
    }
    Matcher attention = ATTENTION.matcher(text);
    if (attention.find()) {
      // "welke afdeling de meeste aandacht nodig heeft": on a rating scale, the group that scores lowest; on a count or
      // an amount, the group with the most.
      Optional<int[]> group = groupNamed(table, roles, attention.group(1));
      boolean ratings = roles.stream().anyMatch(r -> r.role() == ColumnRole.RATING);
      String lang = attention.group(2) != null ? "en" : attention.group(3) != null ? "nl" : attention.group(4) != null ? "de"
          : attention.group(5) != null ? "fr" : "es";
      if (group.isPresent() && group.get()[0] >= 0 && extremes.stream().noneMatch(e -> e.group() == group.get()[0])) {
        extremes.add(new Extreme(-1, !ratings, Phrases.get(ratings ? "data.lowest" : "data.highest", lang), group.get()[0], ""));
      }
    }
    return new DataQuestions(countRows, rowNoun, filters, List.copyOf(means), List.copyOf(extremes),
        underTarget(text, table, roles), perUnit(text, lower), List.copyOf(groupBy));
  }

  /** Whether the request asks anything of the data beyond its default measure. */
  boolean any() {
    return countRows || !filters.isEmpty() || !means.isEmpty() || !extremes.isEmpty() || underTarget.isPresent()
        || perUnit.isPresent();
  }

  private record OptionalIndex(int index) {}

  // A column the words name: by its whole name, a word of it ("resolution time" for "Resolution Hours"), or its stem.
  private static OptionalIndex column(DataTable table, List<Inferred> roles, String words, boolean groupable) {
    String w = words.toLowerCase(Locale.ROOT).strip();
    for (int i = 0; i < table.columns().size(); i++) {
      if (groupable && !isGroupRole(roles.get(i).role())) {
        continue;
      }
      String name = table.columns().get(i).name().toLowerCase(Locale.ROOT).replace('_', ' ').strip();
      // "per customer" names "customer.name", a nested object's name.
      String head = name.split("[ .]")[0];
      if (w.equals(name) || w.startsWith(name + " ") || startsWithStem(w, name)
          || groupable && name.contains(".") && head.length() >= 4 && startsWithStem(w, head)) {
        return new OptionalIndex(i);
      }
    }
    if (groupable && PERSON_WORDS.matcher(w.split("\\s+")[0]).matches()) {
      // "per person", "pro Mitarbeiter": the column of people, whatever its name ("employee", "Name").
      for (int i = 0; i < table.columns().size(); i++) {
        if (roles.get(i).role() == ColumnRole.PERSON) {
          return new OptionalIndex(i);
        }
      }
    }
    return new OptionalIndex(-1);
  }

  private static final Pattern PERSON_WORDS = Pattern.compile("(?iu)person|persons|people|employee|employees|staff|"
      + "member|members|consultant|consultants|mitarbeiter(?:in|innen)?|person|personne|personnes|employé|employés|"
      + "persona|personas|empleado|empleados|persoon|personen|medewerker|medewerkers");

  private static boolean isGroupRole(ColumnRole role) {
    return role == ColumnRole.CATEGORY || role == ColumnRole.PERSON || role == ColumnRole.BOOLEAN
        || role == ColumnRole.CODE || role == ColumnRole.YEAR;
  }

  // "teams" names "Team", "regions" names "Region", "abteilung" names "Abteilung".
  private static boolean startsWithStem(String words, String name) {
    String first = words.split("\\s+")[0];
    String stem = name.replaceAll("(ies|es|s)$", "");
    return stem.length() >= 3 && (first.equals(stem) || first.equals(stem + "s") || first.equals(stem + "es")
        || first.equals(stem.replaceAll("y$", "") + "ies"));
  }

  // "which department needs the most attention", "welke afdeling de meeste aandacht nodig heeft".
  private static final Pattern ATTENTION = Pattern.compile("(?iu)\\b(?:which|what|welke|welche[rsmn]?|quel(?:le)?|qué|cuál)\\s+"
      + "(\\p{L}+)\\s+(?:\\p{L}+\\s+){0,4}?(?:(needs?|requires?|deserves?)\\s+(?:\\p{L}+\\s+){0,2}?attention|"
      + "(?:\\p{L}+\\s+){0,2}?(aandacht)|(?:\\p{L}+\\s+){0,3}?(aufmerksamkeit|handlungsbedarf)|"
      + "(?:\\p{L}+\\s+){0,3}?(nécessite|a besoin)\\s+(?:\\p{L}+\\s+){0,3}?attention|(?:\\p{L}+\\s+){0,3}?(atención))");

  // "which month had the", "the region with the": the words before an extreme ask for a group.
  private static final Pattern ASKS_WHICH = Pattern.compile("(?iu).*\\b(?:which|what|welche[rsmn]?|in welchem|quel(?:le)?s?|"
      + "qué|cuál(?:es)?|welke?)\\b.*|.*\\b(?:with|mit|avec|con|met)\\s+(?:the|dem|der|le|la|el|de|het)\\s*");
  private static final String[] GRAINS = {"month", "quarter", "week", "year", "day"};
  private static final Pattern GRAIN_WORDS = Pattern.compile("(?iu)\\b(?:(month|monat|mois|mes|maand)|(quarter|quartal|"
      + "trimestre|kwartaal)|(week|woche|semaine|semana)|(year|jahr|année|año|jaar)|(day|tag|jour|día|dia|dag))\\b");

  /**
   * The group a few words name: {@code {column, grain, 0}} for a category column the words share a word with ("sales
   * rep"), {@code {-2, grain, dateColumn}} for a period word over a date column ("month"); empty when they name none.
   */
  private static Optional<int[]> groupNamed(DataTable table, List<Inferred> roles, String words) {
    Matcher grain = GRAIN_WORDS.matcher(words);
    if (grain.find()) {
      int g = 1;
      while (grain.group(g) == null) {
        g++;
      }
      for (int i = 0; i < roles.size(); i++) {
        if (roles.get(i).role() == ColumnRole.DATE) {
          return Optional.of(new int[] {-2, g, i});
        }
      }
    }
    Set<String> asked = stems(words, "[^\\p{L}]+");
    for (int i = 0; i < table.columns().size(); i++) {
      ColumnRole r = roles.get(i).role();
      if (r != ColumnRole.CATEGORY && r != ColumnRole.PERSON) {
        continue;
      }
      for (String part : table.columns().get(i).name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (part.length() >= 3 && asked.contains(part.replaceAll("s$", ""))) {
          return Optional.of(new int[] {i, 0, 0});
        }
      }
    }
    return Optional.empty();
  }

  /** The words of three letters or more, lower case and without a plural s: what a column's name is matched on. */
  private static Set<String> stems(String words, String split) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words.toLowerCase(Locale.ROOT).strip().split(split)) {
      if (w.length() >= 3) {
        out.add(w.replaceAll("s$", ""));
      }
    }
    return out;
  }

  // The numeric column the words after "average" or "longest" name, by a shared word or the role they imply.
  private static int measureColumn(DataTable table, List<Inferred> roles, String words, ColumnRole hint) {
    Set<String> asked = stems(words, "\\s+");
    for (int i = 0; i < table.columns().size(); i++) {
      if (!roles.get(i).role().measurable()) {
        continue;
      }
      for (String part : table.columns().get(i).name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (part.length() >= 4 && asked.contains(part.replaceAll("s$", ""))) {
          return i;
        }
      }
    }
    ColumnRole implied = hint;
    for (String w : asked) {
      if (w.matches("score|rating|grade|satisfaction|note|bewertung|punktzahl|puntuación|cijfer")) {
        implied = ColumnRole.RATING;
      } else if (implied == null && w.matches("time|duration|hour|day|minute|dauer|zeit|durée|temps|tiempo|duur|tijd")) {
        implied = ColumnRole.DURATION;
      } else if (implied == null && w.matches("cost|price|amount|value|spend|sale|revenue|order|line|invoice|deal"
          + "|kosten|betrag|umsatz|coût|montant|coste|importe|bedrag|omzet")) {
        implied = ColumnRole.AMOUNT;
      }
    }
    for (int i = 0; implied != null && i < roles.size(); i++) {
      if (roles.get(i).role() == implied) {
        return i;
      }
    }
    return -1;
  }

  // "open tickets", "S1 count", "only overdue": a value of a category column, or a yes/no column's name.
  private static List<Filter> filters(String text, String lower, DataTable table, List<Inferred> roles) {
    List<Filter> out = new ArrayList<>();
    for (int c = 0; c < table.columns().size(); c++) {
      ColumnRole role = roles.get(c).role();
      if (role == ColumnRole.BOOLEAN) {
        String name = table.columns().get(c).name().toLowerCase(Locale.ROOT);
        if (name.length() >= 4 && wholeWord(lower, name)) {
          int col = c;
          Matcher without = Pattern.compile("(?iu)\\b(?:without|no|missing|lacking|ohne|sans|sin|zonder|geen)\\s+"
              + "(?:(?:a|an|any|the|einen?|eine|un|une|una|een|de)\\s+)?" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
              .matcher(text);
          if (without.find()) {
            // "any item without a receipt": the rows that do not say yes, named in the request's own words.
            yesValue(table, c).ifPresent(v -> out.add(new Filter(col, "", without.group(), List.of(v))));
          } else {
            yesValue(table, c).ifPresent(v -> out.add(new Filter(col, v, table.columns().get(col).name())));
          }
        }
        continue;
      }
      if (role != ColumnRole.CATEGORY) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      for (List<Object> row : table.rows()) {
        String v = row.get(c).toString().strip();
        String key = v.toLowerCase(Locale.ROOT);
        if (v.length() < 2 || !seen.add(key) || FILTER_STOPWORDS.contains(key) || v.matches("\\d+([.,]\\d+)?")) {
          continue;
        }
        if (wholeWord(lower, key) && cued(lower, key)) {
          out.add(new Filter(c, v, v));
        }
      }
    }
    negated(lower, table, roles, out);
    // In the order the request names them: "open tickets and S1 count".
    out.sort(java.util.Comparator.comparingInt(fl -> position(lower, fl)));
    return List.copyOf(out);
  }

  private static final String ROWS_AFTER = "(?:\\s+[\\p{L}-]+)?\\s+(?:" + ROW_NOUNS.pattern().replace("(?iu)", "")
      + "|count|counts|ones|only|share|anzahl|nombre|aantal)\\b";
  private static final String ASKS_BEFORE = "(?:only|still|just|all|how many|how much|number of|count of|share of|"
      + "nur|noch|alle|wie viele|wie viel|seulement|encore|combien|nombre de|solo|todav[ií]a|cu[aá]nt[oa]s?|"
      + "alleen|nog|hoeveel|aantal)\\s+(?:[\\p{L}.-]+\\s+){0,3}";

  /**
   * Whether the request asks about the rows holding a value, not only names it: "open tickets", "S1 count", "the
   * critical ones", "still open", "how much J. Carter …". A value that is merely mentioned ("for the IT team review")
   * is no question.
   */
  private static boolean cued(String lower, String value) {
    String v = Pattern.quote(value);
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + v + ROWS_AFTER).matcher(lower).find()
        || Pattern.compile("(?iu)" + ASKS_BEFORE + v + "(?![\\p{L}\\p{N}])").matcher(lower).find();
  }

  private static final Pattern NOT_VALUES = Pattern.compile("(?iu)(\\p{L}+)\\s*\\(?\\s*(?:i\\.e\\.\\s*|that is\\s*|=\\s*)?"
      + "(?:anything|everything|all|any|alles|tout|todo|alle)?\\s*(?:not|excluding|except|other than|but|ohne|außer|nicht|"
      + "sauf|hors|pas|excepto|salvo|menos|behalve|niet)\\s+([\\p{L}\\d ]+?(?:\\s*(?:/|,|\\bor\\b|\\band\\b|\\boder\\b|"
      + "\\bund\\b|\\bou\\b|\\bet\\b|\\bo\\b|\\by\\b|\\bof\\b|\\ben\\b)\\s*[\\p{L}\\d ]+?)*)\\s*(?:\\)|[.,;]|$)");

  // "still open (anything not Resolved/Closed)": open is every status but those; it replaces a plain "Open" filter.
  private static void negated(String lower, DataTable table, List<Inferred> roles, List<Filter> out) {
    Matcher m = NOT_VALUES.matcher(lower);
    while (m.find()) {
      String word = m.group(1);
      List<String> named = new ArrayList<>();
      for (String part : m.group(2).split("\\s*(?:/|,|\\bor\\b|\\band\\b|\\boder\\b|\\bund\\b|\\bou\\b|\\bet\\b|\\bo\\b|"
          + "\\by\\b|\\bof\\b|\\ben\\b)\\s*")) {
        if (!part.isBlank()) {
          named.add(part.strip());
        }
      }
      for (int c = 0; c < table.columns().size() && !named.isEmpty(); c++) {
        if (roles.get(c).role() != ColumnRole.CATEGORY) {
          continue;
        }
        int col = c;
        Set<String> values = new LinkedHashSet<>();
        table.rows().forEach(r -> values.add(r.get(col).toString().strip().toLowerCase(Locale.ROOT)));
        if (!values.containsAll(named.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList())) {
          continue;
        }
        out.removeIf(fl -> fl.column() == col && fl.excluded().isEmpty()
            && (fl.value().equalsIgnoreCase(word) || named.stream().anyMatch(fl.value()::equalsIgnoreCase)));
        // "open (anything not Resolved/Closed)" names the rows "Open"; "tickets that are not closed", "Not closed".
        String label = word.matches("(?iu)are|is|were|was|be|been|that|which|who|and|or|but|anything|everything|all|any|"
            + "sind|ist|waren|sont|est|son|es|zijn|is") || ROW_NOUNS.matcher(word).matches()
            ? "Not " + String.join("/", named) : SlotFiller.capitalise(word);
        out.add(new Filter(col, label, label, List.copyOf(named)));
        break;
      }
    }
  }

  private static int position(String lower, Filter fl) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fl.value().toLowerCase(Locale.ROOT))).matcher(lower);
    return m.find() ? m.start() : Integer.MAX_VALUE;
  }

  private static Optional<String> yesValue(DataTable table, int col) {
    for (List<Object> row : table.rows()) {
      String v = row.get(col).toString().strip();
      if (isYes(v)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** Whether a yes/no cell says yes, in the languages docgen reads. */
  static boolean isYes(String cell) {
    return cell.strip().toLowerCase(Locale.ROOT).matches("yes|y|true|ja|oui|sí|si|x|✓");
  }

  static boolean wholeWord(String lowerText, String lowerWord) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lowerWord) + "(?![\\p{L}\\p{N}])").matcher(lowerText).find();
  }

  private static Optional<UnderTarget> underTarget(String text, DataTable table, List<Inferred> roles) {
    Matcher m = UNDER.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int target = -1;
    for (int i = 0; i < table.columns().size() && target < 0; i++) {
      if (roles.get(i).role().measurable() && TARGET_NAME.matcher(table.columns().get(i).name()).matches()) {
        target = i;
      }
    }
    if (target < 0) {
      return Optional.empty();
    }
    for (int i = 0; i < table.columns().size(); i++) {
      ColumnRole r = roles.get(i).role();
      if (i != target && (r == ColumnRole.AMOUNT || r == ColumnRole.QUANTITY)
          && !TARGET_NAME.matcher(table.columns().get(i).name()).matches()) {
        BigDecimal share = new BigDecimal(m.group(1).replace(',', '.')).movePointLeft(2);
        return Optional.of(new UnderTarget(i, target, share));
      }
    }
    return Optional.empty();
  }

  // "cost per guest" when the request also says "for 120 guests"; "per head" counts the guests or people it gives.
  private static Optional<PerUnit> perUnit(String text, String lower) {
    Matcher m = PER_WORD.matcher(text);
    while (m.find()) {
      String unit = m.group(1).toLowerCase(Locale.ROOT);
      String plural = unit.endsWith("s") ? unit : unit + "s";
      String counted = Pattern.quote(unit) + "|" + Pattern.quote(plural);
      if (HEADS.matcher(unit).matches()) {
        counted += "|" + HEADS.pattern().replace("(?iu)", "");
      }
      Matcher n = Pattern.compile("(?iu)\\b(\\d{1,3}(?:[,.]\\d{3})*|\\d+)\\s+(?:" + counted + ")\\b").matcher(lower);
      if (n.find()) {
        return Optional.of(new PerUnit(new BigDecimal(n.group(1).replaceAll("[,.]", "")), unit.replaceAll("s$", "")));
      }
    }
    return Optional.empty();
  }

  private static final Pattern HEADS = Pattern.compile("(?iu)(head|heads|person|persons|people|guests?|attendees?|"
      + "participants?|delegates?|kopf|person(en)?|gäste?|teilnehmer|tête|personnes?|invités?|participants?|cabeza|"
      + "personas?|invitados?|asistentes?|hoofd|personen|gasten|deelnemers)");
}
