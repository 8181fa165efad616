package dev.docgen.api.model;

/** How a table column's values are stored and shown. Percent values are fractions (0.125 = 12.5%). */
public enum ColumnType {
  TEXT, INTEGER, DECIMAL, CURRENCY, PERCENT, DATE;

  /** Whether values are numbers (right-aligned, summable). */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL || this == CURRENCY || this == PERCENT;
  }
}
