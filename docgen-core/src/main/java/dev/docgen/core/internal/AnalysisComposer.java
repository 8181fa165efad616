package dev.docgen.core.internal;

import dev.docgen.api.DocumentIntent;
import dev.docgen.api.data.DataColumn;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import dev.docgen.core.internal.DataAnswers.Figure;
import dev.docgen.core.internal.DataQuestions.Filter;
import dev.docgen.core.internal.TableProfile.Measure;
import dev.docgen.core.internal.TableStats.Group;
import dev.docgen.core.internal.TableStats.Summary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes a data report from a table and what the request asks of it: a summary that answers the questions with
 * computed figures, breakdowns by the requested dimensions with charts, the trend over periods, rows past a
 * threshold or under target, and the detail. Every number in the prose comes from {@link TableStats} and
 * {@link DataAnswers}; every phrase is in the document's language.
 */
final class AnalysisComposer {
  /** Detail rows in a page format: the largest rows by the measure, so the document stays readable. */
  static final int DETAIL_ROWS = 500;
  /** Detail rows in a spreadsheet, which streams rows: every row a user would filter or sum, up to this cap. */
  static final int SPREADSHEET_DETAIL_ROWS = 100_000;
  // "list every response", "alle Antworten": a request for the rows a people table keeps out of its summary.
  private static final Pattern ASKS_FOR_ROWS = Pattern.compile("(?iu)\\b(every|each|all|individual|list of|row-level|raw|"
      + "alle|einzelnen|toutes? les|chaque|tod[oa]s l[oa]s|cada|elke)\\s+(responses?|respondents?|rows?|records?|"
      + "entries|answers?|employees?|antworten|befragten|zeilen|réponses|répondants|lignes|respuestas|filas|"
      + "antwoorden|rijen)\\b");
  private final int detailRows;
  private final DocumentIntent intent;
  private final Dataset data;
  private final DataTable table;
  private final TableProfile profile;
  private final DataAnswers answers;
  private final Measure measure;
  private final Formats f;
  private final String lang;
  private final String noun;

  AnalysisComposer(DocumentIntent intent, Dataset data, TableProfile profile, DataAnswers answers, Formats formats,
      int detailRows) {
    this.detailRows = detailRows;
    this.intent = intent;
    this.data = data;
    this.profile = profile;
    this.answers = answers;
    this.table = profile.table();
    this.measure = answers.headline();
    this.f = formats;
    this.lang = intent.facts().language();
    this.noun = intent.documentType().equals("expense-report") && !measure.derived() && !measure.counted()
        ? Phrases.get("data.Expenses", lang) : Names.humanize(measure.name());
  }

  private Optional<String> scopeNote = Optional.empty();
  private boolean inPeriod = true;

  /**
   * This composer with what it says about the data against the request's period, and whether the data lies in
   * that period at all (when it does not, no sentence says "in Q3 2026").
   */
  AnalysisComposer scoped(Optional<String> note, boolean dataInPeriod) {
    this.scopeNote = note;
    this.inPeriod = dataInPeriod;
    return this;
  }

  List<Section> sections() {
    List<Section> out = new ArrayList<>();
    List<Integer> dims = dimensions();
    out.add(summary(dims));
    dims.forEach(d -> out.add(breakdown(d)));
    profile.period().ifPresent(p -> out.add(trend(p)));
    RowSections rows = new RowSections(intent, profile, answers, f, noun, detailRows);
    profile.threshold().ifPresent(t -> out.add(rows.threshold(t)));
    answers.questions().underTarget().ifPresent(u -> out.add(rows.underTarget(u)));
    if (!keepsRowsOut()) {
      out.add(rows.detail());
    }
    return out;
  }

  // A summary of people's answers shows aggregates; their rows only when the request asks for them.
  private boolean keepsRowsOut() {
    return profile.describesPeople() && !ASKS_FOR_ROWS.matcher(intent.prompt()).find();
  }

