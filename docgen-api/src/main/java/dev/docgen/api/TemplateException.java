package dev.docgen.api;

/** A template cannot be found, parsed or filled; the message names the tag and where it is. */
public class TemplateException extends InvalidRequestException {
  private final String location;

  public TemplateException(String location, String problem) {
    super(location.isEmpty() ? problem : location + ": " + problem);
    this.location = location;
  }

  /** Where in the template, for example {@code "paragraph 12"} or {@code "Sheet1!B4"}; may be empty. */
  public String location() {
    return location;
  }
}
