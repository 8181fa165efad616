package dev.docgen.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A content generator's answer could not be used: not JSON, or JSON that breaks the document
 * schema. The pipeline may ask the generator again with {@link #problems()} as feedback.
 */
public class InvalidContentException extends GenerationException {
  private final List<String> problems;
  private final String output;

  /**
   * @param problems what was wrong, each naming its place ({@code $.sections[0].level: ...})
   * @param output the raw answer, to show the generator what it sent
   */
  public InvalidContentException(String message, List<String> problems, String output) {
    super(message, false, null);
    this.problems = List.copyOf(problems);
    this.output = requireNonNull(output, "output");
  }

  public List<String> problems() {
    return problems;
  }

  /** The raw answer that failed. */
  public String output() {
    return output;
  }
}
