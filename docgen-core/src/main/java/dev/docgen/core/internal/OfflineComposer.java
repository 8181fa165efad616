package dev.docgen.core.internal;

import dev.docgen.api.DocumentIntent;
import dev.docgen.api.Finding;
import dev.docgen.api.Requirement;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Section;
import dev.docgen.api.spi.GeneratedContent;
import dev.docgen.api.spi.GenerationContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Chooses how to write a document (catalogue, invoice, data analysis, records) and assembles the spec. */
public final class OfflineComposer {
  /** Kinds whose body is prose: what the request states goes into its sentences. */
  private static final Set<String> PROSE = Set.of("letter", "memo", "press-release");
  /** "I want it fixed within 7 days", "please refund": the request already says what it asks for. */
  private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile("(?iu)\\b(?:I|we)\\s+(?:want|need|expect|"
      + "ask|request|would like|insist)\\b|\\bplease\\s+\\p{L}+");

  private OfflineComposer() {}

  public static DocumentSpec compose(GenerationContext ctx) {
    return content(ctx).spec();
  }

  /** The document and what the author must complete that the document itself cannot carry. */
  public static GeneratedContent content(GenerationContext ctx) {
    DocumentIntent intent = ctx.intent();
    LocalDate today = LocalDate.now(ctx.clock());
    Formats f = new Formats(ctx.locale());
    String lang = intent.facts().language();
    Kind kind = KindCatalogue.builtIn().byId(intent.documentType()).orElseGet(KindCatalogue.builtIn()::generic);
    DocumentType type = kind.in(lang);
    // A quotation's or a credit note's items in the data are its lines: priced, discounted and taxed as the kind lays
    // them out, not analysed as a report.
    Optional<LineItems.Reading> dataLines = type.id().matches(DataDerivation.LINE_KINDS)
        ? ctx.data().flatMap(d -> LineItems.fromData(d, intent.prompt(), lang)).filter(r -> !r.lines().isEmpty())
        : Optional.empty();
    SlotFiller slots = new SlotFiller(intent, today, f, type.eventDated(), dataLines);
    if (dataLines.isPresent()) {
      // The invoice's number, dates and parties in its data fill the kind's own details.
      CommercialFields.into(slots, type.id(), ctx.data().orElseThrow(), f);
    }
    if (kind.dataSection() >= 0) {
      // A grant proposal's amount requested is its budget's total, as the data gives it.
      ctx.data().flatMap(d -> dataTotal(intent, kind, d, f)).ifPresent(total -> {
        slots.set("amount", total);
        slots.set("budget", total);
      });
    }
    PlanRenderer plans = new PlanRenderer(intent, slots, f);
    int detailRows = ctx.format().equals("xlsx") ? AnalysisComposer.SPREADSHEET_DETAIL_ROWS : AnalysisComposer.DETAIL_ROWS;
    // "Weekly takings were £18,240, £21,905, £26,330 and £31,120 for weeks 1 to 4": figures stated in the request
    // are analysed as data would be.
    Optional<Dataset> data = ctx.data().or(() -> type.id().matches("sales-report|report")
        ? PromptSeries.of(intent.prompt()) : Optional.empty());
    Composed composed = dataLines.isPresent() ? catalogue(type, plans) : data.map(d -> withData(intent, kind, type, d, plans, f, detailRows))
        .orElseGet(() -> catalogue(type, plans));
    List<Section> sections = new ArrayList<>(composed.sections());
    PlanRenderer used = plans;
    addRequestedSections(intent, sections, lang);
    addChartNote(intent, sections, lang);
    String statedTitle = "";
    if (ctx.data().isEmpty() && PROSE.contains(type.id())) {
      // A letter says what the request states in sentences, the writer's own, not as bullets under its signature.
      List<String> stated = RequestClauses.unusedSentences(RequestClauses.of(intent.prompt(), type.name(), kind.cues()),
          intent.title() + "\n" + SpecText.of(sections) + "\n"
              + String.join("\n", intent.facts().lists().getOrDefault("stated", List.of())));
      // "She needs to be at home on 9 December": a letter speaks to its reader.
      List<String> said = lang.equals("en") && type.id().matches("(?:.+-)?letter")
          ? stated.stream().map(KindFacts::toReader).toList() : stated;
      if (!said.isEmpty()) {
        // "apologising that …. New fitting date is Monday 12 January 2026.": what the letter does, then the rest it states.
        intent.facts().slot("letter_body").ifPresent(body -> slots.set("letter_body", body + "\n" + String.join(" ", said)));
        slots.set("key_facts", String.join(" ", said));
        if (type.id().equals("memo") && intent.subject().isEmpty() && intent.facts().slot("purpose").isEmpty()) {
          // A memo that only states its news is about what its first statement is about.
          Optional<String> about = Titles.statementSubject(said.get(0));
          about.ifPresent(a -> slots.set("subject_title", a));
          statedTitle = about.map(a -> type.name() + ": " + a).orElse("");
        }
        if (said.stream().anyMatch(x -> ASKS.matcher(x).find())) {
          slots.set("asked", "yes");
        }
        used = new PlanRenderer(intent, slots, f);
        sections = new ArrayList<>(catalogue(type, used).sections());
        addRequestedSections(intent, sections, lang);
      }
    }
    List<Finding> unplaced = new ArrayList<>();
    if (ctx.data().isEmpty()) {
      unplaced = addUnusedClauses(intent, data.isPresent() ? PromptSeries.without(intent.prompt()) : intent.prompt(), type,
          kind.cues(), sections);
    }
    String title = !statedTitle.isEmpty() ? statedTitle : composed.title().isEmpty() ? intent.title() : composed.title();
    Optional<String> ownNumber = dataLines.flatMap(l -> CommercialFields.number(ctx.data().orElseThrow()));
    if (ownNumber.isPresent() && !title.contains(ownNumber.get())) {
      // An invoice or an order from its data is titled by its number: "Purchase Order PO-2025-0193".
      title = type.name() + " " + ownNumber.get();
    }
    Metadata meta = new Metadata(title, subtitle(title, intent, type, f), "",
        dataLines.flatMap(l -> CommercialFields.issueDate(ctx.data().orElseThrow()))
            .orElseGet(() -> SlotFiller.documentDate(intent, today, type.eventDated())),
        ctx.locale().toLanguageTag(),
        keywords(intent, type), intent.subject().isEmpty() ? type.name() : intent.subject(), type.id());
    List<Finding> findings = new ArrayList<>(used.unanchoredGuides());
    findings.addAll(unplaced);
    return new GeneratedContent(build(meta, sections), findings, java.util.Map.of());
  }

