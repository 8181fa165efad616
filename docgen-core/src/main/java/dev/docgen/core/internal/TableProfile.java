package dev.docgen.core.internal;

import dev.docgen.api.data.DataColumn;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.model.ColumnType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import dev.docgen.core.internal.ColumnRole.Aggregation;
import dev.docgen.core.internal.ColumnRoles.Inferred;

/**
 * The roles a table's columns play: the main measure (or one derived as quantity × unit price),
 * grouping dimensions, a period column, a label column, and value/threshold pairs.
 */
public final class TableProfile {
  private static final Pattern QUANTITY = Pattern.compile("(?iu)(qty|quantity|units?|on.?hand|stock|count|hours|menge|"
      + "anzahl|stück|stk|bestand|quantité|qté|cantidad|unidades|aantal|stuks|voorraad)");
  private static final Pattern UNIT_PRICE = Pattern.compile("(?iu)(unit.?(price|cost)|price|rate|cost|einzelpreis|"
      + "stückpreis|preis|prix|precio|coste unitario|stukprijs|eenheidsprijs|prijs)");
  private static final Pattern THRESHOLD = Pattern.compile("(?iu).*(reorder|threshold|minimum|min.?level|target|limit|par|"
      + "bestelniveau|bestelpunt|minimumvoorraad|meldebestand|mindestbestand|seuil|réapprovisionnement|punto de pedido|"
      + "stock mínimo|mínimo).*");
  private static final Pattern LABEL = Pattern.compile("(?i).*(name|description|title|task|item|sku|id|code).*");
  private static final Pattern PERIOD_TEXT = Pattern.compile(
      "(19|20)\\d{2}|\\d{4}-\\d{2}|Q[1-4]( \\d{4})?|(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*( \\d{4})?|(?i)(week|wk|day|month) \\d{1,2}");
  private static final MathContext MC = MathContext.DECIMAL64;

  /**
   * A numeric quantity per row, read from a column, derived from two ({@code factor}), or 1 for every row when the
   * rows themselves are counted ({@code column} -1), and how a group's values combine into one figure.
   */
  public record Measure(String name, ColumnType type, String currency, int column, int factor, Aggregation aggregation,
      int scale) {
    /** A summed measure. */
    public Measure(String name, ColumnType type, String currency, int column, int factor) {
      this(name, type, currency, column, factor, Aggregation.SUM, 0);
    }

    /** The rows themselves, counted: "Tickets", "Orders". */
    public static Measure count(String name) {
      return new Measure(name, ColumnType.INTEGER, "", -1, -1, Aggregation.COUNT, 0);
    }

    /** Whether a group's figure is the mean of its values (ratings, rates, times to resolve), not their sum. */
    public boolean averaged() {
      return aggregation == Aggregation.MEAN;
    }

    /** Whether the measure counts rows. */
    public boolean counted() {
      return column < 0;
    }

    /** The value in {@code row}, or empty for a blank cell. */
    public Optional<BigDecimal> value(List<Object> row) {
      if (column < 0) {
        return Optional.of(BigDecimal.ONE);
      }
      Object a = row.get(column);
      if (!(a instanceof BigDecimal x)) {
        return Optional.empty();
      }
      if (factor < 0) {
        return Optional.of(x);
      }
      Object b = row.get(factor);
      return b instanceof BigDecimal y ? Optional.of(x.multiply(y).setScale(2, RoundingMode.HALF_UP)) : Optional.empty();
    }

    public boolean derived() {
      return factor >= 0;
    }
  }

  /** A value column and the threshold column it is compared with. */
  public record ThresholdPair(int value, int threshold) {}

  private final DataTable table;
  private final List<Inferred> roles;
  private final List<Measure> measures;
  private final List<Integer> dimensions;
  private final OptionalInt period;
  private final OptionalInt label;
  private final Optional<ThresholdPair> threshold;

  private TableProfile(DataTable table) {
    this.table = table;
    this.roles = ColumnRoles.of(table);
    this.measures = measures(table, roles);
    this.period = periodColumn(table);
    this.dimensions = dimensions(table, period, roles);
    this.label = labelColumn(table, dimensions, period);
    this.threshold = thresholdPair(table);
  }

  public static TableProfile of(DataTable table) {
    return new TableProfile(table);
  }

  public DataTable table() {
    return table;
  }

