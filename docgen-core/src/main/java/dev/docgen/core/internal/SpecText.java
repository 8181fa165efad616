package dev.docgen.core.internal;

import dev.docgen.api.model.Block;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Image;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import java.util.List;

/** The plain text of a spec or of some sections: headings, prose, list items, cells, labels. */
public final class SpecText {
  private SpecText() {}

  public static String of(DocumentSpec spec) {
    return spec.metadata().title() + "\n" + spec.metadata().subtitle() + "\n" + of(spec.sections());
  }

  public static String of(List<Section> sections) {
    StringBuilder sb = new StringBuilder();
    sections.forEach(s -> section(s, sb));
    return sb.toString();
  }

  private static void section(Section s, StringBuilder sb) {
    sb.append(s.title()).append('\n');
    s.blocks().forEach(b -> sb.append(prose(b)).append(cells(b)).append('\n'));
    s.subsections().forEach(c -> section(c, sb));
  }

  /** The running text of a block: paragraphs, list items and callouts, not table cells. */
  public static String prose(Block b) {
    if (b instanceof Paragraph p) {
      return p.text();
    } else if (b instanceof BulletList l) {
      return items(l.items());
    } else if (b instanceof NumberedList l) {
      return items(l.items());
    } else if (b instanceof Callout c) {
      return c.title() + "\n" + c.text();
    }
    return "";
  }

  private static String cells(Block b) {
    StringBuilder sb = new StringBuilder();
    if (b instanceof Table t) {
      sb.append(t.caption()).append('\n');
      t.columns().forEach(c -> sb.append(c.header()).append('\t'));
      t.rows().forEach(r -> r.forEach(v -> sb.append(v).append('\t')));
      t.totals().forEach(v -> sb.append(v).append('\t'));
    } else if (b instanceof KeyValue kv) {
      sb.append(kv.title()).append('\n');
      kv.entries().forEach(e -> sb.append(e.label()).append(": ").append(e.value()).append('\n'));
    } else if (b instanceof Chart c) {
      sb.append(c.title()).append('\n').append(String.join("\t", c.categories()));
    } else if (b instanceof Image i) {
      sb.append(i.caption()).append('\n').append(i.altText());
    }
    return sb.toString();
  }

  private static String items(List<ListItem> items) {
    StringBuilder sb = new StringBuilder();
    for (ListItem i : items) {
      sb.append(i.text()).append('\n').append(items(i.children()));
    }
    return sb.toString();
  }
}
