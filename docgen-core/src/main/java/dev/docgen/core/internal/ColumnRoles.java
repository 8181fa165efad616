package dev.docgen.core.internal;

import dev.docgen.api.data.DataColumn;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.model.ColumnType;
import dev.docgen.core.internal.ColumnRole.Aggregation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Infers each column's {@link ColumnRole} from its name, in English, German, French, Spanish and Dutch, and from
 * its values, and says how the column is aggregated when the request does not say.
 */
final class ColumnRoles {
  /** A column's role, how it is aggregated, and for a rating the top of its scale (5 or 10). */
  record Inferred(ColumnRole role, Aggregation aggregation, int scale) {}

  private static final Pattern IDENTIFIER_NAME = Pattern.compile("(?iu)(.*[ _.-])?(id|no|nr|num|number|ref|reference|"
      + "key|uuid|respondent|ticket|case|declaration|nummer|kennung|numéro|référence|número|referencia|referentie|"
      // "Pos 1 … 5", "Line 1 … 9": an invoice's line numbers.
      + "pos|pos\\.|position|posten|line|zeile|ligne|línea|linea|regel)"
      + "( ?(id|no|nr|#))?|#");
  private static final Pattern IDENTIFIER_VALUE = Pattern.compile("\\p{L}{0,6}[-_/#]?\\d{1,10}([-_/]\\d{1,6})?");
  private static final Pattern RESPONDENT_NAME = Pattern.compile("(?iu).*(respondent|response|participant|befragte|"
      + "teilnehmer|répondant|participant|encuestado|participante|deelnemer|antwoord|reactie).*");

  /**
   * A survey's answers: a column names the respondent, and two or more whole-number columns all lie within 0 to 10,
   * none of them a count or a money column by its name.
   */
  private static boolean answersOnAScale(DataTable t) {
    if (t.columns().stream().noneMatch(c -> RESPONDENT_NAME.matcher(c.name()).matches())) {
      return false;
    }
    int scaled = 0;
    for (int i = 0; i < t.columns().size(); i++) {
      DataColumn c = t.columns().get(i);
      if (c.type() == ColumnType.INTEGER && !QUANTITY_NAME.matcher(c.name()).matches() && inRange(t, i, 0, 10)) {
        scaled++;
      }
    }
    return scaled >= 2;
  }

