package dev.docgen.api.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A table column: header text, value type, and for currency columns the ISO 4217 code. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Column(String header, ColumnType type, String currency) {
  public Column {
    requireNonNull(header, "header");
    type = type == null ? ColumnType.TEXT : type;
    currency = currency == null ? "" : currency;
    if (!currency.isEmpty() && !currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
    }
  }

  public static Column text(String header) {
    return new Column(header, ColumnType.TEXT, "");
  }

  public static Column of(String header, ColumnType type) {
    return new Column(header, type, "");
  }

  public static Column currency(String header, String currency) {
    return new Column(header, ColumnType.CURRENCY, currency);
  }
}
