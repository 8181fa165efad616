package dev.docgen.core.internal;

import dev.docgen.api.DocumentIntent;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.core.internal.DocumentType.SectionPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns the catalogue's section plans into sections, filling slots from the intent. */
final class PlanRenderer {
  private static final int[] PHASE_WEIGHTS = {1, 1, 3, 1};
  private final DocumentIntent intent;
  private final SlotFiller slots;
  private final List<String> unassigned;

  PlanRenderer(DocumentIntent intent, SlotFiller slots) {
    this.intent = intent;
    this.slots = slots;
    this.unassigned = new ArrayList<>(intent.listedItems());
  }

  /** The section for one plan, or empty when the plan has nothing to say (a listed section with no items). */
  Optional<Section> render(SectionPlan plan, List<SectionPlan> all) {
    List<Block> blocks = new ArrayList<>();
    String text = slots.fill(plan.text());
    boolean textUsed = false;
    switch (plan.kind()) {
      case "callout" -> {
        blocks.add(Callout.of(Callout.Kind.SUMMARY, "", text));
        textUsed = true;
        if (!plan.note().isEmpty()) {
          blocks.add(new Paragraph(List.of(dev.docgen.api.model.TextRun.italic(plan.note()))));
        }
      }
      case "bullets" -> blocks.add(new BulletList(items(plan.items())));
      case "numbered" -> blocks.add(new NumberedList(items(plan.items())));
      case "keyvalue", "memo", "letter" -> blocks.add(keyValue(plan.items()));
      case "table", "checklist", "budget" -> blocks.add(table(plan.columns(), plan.rows(), plan.kind().equals("budget")));
      case "timeline" -> blocks.add(timeline(plan));
      case "grid" -> blocks.add(grid(plan));
      case "listed" -> {
        List<ListItem> items = listed(plan, all);
        if (items.isEmpty()) {
          return Optional.empty();
        }
        blocks.add(new BulletList(items));
      }
      default -> {
        text.lines().filter(l -> !l.isBlank()).forEach(l -> blocks.add(Paragraph.markup(l)));
        textUsed = true;
      }
    }
    if (!textUsed && !text.isEmpty()) {
      blocks.add(0, Paragraph.markup(text));
    }
    return Optional.of(new Section(plan.title(), 1, blocks, List.of()));
  }

  private List<ListItem> items(List<String> raw) {
    return raw.stream().map(s -> ListItem.of(slots.fill(s))).toList();
  }

  private KeyValue keyValue(List<String> raw) {
    List<KeyValue.Entry> entries = new ArrayList<>();
    for (String item : raw) {
      int eq = item.indexOf('=');
      entries.add(new KeyValue.Entry(item.substring(0, eq), cell(slots.fill(item.substring(eq + 1)))));
    }
    return new KeyValue("", entries);
  }

  /** Author fields in table cells are shown in brackets: the model's cells are plain values. */
  static String cell(String markup) {
    return markup.replace("[[", "[").replace("]]", "]");
  }

  private Table table(List<String> columns, List<List<String>> rows, boolean withBudgetTotal) {
    List<String> cols = new ArrayList<>(columns);
    for (String wanted : intent.requestedColumns()) {
      if (cols.stream().noneMatch(c -> c.equalsIgnoreCase(wanted))) {
        cols.add(SlotFiller.capitalise(wanted));
      }
    }
    Table.Builder t = Table.builder();
    cols.forEach(c -> t.column(Column.text(c)));
    for (List<String> row : rows) {
      List<Object> cells = new ArrayList<>();
      for (int c = 0; c < cols.size(); c++) {
        cells.add(c < row.size() ? cell(slots.fill(row.get(c))) : "[" + cols.get(c) + "]");
      }
      t.row(cells);
    }
    if (withBudgetTotal && slots.has("amount")) {
      List<Object> totals = new ArrayList<>();
      totals.add("Total");
      totals.add(slots.fill("{amount}"));
      while (totals.size() < cols.size()) {
        totals.add("");
      }
      t.totals(totals.toArray());
    }
    return t.build();
  }

  /** Phases spread over the prompt's duration in months (1, 1, 3, 1 parts for four phases). */
  private Table timeline(SectionPlan plan) {
    int months = intent.durations().stream().map(d -> d.replaceAll("[^0-9].*", ""))
        .filter(d -> !d.isEmpty()).mapToInt(Integer::parseInt).findFirst().orElse(0);
    boolean inMonths = intent.durations().stream().anyMatch(d -> d.contains("month"));
    List<List<String>> rows = new ArrayList<>();
    int total = 0;
    for (int w : PHASE_WEIGHTS) {
      total += w;
    }
    int start = 1;
    for (int i = 0; i < plan.rows().size(); i++) {
      List<String> row = new ArrayList<>(plan.rows().get(i));
      String period = "[[Dates]]";
      if (inMonths && months >= plan.rows().size()) {
        int len = Math.max(1, Math.round((float) months * PHASE_WEIGHTS[i % PHASE_WEIGHTS.length] / total));
        int end = i == plan.rows().size() - 1 ? months : Math.min(months - (plan.rows().size() - 1 - i), start + len - 1);
        period = end == start ? "Month " + start : "Months " + start + "–" + end;
        start = end + 1;
      }
      row.set(1, period);
      rows.add(row);
    }
    return table(plan.columns(), rows, false);
  }

  private Table grid(SectionPlan plan) {
    List<List<String>> rows = new ArrayList<>();
    List<String> lines = intent.listedItems().isEmpty() ? List.of("[[Budget line]]") : intent.listedItems();
    for (String line : lines) {
      List<String> row = new ArrayList<>();
      row.add(SlotFiller.capitalise(line));
      for (int c = 1; c < plan.columns().size(); c++) {
        row.add("");
      }
      rows.add(row);
    }
    return table(plan.columns(), rows, false);
  }

  /** Listed items go to the first listed section whose pattern matches; leftovers to the first listed section. */
  private List<ListItem> listed(SectionPlan plan, List<SectionPlan> all) {
    if (intent.listedItems().isEmpty()) {
      return items(plan.items());
    }
    List<String> mine = new ArrayList<>();
    for (String item : List.copyOf(unassigned)) {
      if (!plan.note().isEmpty() && Pattern.matches(plan.note(), item)) {
        mine.add(item);
        unassigned.remove(item);
      }
    }
    boolean firstListed = all.stream().filter(p -> p.kind().equals("listed")).findFirst().orElse(plan) == plan;
    if (firstListed) {
      for (String item : List.copyOf(unassigned)) {
        boolean matchesLater = all.stream().anyMatch(p -> p.kind().equals("listed") && !p.note().isEmpty()
            && Pattern.matches(p.note(), item));
        if (!matchesLater) {
          mine.add(item);
          unassigned.remove(item);
        }
      }
    }
    return mine.stream().map(s -> ListItem.of(SlotFiller.capitalise(s))).toList();
  }
}
