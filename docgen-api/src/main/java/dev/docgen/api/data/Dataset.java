package dev.docgen.api.data;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Data given with a request, in a shape every generator can use. A CSV file is one table. A JSON
 * document gives its scalar fields (nested objects flattened to dotted paths: {@code seller.name}),
 * its arrays of scalars as lists, and its arrays of objects as tables.
 */
public record Dataset(String source, Map<String, Object> fields, Map<String, List<String>> lists,
    List<DataTable> tables) {
  public Dataset {
    requireNonNull(source, "source");
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    lists = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lists));
    tables = List.copyOf(tables);
  }

  /** The field's value as text, if present. */
  public Optional<String> text(String field) {
    Object v = fields.get(field);
    return v == null || v.toString().isBlank() ? Optional.empty() : Optional.of(v.toString());
  }

  /**
   * The largest top-level table, the usual subject of a report: the orders of a file of orders with their lines, not
   * the lines.
   */
  public Optional<DataTable> mainTable() {
    Optional<DataTable> top = tables.stream().filter(t -> t.parent().isEmpty())
        .max(java.util.Comparator.comparingInt(t -> t.rows().size()));
    return top.isPresent() ? top : tables.stream().max(java.util.Comparator.comparingInt(t -> t.rows().size()));
  }

  /** Total number of data rows across all tables. */
  public int rowCount() {
    return tables.stream().mapToInt(t -> t.rows().size()).sum();
  }
}
