package dev.docgen.api.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/** A named series of values, one per category of its chart. */
public record Series(String name, List<BigDecimal> values) {
  public Series {
    requireNonNull(name, "name");
    values = values == null ? List.of() : List.copyOf(values);
  }
}
