package dev.docgen.core.internal;

import dev.docgen.api.model.Block;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.TextRun;
import java.util.ArrayList;
import java.util.List;

/** Puts a section's advice to the author on its first field, where a DOCX comment anchors it, never in the body. */
final class Guidance {
  private Guidance() {}

  /** Whether {@code blocks} have a highlighted field a note can stand on. */
  static boolean hasAnchor(List<Block> blocks) {
    return attach(blocks, "x") != blocks;
  }

  static List<Block> attach(List<Block> blocks, String guide) {
    if (guide.isBlank()) {
      return blocks;
    }
    List<Block> out = new ArrayList<>(blocks);
    for (int i = 0; i < out.size(); i++) {
      Block b = out.get(i);
      Block noted = null;
      if (b instanceof Paragraph p) {
        noted = withNote(p.runs(), guide).map(Paragraph::new).orElse(null);
      } else if (b instanceof Callout c) {
        noted = withNote(c.runs(), guide).map(r -> new Callout(c.kind(), c.title(), r)).orElse(null);
      } else if (b instanceof BulletList l) {
        noted = items(l.items(), guide).map(BulletList::new).orElse(null);
      } else if (b instanceof NumberedList l) {
        noted = items(l.items(), guide).map(NumberedList::new).orElse(null);
      }
      if (noted != null) {
        out.set(i, noted);
        return out;
      }
    }
    return blocks;
  }

  private static java.util.Optional<List<ListItem>> items(List<ListItem> items, String guide) {
    for (int i = 0; i < items.size(); i++) {
      var runs = withNote(items.get(i).runs(), guide);
      if (runs.isPresent()) {
        List<ListItem> out = new ArrayList<>(items);
        out.set(i, new ListItem(runs.get(), items.get(i).children()));
        return java.util.Optional.of(out);
      }
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<List<TextRun>> withNote(List<TextRun> runs, String guide) {
    for (int i = 0; i < runs.size(); i++) {
      if (runs.get(i).placeholder()) {
        List<TextRun> out = new ArrayList<>(runs);
        out.set(i, runs.get(i).withNote(guide));
        return java.util.Optional.of(out);
      }
    }
    return java.util.Optional.empty();
  }
}