  private List<Integer> dimensions() {
    List<Integer> dims = new ArrayList<>();
    if (answers.compared()) {
      // Alternatives are compared one by one; a sum of their costs by some column means nothing.
      return dims;
    }
    for (String wanted : intent.groupBy()) {
      table.indexOf(wanted).ifPresent(i -> {
        if (profile.groupable(i) && !dims.contains(i)) {
          dims.add(i);
        }
      });
    }
    for (int asked : answers.questions().groupBy()) {
      if (profile.groupable(asked) && !dims.contains(asked)) {
        dims.add(asked);
      }
    }
    if (dims.isEmpty()) {
      profile.dimensionFor(intent.groupBy()).ifPresent(dims::add);
    }
    // A breakdown whose every group is too small to show a people table's answers is no breakdown.
    dims.removeIf(d -> grouped(d, measure).isEmpty());
    return dims;
  }

  private String inline(String name) {
    return Phrases.inline(Names.humanize(name), lang);
  }

  private String dimName(int col) {
    return inline(table.columns().get(col).name());
  }

  private String show(BigDecimal v, Measure m) {
    if (m.counted()) {
      return f.integer(v.longValue());
    }
    // A mean keeps its decimals: "4.00 out of 5", never "4 out of 5" beside "3.33 out of 5"; a rate is a percentage.
    String shown = m.type() == ColumnType.PERCENT ? f.percent(v)
        : m.averaged() && m.type() != ColumnType.CURRENCY ? f.decimal(v, 2) : f.measure(v, m);
    return shown + (m.scale() > 0 ? Phrases.fill("data.out-of", lang, "n", String.valueOf(m.scale())) : "");
  }

