package dev.docgen.api;

import static java.util.Objects.requireNonNull;

/** One observation about a document: what, how serious, and where. */
public record Finding(Severity severity, String code, String message, String location) {
  /** How much a finding matters. */
  public enum Severity { INFO, WARNING, ERROR }

  public Finding {
    requireNonNull(severity, "severity");
    requireNonNull(code, "code");
    requireNonNull(message, "message");
    location = location == null ? "" : location;
  }

  public static Finding error(String code, String message, String location) {
    return new Finding(Severity.ERROR, code, message, location);
  }

  public static Finding warning(String code, String message, String location) {
    return new Finding(Severity.WARNING, code, message, location);
  }

  public static Finding info(String code, String message, String location) {
    return new Finding(Severity.INFO, code, message, location);
  }

  @Override
  public String toString() {
    return severity + " " + code + ": " + message + (location.isEmpty() ? "" : " (at " + location + ")");
  }
}
