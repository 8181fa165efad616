package dev.docgen.api.data;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalInt;

/**
 * Rows of typed values: {@code BigDecimal} for numbers, {@code LocalDate} for dates, {@code String}
 * for text, and {@code ""} for an empty cell.
 */
public record DataTable(String name, List<DataColumn> columns, List<List<Object>> rows) {
  public DataTable {
    requireNonNull(name, "name");
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
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
