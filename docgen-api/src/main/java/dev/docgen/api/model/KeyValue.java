package dev.docgen.api.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Label/value pairs, such as an invoice's header fields. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record KeyValue(String title, List<Entry> entries) implements Block {
  /** One label and its value. */
  public record Entry(String label, String value) {
    public Entry {
      requireNonNull(label, "label");
      requireNonNull(value, "value");
    }
  }

  public KeyValue {
    title = title == null ? "" : title;
    entries = entries == null ? List.of() : List.copyOf(entries);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a key-value block needs at least one entry");
    }
  }
}