  private Section summary(List<Integer> dims) {
    List<String> sentences = new ArrayList<>();
    String who = intent.people().isEmpty() ? "" : Phrases.fill("data.who", lang, "who", intent.people().get(0));
    String when = intent.period().filter(p -> inPeriod).map(p -> Phrases.fill("data.when", lang, "when", p.label())).orElse("");
    int rows = table.rows().size();
    String rowsWord = answers.rowNoun(rows);
    Summary s = TableStats.summarize(table, measure).orElseThrow();
    if (measure.counted()) {
      sentences.add(Phrases.fill("data.count-sentence", lang, "count", f.integer(rows), "rows", rowsWord,
          "Rows", SlotFiller.capitalise(rowsWord), "when", when));
    } else if (measure.averaged()) {
      sentences.add(headlineMean(measure, s, who, when));
    } else if (answers.compared()) {
      // Alternatives are compared, not added up: the cheapest and the dearest carrier by annual cost.
      answers.figures().stream().filter(fig -> !fig.row().isEmpty() && fig.id().endsWith(DataAnswers.id(measure.name())))
          .forEach(fig -> sentences.add(Phrases.fill("data.extreme-sentence", lang, "label", fig.label(),
              "v", f.measure(fig.value(), measure), "row", fig.row())));
    } else {
      String name = Names.humanize(noun);
      String measured = Phrases.inline(name, lang).replaceFirst("^total\\b\\s*", "");
      String total = measured.isEmpty() ? "The total" : "Total " + measured;
      String sentence = Phrases.fill("data.sum-sentence", lang, "Total", total, "M", name, "who", who, "when", when,
          "total", "" + f.measure(s.total(), measure), "count", f.integer(s.count()), "rows", answers.rowNoun(s.count()));
      if (!rowsWord.equals(Phrases.get("data.records", lang)) && s.count() > 1 && lang.equals("en")) {
        sentence += Phrases.fill("data.each-sentence", lang, "mean", f.measure(s.mean(), measure), "row", answers.rowNoun(1));
      }
      sentences.add(sentence);
    }
    List<String> counts = new ArrayList<>();
    for (Filter fl : answers.summedFilters() ? List.<Filter>of() : answers.questions().filters()) {
      // "16 open": a status written as a word reads in lower case inside an English sentence; "S1" keeps its case.
      String value = lang.equals("en") && fl.label().matches("\\p{Lu}\\p{Ll}+( \\p{Ll}+)*") ? fl.label().toLowerCase(java.util.Locale.ROOT)
          : fl.label();
      counts.add(Phrases.fill("data.of-these-item", lang, "n", f.integer(answers.count(fl)), "value", value));
    }
    if (!counts.isEmpty()) {
      sentences.add(Phrases.fill("data.of-these", lang, "list", join(counts)));
    }
    if (answers.summedFilters() && !answers.questions().filters().isEmpty()) {
      // "50.00 billable": a yes/no column's name reads as a word of the sentence; "£606.40 for J. Carter".
      List<String> parts = answers.questions().filters().stream().map(fl -> profile.role(fl.column()) == ColumnRole.BOOLEAN
          ? Phrases.fill("data.of-these-item", lang, "n", f.measure(answers.sum(fl), measure), "value",
              Phrases.inline(Names.humanize(fl.label()), lang) + named(fl))
          : Phrases.fill("data.of-total-item", lang, "v", f.measure(answers.sum(fl), measure), "value", fl.label())).toList();
      sentences.add(Phrases.fill("data.of-total", lang, "list", join(parts)));
    }
    for (int col : answers.meanColumns()) {
      Measure m = answers.meanOf(col);
      if (!(measure.averaged() && measure.column() == col)) {
        TableStats.summarize(table, m).ifPresent(ms -> sentences.add(headlineMean(m, ms, "", "")));
      }
    }
    if (!dims.isEmpty()) {
      sentences.add(leaders(dims.get(0)));
    }
    for (DataQuestions.Extreme e : answers.questions().extremes()) {
      answers.extreme(e).ifPresent(n -> sentences.add(Phrases.fill("data.extreme-sentence", lang, "label", n.figure().label(),
          "v", show(n.figure().value(), e.column() < 0 ? measure : answers.meanOf(e.column())), "row", n.row())));
    }
    answers.questions().underTarget().ifPresent(u -> {
      List<List<Object>> under = answers.underTarget(u);
      List<String> names = under.stream().map(answers::rowName).limit(8).toList();
      sentences.add(Phrases.fill(under.isEmpty() ? "data.under-none" : "data.under-sentence", lang, "label",
          answers.underLabel(u), "n", f.integer(under.size()), "total", f.integer(rows), "rows", answers.rowNoun(rows),
          "names", String.join(", ", names) + (under.size() > names.size() ? ", …" : "")));
    });
    answers.figures().stream().filter(fig -> fig.id().startsWith("per_")).findFirst().ifPresent(fig -> {
      DataQuestions.PerUnit p = answers.questions().perUnit().orElseThrow();
      sentences.add(Phrases.fill("data.per-sentence", lang, "label", fig.label(), "v", f.measure(fig.value(), measure),
          "total", f.measure(s.total(), measure), "count", f.integer(p.count().longValue()), "unit",
          p.unit() + (p.count().intValue() == 1 || !lang.equals("en") ? "" : "s")));
    });
    profile.period().ifPresent(p -> sentences.add(trendSentence(TableStats.byPeriod(table, p, measure))));
    profile.threshold().ifPresent(t -> {
      int below = TableStats.below(table, t).size();
      String th = inline(table.columns().get(t.threshold()).name());
      sentences.add(below == 0 ? Phrases.fill("data.below-none", lang, "th", th)
          : Phrases.fill("data.below-some", lang, "n", String.valueOf(below), "total", String.valueOf(rows), "th", th));
    });
    List<Block> blocks = new ArrayList<>();
    scopeNote.ifPresent(n -> blocks.add(Paragraph.of(n)));
    blocks.add(Callout.of(Callout.Kind.SUMMARY, Phrases.get("data.Key findings", lang), String.join(" ", sentences)));
    blocks.add(keyFigures());
    for (Derivations.Applied a : answers.derived()) {
      // "Closing below zero: April 2027, May 2027": the rows a kind's figure flags, where the reader sees them first.
      // A threshold the request sets ("under 80% of target") replaces the kind's own ("below target").
      boolean replaced = answers.questions().underTarget().isPresent() && a.derivation().inputs().containsKey("target");
      a.derivation().flag().filter(fl -> !a.flagged().isEmpty() && !replaced).ifPresent(fl -> blocks.add(Callout.of(Callout.Kind.WARNING,
          fl.label(), Phrases.fill("data.flagged", lang, "names", String.join(", ", a.flagged().stream().map(this::spoken).toList()),
              "n", f.integer(a.flagged().size()), "total", f.integer(table.rows().size())))));
    }
    if (!data.fields().isEmpty()) {
      blocks.add(RecordComposer.details(data, f));
    }
    if (keepsRowsOut()) {
      blocks.add(Paragraph.of(Phrases.get("data.privacy-note", lang)));
    }
    String title = intent.documentType().equals("sales-report") || intent.documentType().equals("report")
        ? Phrases.get("data.Executive Summary", lang) : Phrases.get("data.Summary", lang);
    return new Section(title, 1, blocks, List.of());
  }