  /**
   * What the request states that no section has used yet goes, as a list in the request's order,
   * into the section it is most about (the one sharing the most word stems with it), the first
   * section when none is, so that no fact given is lost.
   */
  private static List<Finding> addUnusedClauses(DocumentIntent intent, String prompt, DocumentType type, List<String> cues,
      List<Section> sections) {
    if (sections.isEmpty()) {
      return List.of();
    }
    List<RequestClauses.Clause> clauses = RequestClauses.of(prompt, type.name(), cues);
    Set<String> unusedText = new java.util.HashSet<>(RequestClauses.unused(clauses,
        intent.title() + "\n" + SpecText.of(sections) + "\n"
            + String.join("\n", intent.facts().lists().getOrDefault("stated", List.of()))));
    // "Driver was Stefan Berger", "Likely cause: …": a fact under its own label goes to the field it names, or to a
    // table of labels and values; only what has no label is listed.
    List<RequestClauses.Clause> unusedClauses = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    String shown = SpecText.of(sections).toLowerCase(Locale.ROOT);
    for (RequestClauses.Clause c : clauses) {
      // A sentence that is one clause is never listed (it would paste the request back), but its value may fill a field.
      boolean whole = c.whole() && !shown.contains(c.text().toLowerCase(Locale.ROOT));
      if ((whole || unusedText.contains(c.text())) && seen.add(c.text())) {
        unusedClauses.add(c);
      }
    }
    List<String> unused = LeftoverFields.place(unusedClauses, sections);
    java.util.Map<Integer, List<String>> placed = new java.util.TreeMap<>();
    for (String clause : unused) {
      placed.computeIfAbsent(ClausePlacement.bestSection(clause, sections), k -> new ArrayList<>()).add(clause);
    }
    placed.forEach((i, listed) -> {
      Section s = sections.get(i);
      List<Block> blocks = new ArrayList<>(s.blocks());
      blocks.add(new dev.docgen.api.model.BulletList(listed.stream()
          .map(c -> new dev.docgen.api.model.ListItem(List.of(dev.docgen.api.model.TextRun.plain(c)), List.of())).toList()));
      sections.set(i, new Section(s.title(), s.level(), blocks, s.subsections()));
    });
    // Each fact the engine could only list as the request wrote it is one the author must check and move: the
    // document is not finished while it stands there, and its score says so.
    List<Finding> out = new ArrayList<>();
    placed.forEach((i, listed) -> listed.forEach(c -> out.add(Finding.warning(UNPLACED,
        "listed as the request wrote it, not in its field or sentence: \"" + c + "\"", sections.get(i).title()))));
    return out;
  }

