package dev.docgen.api;

/** The generated content failed its checks (a requirement not covered, an empty section, ...). */
public class ContentCheckException extends GenerationException {
  private final QualityReport report;

  public ContentCheckException(QualityReport report) {
    super("content checks failed: " + String.join("; ", report.errors().stream().map(Finding::toString).toList())
        + " (relax the checks to accept the document anyway)");
    this.report = report;
  }

  /** The full report, with every finding. */
  public QualityReport report() {
    return report;
  }
}
