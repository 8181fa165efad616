package dev.docgen.api.data;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalInt;

/**
 * Rows of typed values: {@code BigDecimal} for numbers, {@code LocalDate} for dates, {@code String}
 * for text, and {@code ""} for an empty cell. A table read from lists inside another table's rows (an order's
 * lines) names that table as its {@code parent}, and its first column holds the parent row's key; a top-level
 * table's parent is {@code ""}.
 */
public record DataTable(String name, String parent, List<DataColumn> columns, List<List<Object>> rows) {
  public DataTable {
    requireNonNull(name, "name");
    requireNonNull(parent, "parent");
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** A top-level table. */
  public DataTable(String name, List<DataColumn> columns, List<List<Object>> rows) {
    this(name, "", columns, rows);
  }

  /** The index of the column with this name, ignoring case and separators ("unit_price" = "Unit price"). */
  public OptionalInt indexOf(String column) {
    String wanted = normalise(column);
    for (int i = 0; i < columns.size(); i++) {
      if (normalise(columns.get(i).name()).equals(wanted)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  private static String normalise(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