  private String headlineMean(Measure m, Summary s, String who, String when) {
    String name = Names.humanize(m.name());
    return Phrases.fill("data.mean-sentence", lang, "M", name, "m", Phrases.inline(name, lang), "who", who, "when", when,
        "mean", m.type() == ColumnType.CURRENCY ? f.measure(s.mean(), m) : m.type() == ColumnType.PERCENT
            ? f.percent(s.mean()) : f.decimal(s.mean(), 2), "scale", m.scale() > 0 ? Phrases.fill("data.out-of", lang, "n", "" + m.scale()) : "",
        "count", f.integer(s.count()), "rows", answers.rowNoun(s.count()));
  }

  private KeyValue keyFigures() {
    List<KeyValue.Entry> entries = new ArrayList<>();
    for (Figure fig : answers.figures()) {
      String shown;
      if (fig.id().startsWith("yes_")) {
        shown = Phrases.fill("data.n-of", lang, "n", f.integer(fig.value().longValue()), "total", f.integer(fig.of()),
            "share", f.percent(TableProfile.divide(fig.value(), BigDecimal.valueOf(fig.of()))));
      } else if (fig.id().startsWith("sum_")) {
        shown = f.measure(fig.value(), measure);
      } else if (fig.id().equals("rows") || fig.id().startsWith("count_") || fig.id().equals("under_target")) {
        shown = f.integer(fig.value().longValue());
      } else if (fig.id().startsWith("mean_") || fig.id().startsWith("max_") || fig.id().startsWith("min_")) {
        Measure m = fig.id().startsWith("mean_") && measure.averaged() && fig.label().equals(answers.label("data.mean-label",
            measure.name())) ? measure : measureNamed(fig);
        shown = show(fig.value(), m);
        if (!fig.row().isEmpty()) {
          shown += " (" + fig.row() + ")";
        }
      } else {
        shown = f.measure(fig.value(), measure);
      }
      entries.add(new KeyValue.Entry(fig.label(), shown));
    }
    for (Derivations.Applied a : answers.derived()) {
      if (a.column() == measure.column() || a.total().isEmpty()) {
        continue;
      }
      DataColumn c = table.columns().get(a.column());
      a.scalars().forEach((input, v) -> {
        String named = a.derivation().inputLabels().getOrDefault(input, "");
        if (!named.isEmpty()) {
          entries.add(new KeyValue.Entry(named, c.type() == ColumnType.CURRENCY ? f.money(v, c.currency()) : f.decimal(v, 2)));
        }
      });
      String label = a.derivation().total().equals("sum") ? answers.label("data.total-label", c.name()) : c.name();
      String shown = c.type() == ColumnType.PERCENT ? f.percent(a.total().get())
          : c.type() == ColumnType.CURRENCY ? f.money(a.total().get(), c.currency()) : f.decimal(a.total().get(), 2);
      entries.add(new KeyValue.Entry(label, shown));
    }
    return new KeyValue(Phrases.get("data.Key figures", lang), entries);
  }

  // The measure a mean or extreme figure is of, for its formatting: the column its id names.
  private Measure measureNamed(Figure fig) {
    String id = fig.id().substring(fig.id().indexOf('_') + 1);
    for (int i = 0; i < table.columns().size(); i++) {
      if (DataAnswers.id(table.columns().get(i).name()).equals(id)) {
        return answers.meanOf(i);
      }
    }
    return measure;
  }

  private String join(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + Phrases.get("data.and", lang) + items.get(items.size() - 1);
  }

  private String leaders(int dim) {
    List<Group> groups = grouped(dim, measure);
    Group top = groups.get(0);
    Group last = groups.get(groups.size() - 1);
    String kind = measure.counted() ? "count" : measure.averaged() ? "mean" : "sum";
    String rowsWord = answers.rowNoun(2);
    String line = Phrases.fill("data.lead-" + kind, lang, "dim", dimName(dim), "top", top.key(),
        "v", show(top.figure(measure), measure), "share", f.percent(top.share()), "rows", rowsWord);
    if (groups.size() > 2 && !measure.averaged()) {
      Group second = groups.get(1);
      line += Phrases.fill("data.second", lang, "name", second.key(), "v", show(second.figure(measure), measure));
    }
    if (groups.size() > 1) {
      line += Phrases.fill("data.last-" + kind, lang, "name", last.key(), "v", show(last.figure(measure), measure),
          "share", f.percent(last.share()));
    }
    return line + ".";
  }

