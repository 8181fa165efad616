package dev.docgen.api.template;

import static java.util.Objects.requireNonNull;

/**
 * A data field a template reads.
 *
 * @param path the dotted path, relative to the enclosing loop's item when {@code loop} is not empty
 * @param kind {@code value}, {@code list} (a loop), {@code condition}, {@code image} or {@code block}
 * @param loop the path of the enclosing loop, or empty at the top level
 * @param location where the first tag that reads it is, for example {@code paragraph 4}
 */
public record TemplateField(String path, String kind, String loop, String location) {
  public TemplateField {
    requireNonNull(path, "path");
    requireNonNull(kind, "kind");
    loop = loop == null ? "" : loop;
    location = location == null ? "" : location;
  }

  /** The path from the data root: {@code items[].price} for {@code price} inside {@code #each items}. */
  public String fullPath() {
    return loop.isEmpty() ? path : loop + "[]." + path;
  }
}
