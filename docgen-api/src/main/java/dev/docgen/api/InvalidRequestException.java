package dev.docgen.api;

/** The request itself is wrong: an empty prompt, an unknown format, bad data, a bad spec. */
public class InvalidRequestException extends DocgenException {
  public InvalidRequestException(String message) {
    super(message);
  }

  public InvalidRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
