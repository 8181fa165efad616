package dev.docgen.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What {@code pipeline.health()} reports: one entry per component (content providers, renderers),
 * each up or down with a one-line detail, and the whole is up only when every component is.
 */
public record Health(List<Component> components) {
  public Health {
    components = List.copyOf(components);
  }

  /** Up when every component is up. */
  public boolean up() {
    return components.stream().allMatch(c -> c.status() == Status.UP);
  }

  /** A component's state. */
  public enum Status { UP, DOWN }

  /**
   * One component.
   *
   * @param name {@code provider:openai}, {@code renderer:pdf}
   * @param detail one line: what was checked and what came back
   * @param info facts an operator needs (endpoint, model, latency); never secrets
   */
  public record Component(String name, Status status, String detail, Map<String, String> info) {
    public Component {
      requireNonNull(name, "name");
      requireNonNull(status, "status");
      requireNonNull(detail, "detail");
      info = Map.copyOf(info);
    }

    public static Component up(String name, String detail, Map<String, String> info) {
      return new Component(name, Status.UP, detail, info);
    }

    public static Component down(String name, String detail, Map<String, String> info) {
      return new Component(name, Status.DOWN, detail, info);
    }
  }
}
