package dev.docgen.core.internal;

import dev.docgen.api.DocumentIntent;
import dev.docgen.api.Finding;
import dev.docgen.api.QualityReport;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the catalogue's section plans into sections, filling slots from the intent. */
final class PlanRenderer {
  private static final int[] PHASE_WEIGHTS = {1, 1, 3, 1};
  private final DocumentIntent intent;
  private final Formats formats;
  private final SlotFiller slots;
  private final List<String> unassigned;
  private final List<Finding> unanchored = new ArrayList<>();
  private final java.util.Map<String, List<String>> lists;

  PlanRenderer(DocumentIntent intent, SlotFiller slots, Formats formats) {
    this.formats = formats;
    this.intent = intent;
    this.slots = slots;
    this.unassigned = new ArrayList<>(intent.listedItems());
    this.lists = PromptLists.of(intent.prompt());
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

      }
      case "bullets" -> blocks.add(new BulletList(counted(plan)));
      case "numbered" -> blocks.add(new NumberedList(steps(plan, all)));
      case "keyvalue", "memo", "letter", "signature" -> blocks.add(keyValue(plan.items()));
      case "decisions", "attendees" -> blocks.add(factList(plan, plan.kind()));
      case "actions" -> blocks.add(actions(plan));
      case "schedule" -> blocks.add(schedule(plan));
      case "agenda" -> blocks.add(agenda(plan));
      case "budget-lines" -> {
        if (slots.budget().isPresent()) {
          blocks.add(budgetLines(plan));
          if (monthlyBudget()) {
            // A budget the request wants monthly is laid out, and headed, by month.
            return Optional.of(new Section(Phrases.get("Budget by Month", intent.facts().language()), 1, blocks, List.of()));
          }
        } else {
          blocks.addAll(render(new SectionPlan(plan.title(), "table", plan.text(), plan.items(), plan.columns(), plan.rows(),
              plan.match(), plan.guide(), plan.optional(), plan.kept()), all).map(Section::blocks).orElse(List.of()));
        }
      }
      case "table", "checklist", "budget" -> {
        LineTable lines = new LineTable(intent, slots.lines(), formats);
        Optional<List<Block>> priced = lines.fits(plan) ? lines.blocks(plan, all) : Optional.empty();
        if (priced.isPresent()) {
          blocks.addAll(priced.get());
        } else if (plan.kind().equals("checklist") && asksFor(plan) && !unassigned.isEmpty()) {
          blocks.add(table(plan.columns(), checklistRows(plan), false));
        } else {
          blocks.add(table(plan.columns(), plan.rows(), plan.kind().equals("budget")));
        }
      }
      case "timeline" -> blocks.add(timeline(plan));
      case "grid" -> blocks.add(grid(plan));
      case "matrix" -> blocks.add(matrix(plan));
      case "objectives" -> blocks.add(objectives(plan));
      case "register" -> blocks.add(register(plan));
      case "log" -> blocks.add(log(plan));
      case "milestones" -> blocks.add(milestones(plan));
      case "results" -> blocks.add(results(plan));
      case "stock", "stock-below" -> blocks.add(stock(plan));
      case "top-issues" -> blocks.add(topIssues(plan));
      case "criteria" -> blocks.add(criteria(plan));
      case "expense-categories", "expenses" -> blocks.addAll(expenses(plan));
      case "hours" -> blocks.addAll(hours(plan));
      case "deals" -> blocks.add(deals(plan));
      case "cashflow", "receipts", "payments" -> blocks.add(cash(plan));

