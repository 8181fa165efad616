package dev.docgen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.model.Block;
import dev.docgen.api.model.BlockReferences;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.TextRun;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model's structure wins: the engine's tables and charts go where the model places them by reference, or in one
 * data section at the end, and the engine's header blocks and placeholder tables are never added beside the model's.
 */
class ModelMergeTest {
  static final Table BY_TEAM = new Table("Tickets by team", List.of(Column.text("Team"), Column.of("Tickets", ColumnType.INTEGER)),
      List.of(List.<Object>of("Payments", new BigDecimal("16")), List.<Object>of("Mobile", new BigDecimal("9"))), List.of());
  static final Chart CHART = new Chart(ChartType.BAR, "Tickets by team", List.of("Payments", "Mobile"),
      List.of(new Series("Tickets", List.of(new BigDecimal("16"), new BigDecimal("9")))), "", "");
  static final KeyValue HEADER = new KeyValue("", List.of(new KeyValue.Entry("To", "[Recipients]"),
      new KeyValue.Entry("From", "[Name, role]")));
  static final Table ACTIONS = new Table("", List.of(Column.text("Action"), Column.text("Owner"), Column.text("Date")),
      List.of(List.<Object>of("[Action]", "[Owner]", "[Date]")), List.of());

  static DocumentSpec spec(String type, Section... sections) {
    return new DocumentSpec(new Metadata("Support summary", "", "", LocalDate.of(2026, 12, 1), "en-GB", List.of(), "", type),
        null, List.of(sections));
  }

  static DocumentSpec draft() {
    return spec("support-ticket-summary", Section.of("Memo", HEADER), Section.of("Breakdown by Team", BY_TEAM, CHART),
        Section.of("Actions", ACTIONS));
  }

  @Test
  void a_table_the_model_places_by_reference_stands_where_it_placed_it_and_nowhere_else() {
    assertThat(BlockReferences.of(draft())).containsKeys("tickets_by_team", "tickets_by_team_2", "actions");
    DocumentSpec model = spec("", Section.of("Where we stand", Paragraph.of("Payments carries most of the load."),
        Paragraph.of("{table:tickets_by_team}"), Paragraph.of("The rest is spread thinly.")));
    DocumentSpec merged = Grounding.merge(model, draft(), "Figures");
    assertThat(merged.sections()).extracting(Section::title).containsExactly("Where we stand", "Figures");
    assertThat(merged.sections().get(0).blocks()).hasSize(3).element(1).isSameAs(BY_TEAM);
    // The chart the model did not place goes in the data section; the table is not there a second time.
    assertThat(merged.sections().get(1).blocks()).containsExactly(CHART);
  }

  @Test
  void engine_headers_and_placeholder_tables_are_never_added_and_no_draft_section_is_appended_by_its_heading() {
    // The blind review's memo got a second "To [Recipients] / From [Name, role]" block and an "[Action] [Owner]" table.
    DocumentSpec model = spec("", Section.of("Breakdown by Team", Paragraph.of("Payments had 16 tickets.")),
        Section.of("Actions", Paragraph.of("Payments will add a second on-call engineer.")));
    DocumentSpec merged = Grounding.merge(model, draft(), "Figures");
    List<Block> all = new java.util.ArrayList<>();
    merged.forEachBlock(all::add);
    assertThat(all).doesNotContain(HEADER, ACTIONS);
    assertThat(merged.sections()).extracting(Section::title).containsExactly("Breakdown by Team", "Actions", "Figures");
    // Not into the model's "Breakdown by Team" by its heading: into the data section at the end.
    assertThat(merged.sections().get(0).blocks()).hasSize(1);
    assertThat(merged.sections().get(2).blocks()).containsExactly(BY_TEAM, CHART);
  }

