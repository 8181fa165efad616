package dev.docgen.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The facts a request gives beyond its kind, each in its role: parties ({@code sender},
 * {@code recipient}, {@code buyer}, {@code vendor}, {@code ship_to}, {@code chair}, {@code candidate},
 * ...), dates ({@code event_date}, {@code start_date}, ...), {@code time_range}, {@code location},
 * {@code purpose}, and lists ({@code attendees}, {@code decisions}, {@code actions}, {@code sections},
 * {@code bullets}). The names are the catalogue's slot names (docs/kinds.md).
 *
 * @param language the request's language, a lower-case ISO 639-1 code such as {@code en} or {@code de}
 * @param interpreter the id and version of the interpreter that read the request, e.g. {@code rules-2}
 */
public record RequestFacts(String language, Map<String, String> slots, Map<String, List<String>> lists,
    String interpreter) {
  /** No facts: an English request read by no interpreter in particular. */
  public static final RequestFacts NONE = new RequestFacts("en", Map.of(), Map.of(), "");

  public RequestFacts {
    requireNonNull(language, "language");
    slots = java.util.Collections.unmodifiableMap(new TreeMap<>(slots));
    TreeMap<String, List<String>> copy = new TreeMap<>();
    lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    lists = java.util.Collections.unmodifiableMap(copy);
    interpreter = interpreter == null ? "" : interpreter;
  }

  /** The value of one slot, when the request gave it. */
  public Optional<String> slot(String name) {
    return Optional.ofNullable(slots.get(name));
  }

  /** One list, empty when the request gave none. */
  public List<String> list(String name) {
    return lists.getOrDefault(name, List.of());
  }
}