  private static final Pattern RATING_NAME = Pattern.compile("(?iu).*(score|rating|satisfaction|csat|nps|stars?|grade|"
      + "zufriedenheit|bewertung|note|punkte|évaluation|evaluation|puntuación|puntuacion|valoración|satisfacción|"
      + "tevredenheid|beoordeling|cijfer).*");
  private static final Pattern QUESTION_NAME = Pattern.compile("(?iu)(q|question|frage|item|statement|énoncé|pregunta|vraag)"
      + "\\s?\\d{1,2}\\b.*");
  private static final Pattern DURATION_NAME = Pattern.compile("(?iu).*\\b(hours?|hrs|h|minutes?|mins?|days|duration|"
      + "time|stunden|std|minuten|tage|dauer|zeit|heures|jours|durée|duree|délai|delai|temps|horas|minutos|días|dias|"
      + "duración|duracion|tiempo|uren|dagen|duur|tijd|doorlooptijd|plazo|lieferzeit|levertijd)\\b.*");
  // Each row's time to do something ("resolution hours", "response time"): averaged, not summed.
  private static final Pattern ELAPSED_NAME = Pattern.compile("(?iu).*(resolution|resolve|response|respond|time to|"
      + "lead|cycle|turnaround|wait|delay|latency|age|handling|bearbeitung|reaktion|lösung|réponse|résolution|"
      + "traitement|respuesta|resolución|resolucion|oplos|reactie|afhandel|plazo|entrega|lieferzeit|levertijd|délai|"
      + "open|wait|turnaround).*");
  private static final Pattern QUANTITY_NAME = Pattern.compile("(?iu).*(qty|quantity|units?|on.?hand|stock|count|pcs|"
      + "pieces|guests|headcount|seats|menge|anzahl|stück|stueck|stk|bestand|quantité|quantite|qté|nombre|cantidad|"
      + "unidades|aantal|stuks|voorraad).*");
  private static final Pattern UNIT_PRICE_NAME = Pattern.compile("(?iu).*(unit.?(price|cost)|price|per unit|each|"
      + "\\b(?:per|por|par|pro|je)\\s+\\p{L}+|"
      + "hourly|day rate|preis|einzelpreis|stückpreis|prix|tarif|precio|prijs|stukprijs|tarief).*");
  private static final Pattern RATE_NAME = Pattern.compile("(?iu).*(rate|ratio|pct|percent|percentage|%|margin|share|"
      + "quote|anteil|marge|taux|part|tasa|porcentaje|percentage|aandeel).*");
  private static final Pattern PERSON_NAME = Pattern.compile("(?iu).*(name|owner|assignee|assigned|employee|person|"
      + "agent|rep|salesperson|seller|manager|staff|lead|contact|technician|engineer|mitarbeiter|verantwortlich|"
      + "bearbeiter|verkäufer|nom|responsable|employé|employe|vendeur|technicien|nombre|empleado|vendedor|técnico|"
      + "naam|medewerker|eigenaar|verkoper|monteur).*");
  private static final Pattern NOT_PERSON_NAME = Pattern.compile("(?iu).*(product|item|project|company|customer|"
      + "client|vendor|supplier|file|task|article|artikel|produkt|projekt|firma|kunde|lieferant|produit|projet|"
      + "société|fournisseur|producto|proyecto|empresa|proveedor|bedrijf|klant|leverancier|event|site|store|shop|"
      + "city|region|team|department).*");
  private static final Pattern PERSON_VALUE = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+( (\\p{Lu}\\.|van|de|von|der|den|"
      + "la|le|del|\\p{Lu}[\\p{Ll}'’-]+))+");
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?"
      + "(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Set<String> BOOLEAN_VALUES = Set.of("yes", "no", "y", "n", "true", "false", "ja", "nein",
      "oui", "non", "sí", "si", "nee", "x", "✓", "✗");

  private ColumnRoles() {}

  /** The roles of every column of {@code t}, in column order. */
  static List<Inferred> of(DataTable t) {
    List<Inferred> out = new ArrayList<>();
    // Whether the table holds answers on a scale is one question of the whole table, asked once.
    boolean scaled = answersOnAScale(t);
    for (int i = 0; i < t.columns().size(); i++) {
      out.add(of(t, i, scaled));
    }
    return List.copyOf(out);
  }

  static Inferred of(DataTable t, int col) {
    return of(t, col, answersOnAScale(t));
  }

