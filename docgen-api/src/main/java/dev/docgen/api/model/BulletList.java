package dev.docgen.api.model;

import java.util.Arrays;
import java.util.List;

/** An unordered list, possibly nested. */
public record BulletList(List<ListItem> items) implements Block {
  public BulletList {
    items = items == null ? List.of() : List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a list needs at least one item");
    }
  }

  /** A flat list, one item per markup string. */
  public static BulletList of(String... markup) {
    return new BulletList(Arrays.stream(markup).map(ListItem::of).toList());
  }
}
