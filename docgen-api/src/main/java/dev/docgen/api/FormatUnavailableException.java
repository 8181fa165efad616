package dev.docgen.api;

import java.util.Set;

/** No renderer serves the requested format; the message names the Maven artifact to add. */
public class FormatUnavailableException extends DocgenException {
  private final String format;

  public FormatUnavailableException(String format, Set<String> available, String hint) {
    super("format '" + format + "' is not available: " + hint + " (available: "
        + (available.isEmpty() ? "none" : String.join(", ", available.stream().sorted().toList())) + ")");
    this.format = format;
  }

  public String format() {
    return format;
  }
}
