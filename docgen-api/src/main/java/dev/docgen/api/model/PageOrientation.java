package dev.docgen.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether pages are taller than wide (the default) or wider than tall. */
public enum PageOrientation {
  PORTRAIT,
  LANDSCAPE;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "portrait" or "landscape" in any case; blank means portrait. */
  @JsonCreator
  public static PageOrientation parse(String value) {
    if (value == null || value.isBlank()) {
      return PORTRAIT;
    }
    for (PageOrientation o : values()) {
      if (o.json().equalsIgnoreCase(value.trim())) {
        return o;
      }
    }
    throw new IllegalArgumentException("orientation must be portrait or landscape: " + value);
  }
}
