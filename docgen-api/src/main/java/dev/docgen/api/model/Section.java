package dev.docgen.api.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A titled part of a document: heading level 1 to 3, blocks, and subsections one level deeper. */
public record Section(String title, int level, List<Block> blocks, List<Section> subsections) {
  public Section {
    requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a section needs a title");
    }
    if (level < 1 || level > 3) {
      throw new IllegalArgumentException("section level must be 1, 2 or 3: " + level);
    }
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
    subsections = subsections == null ? List.of() : List.copyOf(subsections);
    for (Section s : subsections) {
      if (s.level() <= level) {
        throw new IllegalArgumentException("subsection '" + s.title() + "' must be deeper than level " + level);
      }
    }
  }

  public static Section of(String title, Block... blocks) {
    return new Section(title, 1, Arrays.asList(blocks), List.of());
  }

  public static Builder builder(String title) {
    return new Builder(title);
  }

  /** Whether this section or any subsection has at least one block. */
  public boolean hasContent() {
    return !blocks.isEmpty() || subsections.stream().anyMatch(Section::hasContent);
  }

  /** Collects blocks and subsections. */
  public static final class Builder {
    private final String title;
    private int level = 1;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Section> subsections = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    public Builder level(int level) {
      this.level = level;
      return this;
    }

    public Builder add(Block block) {
      blocks.add(block);
      return this;
    }

    public Builder paragraph(String markup) {
      return add(Paragraph.markup(markup));
    }

    public Builder subsection(Section section) {
      subsections.add(section);
      return this;
    }

    public Section build() {
      return new Section(title, level, blocks, subsections);
    }
  }
}
