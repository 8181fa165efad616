package dev.docgen.api;

/** The place the document should be written to cannot take it (missing or read-only directory). */
public class OutputLocationException extends InvalidRequestException {
  public OutputLocationException(String message, Throwable cause) {
    super(message, cause);
  }
}
