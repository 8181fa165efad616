package dev.docgen.core.internal;

import dev.docgen.api.Finding;
import dev.docgen.api.QualityReport;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.TextRun;
import dev.docgen.api.model.DocumentSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "To complete" list: one finding per field the author must fill, with the advice attached to
 * it, wherever the field stands (a highlighted run, a table cell or a details value in brackets).
 */
final class ToComplete {
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]{1,60})\\]");

  private ToComplete() {}

  static List<Finding> of(DocumentSpec spec) {
    return of(spec.allSections());
  }

  static List<Finding> of(List<Section> sections) {
    List<Finding> out = new ArrayList<>();
    for (Section s : sections) {
      for (Block b : s.blocks()) {
        collect(b, s.title(), out);
      }
    }
    return out;
  }

  private static void collect(Block b, String section, List<Finding> out) {
    if (b instanceof Paragraph p) {
      runs(p.runs(), section, out);
    } else if (b instanceof Callout c) {
      runs(c.runs(), section, out);
    } else if (b instanceof BulletList l) {
      items(l.items(), section, out);
    } else if (b instanceof NumberedList l) {
      items(l.items(), section, out);
    } else if (b instanceof KeyValue kv) {
      kv.entries().forEach(e -> text(e.value(), section, out));
    } else if (b instanceof Table t) {
      t.rows().forEach(r -> r.forEach(c -> text(String.valueOf(c), section, out)));
    }
  }

  private static void items(List<ListItem> items, String section, List<Finding> out) {
    for (ListItem i : items) {
      runs(i.runs(), section, out);
      items(i.children(), section, out);
    }
  }

  private static void runs(List<TextRun> runs, String section, List<Finding> out) {
    for (TextRun r : runs) {
      if (r.placeholder()) {
        out.add(Finding.info(QualityReport.TO_COMPLETE, "[" + r.text() + "]" + (r.note().isEmpty() ? "" : " — " + r.note()),
            section));
      }
    }
  }

  private static void text(String value, String section, List<Finding> out) {
    Matcher m = BRACKETED.matcher(value);
    while (m.find()) {
      out.add(Finding.info(QualityReport.TO_COMPLETE, m.group(), section));
    }
  }
}
