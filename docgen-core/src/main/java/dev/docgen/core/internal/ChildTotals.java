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
    for (DataTable child : data.tables()) {
      if (!child.parent().equals(parent.name()) || child.columns().isEmpty() || child.rows().isEmpty()) {
        continue;
      }
      Optional<TableProfile.Measure> m = TableProfile.of(child).mainMeasure().filter(x -> !x.averaged());
      OptionalInt key = parent.indexOf(child.columns().get(0).name());
      if (m.isEmpty() || key.isEmpty() || parent.indexOf(m.get().name()).isPresent()) {
        continue;
      }
      Map<String, BigDecimal> sums = new HashMap<>();
      for (List<Object> row : child.rows()) {
        m.get().value(row).ifPresent(v -> sums.merge(row.get(0).toString(), v, BigDecimal::add));
      }
      List<DataColumn> columns = new ArrayList<>(parent.columns());
      ColumnType type = m.get().type() == ColumnType.INTEGER ? ColumnType.INTEGER : ColumnType.CURRENCY;
      columns.add(new DataColumn(m.get().name(), type, m.get().currency()));
      List<List<Object>> rows = new ArrayList<>();
      for (List<Object> row : parent.rows()) {
        List<Object> out = new ArrayList<>(row);
        out.add(sums.getOrDefault(row.get(key.getAsInt()).toString(), BigDecimal.ZERO));
        rows.add(out);
      }
      List<DataTable> tables = new ArrayList<>(data.tables());
      tables.set(tables.indexOf(parent), new DataTable(parent.name(), parent.parent(), columns, rows));
      return new Dataset(data.source(), data.fields(), data.lists(), tables);
    }
    return data;
  }
}