  private String trendSentence(List<Group> periods) {
    Group first = periods.get(0);
    Group last = periods.get(periods.size() - 1);
    Group peak = periods.stream().max(Comparator.comparing((Group g) -> g.figure(measure))).orElseThrow();
    // Against the first value's size: from -2,700 to 8,700 is a rise, whatever the first value's sign.
    BigDecimal change = TableProfile.divide(last.figure(measure).subtract(first.figure(measure)), first.figure(measure).abs());
    String name = Names.humanize(noun);
    // A percentage change means something between two positive values only: from -2,700 to 8,700 is no "+422%".
    boolean comparable = first.figure(measure).signum() > 0 && last.figure(measure).signum() > 0;
    return Phrases.fill(change.signum() >= 0 ? "data.rose" : "data.fell", lang, "M", name, "m", Phrases.inline(name, lang),
        "a", show(first.figure(measure), measure), "p1", spoken(first.key()), "b", show(last.figure(measure), measure),
        "p2", spoken(last.key()), "chg", comparable ? (change.signum() >= 0 ? "+" : "−") + f.percent(change.abs()) : "",
        "peak", spoken(peak.key())).replace(" ()", "");
  }

  // "2026-07" reads "July 2026" in a sentence; the table keeps the ISO month.
  private String spoken(String period) {
    if (period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
      return f.monthYear(java.time.YearMonth.parse(period));
    }
    return period;
  }

  private String by(int dim) {
    String name = Names.humanize(noun);
    String label = measure.averaged() ? answers.label("data.mean-label", measure.name()) : name;
    return Phrases.fill("data.by", lang, "M", label, "dim", dimName(dim));
  }

  // "billable percentage", "share of billable hours", "Anteil": the request asks for a part's share.
  private static final java.util.regex.Pattern SHARE_ASKED = java.util.regex.Pattern.compile("(?iu)\\b(?:percent(?:age)?|share|"
      + "ratio|rate|utili[sz]ation|anteil|quote|prozent|pourcentage|part|taux|porcentaje|proporción|percentage|aandeel)\\b|%");

  /** " (Taxi to client site)": the few rows a filter the request points at holds, by name; none when there are many. */
  private String named(Filter fl) {
    List<List<Object>> rows = answers.rows(fl);
    if (fl.excluded().isEmpty() || rows.isEmpty() || rows.size() > 3) {
      return "";
    }
    return " (" + String.join("; ", rows.stream().map(answers::rowName).toList()) + ")";
  }

