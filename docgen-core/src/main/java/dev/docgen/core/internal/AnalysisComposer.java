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
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import dev.docgen.core.internal.TableProfile.Measure;
import dev.docgen.core.internal.TableStats.Group;
import dev.docgen.core.internal.TableStats.Summary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Writes a data report from a table with a measure: a summary of computed facts, breakdowns by the
 * requested dimensions with charts, the trend over periods, items past a threshold, and the detail.
 * Every number in the prose comes from {@link TableStats}.
 */
final class AnalysisComposer {
  /** Detail rows in a page format: the largest rows by the measure, so the document stays readable. */
  static final int DETAIL_ROWS = 500;
  /** Detail rows in a spreadsheet, which streams rows: every row a user would filter or sum, up to this cap. */
  static final int SPREADSHEET_DETAIL_ROWS = 100_000;
  private final int detailRows;
  private final DocumentIntent intent;
  private final Dataset data;
  private final DataTable table;
  private final TableProfile profile;
  private final Measure measure;
  private final Formats f;
  private final String noun;

  AnalysisComposer(DocumentIntent intent, Dataset data, TableProfile profile, Formats formats, int detailRows) {
    this.detailRows = detailRows;
    this.intent = intent;
    this.data = data;
    this.profile = profile;
    this.table = profile.table();
    this.measure = profile.mainMeasure().orElseThrow();
    this.f = formats;
    this.noun = intent.documentType().equals("expense-report") && !measure.derived() ? "Expenses"
        : Names.humanize(measure.name());
  }

  List<Section> sections() {
    List<Section> out = new ArrayList<>();
    Summary s = TableStats.summarize(table, measure).orElseThrow();
    List<Integer> dims = dimensions();
    out.add(summary(s, dims));
    dims.forEach(d -> out.add(breakdown(d)));
    profile.period().ifPresent(p -> out.add(trend(p)));
    profile.threshold().ifPresent(t -> out.add(threshold(t)));
    out.add(detail());
    return out;
  }

  private List<Integer> dimensions() {
    List<Integer> dims = new ArrayList<>();
    for (String wanted : intent.groupBy()) {
      table.indexOf(wanted).ifPresent(i -> {
        if (profile.groupable(i) && !dims.contains(i)) {
          dims.add(i);
        }
      });
    }
    if (dims.isEmpty()) {
      profile.dimensionFor(intent.groupBy()).ifPresent(dims::add);
    }
    return dims;
  }

  private Section summary(Summary s, List<Integer> dims) {
    List<String> sentences = new ArrayList<>();
    String who = intent.people().isEmpty() ? "" : " for " + intent.people().get(0);
    String when = intent.period().map(p -> " in " + p.label()).orElse("");
    // A measure named "Total" or "Total sales" is not a "Total total".
    String measured = noun.toLowerCase(Locale.ROOT).replaceFirst("^total\\b\\s*", "");
    sentences.add((measured.isEmpty() ? "The total" : "Total " + measured) + who + when + " came to **" + f.measure(s.total(), measure)
        + "** across " + f.integer(s.count()) + " " + rowNoun(s.count()) + ", an average of "
        + f.measure(s.mean(), measure) + " each.");
    if (!dims.isEmpty()) {
      List<Group> groups = TableStats.groupBy(table, dims.get(0), measure);
      String dimName = Names.humanize(table.columns().get(dims.get(0)).name()).toLowerCase(Locale.ROOT);
      Group top = groups.get(0);
      String line = "By " + dimName + ", **" + top.key() + "** contributed the most with " + f.measure(top.sum(), measure)
          + " (" + f.percent(top.share()) + " of the total)";
      if (groups.size() > 2) {
        Group second = groups.get(1);
        line += ", followed by " + second.key() + " with " + f.measure(second.sum(), measure);
      }
      Group last = groups.get(groups.size() - 1);
      if (groups.size() > 1) {
        line += "; " + last.key() + " was the smallest at " + f.measure(last.sum(), measure)
            + " (" + f.percent(last.share()) + ")";
      }
      sentences.add(line + ".");
    }
    profile.period().ifPresent(p -> sentences.add(trendSentence(TableStats.byPeriod(table, p, measure))));
    profile.threshold().ifPresent(t -> {
      int below = TableStats.below(table, t).size();
      sentences.add(below == 0 ? "No item is below its " + Names.humanize(table.columns().get(t.threshold()).name()).toLowerCase(Locale.ROOT) + "."
          : "**" + below + " of " + table.rows().size() + "** items are below their "
              + Names.humanize(table.columns().get(t.threshold()).name()).toLowerCase(Locale.ROOT) + " and need reordering.");
    });
    List<Block> blocks = new ArrayList<>();
    blocks.add(Callout.of(Callout.Kind.SUMMARY, "Key figures", String.join(" ", sentences)));
    if (!data.fields().isEmpty()) {
      blocks.add(RecordComposer.details(data, f));
    }
    String title = intent.documentType().equals("sales-report") || intent.documentType().equals("report")
        ? "Executive Summary" : "Summary";
    return new Section(title, 1, blocks, List.of());
  }

