package dev.docgen.core.internal;

import dev.docgen.api.DocumentIntent;
import dev.docgen.api.data.DataColumn;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.core.internal.TableProfile.Measure;
import dev.docgen.core.internal.TableStats.Summary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sections of a data report that list rows: the items below their threshold, the rows under their target, and
 * the detail, with totals only for what a reader adds up.
 */
final class RowSections {
  private static final Pattern SUMMED_NAME = Pattern.compile("(?iu).*(units|quantity|qty|hours|count|menge|anzahl|"
      + "stück|quantité|cantidad|aantal|stuks).*");
  private final DocumentIntent intent;
  private final TableProfile profile;
  private final DataTable table;
  private final DataAnswers answers;
  private final Measure measure;
  private final Formats f;
  private final String lang;
  private final String noun;
  private final int detailRows;

  RowSections(DocumentIntent intent, TableProfile profile, DataAnswers answers, Formats f, String noun, int detailRows) {
    this.intent = intent;
    this.profile = profile;
    this.table = profile.table();
    this.answers = answers;
    this.measure = answers.headline();
    this.f = f;
    this.lang = intent.facts().language();
    this.noun = noun;
    this.detailRows = detailRows;
  }

  private String inline(String name) {
    return Phrases.inline(Names.humanize(name), lang);
  }

  private static final java.util.regex.Pattern ORDER_QTY = java.util.regex.Pattern.compile("(?iu).*(?:reorder|order|to order)"
      + "[ _-]?(?:qty|quantity|amount|units)|bestellmenge|nachbestellmenge|quantité à commander|quantite a commander|"
      + "qté à commander|cantidad a pedir|cantidad de pedido|bestelhoeveelheid|bestelaantal");

  Section threshold(TableProfile.ThresholdPair pair) {
    List<List<Object>> below = TableStats.below(table, pair);
    String th = inline(table.columns().get(pair.threshold()).name());
    Table.Builder t = Table.builder().caption(Phrases.fill("data.below-caption", lang, "th", th));
    List<Integer> cols = new ArrayList<>();
    profile.label().ifPresent(cols::add);
    for (int i = 0; i < table.columns().size() && cols.size() < 3; i++) {
      if (table.columns().get(i).type() == ColumnType.TEXT && !cols.contains(i)) {
        cols.add(i);
      }
    }
    cols.add(pair.value());
    cols.add(pair.threshold());
    // "what does it cost": the shortfall at the unit price, when the table has one.
    int price = -1;
    for (int i = 0; i < table.columns().size() && price < 0; i++) {
      if (profile.role(i) == ColumnRole.UNIT_PRICE && table.columns().get(i).type().isNumeric()) {
        price = i;
      }
    }
    int unit = price;
    if (unit >= 0 && !cols.contains(unit)) {
      cols.add(unit);
    }
    // "Reorder qty 40": what the table says to order, which the cost is of; else the shortfall.
    int order = -1;
    for (int i = 0; i < table.columns().size() && order < 0; i++) {
      if (table.columns().get(i).type().isNumeric() && ORDER_QTY.matcher(table.columns().get(i).name()).matches()) {
        order = i;
      }
    }
    int ordered = order;
    cols.forEach(c -> t.column(Names.column(table.columns().get(c))));
    t.column(ordered >= 0 ? Names.column(table.columns().get(ordered))
        : Column.of(Phrases.get("data.Shortfall", lang), table.columns().get(pair.value()).type()));
    if (unit >= 0) {
      DataColumn p = table.columns().get(unit);
      t.column(new Column(Phrases.get("data.Reorder cost", lang), ColumnType.CURRENCY, p.currency()));
    }
    BigDecimal cost = BigDecimal.ZERO;
    for (List<Object> row : below) {
      List<Object> cells = new ArrayList<>();
      cols.forEach(c -> cells.add(row.get(c)));
      BigDecimal shortfall = ordered >= 0 && row.get(ordered) instanceof BigDecimal q ? q
          : ((BigDecimal) row.get(pair.threshold())).subtract((BigDecimal) row.get(pair.value()));
      cells.add(shortfall);
      if (unit >= 0) {
        BigDecimal line = row.get(unit) instanceof BigDecimal u ? u.multiply(shortfall).setScale(2, java.math.RoundingMode.HALF_UP)
            : BigDecimal.ZERO;
        cost = cost.add(line);
        cells.add(line);
      }
      t.row(cells);
    }
    if (unit >= 0 && !below.isEmpty()) {
      List<Object> totals = new ArrayList<>();
      for (int i = 0; i < cols.size() + 1; i++) {
        totals.add(i == 0 ? Phrases.get("data.Total", lang) : "");
      }
      totals.add(cost);
      t.totals(totals.toArray());
    }
    List<Block> blocks = new ArrayList<>();
    if (below.isEmpty()) {
      blocks.add(Paragraph.of(Phrases.fill("data.below-none", lang, "th", th)));
    } else {
      blocks.add(Callout.of(Callout.Kind.WARNING, Phrases.get("data.reorder-title", lang),
          Phrases.fill(ordered >= 0 ? "data.reorder-text-qty" : "data.reorder-text", lang, "n", String.valueOf(below.size()),
              "th", th)));
      blocks.add(t.build());
    }
    String heading = Phrases.fill("data.below-heading", lang, "Th", lang.equals("en")
        ? Names.heading(table.columns().get(pair.threshold()).name()) : Names.humanize(table.columns().get(pair.threshold()).name()));
    return new Section(heading, 1, blocks, List.of());
  }

