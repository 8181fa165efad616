package dev.docgen.api;

import java.util.ArrayList;
import java.util.List;

/**
 * What the content checks and the output inspector found: a score from 0 to 1, findings with a
 * severity, the coverage of every requirement the prompt stated, and every figure the engine derived from the
 * data with its working.
 */
public record QualityReport(double score, List<Finding> findings, List<RequirementCoverage> coverage,
    List<DerivedFigure> figures) {
  public QualityReport {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within [0, 1]: " + score);
    }
    findings = List.copyOf(findings);
    coverage = List.copyOf(coverage);
    figures = figures == null ? List.of() : List.copyOf(figures);
  }

  /** A report without derived figures. */
  public QualityReport(double score, List<Finding> findings, List<RequirementCoverage> coverage) {
    this(score, findings, coverage, List.of());
  }

  /** This report with {@code derived} as its figures; the score is unchanged. */
  public QualityReport withFigures(List<DerivedFigure> derived) {
    return new QualityReport(score, findings, coverage, derived);
  }

  /** Scores a set of findings: every error costs 0.25, every warning 0.05, uncovered requirements 0.1. */
  public static QualityReport of(List<Finding> findings, List<RequirementCoverage> coverage) {
    double score = 1.0;
    for (Finding f : findings) {
      score -= switch (f.severity()) {
        case ERROR -> 0.25;
        case WARNING -> 0.05;
        case INFO -> 0.0;
      };
    }
    for (RequirementCoverage c : coverage) {
      if (!c.covered()) {
        score -= 0.1;
      }
    }
    return new QualityReport(Math.max(0, Math.round(score * 1000) / 1000.0), findings, coverage);
  }

  /** The findings of severity ERROR. */
  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
  }

  /**
   * What only the author can supply: one {@code to-complete} finding per field left in the document,
   * its message the field and the advice that goes with it, its location the section.
   */
  public List<Finding> toComplete() {
    return findings.stream().filter(f -> f.code().equals(TO_COMPLETE)).toList();
  }

  /** The code of the findings {@link #toComplete()} lists. */
  public static final String TO_COMPLETE = "to-complete";

  public boolean passed() {
    return errors().isEmpty();
  }

  /** This report with more findings appended; the score is recomputed. */
  public QualityReport plus(List<Finding> more) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(more);
    return of(all, coverage).withFigures(figures);
  }
}