  /** Each column's role and how it is aggregated, in column order. */
  List<Inferred> roles() {
    return roles;
  }

  /** The role of column {@code col}. */
  public ColumnRole role(int col) {
    return roles.get(col).role();
  }

  /**
   * Whether rows describe people (respondents, employees, patients): a person's name or a respondent's key, or
   * answers on a rating scale beside who gave them. Summaries of such tables show aggregates only.
   */
  public boolean describesPeople() {
    boolean ratings = roles.stream().anyMatch(r -> r.role() == ColumnRole.RATING);
    for (int i = 0; i < roles.size(); i++) {
      String name = table.columns().get(i).name();
      // A respondent's key, or people's names beside their answers; a timesheet's employee, who has many rows of
      // hours and is what the report is by, is not an answer to hide.
      if (PEOPLE_KEY.matcher(name).matches() && (roles.get(i).role() == ColumnRole.IDENTIFIER || ratings)) {
        return true;
      }
      if (ratings && roles.get(i).role() == ColumnRole.PERSON) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern PEOPLE_KEY = Pattern.compile("(?iu).*(respondent|response|participant|employee|patient|student|"
      + "antwort|réponse|respuesta|antwoord|"
      + "applicant|candidate|befragte|teilnehmer|mitarbeiter|patient|répondant|participant|employé|patient|étudiant|"
      + "encuestado|participante|empleado|paciente|estudiante|respondent|deelnemer|medewerker|patiënt|leerling).*");
  /** Measures, the most important first: derived amounts, then currency, decimal, integer columns. */
  public List<Measure> measures() {
    return measures;
  }

  public Optional<Measure> mainMeasure() {
    return measures.stream().findFirst();
  }

  /** Low-cardinality text columns to group by, in column order. */
  public List<Integer> dimensions() {
    return dimensions;
  }

  // How many groups a column the request names ("hours by team") may make; beyond it the breakdown is a listing.
  private static final int MAX_NAMED_GROUPS = 50;

  /**
   * Whether the request may break the table down by this column when it names it, though it has too many values
   * for the profile to choose it unasked: a text column whose rows share values ("3 teams in 5 tickets").
   */
  public boolean groupable(int col) {
    if (table.columns().get(col).type() != ColumnType.TEXT || period.isPresent() && period.getAsInt() == col) {
      return dimensions.contains(col);
    }
    int d = distinct(table, col);
    return dimensions.contains(col) || d >= 2 && d < table.rows().size() && d <= MAX_NAMED_GROUPS;
  }

  public OptionalInt period() {
    return period;
  }

  public OptionalInt label() {
    return label;
  }

  public Optional<ThresholdPair> threshold() {
    return threshold;
  }

  /** The dimension whose name matches one of {@code wanted} (e.g. "region"), else the first. */
  public OptionalInt dimensionFor(List<String> wanted) {
    for (String w : wanted) {
      OptionalInt i = table.indexOf(w);
      if (i.isPresent() && dimensions.contains(i.getAsInt())) {
        return i;
      }
      for (int d : dimensions) {
        String name = table.columns().get(d).name().toLowerCase(Locale.ROOT);
        if (name.contains(w.toLowerCase(Locale.ROOT)) || w.toLowerCase(Locale.ROOT).contains(name)) {
          return OptionalInt.of(d);
        }
      }
    }
    return dimensions.isEmpty() ? OptionalInt.empty() : OptionalInt.of(dimensions.get(0));
  }

  // Which roles may be a report's measure, the most telling first, and how each combines.
  private static final List<ColumnRole> MEASURE_ORDER = List.of(ColumnRole.AMOUNT, ColumnRole.QUANTITY,
      ColumnRole.DURATION, ColumnRole.RATING, ColumnRole.RATE, ColumnRole.UNIT_PRICE);

  private static List<Measure> measures(DataTable t, List<Inferred> roles) {
    List<Measure> out = new ArrayList<>();
    List<DataColumn> cols = t.columns();
    int qty = -1;
    int price = -1;
    for (int i = 0; i < cols.size(); i++) {
      String n = cols.get(i).name();
      if (!cols.get(i).type().isNumeric() || !roles.get(i).role().measurable()) {
        continue;
      }
      // "Menge 2,5 Std": hours of work are a quantity too.
      if (qty < 0 && QUANTITY.matcher(n).find() && (cols.get(i).type() == ColumnType.INTEGER || cols.get(i).type() == ColumnType.DECIMAL)) {
        qty = i;
      } else if (price < 0 && UNIT_PRICE.matcher(n).find() && !n.toLowerCase(Locale.ROOT).contains("rate")) {
        price = i;
      }
    }
    if (qty >= 0 && price >= 0) {
      String name = cols.get(qty).name().toLowerCase(Locale.ROOT).matches(".*(hand|stock|voorraad|bestand|lager|existencias).*")
          ? "Stock value" : "Amount";
      out.add(new Measure(name, ColumnType.CURRENCY, cols.get(price).currency(), qty, price));
    }
    // A summed time ("Hours") comes before an averaged one ("Resolution hours"), which a reader does not total.
    for (ColumnRole role : MEASURE_ORDER) {
      for (Aggregation agg : List.of(Aggregation.SUM, Aggregation.MEAN)) {
        for (int i = 0; i < cols.size(); i++) {
          DataColumn c = cols.get(i);
          Inferred r = roles.get(i);
          if (r.role() == role && r.aggregation() == agg && c.type().isNumeric() && c.type() != ColumnType.PERCENT) {
            out.add(new Measure(c.name(), c.type(), c.currency(), i, -1, agg, r.scale()));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static OptionalInt periodColumn(DataTable t) {
    for (int i = 0; i < t.columns().size(); i++) {
      DataColumn c = t.columns().get(i);
      if (c.type() == ColumnType.TEXT && allMatch(t, i, PERIOD_TEXT) && distinct(t, i) > 1) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  private static boolean allMatch(DataTable t, int col, Pattern p) {
    return t.rows().stream().map(r -> r.get(col).toString()).allMatch(v -> p.matcher(v).matches());
  }

  private static int distinct(DataTable t, int col) {
    Set<Object> seen = new HashSet<>();
    t.rows().forEach(r -> seen.add(r.get(col)));
    return seen.size();
  }

  private static List<Integer> dimensions(DataTable t, OptionalInt period, List<Inferred> roles) {
    List<Integer> out = new ArrayList<>();
    int rows = t.rows().size();
    for (int i = 0; i < t.columns().size(); i++) {
      if (t.columns().get(i).type() != ColumnType.TEXT || (period.isPresent() && period.getAsInt() == i)
          || !GROUP_ROLES.contains(roles.get(i).role())) {
        continue;
      }
      int d = distinct(t, i);
      if (d >= 2 && d <= Math.max(2, Math.min(12, rows / 2)) && !LABEL.matcher(t.columns().get(i).name()).matches()) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  private static final Set<ColumnRole> GROUP_ROLES = Set.of(ColumnRole.CATEGORY, ColumnRole.PERSON, ColumnRole.BOOLEAN);

  private static OptionalInt labelColumn(DataTable t, List<Integer> dims, OptionalInt period) {
    OptionalInt fallback = OptionalInt.empty();
    for (int i = 0; i < t.columns().size(); i++) {
      if (t.columns().get(i).type() != ColumnType.TEXT || dims.contains(i)) {
        continue;
      }
      if (LABEL.matcher(t.columns().get(i).name()).matches()) {
        return OptionalInt.of(i);
      }
      if (fallback.isEmpty() && (period.isEmpty() || period.getAsInt() != i)) {
        fallback = OptionalInt.of(i);
      }
    }
    return fallback;
  }

  private static Optional<ThresholdPair> thresholdPair(DataTable t) {
    for (int th = 0; th < t.columns().size(); th++) {
      if (!t.columns().get(th).type().isNumeric() || !THRESHOLD.matcher(t.columns().get(th).name()).matches()) {
        continue;
      }
      for (int v = 0; v < t.columns().size(); v++) {
        if (v != th && t.columns().get(v).type() == t.columns().get(th).type()
            && QUANTITY.matcher(t.columns().get(v).name()).find()) {
          return Optional.of(new ThresholdPair(v, th));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a column holds a per-unit rate (unit cost, price), which must not be summed. */
  static boolean isUnitRate(String name) {
    return UNIT_PRICE.matcher(name).find();
  }

  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return b.signum() == 0 ? BigDecimal.ZERO : a.divide(b, MC);
  }
}
