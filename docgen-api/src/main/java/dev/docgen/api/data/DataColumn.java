package dev.docgen.api.data;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.model.ColumnType;

/** A column of loaded data with its inferred type; {@code currency} is an ISO code or empty. */
public record DataColumn(String name, ColumnType type, String currency) {
  public DataColumn {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    currency = currency == null ? "" : currency;
  }
}
