package dev.docgen.core.internal;

/**
 * What a column of data means, beyond how its values are stored, and so how a report may aggregate it: amounts
 * and quantities are summed, ratings and rates averaged, identifiers and categories counted, and codes and years
 * never aggregated at all.
 */
public enum ColumnRole {
  /** A row's own key ("TCK-1001", "R007"): rows are counted by it, never summed. */
  IDENTIFIER(Aggregation.COUNT),
  /** A code kept as written (HS code, SKU, postcode, phone): never aggregated, leading zeros kept. */
  CODE(Aggregation.NONE),
  /** A calendar year: a period, never summed. */
  YEAR(Aggregation.NONE),
  /** A date or date and time: its range is reported. */
  DATE(Aggregation.MIN_MAX),
  /** Hours, minutes or days: summed when spent, averaged when each row's time to do something (see ColumnRoles). */
  DURATION(Aggregation.SUM),
  /** Units, pieces, stock: summed. */
  QUANTITY(Aggregation.SUM),
  /** Money: summed. */
  AMOUNT(Aggregation.SUM),
  /** A price or cost per unit: multiplied by a quantity, else averaged; never summed. */
  UNIT_PRICE(Aggregation.MEAN),
  /** A rate, ratio or percentage: averaged, never summed. */
  RATE(Aggregation.MEAN),
  /** A score on a scale (1–5, 0–10): averaged, never summed. */
  RATING(Aggregation.MEAN),
  /** Yes or no: the yeses are counted. */
  BOOLEAN(Aggregation.COUNT),
  /** A value shared by many rows (team, region, status): rows are counted and grouped by it. */
  CATEGORY(Aggregation.COUNT),
  /** A person's name: rows are counted per person. */
  PERSON(Aggregation.COUNT),
  /** Free text (a comment, a description): never aggregated. */
  TEXT(Aggregation.NONE);

  /** How a report may combine a column's values into one figure. */
  public enum Aggregation {
    SUM, MEAN, COUNT, MIN_MAX, NONE
  }

  private final Aggregation aggregation;

  ColumnRole(Aggregation aggregation) {
    this.aggregation = aggregation;
  }

  /** How the role's values are combined when the request does not say. */
  public Aggregation aggregation() {
    return aggregation;
  }

  /** Whether the role holds numbers a report may use as its measure. */
  public boolean measurable() {
    return this == DURATION || this == QUANTITY || this == AMOUNT || this == UNIT_PRICE || this == RATE
        || this == RATING;
  }
}
