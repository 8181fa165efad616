package dev.docgen.core.internal;

import dev.docgen.api.data.DataColumn;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.ColumnType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An export of orders with their lines nested: each order's amount is the sum of its lines (quantity × unit
 * price), added to the orders table, so that revenue per order, per customer or per status can be reported. The
 * blind review's JSON orders report had no revenue at all.
 */
final class ChildTotals {
  private ChildTotals() {}

  static Dataset apply(Dataset data) {
    Optional<DataTable> main = data.mainTable();
    if (main.isEmpty()) {
      return data;
    }
    DataTable parent = main.get();
    List<DataTable> children = data.tables().stream()
        .filter(c -> c.parent().equals(parent.name()) && !c.columns().isEmpty() && !c.rows().isEmpty()).toList();
    List<DataColumn> columns = new ArrayList<>(parent.columns());
    List<List<Object>> rows = new ArrayList<>();
    parent.rows().forEach(r -> rows.add(new ArrayList<>(r)));
    for (DataTable child : children) {
      Optional<TableProfile.Measure> m = TableProfile.of(child).mainMeasure().filter(x -> !x.averaged());
      OptionalInt key = parent.indexOf(child.columns().get(0).name());
      if (m.isEmpty() || key.isEmpty()) {
        continue;
      }
      // One list of lines gives its measure's name ("Amount"); several ("inflows", "outflows") give theirs.
      String name = children.size() == 1 ? m.get().name()
          : Names.humanize(child.name().substring(child.name().lastIndexOf('.') + 1));
      if (parent.indexOf(name).isPresent() || columns.stream().anyMatch(c -> c.name().equals(name))) {
        continue;
      }
      Map<String, BigDecimal> sums = new HashMap<>();
      for (List<Object> row : child.rows()) {
        m.get().value(row).ifPresent(v -> sums.merge(row.get(0).toString(), v, BigDecimal::add));
      }
      ColumnType type = m.get().type() == ColumnType.INTEGER ? ColumnType.INTEGER : ColumnType.CURRENCY;
      columns.add(new DataColumn(name, type, m.get().currency()));
      for (int i = 0; i < rows.size(); i++) {
        rows.get(i).add(sums.getOrDefault(parent.rows().get(i).get(key.getAsInt()).toString(), BigDecimal.ZERO));
      }
    }
    if (columns.size() > parent.columns().size()) {
      List<DataTable> tables = new ArrayList<>(data.tables());
      tables.set(tables.indexOf(parent), new DataTable(parent.name(), parent.parent(), columns, rows));
      return new Dataset(data.source(), data.fields(), data.lists(), tables);
    }
    return data;
  }
}