  /** The code of a fact the document lists as the request wrote it. */
  static final String UNPLACED = "request.unplaced";

  private static DocumentSpec build(Metadata meta, List<Section> sections) {
    DocumentSpec.Builder b = DocumentSpec.builder(meta);
    sections.forEach(b::section);
    return b.build();
  }

  private static Composed catalogue(DocumentType type, PlanRenderer plans) {
    List<Section> out = new ArrayList<>();
    type.sections().forEach(p -> plans.render(p, type.sections()).ifPresent(out::add));
    return new Composed("", out);
  }

  private static Composed withData(DocumentIntent intent, Kind kind, DocumentType type, Dataset given, PlanRenderer plans,
      Formats f, int detailRows) {
    // The pipeline has derived the kind's figures already; deriving again in place tells which columns they are.
    Derivations.Result derived = Derivations.apply(kind, given, intent.prompt(), intent.facts().language());
    // "Q3" over a file of Q1 to Q3 is Q3: the rows outside the request's period are left out, and the document says so.
    PeriodScope.Scoped scope = PeriodScope.of(intent, derived.data());
    Dataset data = scope.data();
    Optional<TableProfile> main = data.mainTable().map(TableProfile::of);
    Optional<DataAnswers> answers = main.flatMap(p -> DataAnswers.of(intent.prompt(), p, intent.facts().language(),
        derived.applied()));
    if (answers.isPresent() && data.lists().isEmpty()) {
      List<Section> out = new ArrayList<>(new AnalysisComposer(intent, data, main.get(), answers.get(), f, detailRows)
          .scoped(scopeNote(intent, scope, f), !scope.outside()).sections());
      if (kind.dataSection() >= 0) {
        // A grant proposal's budget is one of its sections: the figures go there, the rest is the proposal.
        return new Composed("", intoSection(type, kind.dataSection(), out, plans));
      }
      for (DocumentType.SectionPlan p : type.sections()) {
        if (p.title().matches("(?i).*(approval|actions|next steps|recommendations|outlook).*")) {
          // A data report's "Pipeline and Outlook" of fields only, or "Actions" that only repeat what the request asks
          // of the data, says nothing: the author's sections stay only when they hold something.
          plans.render(p, type.sections()).filter(sec -> !emptyOrAsks(sec, intent)).ifPresent(out::add);
        }
      }
      return new Composed("", out);
    }
    List<Section> out = RecordComposer.sections(data, type.sections(), plans, f);
    return new Composed(recordTitle(intent, type, data), out);
  }