  private Section breakdown(int dim) {
    String dimLabel = Names.humanize(table.columns().get(dim).name());
    List<Group> groups = grouped(dim, measure);
    // Beside a count, the amounts the rows carry ("orders by status" with their revenue); beside a sum or a mean,
    // other measures that combine the same way.
    List<Measure> others = profile.measures().stream()
        .filter(m -> m != measure && !m.derived() && m.type() != ColumnType.DECIMAL && m.column() != measure.column()
            && m.column() != measure.factor() && !isThresholdColumn(m.column()) && !TableProfile.isUnitRate(m.name())
            && answers.summable(m.column()) && (measure.counted() ? m.aggregation() == ColumnRole.Aggregation.SUM
                && m.type() == ColumnType.CURRENCY : m.aggregation() == measure.aggregation())
            // A column the request averages has its mean column already.
            && !answers.meanColumns().contains(m.column()))
        .limit(2).toList();
    List<Measure> means = answers.meanColumns().stream().filter(c -> !(measure.averaged() && measure.column() == c))
        .map(answers::meanOf).toList();
    List<Filter> filters = answers.questions().filters().stream().filter(fl -> fl.column() != dim).toList();
    String headLabel = measure.averaged() ? answers.label("data.mean-label", measure.name()) : noun;
    Table.Builder t = Table.builder().caption(by(dim));
    t.column(Column.text(dimLabel)).column(new Column(headLabel, measureType(measure), measure.currency()));
    boolean summed = answers.summedFilters();
    // "Billable 23.50, Billable % 92.2%": a part of the hours, and its share of each group's own hours.
    List<Filter> shared = summed && SHARE_ASKED.matcher(intent.prompt()).find() ? filters.stream()
        .filter(fl -> profile.role(fl.column()) == ColumnRole.BOOLEAN && !measure.averaged() && !measure.counted()).toList()
        : List.of();
    filters.forEach(fl -> {
      t.column(summed ? new Column(SlotFiller.capitalise(fl.label()), measureType(measure), measure.currency())
          : Column.of(SlotFiller.capitalise(fl.label()), ColumnType.INTEGER));
      if (shared.contains(fl)) {
        t.column(Column.of(Phrases.fill("data.part-share", lang, "value", SlotFiller.capitalise(fl.label())), ColumnType.PERCENT));
      }
    });
    means.forEach(m -> t.column(new Column(answers.label("data.mean-label", m.name()), measureType(m), m.currency())));
    others.forEach(m -> t.column(Names.column(table.columns().get(m.column()))));
    if (!measure.counted()) {
      // "Orders", "Weeks", "Records": what each group counts, not "Items".
      t.column(Column.of(SlotFiller.capitalise(answers.rowNoun(2)), ColumnType.INTEGER));
    }
    if (!measure.averaged()) {
      t.column(Column.of(Phrases.get("data.Share", lang), ColumnType.PERCENT));
    }
    List<Map<String, BigDecimal>> meanByGroup = means.stream().map(m -> figures(dim, m)).toList();
    List<Map<String, BigDecimal>> otherByGroup = others.stream().map(m -> figures(dim, m)).toList();
    for (Group g : groups) {
      List<Object> row = new ArrayList<>(List.of(g.key(), g.figure(measure)));
      filters.forEach(fl -> {
        BigDecimal part = summed ? answers.sum(fl, dim, g.key()) : BigDecimal.valueOf(answers.count(fl, dim, g.key()));
        row.add(part);
        if (shared.contains(fl)) {
          row.add(TableProfile.divide(part, g.figure(measure)));
        }
      });
      meanByGroup.forEach(m -> row.add(m.getOrDefault(g.key(), BigDecimal.ZERO)));
      otherByGroup.forEach(m -> row.add(m.getOrDefault(g.key(), BigDecimal.ZERO)));
      if (!measure.counted()) {
        row.add(BigDecimal.valueOf(g.count()));
      }
      if (!measure.averaged()) {
        row.add(g.share());
      }
      t.row(row);
    }
    Summary s = TableStats.summarize(table, measure).orElseThrow();
    List<Object> totals = new ArrayList<>(List.of(Phrases.get("data.Total", lang), measure.averaged() ? s.mean() : s.total()));
    filters.forEach(fl -> {
      BigDecimal part = summed ? answers.sum(fl) : BigDecimal.valueOf(answers.count(fl));
      totals.add(part);
      if (shared.contains(fl)) {
        totals.add(TableProfile.divide(part, measure.averaged() ? s.mean() : s.total()));
      }
    });
    means.forEach(m -> totals.add(TableStats.summarize(table, m).map(Summary::mean).orElse(BigDecimal.ZERO)));
    others.forEach(m -> totals.add(TableStats.summarize(table, m).map(x -> m.averaged() ? x.mean() : x.total())
        .orElse(BigDecimal.ZERO)));
    if (!measure.counted()) {
      totals.add(BigDecimal.valueOf(table.rows().size()));
    }
    if (!measure.averaged()) {
      totals.add(BigDecimal.ONE);
    }
    t.totals(totals.toArray());
    List<Block> blocks = new ArrayList<>();
    Group top = groups.get(0);
    Group last = groups.get(groups.size() - 1);
    String name = Names.humanize(noun);
    blocks.add(Paragraph.markup(measure.averaged()
        ? Phrases.fill("data.breakdown-mean", lang, "M", name, "m", Phrases.inline(name, lang), "dim", dimName(dim),
            "top", top.key(), "v", show(top.figure(measure), measure), "last", last.key(), "w", show(last.figure(measure), measure))
        : Phrases.fill("data.breakdown-sum", lang, "M", name, "dim", dimName(dim), "top", top.key(),
            "v", show(top.figure(measure), measure), "share", f.percent(top.share()))));
    blocks.add(t.build());
    if (groups.size() >= 2 && groups.size() <= 12) {
      ChartType type = intent.chart().orElse(ChartType.BAR);
      blocks.add(new Chart(type == ChartType.LINE ? ChartType.BAR : type, by(dim),
          groups.stream().map(Group::key).toList(), List.of(new Series(headLabel,
              groups.stream().map(g -> g.figure(measure)).toList())), dimLabel, headLabel + currencySuffix()));
    }
    String heading = Phrases.fill("data.by", lang, "M", lang.equals("en") ? Names.heading(headLabel) : headLabel, "dim",
        lang.equals("en") ? Names.heading(table.columns().get(dim).name()) : dimName(dim));
    return new Section(heading, 1, blocks, List.of());
  }