  @Test
  void a_table_of_the_models_own_with_the_engines_headers_stands_for_it_and_an_unknown_reference_is_dropped() {
    Table own = new Table("", List.of(Column.text("Team"), Column.of("Tickets", ColumnType.INTEGER)),
        List.of(List.<Object>of("Payments", new BigDecimal("16"))), List.of());
    DocumentSpec model = spec("", Section.of("Teams", own, Paragraph.of("{table:no_such_table}")),
        Section.of("Chart", Paragraph.of("{chart:tickets_by_team_2}")));
    DocumentSpec merged = Grounding.merge(model, draft(), "Figures");
    assertThat(merged.sections()).extracting(Section::title).containsExactly("Teams", "Chart");
    assertThat(merged.sections().get(0).blocks()).containsExactly(own);
    assertThat(merged.sections().get(1).blocks()).containsExactly(CHART);
  }

  @Test
  void markdown_emphasis_becomes_bold_and_italic_runs_and_leaves_no_asterisks() {
    DocumentSpec model = spec("", Section.of("Summary", Paragraph.of("**Net revenue** rose *sharply*, and 2 * 3 stays as written."),
        new KeyValue("", List.of(new KeyValue.Entry("**Owner**", "__Ana Ruiz__")))));
    DocumentSpec clean = Grounding.sanitize(model, model.metadata()).spec();
    Paragraph p = (Paragraph) clean.sections().get(0).blocks().get(0);
    assertThat(p.runs()).extracting(TextRun::text, TextRun::bold, TextRun::italic).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Net revenue", true, false),
        org.assertj.core.groups.Tuple.tuple(" rose ", false, false),
        org.assertj.core.groups.Tuple.tuple("sharply", false, true),
        org.assertj.core.groups.Tuple.tuple(", and 2 * 3 stays as written.", false, false));
    KeyValue kv = (KeyValue) clean.sections().get(0).blocks().get(1);
    assertThat(kv.entries().get(0)).isEqualTo(new KeyValue.Entry("Owner", "Ana Ruiz"));
  }

  @Test
  void only_long_form_kinds_get_a_contents_page() {
    Section[] many = new Section[6];
    for (int i = 0; i < many.length; i++) {
      many[i] = Section.of("Part " + (i + 1), Paragraph.of("a"), Paragraph.of("b"), Paragraph.of("c"));
    }
    assertThat(spec("status-report", many).wantsContents()).isTrue();
    assertThat(spec("memo", many).wantsContents()).isFalse();
    assertThat(spec("purchase-order", many).wantsContents()).isFalse();
    assertThat(spec("agenda", many).wantsContents()).isFalse();
    assertThat(spec("", many).wantsContents()).isTrue();
  }

  @Test
  void theModelsDateStandsOnlyWhenTheRequestNamesIt() {
    LocalDate meeting = LocalDate.of(2026, 3, 12);
    assertThat(Grounding.named(meeting, "Agenda for the board meeting on 12 March 2026", java.util.Locale.UK, 2026))
        .isTrue();
    assertThat(Grounding.named(meeting, "Agenda for the board meeting on March 12", java.util.Locale.US, 2026)).isTrue();
    assertThat(Grounding.named(meeting, "Tagesordnung für die Sitzung am 12. März 2026", java.util.Locale.GERMANY, 2026))
        .isTrue();
    assertThat(Grounding.named(meeting, "Agenda, meeting 2026-03-12", java.util.Locale.UK, 2026)).isTrue();
    // Another day, another year without the year written, or a day number inside a larger one: not named.
    assertThat(Grounding.named(meeting, "Agenda for the board meeting on 13 March 2026", java.util.Locale.UK, 2026))
        .isFalse();
    assertThat(Grounding.named(meeting, "Agenda for the board meeting on 12 March", java.util.Locale.UK, 2025)).isFalse();
    assertThat(Grounding.named(meeting, "Agenda for 112 March items", java.util.Locale.UK, 2026)).isFalse();

    Metadata draft = new Metadata("Agenda", "", "", LocalDate.of(2026, 3, 1), "en-GB", List.of(), "", "agenda");
    DocumentSpec model = new DocumentSpec(new Metadata("Board agenda", "", "", meeting, "en-GB", List.of(), "", ""), null, List.of(Section.of("Items", Paragraph.of("Opening."))));
    assertThat(Grounding.sanitize(model, draft, d -> d.equals(meeting)).spec().metadata().date()).isEqualTo(meeting);
    assertThat(Grounding.sanitize(model, draft).spec().metadata().date()).isEqualTo(draft.date());
  }
}
