package dev.docgen.api.model;

import java.util.Arrays;
import java.util.List;

/** An ordered list, possibly nested; every numbered list starts again at 1. */
public record NumberedList(List<ListItem> items) implements Block {
  public NumberedList {
    items = items == null ? List.of() : List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a list needs at least one item");
    }
  }

  public static NumberedList of(String... markup) {
    return new NumberedList(Arrays.stream(markup).map(ListItem::of).toList());
  }
}
