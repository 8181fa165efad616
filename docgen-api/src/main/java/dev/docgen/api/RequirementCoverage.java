package dev.docgen.api;

import static java.util.Objects.requireNonNull;

/** Whether one requirement taken from the prompt shows in the document, and where. */
public record RequirementCoverage(String requirement, String kind, boolean covered, String where) {
  public RequirementCoverage {
    requireNonNull(requirement, "requirement");
    requireNonNull(kind, "kind");
    where = where == null ? "" : where;
  }
}