  private String rowNoun(int count) {
    String name = table.name().contains(".") ? table.name().substring(table.name().lastIndexOf('.') + 1) : table.name();
    if (name.matches("(?i)items|lines|transactions|orders|expenses|entries|records|products")) {
      return count == 1 ? name.toLowerCase(Locale.ROOT).replaceAll("s$", "") : name.toLowerCase(Locale.ROOT);
    }
    // "across 4 weeks": a series a request states is counted in its own periods.
    if (profile.period().isPresent() && !table.rows().isEmpty()) {
      String first = table.rows().get(0).get(profile.period().getAsInt()).toString();
      Matcher unit = PERIOD_UNIT.matcher(first);
      if (unit.lookingAt()) {
        String u = unit.group(1).toLowerCase(Locale.ROOT);
        return count == 1 ? u : u + "s";
      }
    }
    return count == 1 ? "record" : "records";
  }

  private static final java.util.regex.Pattern PERIOD_UNIT = java.util.regex.Pattern.compile("(?i)(week|day|month)\\s+\\d");

  private String trendSentence(List<Group> periods) {
    Group first = periods.get(0);
    Group last = periods.get(periods.size() - 1);
    Group peak = periods.stream().max(java.util.Comparator.comparing(Group::sum)).orElseThrow();
    BigDecimal change = TableProfile.divide(last.sum().subtract(first.sum()), first.sum());
    String direction = change.signum() >= 0 ? "rose" : "fell";
    return "Over the period " + noun.toLowerCase(Locale.ROOT) + " " + direction + " from " + f.measure(first.sum(), measure)
        + " in " + first.key() + " to " + f.measure(last.sum(), measure) + " in " + last.key() + " ("
        + (change.signum() >= 0 ? "+" : "−") + f.percent(change.abs()) + "), with the peak in " + peak.key() + ".";
  }

