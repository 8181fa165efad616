package dev.docgen.core.internal;

import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.core.internal.DocumentType.SectionPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a document from record-shaped data (minutes, agendas, registers): scalar fields become a
 * details block, lists become bullet or numbered lists, arrays of objects become tables. Each data
 * section takes the place of the catalogue section it matches; the rest of the catalogue stays as
 * guidance.
 */
final class RecordComposer {
  private RecordComposer() {}

  static List<Section> sections(Dataset data, List<SectionPlan> plans, PlanRenderer planRenderer, Formats f) {
    Map<String, Block> dataBlocks = new LinkedHashMap<>();
    if (!data.fields().isEmpty()) {
      dataBlocks.put("details", details(data, f));
    }
    data.lists().forEach((k, v) -> {
      if (!v.isEmpty()) {
        dataBlocks.put(k, list(k, v));
      }
    });
    for (DataTable t : data.tables()) {
      if (!t.rows().isEmpty()) {
        dataBlocks.put(t.name(), table(t));
      }
    }
    List<Section> out = new ArrayList<>();
    for (SectionPlan plan : plans) {
      Optional<String> key = match(plan, dataBlocks);
      if (key.isPresent()) {
        out.add(new Section(plan.title(), 1, List.of(dataBlocks.remove(key.get())), List.of()));
      } else if (isGuidance(plan)) {
        planRenderer.render(plan, plans).ifPresent(out::add);
      }
    }
    dataBlocks.forEach((k, b) -> out.add(new Section(k.equals("details") ? "Details" : Names.heading(k), 1, List.of(b), List.of())));
    return out;
  }

  private static boolean isGuidance(SectionPlan plan) {
    return plan.kind().equals("text") || plan.kind().equals("callout");
  }

  /** A plan matches the data block whose key shares a word stem with its title ("Action Items" ~ action_items). */
  private static Optional<String> match(SectionPlan plan, Map<String, Block> blocks) {
    String title = plan.title().toLowerCase(Locale.ROOT);
    for (String key : blocks.keySet()) {
      if (key.equals("details")) {
        if (plan.kind().equals("keyvalue") && blocks.get(key) instanceof KeyValue) {
          return Optional.of(key);
        }
        continue;
      }
      for (String word : Names.humanize(key).toLowerCase(Locale.ROOT).split(" ")) {
        String stem = word.length() > 5 ? word.substring(0, word.length() - 2) : word;
        if (stem.length() >= 4 && title.contains(stem)) {
          return Optional.of(key);
        }
      }
    }
    return Optional.empty();
  }

  /** The dataset's scalar fields as label/value pairs. */
  static KeyValue details(Dataset data, Formats f) {
    List<KeyValue.Entry> entries = new ArrayList<>();
    data.fields().forEach((k, v) -> entries.add(new KeyValue.Entry(Names.humanize(k), value(k, v, f))));
    return new KeyValue("", entries);
  }

  private static String value(String key, Object v, Formats f) {
    if (v instanceof BigDecimal d) {
      if (key.toLowerCase(Locale.ROOT).matches(".*(rate|ratio|pct|percent).*") && d.abs().compareTo(BigDecimal.ONE) < 0) {
        return f.percent(d);
      }
      return d.stripTrailingZeros().scale() <= 0 ? f.integer(d.longValue()) : f.decimal(d, 2);
    }
    return v.toString();
  }

  private static Block list(String key, List<String> items) {
    List<ListItem> li = items.stream().map(s -> new ListItem(List.of(dev.docgen.api.model.TextRun.plain(s)), List.of())).toList();
    return key.toLowerCase(Locale.ROOT).matches(".*(decision|step|agenda|resolution|priorit).*")
        ? new NumberedList(li) : new BulletList(li);
  }

  static Table table(DataTable t) {
    Table.Builder b = Table.builder();
    t.columns().forEach(c -> b.column(Names.column(c)));
    t.rows().forEach(b::row);
    return b.build();
  }
}
