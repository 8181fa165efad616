package dev.docgen.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table with typed columns, a header row, data rows and an optional totals row.
 *
 * <p>Cell values are normalised by column type: numeric columns hold {@link BigDecimal}, date
 * columns {@link LocalDate}, text columns {@link String}. An empty string is a blank cell in any
 * column. {@code totals} is empty for no totals row, otherwise one value per column.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Table(String caption, List<Column> columns, List<List<Object>> rows, List<Object> totals)
    implements Block {
  public Table {
    caption = caption == null ? "" : caption;
    columns = columns == null ? List.of() : List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    List<List<Object>> normalised = new ArrayList<>();
    int index = 0;
    for (List<Object> row : rows == null ? List.<List<Object>>of() : rows) {
      normalised.add(normaliseRow(columns, row, "row " + (++index)));
    }
    rows = List.copyOf(normalised);
    totals = totals == null || totals.isEmpty() ? List.of() : normaliseRow(columns, totals, "totals row");
  }

  private static List<Object> normaliseRow(List<Column> columns, List<Object> row, String where) {
    if (row == null || row.size() != columns.size()) {
      throw new IllegalArgumentException(where + " has " + (row == null ? 0 : row.size()) + " cells but the table has "
          + columns.size() + " columns");
    }
    List<Object> out = new ArrayList<>(row.size());
    for (int c = 0; c < row.size(); c++) {
      out.add(normalise(columns.get(c), row.get(c), where + ", column '" + columns.get(c).header() + "'"));
    }
    return List.copyOf(out);
  }

  private static Object normalise(Column column, Object value, String where) {
    if (value == null || "".equals(value)) {
      return "";
    }
    ColumnType type = column.type();
    try {
      if (type.isNumeric()) {
        if (value instanceof BigDecimal d) {
          return d;
        }
        if (value instanceof Double || value instanceof Float) {
          return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof Number n) {
          return new BigDecimal(n.toString());
        }
        return new BigDecimal(value.toString().trim());
      }
      if (type == ColumnType.DATE) {
        return value instanceof LocalDate d ? d : LocalDate.parse(value.toString().trim());
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": '" + value + "' is not a valid " + type.name().toLowerCase());
    }
    return value.toString();
  }

  public boolean hasTotals() {
    return !totals.isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects columns and rows; {@link #build()} validates them. */
  public static final class Builder {
    private String caption = "";
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    private List<Object> totals = List.of();

    private Builder() {}

    public Builder caption(String caption) {
      this.caption = caption;
      return this;
    }

    public Builder column(Column column) {
      columns.add(column);
      return this;
    }

    public Builder column(String header, ColumnType type) {
      return column(Column.of(header, type));
    }

    public Builder columns(List<Column> all) {
      columns.addAll(all);
      return this;
    }

    public Builder row(Object... cells) {
      rows.add(Arrays.asList(cells));
      return this;
    }

    public Builder row(List<Object> cells) {
      rows.add(cells);
      return this;
    }

    public Builder totals(Object... cells) {
      totals = Arrays.asList(cells);
      return this;
    }

    public Table build() {
      return new Table(caption, columns, rows, totals);
    }
  }
}
