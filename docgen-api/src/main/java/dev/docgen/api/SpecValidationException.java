package dev.docgen.api;

import java.util.List;

/** A {@code DocumentSpec} (JSON) violates the published schema; each problem names its JSON path. */
public class SpecValidationException extends InvalidRequestException {
  private final List<String> problems;

  public SpecValidationException(String source, List<String> problems) {
    super(source + " is not a valid DocumentSpec: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code "$.path: message"}. */
  public List<String> problems() {
    return problems;
  }
}