  /** Whether every item of {@code s} is an author's field or one of the request's own listed asks. */
  private static boolean emptyOrAsks(Section s, DocumentIntent intent) {
    List<String> asks = intent.listedItems().stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
    List<dev.docgen.api.model.ListItem> items = new ArrayList<>();
    boolean[] other = {false};
    s.blocks().forEach(b -> {
      if (b instanceof dev.docgen.api.model.BulletList l) {
        items.addAll(l.items());
      } else if (b instanceof dev.docgen.api.model.NumberedList l) {
        items.addAll(l.items());
      } else {
        other[0] = true;
      }
    });
    return !other[0] && !items.isEmpty() && items.stream().allMatch(i -> {
      String text = i.text().strip().toLowerCase(Locale.ROOT);
      // "Forecast: [forecast amount], confidence [confidence level]": a few words of label around the fields.
      String said = i.runs().stream().filter(r -> !r.placeholder()).map(dev.docgen.api.model.TextRun::text)
          .reduce("", String::concat).strip();
      boolean fieldsOnly = i.runs().stream().anyMatch(dev.docgen.api.model.TextRun::placeholder)
          && (said.isEmpty() || said.split("[^\\p{L}\\p{N}]+").length <= 8);
      return fieldsOnly || asks.contains(text) || asks.stream().anyMatch(a -> text.equals(a.replaceFirst("^(?:the|a|an)\\s+", "")));
    });
  }

  private static Optional<String> dataTotal(DocumentIntent intent, Kind kind, Dataset given, Formats f) {
    if (intent.facts().slot("amount").isPresent() || intent.facts().slot("budget").isPresent()) {
      return Optional.empty();
    }
    Derivations.Result derived = Derivations.apply(kind, given, intent.prompt(), intent.facts().language());
    return derived.data().mainTable().map(TableProfile::of)
        .flatMap(p -> DataAnswers.of(intent.prompt(), p, intent.facts().language(), derived.applied()))
        .filter(a -> !a.headline().counted() && !a.headline().averaged() && a.headline().type() == ColumnType.CURRENCY)
        .flatMap(a -> TableStats.summarize(derived.data().mainTable().get(), a.headline())
            .map(s -> f.money(s.total(), a.headline().currency())));
  }