  private static Inferred of(DataTable t, int col, boolean scaled) {
    DataColumn c = t.columns().get(col);
    String name = c.name().strip();
    ColumnType type = c.type();
    if (type == ColumnType.DATE) {
      return role(ColumnRole.DATE);
    }
    if (type == ColumnType.PERCENT) {
      return role(ColumnRole.RATE);
    }
    if (type == ColumnType.TEXT) {
      return text(t, col, name);
    }
    if (TypeInference.isYearName(name) || type == ColumnType.INTEGER && name.toLowerCase(Locale.ROOT).contains("year")
        && inRange(t, col, 1900, 2100)) {
      return role(ColumnRole.YEAR);
    }
    if (type == ColumnType.INTEGER && IDENTIFIER_NAME.matcher(name).matches() && unique(t, col)) {
      return role(ColumnRole.IDENTIFIER);
    }
    if (RATING_NAME.matcher(name).matches() && !QUANTITY_NAME.matcher(name).matches() && inRange(t, col, 0, 10)) {
      return new Inferred(ColumnRole.RATING, Aggregation.MEAN, inRange(t, col, 0, 5) ? 5 : 10);
    }
    if (type == ColumnType.INTEGER && QUESTION_NAME.matcher(name).matches() && inRange(t, col, 0, 10)) {
      // "Q1 Workload", "Frage 3": a survey's question, answered on a scale.
      return new Inferred(ColumnRole.RATING, Aggregation.MEAN, inRange(t, col, 0, 5) ? 5 : 10);
    }
    if (scaled && type == ColumnType.INTEGER && inRange(t, col, 0, 10)) {
      // "Werkdruk 3, Samenwerking 4" beside a respondent: each question's answer on a 1–5 (or 0–10) scale.
      return new Inferred(ColumnRole.RATING, Aggregation.MEAN, inRange(t, col, 0, 5) ? 5 : 10);
    }
    if (type == ColumnType.CURRENCY) {
      return UNIT_PRICE_NAME.matcher(name).matches() ? role(ColumnRole.UNIT_PRICE) : role(ColumnRole.AMOUNT);
    }
    if (DURATION_NAME.matcher(name).matches() && !UNIT_PRICE_NAME.matcher(name).matches()) {
      return new Inferred(ColumnRole.DURATION, ELAPSED_NAME.matcher(name).matches() ? Aggregation.MEAN : Aggregation.SUM, 0);
    }
    if (QUANTITY_NAME.matcher(name).matches()) {
      return role(ColumnRole.QUANTITY);
    }
    if (UNIT_PRICE_NAME.matcher(name).matches() && !RATE_NAME.matcher(name).matches()
        || name.toLowerCase(Locale.ROOT).matches(".*\\b(hourly|day) rate\\b.*")) {
      return role(ColumnRole.UNIT_PRICE);
    }
    if (RATE_NAME.matcher(name).matches()) {
      return role(ColumnRole.RATE);
    }
    if (TypeInference.isMoneyName(name)) {
      return role(ColumnRole.AMOUNT);
    }
    return role(ColumnRole.QUANTITY);
  }

  private static Inferred text(DataTable t, int col, String name) {
    List<String> values = new ArrayList<>();
    for (List<Object> row : t.rows()) {
      String v = row.get(col).toString().strip();
      if (!v.isEmpty()) {
        values.add(v);
      }
    }
    if (values.isEmpty()) {
      return role(ColumnRole.TEXT);
    }
    if (TypeInference.isYearName(name)) {
      return role(ColumnRole.YEAR);
    }
    if (values.stream().allMatch(v -> DATE_TIME.matcher(v).matches())) {
      return role(ColumnRole.DATE);
    }
    Set<String> distinct = new HashSet<>();
    values.forEach(v -> distinct.add(v.toLowerCase(Locale.ROOT)));
    if (distinct.size() <= 2 && BOOLEAN_VALUES.containsAll(distinct)) {
      return role(ColumnRole.BOOLEAN);
    }
    boolean unique = distinct.size() == values.size() && values.size() > 1;
    if (unique && (IDENTIFIER_NAME.matcher(name).matches()
        || values.stream().allMatch(v -> IDENTIFIER_VALUE.matcher(v).matches()))) {
      return role(ColumnRole.IDENTIFIER);
    }
    if (TypeInference.isCodeName(name)) {
      return role(ColumnRole.CODE);
    }
    long personLike = values.stream().filter(v -> PERSON_VALUE.matcher(v).matches()).count();
    if (PERSON_NAME.matcher(name).matches() && !NOT_PERSON_NAME.matcher(name).matches() && personLike * 10 >= values.size() * 6) {
      return role(ColumnRole.PERSON);
    }
    double meanLength = values.stream().mapToInt(String::length).average().orElse(0);
    if (distinct.size() < values.size() && meanLength <= 40 || distinct.size() <= 12 && meanLength <= 25) {
      return role(ColumnRole.CATEGORY);
    }
    return role(ColumnRole.TEXT);
  }

  private static Inferred role(ColumnRole role) {
    return new Inferred(role, role.aggregation(), 0);
  }

  private static boolean inRange(DataTable t, int col, int min, int max) {
    boolean any = false;
    for (List<Object> row : t.rows()) {
      if (row.get(col) instanceof BigDecimal d) {
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static boolean unique(DataTable t, int col) {
    Set<Object> seen = new HashSet<>();
    for (List<Object> row : t.rows()) {
      if (!seen.add(row.get(col))) {
        return false;
      }
    }
    return t.rows().size() > 1;
  }
}