      case "listed" -> {
        List<ListItem> items = listed(plan, all);
        if (items.isEmpty() && !plan.kept()) {
          return Optional.empty();
        }
        items = items.isEmpty() ? items(plan.items()) : items;
        blocks.add(new BulletList(items));
      }
      default -> {
        text.lines().filter(l -> !l.isBlank()).forEach(l -> blocks.add(Paragraph.markup(l)));
        if (blocks.isEmpty()) {
          blocks.add(Paragraph.markup("[[" + plan.title().toLowerCase(java.util.Locale.ROOT) + "]]"));
        }
        textUsed = true;
      }
    }
    if (!textUsed && !text.isEmpty()) {
      blocks.add(0, Paragraph.markup(text));
    }
    Section section = new Section(plan.title(), 1, blocks, List.of());
    boolean fields = !ToComplete.of(List.of(section)).isEmpty();
    if (plan.optional() && fields) {
      return Optional.empty();
    }
    if (!plan.guide().isBlank() && fields && !Guidance.hasAnchor(blocks)) {
      // A table or details block has no run to carry the note: the advice goes to the list directly.
      unanchored.add(Finding.info(QualityReport.TO_COMPLETE, plan.guide(), plan.title()));
    }
    return Optional.of(new Section(plan.title(), 1, Guidance.attach(blocks, plan.guide()), List.of()));
  }

  /** Advice for sections whose fields are all in tables or details blocks, for the "To complete" list. */
  List<Finding> unanchoredGuides() {
    return List.copyOf(unanchored);
  }

  /** Whether the request names this section's time ("in her first week" for "First Week"). */
  private boolean asksFor(SectionPlan plan) {
    return intent.prompt().toLowerCase(java.util.Locale.ROOT).contains(plan.title().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The tasks the request lists for this part of a checklist ("PPE fitting, site induction, forklift assessment"), each
   * with the template's owner field and an empty box, in place of the template's own tasks.
   */
  private List<List<String>> checklistRows(SectionPlan plan) {
    List<String> template = plan.rows().isEmpty() ? List.of() : plan.rows().get(0);
    List<List<String>> rows = new ArrayList<>();
    for (String item : List.copyOf(unassigned)) {
      List<String> row = new ArrayList<>();
      row.add(SlotFiller.capitalise(item.replaceFirst("(?iu)\\b(?:her|his|their)\\s+(?=buddy|manager|mentor)", "")));
      for (int c = 1; c < plan.columns().size(); c++) {
        String cell = c < template.size() ? template.get(c) : "";
        String column = plan.columns().get(c).toLowerCase(java.util.Locale.ROOT);
        row.add(c == plan.columns().size() - 1 ? cell : owner(item, column).orElse("[[" + column + "]]"));
      }
      rows.add(row);
      unassigned.remove(item);
    }
    return rows;
  }

  private static final Pattern HR_TASK = Pattern.compile("(?iu)\\b(?:payroll|paperwork|forms?|contract|bank details|right[- ]to[- ]work)\\b");
  private static final Pattern BUDDY_TASK = Pattern.compile("(?iu)\\b(?:meet|lunch|coffee)\\b.*\\bbuddy\\b");

  /** Who owns a listed task whose owner its words make plain: meeting the buddy is the buddy's, payroll forms are HR's. */
  private Optional<String> owner(String task, String column) {
    if (!column.equals("owner") || !intent.facts().language().equals("en")) {
      return Optional.empty();
    }
    if (BUDDY_TASK.matcher(task).find()) {
      return Optional.of("Buddy");
    }
    return HR_TASK.matcher(task).find() ? Optional.of("HR") : Optional.empty();
  }

  /**
   * A numbered section takes the request's listed items when nothing else of the kind does (the
   * steps of a procedure after "…: check the papers, match the UN number, …"), once.
   */
  private List<ListItem> steps(SectionPlan plan, List<SectionPlan> all) {
    boolean takenElsewhere = all.stream().anyMatch(p -> p.kind().matches("listed|agenda|grid|schedule"));
    if (!stepsUsed && !takenElsewhere && PromptLists.forSection(lists, plan.title()).isEmpty()
        && !intent.listedItems().isEmpty()) {
      stepsUsed = true;
      return intent.listedItems().stream().map(s -> ListItem.of(SlotFiller.capitalise(s))).toList();
    }
    return counted(plan);
  }

  private boolean stepsUsed;

  private List<ListItem> counted(SectionPlan plan) {
    Optional<List<String>> given = PromptLists.forSection(lists, plan.title());
    if (given.isPresent()) {
      return given.get().stream().map(s -> ListItem.of(SlotFiller.capitalise(s))).toList();
    }
    List<ListItem> base = items(plan.items());
    OptionalInt wanted = Counts.asked(intent.prompt(), plan.title());
    if (wanted.isEmpty()) {
      return base;
    }
    List<ListItem> out = new ArrayList<>();
    for (int i = 0; i < wanted.getAsInt(); i++) {
      out.add(i < base.size() ? base.get(i) : base.isEmpty() ? ListItem.of("[[item]]") : base.get(base.size() - 1));
    }
    return out;
  }

  private Block factList(SectionPlan plan, String key) {
    List<String> given = intent.facts().list(key);
    if (given.isEmpty()) {
      return new BulletList(items(plan.items().isEmpty() ? List.of("[[" + key + "]]") : plan.items()));
    }
    List<String> shown = key.equals("decisions") && intent.facts().language().equals("en")
        ? given.stream().map(PlanRenderer::asDecided).toList() : given;
    List<ListItem> items = shown.stream().map(s -> ListItem.of(SlotFiller.capitalise(s))).toList();
    return key.equals("decisions") ? new NumberedList(items) : new BulletList(items);
  }

  private static final java.util.Map<String, String> DECIDED = java.util.Map.ofEntries(
      java.util.Map.entry("approve", "approved"), java.util.Map.entry("adopt", "adopted"),
      java.util.Map.entry("accept", "accepted"), java.util.Map.entry("agree", "agreed"),
      java.util.Map.entry("reject", "rejected"), java.util.Map.entry("defer", "deferred"),
      java.util.Map.entry("pause", "paused"), java.util.Map.entry("close", "closed"),
      java.util.Map.entry("open", "opened"), java.util.Map.entry("hire", "hired"),
      java.util.Map.entry("launch", "launched"), java.util.Map.entry("move", "moved"),
      java.util.Map.entry("extend", "extended"), java.util.Map.entry("cancel", "cancelled"),
      java.util.Map.entry("postpone", "postponed"), java.util.Map.entry("increase", "increased"),
      java.util.Map.entry("reduce", "reduced"), java.util.Map.entry("appoint", "appointed"),
      java.util.Map.entry("fund", "funded"), java.util.Map.entry("renew", "renewed"),
      java.util.Map.entry("keep", "kept"), java.util.Map.entry("sell", "sold"), java.util.Map.entry("buy", "bought"),
      java.util.Map.entry("raise", "raised"), java.util.Map.entry("freeze", "froze"), java.util.Map.entry("end", "ended"),
      java.util.Map.entry("start", "started"), java.util.Map.entry("stop", "stopped"), java.util.Map.entry("drop", "dropped"));

  /** A decision as minutes record it: "approve the 2027 budget" was decided, so "Approved the 2027 budget". */
  static String asDecided(String decision) {
    String[] words = decision.strip().split("\\s+", 2);
    String past = DECIDED.get(words[0].toLowerCase(java.util.Locale.ROOT));
    return past == null ? decision : past + (words.length > 1 ? " " + words[1] : "");
  }

  /** Actions as a table of action, owner and due date, from "Ana to send the plan by Friday". */
  private Table actions(SectionPlan plan) {
    List<String> cols = plan.columns().isEmpty() ? List.of("Action", "Owner", "Due") : plan.columns();
    List<List<String>> rows = new ArrayList<>();
    for (String a : intent.facts().list("actions")) {
      rows.add(Actions.row(a, cols));
    }
    if (rows.isEmpty()) {
      return table(cols, plan.rows().isEmpty() ? List.of(List.of("[[action]]", "[[owner]]", "[[due date]]")) : plan.rows(), false);
    }
    // An incident's "Type" column, which the request's actions do not fill, is left out rather than left blank.
    List<Integer> keep = new ArrayList<>();
    for (int c = 0; c < cols.size(); c++) {
      int col = c;
      if (c == 0 || rows.stream().anyMatch(r -> !r.get(col).isEmpty())) {
        keep.add(c);
      }
    }
    return table(keep.stream().map(cols::get).toList(),
        rows.stream().map(r -> keep.stream().map(r::get).toList()).toList(), false);
  }

  /** One row per week, day or month of the request's time structure, numbered from 1. */
  private Table schedule(SectionPlan plan) {
    String first = plan.columns().isEmpty() ? "" : plan.columns().get(0);
    Optional<Counts.Span> stated = Counts.stated(intent.prompt());
    if (Counts.countsDays(first) && plan.columns().size() == 4 && stated.map(s -> s.unit().equals("day")).orElse(true)) {
      Optional<java.time.LocalDate[]> range = DayPlans.range(intent, slots.today());
      // A trip dated once is a day's trip, not "Week 1" and "Week 2".
      int count = stated.map(Counts.Span::count).orElseGet(() -> range
          .map(r -> r[1] == null ? (intent.documentType().equals("itinerary") ? 1 : 0)
              : (int) java.time.temporal.ChronoUnit.DAYS.between(r[0], r[1]) + 1).orElse(0));
      if (count > 0 && count <= 14) {
        return days(plan, DayPlans.of(intent, slots.today(), range.map(r -> r[0]).orElse(null), count));
      }
    }
    Counts.Span span = Counts.span(intent.prompt(), intent.durations());
    List<List<String>> template = plan.rows().isEmpty() ? List.of(List.of()) : plan.rows();
    List<List<String>> rows = new ArrayList<>();
    Map<Integer, String> said = span.unit().equals("week") ? Counts.weekTopics(intent.prompt()) : Map.of();
    for (int i = 1; i <= span.count(); i++) {
      List<String> row = new ArrayList<>(template.get((i - 1) % template.size()));
      String label = span.label(i, plan.columns().isEmpty() ? "" : plan.columns().get(0), intent.facts().language());
      if (row.isEmpty()) {
        row.add(label);
      } else {
        row.set(0, label);
      }
      if (said.containsKey(i) && row.size() > 1) {
        // "Week 2 they handle tickets with Grace reviewing every reply, a Friday quiz …": what that week holds.
        row.set(1, said.get(i));
      }
      rows.add(row);
    }
    return table(plan.columns(), rows, false);
  }

  /** A trip's days: "Day 1 (9 March 2027)", then its morning, afternoon and evening, the request's plans or fields. */
  private Table days(SectionPlan plan, List<DayPlans.Day> days) {
    List<List<String>> template = plan.rows().isEmpty() ? List.of(List.of("", "", "", "")) : plan.rows();
    List<List<String>> rows = new ArrayList<>();
    String word = Phrases.get("day", intent.facts().language());
    for (int i = 0; i < days.size(); i++) {
      DayPlans.Day d = days.get(i);
      List<String> row = new ArrayList<>(template.get(i % template.size()));
      while (row.size() < 4) {
        row.add("");
      }
      row.set(0, word + " " + (i + 1) + (d.date() == null ? "" : " (" + formats.longDate(d.date()) + ")"));
      for (int part = 0; part < 3; part++) {
        if (!d.parts().get(part).isEmpty()) {
          row.set(part + 1, String.join("; ", d.parts().get(part)));
        }
      }
      rows.add(row);
    }
    return table(plan.columns(), rows, false);
  }

  /** Timed slots filling the requested day, one per listed item. */
  private Table agenda(SectionPlan plan) {
    List<String> items = new ArrayList<>(intent.listedItems());
    items.addAll(intent.facts().list("bullets").stream().filter(b -> !items.contains(b)).toList());
    String range = intent.facts().slot("time_range").orElse("");
    List<List<String>> rows = AgendaSlots.rows(range, items, plan.columns().size(), intent.facts().language());
    return table(plan.columns(), rows.isEmpty() ? programme(plan.rows(), items) : rows, false);
  }

  /**
   * Without times, an event's programme items ("silent auction, three-course dinner, live band") take the place of
   * the template row whose item is a field, one row each; items with figures ("250 guests") are not programme.
   */
  private static List<List<String>> programme(List<List<String>> template, List<String> items) {
    List<String> programme = items.stream().filter(i -> !i.matches("(?s).*[\\d£$€].*")).toList();
    List<List<String>> out = new ArrayList<>();
    boolean placed = false;
    for (List<String> row : template) {
      if (!placed && !programme.isEmpty() && row.size() >= 2 && row.get(1).startsWith("[[")) {
        for (String item : programme) {
          List<String> r = new ArrayList<>(row);
          r.set(1, SlotFiller.capitalise(item));
          out.add(r);
        }
        placed = true;
      } else {
        out.add(row);
      }
    }
    return out;
  }

  private List<ListItem> items(List<String> raw) {
    return raw.stream().map(s -> ListItem.of(slots.fill(s))).toList();
  }

  private KeyValue keyValue(List<String> raw) {
    List<KeyValue.Entry> entries = new ArrayList<>();
    for (String item : raw) {
      int eq = item.indexOf('=');
      if (item.substring(0, eq).contains("{tax_rate") && !slots.taxBands().isEmpty()) {
        // "VAT 20% on £1,000.00", "VAT 0% on £240.00": a line per rate.
        String name = cell(slots.fill(item.substring(0, eq).replaceAll("\\{tax_rate\\?[^}]*\\}\\}", ""))).strip();
        slots.taxBands().forEach(b -> entries.add(new KeyValue.Entry(name + " " + b[0], b[1])));
        continue;
      }
      String value = cell(slots.fill(item.substring(eq + 1)));
      if (ONE_FIELD.matcher(value).matches()) {
        // "Approved by [manager]" and "Approver is Mark Ellison": the row's own label found the value.
        value = slots.underRowLabel(item.substring(0, eq)).orElse(value);
      }
      if (!value.isBlank()) {
        // "MwSt.{tax_rate? {tax_rate}}": a label may name a fact too.
        entries.add(new KeyValue.Entry(cell(slots.fill(item.substring(0, eq))), value));
      }
    }
    return new KeyValue("", entries);
  }

  private static final Pattern ONE_FIELD = Pattern.compile("\\[[^\\[\\]]+\\]");

  /** Author fields in table cells are shown in brackets: the model's cells are plain values. */
  static String cell(String markup) {
    return markup.replace("[[", "[").replace("]]", "]");
  }

  private static final Pattern YEAR_COLUMN = Pattern.compile("(?iu)(?:year|jahr|année|año|jaar)\\s+(\\d)");
  private static final Pattern YEARS = Pattern.compile("(?iu)^(\\d{1,2}|one|two|three|four|five)[\\s-]+(years?|months?)$");

  /** How many years the request's duration covers ("two years", "18 months"), or 0. */
  private int yearsAsked() {
    Matcher m = YEARS.matcher(intent.facts().slot("duration").orElse("").strip());
    if (!m.matches()) {
      return 0;
    }
    String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
    int v = n.matches("\\d+") ? Integer.parseInt(n) : List.of("one", "two", "three", "four", "five").indexOf(n) + 1;
    return m.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("month") ? (v + 11) / 12 : v;
  }

  private Table table(List<String> columns, List<List<String>> rows, boolean withBudgetTotal) {
    // "£48,000 over two years": a table by year has no column for a third.
    int years = yearsAsked();
    if (years > 0 && columns.stream().anyMatch(c -> YEAR_COLUMN.matcher(c).matches())) {
      List<Integer> keep = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        Matcher y = YEAR_COLUMN.matcher(columns.get(c));
        if (!y.matches() || Integer.parseInt(y.group(1)) <= years) {
          keep.add(c);
        }
      }
      columns = keep.stream().map(columns::get).toList();
      rows = rows.stream().map(r -> keep.stream().filter(c -> c < r.size()).map(r::get).toList()).toList();
    }
    List<String> cols = new ArrayList<>(columns);
    for (String wanted : intent.requestedColumns()) {
      if (cols.stream().noneMatch(c -> c.equalsIgnoreCase(wanted))) {
        cols.add(SlotFiller.capitalise(wanted));
      }
    }
    if (intent.facts().lists().containsKey("vendors")) {
      // "Vendor A", "Vendor B" … are the vendors the request names; a template vendor beyond them goes.
      List<Integer> keep = new ArrayList<>();
      for (int c = 0; c < cols.size(); c++) {
        cols.set(c, cell(slots.fill(cols.get(c))));
        if (!TEMPLATE_VENDOR.matcher(cols.get(c)).matches()) {
          keep.add(c);
        }
      }
      List<String> kept = keep.stream().map(cols::get).toList();
      cols = new ArrayList<>(kept);
      rows = rows.stream().filter(r -> r.isEmpty() || !TEMPLATE_VENDOR.matcher(cell(slots.fill(r.get(0)))).matches())
          .map(r -> keep.stream().filter(c -> c < r.size()).map(r::get).toList()).toList();
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

  private static final Pattern TEMPLATE_VENDOR = Pattern.compile("(?:Vendor|Anbieter|Fournisseur|Proveedor|Leverancier) [A-E]");

  /**
   * A comparison's criteria: one row per criterion the request lists, the template's first row giving the other
   * cells; the template's last row (the weighted score) stays.
   */
  private Table criteria(SectionPlan plan) {
    List<String> listed = intent.facts().lists().getOrDefault("criteria", List.of());
    if (listed.isEmpty() || plan.rows().size() < 2) {
      return table(plan.columns(), plan.rows(), false);
    }
    List<List<String>> rows = new ArrayList<>();
    for (String c : listed) {
      List<String> row = new ArrayList<>(plan.rows().get(0));
      row.set(0, c);
      rows.add(row);
    }
    rows.add(plan.rows().get(plan.rows().size() - 1));
    return table(plan.columns(), rows, false);
  }

  /** Phases spread over the prompt's duration in months (1, 1, 3, 1 parts for four phases). */
  private Table timeline(SectionPlan plan) {
    // "12 months", "six-month"
    int months = intent.durations().stream().mapToInt(d -> Counts.number(d.strip().split("[\\s-]")[0]))
        .filter(n -> n > 0).findFirst().orElse(0);
    boolean inMonths = intent.durations().stream().anyMatch(d -> d.contains("month"));
    Optional<List<String>> phases = java.util.stream.Stream.concat(lists.entrySet().stream(),
            intent.facts().lists().entrySet().stream()).filter(e -> PHASES.matcher(e.getKey()).matches())
        .map(java.util.Map.Entry::getValue).findFirst();
    if (phases.isPresent()) {
      return givenPhases(plan, phases.get(), inMonths ? months : 0);
    }
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
        period = months(start, end);
        start = end + 1;
      }
      row.set(1, period);
      rows.add(row);
    }
    return table(plan.columns(), rows, false);
  }

  private static final Pattern PHASES = Pattern.compile("(?iu)(?:the\\s+)?(?:phases|stages|phasen|phases du projet|fases|etappes)");

  /**
   * The phases the request names ("phases are discovery, build, pilot on two wards, and trust-wide go-live"), in its
   * order, its months shared out evenly between them; each phase's milestone is its completion.
   */
  private Table givenPhases(SectionPlan plan, List<String> phases, int months) {
    List<List<String>> rows = new ArrayList<>();
    int n = phases.size();
    String complete = Phrases.get("complete", intent.facts().language());
    for (int i = 0; i < n; i++) {
      String phase = SlotFiller.capitalise(phases.get(i));
      List<String> row = new ArrayList<>();
      row.add(phase);
      int first = months * i / n + 1;
      int last = months * (i + 1) / n;
      row.add(months >= n ? months(first, last) : "[[Dates]]");
      for (int c = 2; c < plan.columns().size(); c++) {
        row.add(c == 2 ? phase + " " + complete : "[[" + plan.columns().get(c).toLowerCase(java.util.Locale.ROOT) + "]]");
      }
      rows.add(row);
      unassigned.remove(phases.get(i));
    }
    return table(plan.columns(), rows, false);
  }

  /**
   * A phase's months: "April–May 2027" from a start date the request gives ("would start on 1 April 2027"),
   * "Months 3–4" without one.
   */
  private String months(int first, int last) {
    Optional<java.time.YearMonth> start = slots.value("start_date_iso")
        .map(d -> java.time.YearMonth.from(java.time.LocalDate.parse(d)));
    if (start.isEmpty()) {
      return first == last ? "Month " + first : "Months " + first + "–" + last;
    }
    java.time.YearMonth a = start.get().plusMonths(first - 1);
    java.time.YearMonth b = start.get().plusMonths(last - 1);
    if (a.equals(b)) {
      return formats.monthYear(a);
    }
    String end = formats.monthYear(b);
    return a.getYear() == b.getYear() ? formats.monthYear(a).replace(" " + a.getYear(), "") + "–" + end
        : formats.monthYear(a) + " – " + end;
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

  /**
   * Objectives with their key results, baselines and targets from the request ("Grow revenue (KR: MRR from £120k to
   * £180k)"); the template's cells for the rest. Without such objectives, the template's rows.
   */
  private Table objectives(SectionPlan plan) {
    List<Objectives.KeyResult> results = Objectives.of(intent.listedItems());
    if (results.isEmpty() || plan.rows().isEmpty() || plan.rows().get(0).size() < 4) {
      return table(plan.columns(), plan.rows(), false);
    }
    List<String> template = plan.rows().get(0);
    List<List<String>> rows = new ArrayList<>();
    for (Objectives.KeyResult r : results) {
      List<String> row = new ArrayList<>(template);
      row.set(0, r.objective());
      row.set(1, r.result());
      row.set(2, r.baseline().isEmpty() ? template.get(2) : r.baseline());
      row.set(3, r.target().isEmpty() ? template.get(3) : r.target());
      rows.add(row);
    }
    return table(plan.columns(), rows, false);
  }

  /**
   * A budget's lines by quarter, or by month when the request asks for a monthly budget, each with its total, from
   * the amounts and timings the request gives ("licences 4k/mo", "contractors 30k in Q1 only"); the template otherwise.
   */
  private Table budgetLines(SectionPlan plan) {
    Optional<BudgetLines.Plan> read = slots.budget();
    if (read.isEmpty()) {
      return table(plan.columns(), plan.rows(), plan.kind().equals("budget"));
    }
    BudgetLines.Plan b = read.get();
    boolean monthly = monthlyBudget();
    java.util.Locale locale = java.util.Locale.forLanguageTag(intent.facts().language());
    Table.Builder t = Table.builder();
    t.column(Column.text(plan.columns().isEmpty() ? "" : plan.columns().get(0)));
    int periods = monthly ? 12 : 4;
    for (int i = 0; i < periods; i++) {
      t.column(Column.text(monthly ? java.time.Month.of(i + 1).getDisplayName(java.time.format.TextStyle.SHORT, locale)
          : plan.columns().size() > i + 1 ? plan.columns().get(i + 1) : "Q" + (i + 1)));
    }
    t.column(Column.text(plan.columns().isEmpty() ? "Total" : plan.columns().get(plan.columns().size() - 1)));
    for (BudgetLines.Line line : b.lines()) {
      List<Object> row = new ArrayList<>();
      row.add(line.name());
      for (int i = 0; i < periods; i++) {
        row.add(budgetAmount(monthly ? line.months()[i] : line.quarter(i), b.currency()));
      }
      row.add(budgetAmount(line.total(), b.currency()));
      t.row(row);
    }
    List<Object> totals = new ArrayList<>();
    totals.add(Phrases.get("Total", intent.facts().language()));
    for (int i = 0; i < periods; i++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (BudgetLines.Line line : b.lines()) {
        sum = sum.add(monthly ? line.months()[i] : line.quarter(i));
      }
      totals.add(budgetAmount(sum, b.currency()));
    }
    totals.add(budgetAmount(b.total(), b.currency()));
    t.totals(totals.toArray());
    return t.build();
  }

  private boolean monthlyBudget() {
    return intent.prompt().matches("(?isu).*\\b(?:monthly|by month|month by month)\\b.*")
        && !intent.prompt().matches("(?isu).*\\bby quarter\\b.*");
  }

  private String budgetAmount(BigDecimal v, String currency) {
    if (v.signum() == 0) {
      return "–";
    }
    return currency.isEmpty() ? formats.decimal(v, v.stripTrailingZeros().scale() > 0 ? 2 : 0)
        : formats.money(v, LineItems.code(currency));
  }

  /**
   * A commission statement's deals as the request lists them ("Acme Foods £40,000, Brook Hotels £25,000"), with the
   * rate and commission of each under a flat plan, and the totals; under a tiered plan the commission is the
   * statement's total, worked out in its payout. The template's rows when the request lists no deals.
   */
  private Table deals(SectionPlan plan) {
    LineItems.Reading read = slots.lines();
    if (read.lines().isEmpty() || read.mixedCurrencies() || plan.columns().size() < 5) {
      return table(plan.columns(), plan.rows(), false);
    }
    String code = LineItems.code(read.currency());
    Optional<Commission.Result> plan2 = Commission.of(intent.prompt(), read.subtotal());
    boolean flat = plan2.map(r -> r.bands().size() == 1 && !intent.prompt().matches("(?isu).*\\bup to\\b.*")).orElse(false);
    Table.Builder t = Table.builder();
    plan.columns().forEach(c -> t.column(Column.text(c)));
    List<String> template = plan.rows().isEmpty() ? List.of("", "", "", "", "") : plan.rows().get(0);
    for (LineItems.Line line : read.lines()) {
      BigDecimal rate = flat ? plan2.get().bands().get(0)[0] : null;
      t.row(List.of(SlotFiller.capitalise(line.description().replaceFirst("(?iu)^deals?\\s+", "")), cell(slots.fill(template.get(1))),
          formats.money(line.amount(), code), rate == null ? "" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%",
          rate == null ? "" : formats.money(line.amount().multiply(rate).setScale(2, java.math.RoundingMode.HALF_UP), code)));
    }
    t.totals(Phrases.get("Total", intent.facts().language()), "", formats.money(read.subtotal(), code), "",
        plan2.map(r -> formats.money(r.commission(), code)).orElse(""));
    return t.build();
  }

  /**
   * A cash forecast's months (opening, receipts, payments, net, closing), or its receipts or payments as the request
   * states them; the template's rows when it states no forecast.
   */
  private Table cash(SectionPlan plan) {
    Optional<CashFlow.Forecast> read = slots.cash();
    if (read.isEmpty()) {
      return table(plan.columns(), plan.rows(), false);
    }
    CashFlow.Forecast c = read.get();
    String code = LineItems.code(c.currency());
    String lang = intent.facts().language();
    Table.Builder t = Table.builder();
    plan.columns().forEach(h -> t.column(Column.text(h)));
    switch (plan.kind()) {
      case "receipts" -> t.row(List.of(plan.rows().isEmpty() ? "" : slots.fill(plan.rows().get(0).get(0)),
          Phrases.get("Monthly", lang), formats.money(c.receiptsStart(), code) + (c.receiptsGrowth().signum() == 0 ? ""
              : ", " + Phrases.get("rising by", lang) + " " + formats.money(c.receiptsGrowth(), code) + " " + Phrases.get("a month", lang))));
      case "payments" -> t.row(List.of(Phrases.get("All payments (monthly burn)", lang), Phrases.get("Monthly", lang),
          formats.money(c.burn(), code)));
      default -> c.months().forEach(m -> t.row(List.of(formats.monthYear(m.month()), formats.money(m.opening(), code),
          formats.money(m.receipts(), code), formats.money(m.payments(), code), formats.money(m.net(), code),
          formats.money(m.closing(), code))));
    }
    return t.build();
  }

  /**
   * The hours the request gives, one row per person and day, dated when it gives the week, with their total and,
   * when it gives a rate, what they come to; the template's rows when it gives none.
   */
  private List<Block> hours(SectionPlan plan) {
    java.time.LocalDate start = intent.facts().slot("start_date_iso").map(java.time.LocalDate::parse)
        .or(() -> intent.facts().slot("start_date").flatMap(d -> DateFinder.find(d, slots.today()).stream().findFirst())
            .map(DateFinder.Found::date))
        .orElse(null);
    Optional<TimeEntries.Sheet> read = TimeEntries.read(intent.prompt(), slots.today(), start);
    if (read.isEmpty() || plan.rows().isEmpty()) {
      return List.of(table(plan.columns(), plan.rows(), false));
    }
    TimeEntries.Sheet sheet = read.get();
    List<String> template = plan.rows().get(0);
    boolean several = sheet.people().size() > 1;
    String lang = intent.facts().language();
    Table.Builder t = Table.builder();
    if (several) {
      t.column(Column.text(Phrases.get("Employee", lang)));
    }
    plan.columns().forEach(c -> t.column(Column.text(c)));
    java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
    for (TimeEntries.Entry e : sheet.entries()) {
      List<Object> cells = new ArrayList<>();
      if (several) {
        cells.add(e.person());
      }
      String day = e.day().getDisplayName(java.time.format.TextStyle.FULL, locale);
      cells.add(sheet.monday() == null ? day : day + " " + formats.longDate(sheet.monday().plusDays(e.day().getValue() - 1)));
      for (int c = 1; c < template.size() - 1; c++) {
        cells.add(cell(slots.fill(template.get(c))));
      }
      cells.add(TimeEntries.hours(e.hours()));
      t.row(cells);
    }
    List<Object> totals = new ArrayList<>();
    totals.add(Phrases.get("Total", lang));
    while (totals.size() < plan.columns().size() + (several ? 1 : 0) - 1) {
      totals.add("");
    }
    totals.add(TimeEntries.hours(sheet.total()));
    t.totals(totals.toArray());
    List<Block> out = new ArrayList<>(List.of(t.build()));
    List<String> lines = new ArrayList<>();
    if (several) {
      for (String person : sheet.people()) {
        BigDecimal sum = sheet.entries().stream().filter(e -> e.person().equals(person)).map(TimeEntries.Entry::hours)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        lines.add(person + ": " + TimeEntries.hours(sum) + " " + Phrases.get("hours", lang));
      }
    }
    if (sheet.rate() != null) {
      String code = LineItems.code(sheet.currency());
      lines.add(TimeEntries.hours(sheet.total()) + " " + Phrases.get("hours", lang) + " × " + formats.money(sheet.rate(), code)
          + " = " + formats.money(sheet.total().multiply(sheet.rate()), code));
    }
    if (!lines.isEmpty()) {
      out.add(new BulletList(lines.stream().map(ListItem::of).toList()));
    }
    return out;
  }

  private static final Pattern ROW_ID = Pattern.compile("^(\\p{Lu}{1,3})-?\\d+$");
  private static final Pattern ITEM_TAIL = Pattern.compile("\\s+[—–]\\s+.*$");

  /**
   * One row per item the request lists ("high winds stopping work, lead paint exposure, …"), in the template row's
   * first field, numbered like the template's ids (R1, R2 …), the template's fields in the other cells.
   */
  private Table register(SectionPlan plan) {
    // With a match, only a labelled list whose label matches: "Goals for 2027: mentor a junior and get the AWS SysOps
    // certification" fills "Goals for the Next Period". Without one, the request's listed items (a risk register's risks).
    // A list a kind's reader made ("risks" from a status request's notes) counts as labelled.
    List<String> source = plan.match().isEmpty() ? intent.listedItems() : java.util.stream.Stream.concat(
        lists.entrySet().stream(), intent.facts().lists().entrySet().stream())
        .filter(e -> Pattern.matches(plan.match(), e.getKey())).map(java.util.Map.Entry::getValue).findFirst().orElse(List.of());
    List<String> items = source.stream().map(i -> ITEM_TAIL.matcher(i).replaceFirst("").strip())
        .filter(i -> !i.isEmpty()).toList();
    if (items.isEmpty() || plan.rows().isEmpty()) {
      return table(plan.columns(), plan.rows(), false);
    }
    List<String> template = plan.rows().get(0);
    int field = -1;
    for (int c = 0; c < template.size() && field < 0; c++) {
      field = template.get(c).startsWith("[[") ? c : -1;
    }
    if (field < 0) {
      return table(plan.columns(), plan.rows(), false);
    }
    Matcher id = ROW_ID.matcher(template.get(0));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<String> row = new ArrayList<>(template);
      row.set(field, SlotFiller.capitalise(items.get(i)));
      if (id.matches()) {
        row.set(0, template.get(0).replaceFirst("\\d+$", String.valueOf(i + 1)));
      }
      rows.add(row);
    }
    return table(plan.columns(), rows, false);
  }

  /**
   * A maintenance log's rows from the entries the request lists, its columns in the order date, asset, type, work
   * done, parts, by whom, next due; what an entry does not say keeps the template row's field.
   */
  private Table log(SectionPlan plan) {
    List<LogEntries.Entry> entries = LogEntries.read(intent.listedItems(), slots.today());
    if (entries.isEmpty() || plan.rows().isEmpty() || plan.columns().size() != 7) {
      return table(plan.columns(), plan.rows(), false);
    }
    List<String> field = plan.rows().get(0);
    String lang = intent.facts().language();
    List<List<String>> rows = new ArrayList<>();
    for (LogEntries.Entry e : entries) {
      boolean due = !e.due().isEmpty();
      String none = "—";
      rows.add(List.of(
          e.date() != null ? formats.longDate(e.date()) : due ? none : field.get(0),
          e.asset(),
          due ? none : e.type().isEmpty() ? field.get(2) : Phrases.get(e.type(), lang),
          due ? none : e.work(),
          !e.part().isEmpty() ? e.part() : due || e.type().equals("Inspection") ? none : field.get(4),
          !e.by().isEmpty() ? e.by() : due ? none : field.get(5),
          due ? e.due() + ", " + cell(field.get(6)) : field.get(6)));
    }
    return table(plan.columns(), rows, false);
  }

  /**
   * The top issue categories a request counts ("password resets (312)"), with their share of the tickets opened when
   * the request gives that total; columns category, tickets, share, trend (kept as the template's field).
   */
  private Table topIssues(SectionPlan plan) {
    List<TicketFigures.Issue> issues = TicketFigures.issues(intent.prompt());
    if (issues.isEmpty() || plan.rows().isEmpty() || plan.columns().size() != 4) {
      return table(plan.columns(), plan.rows(), false);
    }
    Optional<BigDecimal> opened = Optional.ofNullable(TicketFigures.read(intent.prompt()).get("opened")).map(TicketFigures::count);
    List<String> field = plan.rows().get(0);
    List<List<String>> rows = new ArrayList<>();
    for (TicketFigures.Issue i : issues) {
      String share = opened.filter(o -> o.signum() > 0)
          .map(o -> formats.percent(i.count().divide(o, 6, java.math.RoundingMode.HALF_UP))).orElse(field.get(2));
      rows.add(List.of(i.name(), formats.decimal(i.count(), 0), share, field.get(3)));
    }
    return table(plan.columns(), rows, false);
  }

  /**
   * A stock count from the request's items ("18 cases of A4 paper (reorder at 20)"): every item with its status, its
   * columns item, on hand, reorder point, status; or ("stock-below") the items at or below their reorder point, its
   * columns code, name, on hand, reorder point, supplier, the code and supplier kept as the template's fields.
   */
  private Block stock(SectionPlan plan) {
    List<StockLines.Item> items = slots.stock();
    boolean below = plan.kind().equals("stock-below");
    int columns = below ? 5 : 4;
    if (items.isEmpty() || plan.rows().isEmpty() || plan.columns().size() != columns) {
      return table(plan.columns(), plan.rows(), false);
    }
    List<String> field = plan.rows().get(0);
    String lang = intent.facts().language();
    List<List<String>> rows = new ArrayList<>();
    for (StockLines.Item i : items) {
      String point = i.reorderAt() == null ? "—" : i.reorderAt().toPlainString();
      if (!below) {
        rows.add(List.of(i.name(), i.counted(), point, Phrases.get(i.reorder() ? "Reorder" : "In stock", lang)));
      } else if (i.reorder()) {
        rows.add(List.of(field.get(0), i.name(), i.counted(), point, field.get(4)));
      }
    }
    if (rows.isEmpty()) {
      return Paragraph.markup(SlotFiller.capitalise(Phrases.get("none", lang)) + ".");
    }
    return table(plan.columns(), rows, false);
  }

  /**
   * A status report's milestones from the dated notes ("go-live still 15 jan"), its columns in the order milestone,
   * owner, baseline, forecast, status; "still" is on track; the template's rows when the notes date none.
   */
  /**
   * Rows the request's reader built ("Customer satisfaction | Target 90% | 94% (above target)"), each padded with
   * the template row's own fields; the template's rows when it built none.
   */
  private Table results(SectionPlan plan) {
    List<String> read = intent.facts().lists().getOrDefault("results", List.of());
    if (read.isEmpty() || plan.rows().isEmpty()) {
      return table(plan.columns(), plan.rows(), false);
    }
    List<String> field = plan.rows().get(0);
    List<List<String>> rows = new ArrayList<>();
    for (String r : read) {
      List<String> cells = new ArrayList<>(List.of(r.split(" \\| ", -1)));
      while (cells.size() < plan.columns().size()) {
        cells.add(cells.size() < field.size() ? field.get(cells.size()) : "");
      }
      rows.add(cells.subList(0, plan.columns().size()));
    }
    return table(plan.columns(), rows, false);
  }

  private Table milestones(SectionPlan plan) {
    List<StatusNotes.Milestone> read = slots.milestones();
    if (read.isEmpty() || plan.rows().isEmpty() || plan.columns().size() != 5) {
      return table(plan.columns(), plan.rows(), false);
    }
    List<String> field = plan.rows().get(0);
    List<List<String>> rows = new ArrayList<>();
    for (StatusNotes.Milestone m : read) {
      String lang = intent.facts().language();
      rows.add(List.of(m.name(), field.get(1), field.get(2), m.date() == null ? field.get(3) : formats.longDate(m.date()),
          !m.progress().isEmpty() ? m.progress() + " " + Phrases.get("complete", lang)
              : m.onTrack() ? Phrases.get("Date unchanged", lang) : field.get(4)));
    }
    return table(plan.columns(), rows, false);
  }

  /**
   * An expense claim's items from the request: by category (count and total per currency) or one row each (date
   * field, category, description, amount); the template's rows when the request lists none.
   */
  private List<Block> expenses(SectionPlan plan) {
    Optional<Expenses.Claim> read = slots.expenses();
    if (read.isEmpty() || plan.rows().isEmpty()) {
      return List.of(table(plan.columns(), plan.rows(), false));
    }
    Expenses.Claim claim = read.get();
    String lang = intent.facts().language();
    Table.Builder t = Table.builder();
    plan.columns().forEach(c -> t.column(Column.text(c)));
    List<String> field = plan.rows().get(0);
    if (plan.kind().equals("expense-categories")) {
      claim.byCategory().forEach((c, totals) -> t.row(List.<Object>of(Phrases.get(c, lang),
          String.valueOf(claim.count(c)), Expenses.amounts(totals, formats))));
    } else {
      for (Expenses.Item i : claim.items()) {
        t.row(List.<Object>of(cell(slots.fill(field.get(0))), Phrases.get(i.category(), lang), i.description(),
            formats.money(i.amount(), i.currency())));
      }
    }
    List<Object> totals = new ArrayList<>();
    for (int c = 0; c < plan.columns().size() - 1; c++) {
      totals.add(c == 0 ? Phrases.get("Total", lang) : "");
    }
    totals.add(Expenses.amounts(claim.totals(), formats));
    t.totals(totals.toArray());
    List<Block> out = new ArrayList<>();
    out.add(t.build());
    if (claim.totals().size() > 1 && plan.kind().equals("expenses")) {
      out.add(Paragraph.markup(Phrases.get("mixed-currencies", lang)));
    }
    return out;
  }

  private static final Pattern ROW_LABEL = Pattern.compile("(?iu)(?:tasks?|workstreams?|activities|deliverables|steps|"
      + "aufgaben|arbeitspakete|tâches|chantiers|tareas|taken|werkstromen)");
  private static final Pattern COLUMN_LABEL = Pattern.compile("(?iu)(?:roles?|people|team|who|parties|stakeholders|"
      + "rollen|personen|beteiligte|rôles|personnes|roles|personas|rollen|mensen)");
  private static final Pattern ROWS_ARE = Pattern.compile("(?iu)^" + ROW_LABEL.pattern() + "\\s+(?:are|include|:)\\s+");

  /**
   * A matrix of the request's tasks by its people or roles ("tasks are lease signing, IT setup …; Roles: COO,
   * Facilities Manager"), each cell a field; the plan's columns stand in for whichever the request does not give.
   */
  private Table matrix(SectionPlan plan) {
    List<String> tasks = lists.entrySet().stream().filter(e -> ROW_LABEL.matcher(e.getKey()).matches())
        .map(java.util.Map.Entry::getValue).findFirst()
        .orElse(intent.listedItems().stream().map(i -> ROWS_ARE.matcher(i).replaceFirst("")).toList());
    List<String> people = lists.entrySet().stream().filter(e -> COLUMN_LABEL.matcher(e.getKey()).matches())
        .map(java.util.Map.Entry::getValue).findFirst().orElse(List.of());
    List<String> columns = new ArrayList<>();
    columns.add(plan.columns().isEmpty() ? "" : plan.columns().get(0));
    columns.addAll(people.isEmpty() ? plan.columns().subList(Math.min(1, plan.columns().size()), plan.columns().size()) : people);
    String field = plan.rows().isEmpty() || plan.rows().get(0).size() < 2 ? "[[?]]" : plan.rows().get(0).get(1);
    List<List<String>> rows = new ArrayList<>();
    for (String task : tasks.isEmpty() ? List.of(plan.rows().isEmpty() ? "" : plan.rows().get(0).get(0)) : tasks) {
      List<String> row = new ArrayList<>();
      row.add(SlotFiller.capitalise(task));
      for (int c = 1; c < columns.size(); c++) {
        row.add(field);
      }
      rows.add(row);
    }
    return table(columns, rows, false);
  }

  /** Listed items go to the first listed section whose pattern matches; leftovers to the first listed section. */
  private List<ListItem> listed(SectionPlan plan, List<SectionPlan> all) {
    if (intent.listedItems().isEmpty()) {
      return items(plan.items());
    }
    List<String> mine = new ArrayList<>();
    for (String item : List.copyOf(unassigned)) {
      if (!plan.match().isEmpty() && Pattern.matches(plan.match(), item)) {
        mine.add(item);
        unassigned.remove(item);
      }
    }
    // "fixed: crash on empty config, slow startup; deprecated: --legacy-auth": a list whose label is this section's.
    if (!plan.match().isEmpty()) {
      for (var e : lists.entrySet()) {
        if (Pattern.matches(plan.match(), e.getKey())) {
          for (String i : e.getValue()) {
            if (!mine.contains(i) && (!intent.listedItems().contains(i) || unassigned.contains(i))) {
              mine.add(i);
              unassigned.remove(i);
            }
          }
        }
      }
    }
    boolean firstListed = all.stream().filter(p -> p.kind().equals("listed")).findFirst().orElse(plan) == plan;
    if (firstListed) {
      for (String item : List.copyOf(unassigned)) {
        // "Weak spot: CRM notes often late, forecasts submitted after deadline 4 times": an item of a list whose label
        // a later section takes goes there with the rest of its list.
        boolean matchesLater = all.stream().anyMatch(p -> p.kind().equals("listed") && !p.match().isEmpty()
            && (Pattern.matches(p.match(), item) || lists.entrySet().stream()
                .anyMatch(e -> e.getValue().contains(item) && Pattern.matches(p.match(), e.getKey()))));
        if (!matchesLater) {
          mine.add(item);
          unassigned.remove(item);
        }
      }
    }
    return mine.stream().map(s -> ListItem.of(SlotFiller.capitalise(s))).toList();
  }
}
