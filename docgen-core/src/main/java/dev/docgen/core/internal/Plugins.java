package dev.docgen.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One place where plug-ins are discovered and chosen. A provider that fails to load is skipped with
 * a warning; explicitly registered ones win over discovered ones; a system property
 * {@code docgen.<kind>.<id>=<class name>} picks one of several; two of equal priority is an error.
 */
public final class Plugins<T> {
  private static final Logger LOG = LoggerFactory.getLogger("docgen.errors");
  private final String kind;
  private final Map<String, List<T>> byId = new LinkedHashMap<>();
  private final Function<T, String> id;
  private final ToIntFunction<T> priority;

  private Plugins(String kind, Function<T, String> id, ToIntFunction<T> priority) {
    this.kind = kind;
    this.id = id;
    this.priority = priority;
  }

  /** Discovers providers of {@code type} with ServiceLoader, then adds {@code explicit} ones on top. */
  public static <T> Plugins<T> load(Class<T> type, String kind, Function<T, String> id, ToIntFunction<T> priority,
      List<T> explicit, ClassLoader loader) {
    Plugins<T> plugins = new Plugins<>(kind, id, priority);
    Iterator<T> it = ServiceLoader.load(type, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        T t = it.next();
        plugins.byId.computeIfAbsent(id.apply(t), k -> new ArrayList<>()).add(t);
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        LOG.warn("skipping a {} that failed to load: {}", kind, e.toString());
      }
    }
    for (T t : explicit) {
      plugins.byId.put(id.apply(t), new ArrayList<>(List.of(t)));
    }
    return plugins;
  }

  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The provider for {@code wanted}, or empty when none is installed. */
  public Optional<T> select(String wanted) {
    List<T> candidates = byId.getOrDefault(wanted, List.of());
    if (candidates.size() <= 1) {
      return candidates.stream().findFirst();
    }
    String property = System.getProperty("docgen." + kind + "." + wanted);
    if (property != null) {
      return Optional.of(candidates.stream().filter(c -> c.getClass().getName().equals(property)).findFirst()
          .orElseThrow(() -> new IllegalStateException("docgen." + kind + "." + wanted + "=" + property
              + " names no installed " + kind + "; installed: " + names(candidates))));
    }
    List<T> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(priority).reversed());
    if (priority.applyAsInt(sorted.get(0)) == priority.applyAsInt(sorted.get(1))) {
      throw new IllegalStateException("two " + kind + "s serve '" + wanted + "' with equal priority: "
          + names(sorted.subList(0, 2)) + "; set -Ddocgen." + kind + "." + wanted + "=<class> to choose one");
    }
    return Optional.of(sorted.get(0));
  }

  /** The provider with the highest priority of all, for when none is named. */
  public Optional<T> best() {
    return byId.keySet().stream().map(this::select).flatMap(Optional::stream)
        .max(Comparator.comparingInt(priority).thenComparing(t -> id.apply(t), Comparator.reverseOrder()));
  }

  private String names(List<T> list) {
    return String.join(", ", list.stream().map(t -> t.getClass().getName()).toList());
  }
}