  private Section breakdown(int dim) {
    String dimName = Names.humanize(table.columns().get(dim).name());
    List<Group> groups = TableStats.groupBy(table, dim, measure);
    List<Measure> others = profile.measures().stream()
        .filter(m -> m != measure && !m.derived() && m.type() != ColumnType.DECIMAL && m.column() != measure.column()
            && m.column() != measure.factor() && !isThresholdColumn(m.column()) && !TableProfile.isUnitRate(m.name()))
        .limit(2).toList();
    Table.Builder t = Table.builder().caption(noun + " by " + dimName.toLowerCase(Locale.ROOT));
    t.column(Column.text(dimName)).column(new Column(noun, measureType(), measure.currency()));
    others.forEach(m -> t.column(Names.column(table.columns().get(m.column()))));
    // "Orders", "Weeks", "Records": what each group counts, not "Items".
    t.column(Column.of(SlotFiller.capitalise(rowNoun(2)), ColumnType.INTEGER)).column(Column.of("Share", ColumnType.PERCENT));
    for (Group g : groups) {
      List<Object> row = new ArrayList<>(List.of(g.key(), g.sum()));
      others.forEach(m -> row.add(sumWhere(m, dim, g.key())));
      row.add(BigDecimal.valueOf(g.count()));
      row.add(g.share());
      t.row(row);
    }
    Summary s = TableStats.summarize(table, measure).orElseThrow();
    List<Object> totals = new ArrayList<>(List.of("Total", s.total()));
    others.forEach(m -> totals.add(TableStats.summarize(table, m).map(Summary::total).orElse(BigDecimal.ZERO)));
    totals.add(BigDecimal.valueOf(table.rows().size()));
    totals.add(BigDecimal.ONE);
    t.totals(totals.toArray());
    List<Block> blocks = new ArrayList<>();
    Group top = groups.get(0);
    blocks.add(Paragraph.markup(noun + " by " + dimName.toLowerCase(Locale.ROOT) + ", largest first. " + top.key()
        + " leads with " + f.measure(top.sum(), measure) + ", " + f.percent(top.share()) + " of the total."));
    blocks.add(t.build());
    if (groups.size() >= 2 && groups.size() <= 12) {
      ChartType type = intent.chart().orElse(ChartType.BAR);
      blocks.add(new Chart(type == ChartType.LINE ? ChartType.BAR : type, noun + " by " + dimName.toLowerCase(Locale.ROOT),
          groups.stream().map(Group::key).toList(), List.of(new Series(noun, groups.stream().map(Group::sum).toList())),
          dimName, noun + currencySuffix()));
    }
    return new Section(noun + " by " + Names.heading(table.columns().get(dim).name()), 1, blocks, List.of());
  }

  private boolean isThresholdColumn(int col) {
    return profile.threshold().map(t -> t.threshold() == col).orElse(false);
  }

  private String currencySuffix() {
    return measure.currency().isEmpty() ? "" : " (" + measure.currency() + ")";
  }

  private ColumnType measureType() {
    return measure.type() == ColumnType.INTEGER ? ColumnType.INTEGER : measure.type() == ColumnType.CURRENCY
        ? ColumnType.CURRENCY : ColumnType.DECIMAL;
  }

  private BigDecimal sumWhere(Measure m, int dim, String key) {
    BigDecimal sum = BigDecimal.ZERO;
    for (List<Object> row : table.rows()) {
      if (row.get(dim).toString().equals(key)) {
        sum = sum.add(m.value(row).orElse(BigDecimal.ZERO));
      }
    }
    return sum;
  }

  private Section trend(int period) {
    List<Group> periods = TableStats.byPeriod(table, period, measure);
    String periodName = Names.humanize(table.columns().get(period).name());
    Table.Builder t = Table.builder().caption(noun + " by " + periodName.toLowerCase(Locale.ROOT))
        .column(Column.text(periodName)).column(new Column(noun, measureType(), measure.currency()))
        .column(Column.of("Change", ColumnType.PERCENT));
    for (int i = 0; i < periods.size(); i++) {
      Group g = periods.get(i);
      Object change = i == 0 ? "" : TableProfile.divide(g.sum().subtract(periods.get(i - 1).sum()), periods.get(i - 1).sum());
      t.row(g.key(), g.sum(), change);
    }
    Chart chart = new Chart(ChartType.LINE, noun + " by " + periodName.toLowerCase(Locale.ROOT),
        periods.stream().map(Group::key).toList(), List.of(new Series(noun, periods.stream().map(Group::sum).toList())),
        periodName, noun + currencySuffix());
    return new Section("Trend by " + Names.heading(table.columns().get(period).name()), 1,
        List.of(Paragraph.markup(trendSentence(periods)), t.build(), chart), List.of());
  }