  private static List<Section> intoSection(DocumentType type, int index, List<Section> analysis, PlanRenderer plans) {
    List<Block> blocks = new ArrayList<>();
    analysis.forEach(sec -> blocks.addAll(sec.blocks()));
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < type.sections().size(); i++) {
      DocumentType.SectionPlan p = type.sections().get(i);
      if (i == index) {
        out.add(new Section(p.title(), 1, blocks, List.of()));
      } else {
        plans.render(p, type.sections()).ifPresent(out::add);
      }
    }
    return out;
  }

  /** What the document says about the data against the request's period; empty when they agree. */
  private static Optional<String> scopeNote(DocumentIntent intent, PeriodScope.Scoped scope, Formats f) {
    if (!scope.filtered() && !scope.outside() || scope.from().isEmpty() || intent.period().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Phrases.fill(scope.filtered() ? "data.scope-kept" : "data.scope-outside", intent.facts().language(),
        "from", f.longDate(scope.from().get()), "to", f.longDate(scope.to().get()), "period", intent.period().get().label(),
        "kept", f.integer(scope.kept()), "left", f.integer(scope.left())));
  }

  private static String recordTitle(DocumentIntent intent, DocumentType type, Dataset data) {
    Optional<String> name = data.fields().keySet().stream()
        .filter(k -> k.matches("(?i)(meeting|title|name|project|subject|event)")).findFirst().flatMap(data::text);
    Optional<String> date = data.text("date");
    if (name.isEmpty()) {
      return "";
    }
    return type.name() + ": " + name.get() + date.map(d -> " — " + d).orElse("");
  }

  private static String subtitle(String title, DocumentIntent intent, DocumentType type, Formats f) {
    String period = intent.period().map(p -> f.longDate(p.start()) + " – " + f.longDate(p.end())).orElse("");
    boolean titleNamesType = title.toLowerCase(Locale.ROOT).contains(type.name().toLowerCase(Locale.ROOT));
    String kind = titleNamesType ? "" : type.name();
    return kind.isEmpty() || period.isEmpty() ? kind + period : kind + " · " + period;
  }

  private static List<String> keywords(DocumentIntent intent, DocumentType type) {
    Set<String> k = new LinkedHashSet<>();
    k.add(type.name());
    intent.period().ifPresent(p -> k.add(p.label()));
    k.addAll(intent.organisations());
    k.addAll(intent.groupBy());
    return List.copyOf(k);
  }

  /**
   * Sections the request names that the document does not have yet: always written, with one field
   * for what only the author knows, never with advice in the body.
   */
  private static void addRequestedSections(DocumentIntent intent, List<Section> sections, String lang) {
    int after = -1;
    for (String wanted : intent.requestedSections()) {
      int at = SectionNames.match(wanted, sections);
      if (at < 0) {
        // A named section the kind has no plan for: one honest field, where the request puts it.
        Paragraph field = new Paragraph(List.of(dev.docgen.api.model.TextRun.placeholder(wanted.toLowerCase(Locale.ROOT))
            .withNote(Phrases.get("named-section-guide", lang))));
        at = after < 0 ? 0 : after + 1;
        sections.add(at, new Section(Names.heading(wanted), 1, List.of(field), List.of()));
      } else if (!sections.get(at).title().equalsIgnoreCase(wanted)) {
        // "Skills and experience" for the kind's "Requirements": the request's own heading.
        Section s = sections.get(at);
        sections.set(at, new Section(Names.heading(wanted), s.level(), s.blocks(), s.subsections()));
      }
      after = Math.max(after, at);
    }
  }

  private static void addChartNote(DocumentIntent intent, List<Section> sections, String lang) {
    if (intent.chart().isEmpty() || sections.isEmpty()) {
      return;
    }
    boolean hasChart = sections.stream().flatMap(s -> s.blocks().stream()).anyMatch(b -> b instanceof dev.docgen.api.model.Chart);
    if (!hasChart) {
      Section first = sections.get(0);
      List<Block> blocks = new ArrayList<>(first.blocks());
      blocks.add(new Paragraph(List.of(dev.docgen.api.model.TextRun.placeholder(Phrases.get("chart-field", lang))
          .withNote(Phrases.get("chart-guide", lang)))));
      sections.set(0, new Section(first.title(), first.level(), blocks, first.subsections()));
    }
  }

  /**
   * The request's names, amounts, references and dates that no section used go into one details
   * block, each under its role; words of the request that are not such facts never do.
   */
  private static void addKeyDetails(DocumentIntent intent, List<Section> sections, String lang) {
    if (sections.isEmpty()) {
      return;
    }
    String text = SpecText.of(sections).toLowerCase(Locale.ROOT);
    List<KeyValue.Entry> missing = new ArrayList<>();
    for (Requirement r : intent.requirements()) {
      boolean verbatim = r.kind().equals("text") || r.kind().equals("date");
      String label = label(intent, r.text());
      if (verbatim && !label.isEmpty() && !ContentValidator.mentions(text, r)) {
        missing.add(new KeyValue.Entry(Phrases.get(label, lang), r.text()));
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    Section first = sections.get(0);
    List<Block> blocks = new ArrayList<>(first.blocks());
    blocks.add(Math.min(1, blocks.size()), new KeyValue("", missing));
    sections.set(0, new Section(first.title(), first.level(), blocks, first.subsections()));
  }

  private static String label(DocumentIntent intent, String value) {
    if (intent.period().map(p -> p.label().equals(value)).orElse(false)) {
      return "Period";
    }
    if (intent.organisations().contains(value)) {
      return "Organisation";
    }
    if (intent.people().contains(value)) {
      return "Person";
    }
    if (intent.amounts().contains(value)) {
      return "Amount";
    }
    if (intent.durations().contains(value)) {
      return "Duration";
    }
    if (intent.dates().contains(value)) {
      return "Date";
    }
    if (intent.identifiers().contains(value)) {
      return "Reference";
    }
    if (intent.places().contains(value)) {
      return "Location";
    }
    return "";
  }
}
