package dev.docgen.api;

/** A renderer failed to produce the bytes of a document. */
public class RenderException extends DocgenException {
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
