package dev.docgen.api;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A figure the engine computed from the request's data rather than read from it, with its working, so that a
 * reader or an auditor can trace it: {@code commission[Ana Ruiz] = 1902.90}, working
 * {@code "Commission = Sales × Commission rate: 31714.98 × 0.06 = 1902.90"}.
 *
 * @param id a stable name: the figure's kind and, for one row's figure, the row in brackets
 * @param label what the document calls it, in the document's language
 * @param value the figure, unrounded beyond the data's own precision
 * @param formula how it is computed, with the data's column names
 * @param working the formula with the inputs it was given and the result
 */
public record DerivedFigure(String id, String label, BigDecimal value, String formula, String working) {
  public DerivedFigure {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(value, "value");
    formula = formula == null ? "" : formula;
    working = working == null ? "" : working;
  }
}
