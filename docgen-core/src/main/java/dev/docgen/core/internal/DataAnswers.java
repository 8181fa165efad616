package dev.docgen.core.internal;

import dev.docgen.api.data.DataTable;
import dev.docgen.api.model.ColumnType;
import dev.docgen.core.internal.DataQuestions.Extreme;
import dev.docgen.core.internal.DataQuestions.Filter;
import dev.docgen.core.internal.TableProfile.Measure;
import dev.docgen.core.internal.TableStats.Summary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers to what a request asks of its main table: the headline measure (the rows counted when the request
 * counts them, else the measure the columns' roles choose), and each figure the request asks for, with its working.
 */
final class DataAnswers {
  /**
   * A figure computed from the data: an id, a label, its value, the whole it is a part of ({@code of}, 0 when it is
   * not a count of some rows), the row it names for a largest or smallest value ("" otherwise), and how it was
   * worked out from which inputs.
   */
  record Figure(String id, String label, BigDecimal value, long of, String row, String working) {
    Figure(String id, String label, BigDecimal value, String working) {
      this(id, label, value, 0, "", working);
    }
  }

  /** The row of an extreme: its figure and the value that names the row ("TCK-1043"). */
  record Named(Figure figure, String row) {}

  private final TableProfile profile;
  private final DataQuestions questions;
  private final Measure headline;
  private final String lang;
  private final List<Derivations.Applied> derived;

  private DataAnswers(TableProfile profile, DataQuestions questions, Measure headline, String lang,
      List<Derivations.Applied> derived) {
    this.profile = profile;
    this.questions = questions;
    this.headline = headline;
    this.lang = lang;
    this.derived = derived;
  }

  /** The answers for {@code prompt} in {@code lang}, or empty when the table has nothing to measure or count. */
  static Optional<DataAnswers> of(String prompt, TableProfile profile, String lang) {
    return of(prompt, profile, lang, List.of());
  }

  /**
   * The answers for {@code prompt} over a table with the kind's {@code derived} columns: one the kind names as its
   * headline (a commission, a net flow) is the measure unless the request counts rows.
   */
  static Optional<DataAnswers> of(String prompt, TableProfile profile, String lang, List<Derivations.Applied> derived) {
    DataQuestions q = DataQuestions.read(prompt, profile.table(), profile.roles());
    Optional<Measure> main = derived.stream().filter(a -> a.derivation().headline()).findFirst().map(a -> {
      var c = profile.table().columns().get(a.column());
      return new Measure(c.name(), c.type(), c.currency(), a.column(), -1);
    }).or(profile::mainMeasure);
    boolean count = q.countRows() || main.isEmpty() && !q.filters().isEmpty();
    if (!count && main.isEmpty()) {
      return Optional.empty();
    }
    DataAnswers a = new DataAnswers(profile, q, null, lang, derived);
    Measure headline = count ? Measure.count(SlotFiller.capitalise(a.rowNoun(2))) : localised(main.get(), lang);
    return Optional.of(new DataAnswers(profile, q, headline, lang, derived));
  }

  /** Whether column {@code col} may be added up: not a derived balance or ratio, whose total is another figure. */
  boolean summable(int col) {
    return derived.stream().noneMatch(a -> a.column() == col && !a.derivation().total().equals("sum"));
  }

  // "Amount" and "Stock value", the names of a measure made of two columns, in the document's language.
  private static Measure localised(Measure m, String lang) {
    if (!m.derived()) {
      return m;
    }
    return new Measure(Phrases.get("data." + m.name(), lang), m.type(), m.currency(), m.column(), m.factor(),
        m.aggregation(), m.scale());
  }

  /** The kind's derived columns on this table. */
  List<Derivations.Applied> derived() {
    return derived;
  }

  /**
   * Whether the headline is a figure the rows are compared by, not totalled: a vendor comparison's annual cost per
   * carrier, whose sum means nothing.
   */
  boolean compared() {
    return derived.stream().anyMatch(a -> a.derivation().headline() && a.column() == headline.column()
        && a.derivation().total().equals("none"));
  }

  /**
   * Every figure's value for {@code prompt} over the data's main table, with the whole each count is part of and its
   * share: the numbers a document's prose may state about what the request asked.
   */
  static java.util.Set<BigDecimal> figureValues(String prompt, dev.docgen.api.data.Dataset data, String lang) {
    java.util.Set<BigDecimal> out = new java.util.TreeSet<>();
    data.mainTable().map(TableProfile::of).flatMap(p -> of(prompt, p, lang)).ifPresent(a -> {
      for (Figure f : a.figures()) {
        out.add(f.value());
        if (f.of() > 0) {
          BigDecimal share = TableProfile.divide(f.value(), BigDecimal.valueOf(f.of()));
          out.addAll(List.of(BigDecimal.valueOf(f.of()), share, share.movePointRight(2)));
        }
      }
    });
    return out;
  }

  Measure headline() {
    return headline;
  }

  DataQuestions questions() {
    return questions;
  }

  /**
   * What a row is, in the count given: the request's own word ("tickets"), the table's ("orders"), the word its key
   * column is named with ("Ticket ID" gives tickets), else "records" in the document's language.
   */
  String rowNoun(int count) {
    DataTable t = profile.table();
    String name = t.name().contains(".") ? t.name().substring(t.name().lastIndexOf('.') + 1) : t.name();
    String noun = !questions.rowNoun().isEmpty() ? questions.rowNoun()
        : name.matches("(?i)items|lines|transactions|orders|expenses|entries|records|products|tickets|responses") ? name
        : keyNoun().orElse("");
    if (noun.isEmpty() && profile.period().isPresent() && !t.rows().isEmpty() && lang.equals("en")
        && distinctPeriods(t, profile.period().getAsInt()) == t.rows().size()) {
      // "across 4 weeks", "across 6 months": a series with a row a period is counted in its periods.
      String first = t.rows().get(0).get(profile.period().getAsInt()).toString();
      Matcher unit = PERIOD_UNIT.matcher(first);
      noun = unit.lookingAt() ? unit.group(1) + "s" : MONTH_KEY.matcher(first).matches() ? "months" : "";
    }
    if (noun.isEmpty()) {
      return Phrases.get(count == 1 ? "data.record" : "data.records", lang);
    }
    // German nouns keep their capital inside a sentence; other languages write a common noun in lower case.
    noun = lang.equals("de") ? SlotFiller.capitalise(noun) : noun.toLowerCase(Locale.ROOT);
    return count == 1 && lang.equals("en") ? noun.replaceAll("(?<!s)s$", "").replaceAll("ies$", "y") : noun;
  }

  private static final Pattern PERIOD_UNIT = Pattern.compile("(?i)(week|day|month)\\s+\\d");
  private static final Pattern MONTH_KEY = Pattern.compile("(?i)\\d{4}-\\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
      + "[a-z]*\\.?(\\s+\\d{4})?");

  private static long distinctPeriods(DataTable t, int col) {
    return t.rows().stream().map(r -> r.get(col)).distinct().count();
  }

  // "Ticket ID" counts tickets, "Respondent" respondents, "Teilnehmer" Teilnehmer, "Rep" reps.
  private Optional<String> keyNoun() {
    for (ColumnRole role : List.of(ColumnRole.IDENTIFIER, ColumnRole.PERSON)) {
      for (int i = 0; i < profile.table().columns().size(); i++) {
        String name = profile.table().columns().get(i).name().strip();
        String[] words = name.split("[\\s_-]+");
        // A person's column names the rows only when each row is one person: a timesheet's rows are entries.
        if (profile.role(i) != role || role == ColumnRole.PERSON && (words.length > 1 || !uniqueValues(i))) {
          continue;
        }
        String first = words[0];
        if (first.length() >= 3 && !first.matches("(?i)id|number|ref|reference|key|code|no|nr|name|nom|nombre|naam")
            && first.matches("\\p{L}+")) {
          return Optional.of(plural(first));
        }
      }
    }
    // "Budget line", "Cost item": the label column says what each row is.
    if (lang.equals("en") && profile.label().isPresent()) {
      String name = profile.table().columns().get(profile.label().getAsInt()).name().strip().toLowerCase(Locale.ROOT);
      if (name.matches("(\\p{L}+ )?(line|item|entry|position|expense|cost)")) {
        return Optional.of(plural(name));
      }
    }
    return Optional.empty();
  }

  private boolean uniqueValues(int col) {
    return profile.table().rows().stream().map(r -> r.get(col)).distinct().count() == profile.table().rows().size();
  }

  private String plural(String noun) {
    String n = lang.equals("de") ? noun : noun.toLowerCase(Locale.ROOT);
    return switch (lang) {
      case "en" -> n.endsWith("s") ? n : n.matches(".*[^aeiou]y") ? n.substring(0, n.length() - 1) + "ies" : n + "s";
      case "de" -> n.matches(".*(er|el|en)") ? n : n.endsWith("e") ? n + "n" : n + "e";
      case "es" -> n.endsWith("s") ? n : n.matches(".*[aeiouáéó]") ? n + "s" : n + "es";
      default -> n.endsWith("s") ? n : n + "s";
    };
  }

  /** The count of rows holding {@code f}'s value. */
  /** The rows holding {@code f}'s value, in table order. */
  List<List<Object>> rows(Filter f) {
    return profile.table().rows().stream().filter(row -> f.matches(row.get(f.column()))).toList();
  }

  int count(Filter f) {
    int n = 0;
    for (List<Object> row : profile.table().rows()) {
      if (f.matches(row.get(f.column()))) {
        n++;
      }
    }
    return n;
  }

  /**
   * The columns whose means the document gives: those the request asks for and, when the headline is a rating,
   * every other question on a scale ("Q1 … Q4": a survey's questions are all averaged).
   */
  List<Integer> meanColumns() {
    List<Integer> out = new ArrayList<>(questions.means());
    if (headline.averaged() && !headline.counted() && headline.column() >= 0
        && profile.role(headline.column()) == ColumnRole.RATING) {
      for (int i = 0; i < profile.table().columns().size() && out.size() < 8; i++) {
        if (i != headline.column() && profile.role(i) == ColumnRole.RATING && !out.contains(i)) {
          out.add(i);
        }
      }
    }
    return out;
  }

  /** Whether a value the request asks about is answered with the measure's sum over its rows, not their count. */
  boolean summedFilters() {
    return !headline.counted() && !headline.averaged() && !compared();
  }

  /** The headline's sum over the rows holding {@code f}'s value. */
  BigDecimal sum(Filter f) {
    return sum(f, -1, "");
  }

  /** The headline's sum over the rows holding {@code f}'s value whose column {@code dim} is {@code key} (any, -1). */
  BigDecimal sum(Filter f, int dim, String key) {
    BigDecimal s = BigDecimal.ZERO;
    for (List<Object> row : profile.table().rows()) {
      if ((dim < 0 || row.get(dim).toString().equals(key))
          && f.matches(row.get(f.column()))) {
        s = s.add(headline.value(row).orElse(BigDecimal.ZERO));
      }
    }
    return s;
  }

  /** The count of rows holding {@code f}'s value among those whose column {@code dim} is {@code key}. */
  int count(Filter f, int dim, String key) {
    int n = 0;
    for (List<Object> row : profile.table().rows()) {
      if (row.get(dim).toString().equals(key) && f.matches(row.get(f.column()))) {
        n++;
      }
    }
    return n;
  }

  /** The measure an asked mean is taken of: column {@code col}, averaged. */
  Measure meanOf(int col) {
    var c = profile.table().columns().get(col);
    return new Measure(c.name(), c.type(), c.currency(), col, -1, ColumnRole.Aggregation.MEAN,
        profile.roles().get(col).scale());
  }

  /** The extreme's figure and the row it names, or empty when no row holds a value. */
  Optional<Named> extreme(Extreme e) {
    if (e.grouped()) {
      return groupExtreme(e);
    }
    Measure m = meanOf(e.column());
    if (e.column() == headline.column()) {
      m = new Measure(headline.name(), headline.type(), headline.currency(), headline.column(), -1,
          ColumnRole.Aggregation.MEAN, 0);
    }
    Measure measure = m;
    return TableStats.summarize(profile.table(), measure).map(s -> {
      List<Object> row = e.max() ? s.maxRow() : s.minRow();
      BigDecimal v = e.max() ? s.max() : s.min();
      String named = rowName(row);
      String word = e.word().equals(Phrases.get("data.lowest", lang)) || e.word().equals(Phrases.get("data.highest", lang))
          ? label(e.max() ? "data.highest-label" : "data.lowest-label", measure.name())
          : SlotFiller.capitalise(e.word()) + " " + Phrases.inline(Names.humanize(measure.name()), lang);
      Figure fig = new Figure((e.max() ? "max_" : "min_") + id(measure.name()), word, v, 0, named, (e.max() ? "largest " : "smallest ")
          + Names.humanize(measure.name()) + " of " + s.count() + " rows: " + named);
      return new Named(fig, named);
    });
  }

  /**
   * "Which month had the highest revenue": the group (a category, or a date's month, quarter, week or year) whose
   * figure is largest or smallest, the figure taken as the measure aggregates (a sum of revenue, a mean of ratings).
   */
  private Optional<Named> groupExtreme(Extreme e) {
    Measure m = e.column() < 0 || e.column() == headline.column() ? headline
        : profile.measures().stream().filter(x -> x.column() == e.column() && !x.derived()).findFirst().orElse(meanOf(e.column()));
    DataTable t = profile.table();
    Map<String, BigDecimal[]> acc = new java.util.LinkedHashMap<>();
    for (List<Object> row : t.rows()) {
      Object key = row.get(e.group());
      if (key == null || key.toString().isBlank()) {
        continue;
      }
      String k = key instanceof java.time.LocalDate d ? bucket(d, e.grain()) : key.toString();
      BigDecimal[] a = acc.computeIfAbsent(k, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      if (m.counted()) {
        a[0] = a[0].add(BigDecimal.ONE);
      } else {
        Optional<BigDecimal> v = m.value(row);
        if (v.isPresent()) {
          a[0] = a[0].add(v.get());
          a[1] = a[1].add(BigDecimal.ONE);
        }
      }
    }
    String best = null;
    BigDecimal bestValue = null;
    for (Map.Entry<String, BigDecimal[]> g : acc.entrySet()) {
      BigDecimal[] a = g.getValue();
      if (!m.counted() && a[1].signum() == 0) {
        continue;
      }
      BigDecimal v = m.averaged() ? a[0].divide(a[1], 2, java.math.RoundingMode.HALF_UP) : a[0];
      if (bestValue == null || (e.max() ? v.compareTo(bestValue) > 0 : v.compareTo(bestValue) < 0)) {
        best = g.getKey();
        bestValue = v;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    String dim = e.grain().isEmpty() ? Phrases.inline(Names.humanize(t.columns().get(e.group()).name()), lang)
        : Phrases.get("data.grain-" + e.grain(), lang);
    String what = m.counted() ? SlotFiller.capitalise(rowNoun(2)) : Names.humanize(m.name());
    String word = SlotFiller.capitalise(e.word()) + " " + Phrases.inline(what, lang);
    String label = Phrases.fill("data.by", lang, "M", word, "dim", dim);
    String named = best;
    Figure fig = new Figure((e.max() ? "max_" : "min_") + id(what) + "_by_" + id(dim), label, bestValue, 0, named,
        (e.max() ? "largest " : "smallest ") + (m.averaged() ? "mean" : m.counted() ? "count" : "sum") + " of "
            + Names.humanize(m.name()) + " over " + acc.size() + " groups of " + dim + ": " + named);
    return Optional.of(new Named(fig, named));
  }

  // "2024-03" is March 2024; "2024-Q1", "2024-W07", "2024", "2024-03-08".
  private String bucket(java.time.LocalDate d, String grain) {
    Locale l = Locale.forLanguageTag(lang);
    return switch (grain) {
      case "quarter" -> "Q" + ((d.getMonthValue() - 1) / 3 + 1) + " " + d.getYear();
      case "year" -> Integer.toString(d.getYear());
      case "week" -> Phrases.get("data.grain-week", lang) + " " + d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)
          + " " + d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
      case "day" -> d.toString();
      default -> SlotFiller.capitalise(d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, l)) + " " + d.getYear();
    };
  }

  /** What names a row: its key, else its label column, else its first text value. */
  String rowName(List<Object> row) {
    for (int i = 0; i < row.size(); i++) {
      if (profile.role(i) == ColumnRole.IDENTIFIER) {
        return row.get(i).toString();
      }
    }
    if (profile.label().isPresent()) {
      return row.get(profile.label().getAsInt()).toString();
    }
    return row.stream().filter(v -> v instanceof String s && !s.isBlank()).map(Object::toString).findFirst().orElse("");
  }

  /** The rows under their share of target, in table order. */
  List<List<Object>> underTarget(DataQuestions.UnderTarget u) {
    List<List<Object>> out = new ArrayList<>();
    for (List<Object> row : profile.table().rows()) {
      if (row.get(u.value()) instanceof BigDecimal v && row.get(u.target()) instanceof BigDecimal t && t.signum() > 0
          && TableProfile.divide(v, t).compareTo(u.share()) < 0) {
        out.add(row);
      }
    }
    return out;
  }

  /** Every figure the request asks for, and the headline's, each with its working; the order they are shown in. */
  List<Figure> figures() {
    List<Figure> out = new ArrayList<>();
    DataTable t = profile.table();
    int rows = t.rows().size();
    String rowsLabel = SlotFiller.capitalise(rowNoun(2));
    if (headline.counted() || !questions.filters().isEmpty() && !summedFilters()) {
      out.add(new Figure("rows", rowsLabel, BigDecimal.valueOf(rows), "count of rows: " + rows));
    }
    List<Figure> filtered = new ArrayList<>();
    for (Filter f : questions.filters()) {
      int n = count(f);
      String where = Names.humanize(t.columns().get(f.column()).name())
          + (f.excluded().isEmpty() ? " = " + f.value() : " not " + String.join(" or ", f.excluded()));
      if (summedFilters()) {
        // "how much J. Carter needs reimbursing", "billable hours": the measure over those rows, not their number.
        BigDecimal v = sum(f);
        filtered.add(new Figure("sum_" + id(f.label()), SlotFiller.capitalise(f.label()), v, "sum of "
            + Names.humanize(headline.name()) + " where " + where + " over " + n + " rows = " + v.toPlainString()));
      } else {
        filtered.add(new Figure("count_" + id(f.label()), f.label() + " " + rowNoun(2), BigDecimal.valueOf(n),
            "rows where " + where + ": " + n + " of " + rows));
      }
    }
    if (!summedFilters()) {
      out.addAll(filtered);
    }
    if (!headline.counted() && !compared()) {
      TableStats.summarize(t, headline).ifPresent(s -> out.add(headline.averaged() ? mean(headline, s) : total(s)));
    }
    if (headline.counted()) {
      // The rows counted, and the money they carry: "Orders 7", "Total amount 5,605.85".
      profile.measures().stream().filter(m -> m.type() == ColumnType.CURRENCY && !m.averaged()).findFirst()
          .ifPresent(m -> TableStats.summarize(t, m).ifPresent(s -> out.add(new Figure("total_" + id(m.name()),
              label("data.total-label", m.name()), s.total(), "sum of " + Names.humanize(m.name()) + " over "
              + s.count() + " rows"))));
    }
    if (summedFilters()) {
      // "Total hours 72.50", then "Billable 50.00": a part after its whole.
      out.addAll(filtered);
    }
    if (compared()) {
      for (boolean max : new boolean[] {false, true}) {
        extreme(new Extreme(headline.column(), max, Phrases.get(max ? "data.highest" : "data.lowest", lang)))
            .ifPresent(n -> out.add(n.figure()));
      }
    }
    for (int col : meanColumns()) {
      Measure m = meanOf(col);
      if (!(headline.averaged() && headline.column() == col)) {
        TableStats.summarize(t, m).ifPresent(s -> out.add(mean(m, s)));
      }
    }
    for (Extreme e : questions.extremes()) {
      extreme(e).ifPresent(n -> out.add(n.figure()));
    }
    // "Would recommend: 32 of 47": a yes/no column is summed up by its yeses.
    for (int c = 0; c < t.columns().size(); c++) {
      int col = c;
      if (profile.role(c) == ColumnRole.BOOLEAN && questions.filters().stream().noneMatch(fl -> fl.column() == col)) {
        int yes = 0;
        int answered = 0;
        for (List<Object> row : t.rows()) {
          String v = row.get(c).toString().strip();
          answered += v.isEmpty() ? 0 : 1;
          yes += DataQuestions.isYes(v) ? 1 : 0;
        }
        out.add(new Figure("yes_" + id(t.columns().get(c).name()), Names.humanize(t.columns().get(c).name()),
            BigDecimal.valueOf(yes), answered, "", "rows answering yes: " + yes + " of " + answered + " answered"));
      }
    }
    questions.underTarget().ifPresent(u -> {
      int n = underTarget(u).size();
      out.add(new Figure("under_target", underLabel(u), BigDecimal.valueOf(n),
          "rows where " + Names.humanize(t.columns().get(u.value()).name()) + " / " + Names.humanize(t.columns().get(u.target()).name())
              + " < " + u.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%: " + n + " of " + rows));
    });
    questions.perUnit().filter(p -> p.count().signum() > 0 && !headline.counted() && !headline.averaged())
        .ifPresent(p -> TableStats.summarize(t, headline).ifPresent(s -> {
          BigDecimal v = s.total().divide(p.count(), 2, RoundingMode.HALF_UP);
          out.add(new Figure("per_" + id(p.unit()), label("data.per-label", headline.name(), "unit", p.unit()), v,
              plain(s.total()) + " / " + p.count().toPlainString() + " " + p.unit() + "s = " + plain(v)));
        }));
    return List.copyOf(out);
  }

  private Figure total(Summary s) {
    // A measure named "Total" or "Total sales" is not a "Total total".
    String name = Names.humanize(headline.name());
    String label = lang.equals("en") && name.matches("(?i)total\\b.*") ? name : label("data.total-label", headline.name());
    return new Figure("total_" + id(headline.name()), label, s.total(),
        "sum of " + Names.humanize(headline.name()) + " over " + s.count() + " rows");
  }

  /** "Under 80% of target". */
  String underLabel(DataQuestions.UnderTarget u) {
    return Phrases.fill("data.under-label", lang, "pct", u.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%",
        "target", Phrases.inline(Names.humanize(profile.table().columns().get(u.target()).name()), lang));
  }

  /** A label from phrase {@code key} for a measure named {@code name}: {M} as a heading writes it, {m} inline. */
  String label(String key, String name, String... more) {
    String m = Names.humanize(name);
    String[] args = new String[4 + more.length];
    args[0] = "M";
    args[1] = m;
    args[2] = "m";
    args[3] = Phrases.inline(m, lang);
    System.arraycopy(more, 0, args, 4, more.length);
    return SlotFiller.capitalise(Phrases.fill(key, lang, args));
  }

  private Figure mean(Measure m, Summary s) {
    return new Figure("mean_" + id(m.name()), label("data.mean-label", m.name()), s.mean(), "mean of " + Names.humanize(m.name())
        + " over " + s.count() + " rows with a value: " + plain(s.total()) + " / " + s.count() + " = " + plain(s.mean()));
  }

  private static String plain(BigDecimal v) {
    return v.setScale(Math.max(0, Math.min(2, v.stripTrailingZeros().scale())), RoundingMode.HALF_UP).toPlainString();
  }

  static String id(String label) {
    return label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
  }
}