  private Map<String, BigDecimal> figures(int dim, Measure m) {
    Map<String, BigDecimal> out = new HashMap<>();
    grouped(dim, m).forEach(g -> out.put(g.key(), g.figure(m)));
    return out;
  }

  /** Fewer people than this in a group of a people table could be told apart, so the group is merged. */
  static final int SMALLEST_GROUP = 3;

  /**
   * The groups of {@code dim} for {@code m}; in a summary of people's answers, groups of fewer than
   * {@link #SMALLEST_GROUP} people go into one "Other" group, left out if it is still that small, so that no one's
   * answer can be read off a breakdown.
   */
  private List<Group> grouped(int dim, Measure m) {
    List<Group> groups = TableStats.groupBy(table, dim, m);
    if (!keepsRowsOut() || groups.stream().allMatch(g -> g.count() >= SMALLEST_GROUP)) {
      return groups;
    }
    List<Group> out = new ArrayList<>();
    int count = 0;
    int valued = 0;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal share = BigDecimal.ZERO;
    for (Group g : groups) {
      if (g.count() >= SMALLEST_GROUP) {
        out.add(g);
      } else {
        count += g.count();
        valued += g.valued();
        sum = sum.add(g.sum());
        share = share.add(g.share());
      }
    }
    if (count >= SMALLEST_GROUP) {
      out.add(new Group(Phrases.fill("data.other-small", lang, "n", String.valueOf(SMALLEST_GROUP)), count, sum, share, valued));
    }
    return out.isEmpty() ? groups.subList(0, 0) : out;
  }

  private boolean isThresholdColumn(int col) {
    return profile.threshold().map(t -> t.threshold() == col).orElse(false);
  }

  private String currencySuffix() {
    return measure.currency().isEmpty() ? "" : " (" + measure.currency() + ")";
  }

  private static ColumnType measureType(Measure m) {
    if (m.averaged()) {
      return m.type() == ColumnType.CURRENCY ? ColumnType.CURRENCY : ColumnType.DECIMAL;
    }
    return m.type() == ColumnType.INTEGER ? ColumnType.INTEGER : m.type() == ColumnType.CURRENCY
        ? ColumnType.CURRENCY : ColumnType.DECIMAL;
  }

  private Section trend(int period) {
    List<Group> periods = TableStats.byPeriod(table, period, measure);
    String periodName = Names.humanize(table.columns().get(period).name());
    String headLabel = measure.averaged() ? answers.label("data.mean-label", measure.name()) : noun;
    Table.Builder t = Table.builder().caption(Phrases.fill("data.by", lang, "M", headLabel, "dim", dimName(period)))
        .column(Column.text(periodName)).column(new Column(headLabel, measureType(measure), measure.currency()))
        .column(Column.of(Phrases.get("data.Change", lang), ColumnType.PERCENT));
    for (int i = 0; i < periods.size(); i++) {
      Group g = periods.get(i);
      BigDecimal before = i == 0 ? null : periods.get(i - 1).figure(measure);
      Object change = before == null || before.signum() <= 0 || g.figure(measure).signum() <= 0 ? ""
          : TableProfile.divide(g.figure(measure).subtract(before), before);
      t.row(g.key(), g.figure(measure), change);
    }
    Chart chart = new Chart(ChartType.LINE, Phrases.fill("data.by", lang, "M", headLabel, "dim", dimName(period)),
        periods.stream().map(Group::key).toList(), List.of(new Series(headLabel,
            periods.stream().map(g -> g.figure(measure)).toList())), periodName, headLabel + currencySuffix());
    String heading = Phrases.fill("data.trend-heading", lang, "dim", lang.equals("en")
        ? Names.heading(table.columns().get(period).name()) : dimName(period));
    return new Section(heading, 1, List.of(Paragraph.markup(trendSentence(periods)), t.build(), chart), List.of());
  }
}