  private Section threshold(TableProfile.ThresholdPair pair) {
    List<List<Object>> below = TableStats.below(table, pair);
    String thName = Names.humanize(table.columns().get(pair.threshold()).name());
    Table.Builder t = Table.builder().caption("Items below their " + thName.toLowerCase(Locale.ROOT));
    List<Integer> cols = new ArrayList<>();
    profile.label().ifPresent(cols::add);
    for (int i = 0; i < table.columns().size() && cols.size() < 3; i++) {
      if (table.columns().get(i).type() == ColumnType.TEXT && !cols.contains(i)) {
        cols.add(i);
      }
    }
    cols.add(pair.value());
    cols.add(pair.threshold());
    cols.forEach(c -> t.column(Names.column(table.columns().get(c))));
    t.column(Column.of("Shortfall", table.columns().get(pair.value()).type()));
    for (List<Object> row : below) {
      List<Object> cells = new ArrayList<>();
      cols.forEach(c -> cells.add(row.get(c)));
      cells.add(((BigDecimal) row.get(pair.threshold())).subtract((BigDecimal) row.get(pair.value())));
      t.row(cells);
    }
    List<Block> blocks = new ArrayList<>();
    if (below.isEmpty()) {
      blocks.add(Paragraph.of("No item is below its " + thName.toLowerCase(Locale.ROOT) + "."));
    } else {
      blocks.add(Callout.of(Callout.Kind.WARNING, "Reorder needed", below.size() + " items are below their "
          + thName.toLowerCase(Locale.ROOT) + ". Order at least the shortfall shown to restore the minimum stock."));
      blocks.add(t.build());
    }
    return new Section("Items Below " + Names.heading(table.columns().get(pair.threshold()).name()), 1, blocks, List.of());
  }

  private Section detail() {
    Table.Builder t = Table.builder().caption(table.rows().size() > detailRows
        ? "The " + detailRows + " largest of " + table.rows().size() + " rows by " + noun.toLowerCase(Locale.ROOT) : "");
    for (DataColumn c : table.columns()) {
      t.column(Names.column(c));
    }
    if (measure.derived()) {
      t.column(new Column(noun, ColumnType.CURRENCY, measure.currency()));
    }
    List<List<Object>> all = new ArrayList<>(table.rows());
    firstDateColumn().ifPresent(d -> all.sort(java.util.Comparator.comparing(r -> r.get(d).toString())));
    List<List<Object>> rows = all;
    if (rows.size() > detailRows) {
      rows.sort((a, b) -> measure.value(b).orElse(BigDecimal.ZERO).compareTo(measure.value(a).orElse(BigDecimal.ZERO)));
      rows = rows.subList(0, detailRows);
    }
    for (List<Object> row : rows) {
      List<Object> cells = new ArrayList<>(row);
      if (measure.derived()) {
        cells.add(measure.value(row).orElse(BigDecimal.ZERO));
      }
      t.row(cells);
    }
    t.totals(detailTotals().toArray());
    String title = intent.documentType().equals("expense-report") ? "Itemised Expenses"
        : intent.documentType().equals("inventory-report") ? "Inventory by SKU" : "Detailed Data";
    return new Section(title, 1, List.of(t.build()), List.of());
  }

  private java.util.Optional<Integer> firstDateColumn() {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).type() == ColumnType.DATE) {
        return java.util.Optional.of(i);
      }
    }
    return java.util.Optional.empty();
  }

  private List<Object> detailTotals() {
    List<Object> totals = new ArrayList<>();
    boolean labelled = false;
    for (int c = 0; c < table.columns().size(); c++) {
      DataColumn col = table.columns().get(c);
      boolean summable = col.type() == ColumnType.CURRENCY || (c == measure.column() && !measure.derived())
          || (col.type() == ColumnType.INTEGER && col.name().matches("(?i).*(units|quantity|qty|hours|count).*"));
      if (summable) {
        totals.add(sumColumn(c));
      } else if (!labelled && col.type() == ColumnType.TEXT) {
        totals.add("Total");
        labelled = true;
      } else {
        totals.add("");
      }
    }
    if (measure.derived()) {
      totals.add(TableStats.summarize(table, measure).map(Summary::total).orElse(BigDecimal.ZERO));
    }
    return totals;
  }

  private BigDecimal sumColumn(int c) {
    BigDecimal sum = BigDecimal.ZERO;
    for (List<Object> row : table.rows()) {
      if (row.get(c) instanceof BigDecimal d) {
        sum = sum.add(d);
      }
    }
    return sum;
  }
}