  Section underTarget(DataQuestions.UnderTarget u) {
    List<List<Object>> under = answers.underTarget(u);
    String label = answers.underLabel(u);
    Table.Builder t = Table.builder().caption(label);
    List<Integer> cols = new ArrayList<>();
    for (int i = 0; i < table.columns().size() && cols.size() < 2; i++) {
      ColumnRole r = profile.role(i);
      if (r == ColumnRole.IDENTIFIER || r == ColumnRole.PERSON || i == profile.label().orElse(-1)) {
        cols.add(i);
      }
    }
    cols.add(u.value());
    cols.add(u.target());
    cols.forEach(c -> t.column(Names.column(table.columns().get(c))));
    t.column(Column.of(Phrases.get("data.attainment", lang), ColumnType.PERCENT));
    for (List<Object> row : under) {
      List<Object> cells = new ArrayList<>();
      cols.forEach(c -> cells.add(row.get(c)));
      cells.add(TableProfile.divide((BigDecimal) row.get(u.value()), (BigDecimal) row.get(u.target())));
      t.row(cells);
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.markup(Phrases.fill(under.isEmpty() ? "data.under-none" : "data.under-sentence", lang, "label", label,
        "n", f.integer(under.size()), "total", f.integer(table.rows().size()), "rows", answers.rowNoun(table.rows().size()),
        "names", String.join(", ", under.stream().map(answers::rowName).limit(8).toList()))));
    if (!under.isEmpty()) {
      blocks.add(t.build());
    }
    return new Section(SlotFiller.capitalise(label), 1, blocks, List.of());
  }

  Section detail() {
    String m = Phrases.inline(Names.humanize(noun), lang);
    Table.Builder t = Table.builder().caption(table.rows().size() > detailRows ? Phrases.fill("data.detail-caption", lang,
        "n", String.valueOf(detailRows), "total", String.valueOf(table.rows().size()), "m", m) : "");
    for (DataColumn c : table.columns()) {
      t.column(Names.column(c));
    }
    if (measure.derived()) {
      t.column(new Column(noun, ColumnType.CURRENCY, measure.currency()));
    }
    List<List<Object>> all = new ArrayList<>(table.rows());
    firstDateColumn().ifPresent(d -> all.sort(Comparator.comparing(r -> r.get(d).toString())));
    List<List<Object>> rows = all;
    if (answers.compared()) {
      // Alternatives side by side, the best (lowest) first: what the reader decides on.
      rows.sort(Comparator.comparing(r -> measure.value(r).orElse(BigDecimal.ZERO)));
    }
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
    List<Object> totals = detailTotals();
    if (totals.stream().anyMatch(v -> v instanceof BigDecimal) && !answers.compared()) {
      t.totals(totals.toArray());
    }
    if (answers.compared()) {
      List<Block> blocks = new ArrayList<>(List.of(t.build()));
      if (rows.size() >= 2 && rows.size() <= 12) {
        String by = Names.humanize(measure.name());
        blocks.add(new Chart(ChartType.BAR, by, rows.stream().map(answers::rowName).toList(),
            List.of(new Series(by, rows.stream().map(r -> measure.value(r).orElse(BigDecimal.ZERO)).toList())), "",
            by + (measure.currency().isEmpty() ? "" : " (" + measure.currency() + ")")));
      }
      return new Section(Phrases.get("data.Comparison", lang), 1, blocks, List.of());
    }
    String title = intent.documentType().equals("expense-report") ? Phrases.get("data.Itemised Expenses", lang)
        : intent.documentType().equals("inventory-report") && table.indexOf("sku").isPresent()
            ? Phrases.get("data.Inventory by SKU", lang)
        : Phrases.get("data.Detailed Data", lang);
    return new Section(title, 1, List.of(t.build()), List.of());
  }

  private Optional<Integer> firstDateColumn() {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).type() == ColumnType.DATE) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  // Totals under the detail: only what a reader adds up (amounts, quantities, spent time), never ratings or codes.
  private List<Object> detailTotals() {
    List<Object> totals = new ArrayList<>();
    boolean labelled = false;
    for (int c = 0; c < table.columns().size(); c++) {
      DataColumn col = table.columns().get(c);
      ColumnRole role = profile.role(c);
      boolean summable = col.type().isNumeric() && col.type() != ColumnType.PERCENT
          && (role == ColumnRole.AMOUNT || col.type() == ColumnType.CURRENCY && role != ColumnRole.UNIT_PRICE
              || role == ColumnRole.QUANTITY && SUMMED_NAME.matcher(col.name()).matches()
              || role == ColumnRole.DURATION && profile.roles().get(c).aggregation() == ColumnRole.Aggregation.SUM);
      if (summable && answers.summable(c)) {
        totals.add(sumColumn(c));
      } else if (!labelled && col.type() == ColumnType.TEXT) {
        totals.add(Phrases.get("data.Total", lang));
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
