package dev.docgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docgen.api.Artifact;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.core.DocumentPipeline;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpus checks are fair (a document a person would send, written by hand and rendered by the
 * real renderers, meets its request's expectations) and they report every failure, in words.
 */
class CorpusChecksTest {
  private static final DocumentPipeline PIPELINE = DocumentPipeline.builder().build();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void a_good_purchase_order_pdf_meets_its_corpus_expectations() throws Exception {
    DocumentSpec spec = spec("Purchase Order PO-4471", "en-GB", "purchase-order",
        Section.of("Order details", new KeyValue("", List.of(
            entry("PO number", "PO-4471"), entry("Order date", "28 November 2026"),
            entry("Buyer", "Larkspur Dental Group"), entry("Supplier", "MedSupply Direct"),
            entry("Deliver to", "Larkspur Dental Group, 14 Queen Square, Bristol BS1 4NT"),
            entry("Deliver by", "9 December 2026")))),
        Section.of("Items", Table.builder()
            .column(Column.text("Item")).column("Quantity", ColumnType.INTEGER)
            .column(Column.currency("Unit price", "GBP")).column(Column.currency("Amount", "GBP"))
            .row("Nitrile gloves (box)", 200, new BigDecimal("6.40"), new BigDecimal("1280.00"))
            .row("Autoclave pouches (pack)", 50, new BigDecimal("12.90"), new BigDecimal("645.00"))
            .totals("Order total", null, null, new BigDecimal("1925.00")).build()),
        Section.of("Terms", Paragraph.of("Please quote PO-4471 on your delivery note and invoice.")));
    assertThat(checks("po-dental-gloves", spec, "pdf")).isEmpty();
  }

  @Test
  void a_good_two_week_training_plan_docx_meets_its_corpus_expectations() throws Exception {
    DocumentSpec spec = spec("Two-Week Training Plan: New Call-Centre Agents at Horizon Energy", "en-GB",
        "training-plan",
        Section.of("Purpose", Paragraph.of("New agents at Horizon Energy learn the products, the Genesys phone "
            + "system and complaints handling, then shadow experienced colleagues.")),
        Section.of("Schedule", Table.builder()
            .column(Column.text("Week")).column(Column.text("Focus")).column(Column.text("Trainer"))
            .row("Week 1", "Product knowledge; the Genesys phone system", "Bola Adeyemi")
            .row("Week 2", "Complaints handling (3 days); shadowing (2 days)", "Bola Adeyemi").build()),
        Section.of("Daily hours", Paragraph.of("Every day runs from 9:00 to 16:30.")));
    assertThat(checks("training-two-week-callcentre", spec, "docx")).isEmpty();
  }

  @Test
  void a_good_timesheet_xlsx_meets_its_corpus_expectations() throws Exception {
    Table.Builder hours = Table.builder().column(Column.text("Day")).column("Date", ColumnType.DATE)
        .column(Column.text("Project")).column("Hours", ColumnType.DECIMAL)
        .column(Column.currency("Rate", "GBP")).column(Column.currency("Amount", "GBP"));
    String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    for (int i = 0; i < days.length; i++) {
      int h = i < 4 ? 8 : 6;
      hours.row(days[i], LocalDate.of(2026, 11, 23 + i), "Atlas", new BigDecimal(h), new BigDecimal("55"),
          new BigDecimal(h * 55));
    }
    DocumentSpec spec = spec("Timesheet: Marek Zielinski, week commencing 23 November 2026", "en-GB", "timesheet",
        Section.of("Contractor", new KeyValue("", List.of(entry("Contractor", "Marek Zielinski"),
            entry("Project", "Atlas"), entry("Week commencing", "23 November 2026")))),
        Section.of("Hours", hours.totals("Total", null, null, new BigDecimal("38"), null, new BigDecimal("2090")).build()));
    assertThat(checks("timesheet-contractor-atlas", spec, "xlsx")).isEmpty();
  }

  @Test
  void a_good_german_work_instruction_meets_its_corpus_expectations() throws Exception {
    DocumentSpec spec = spec("Arbeitsanweisung: Annahme von Gefahrgut im Lager Duisburg", "de-DE", "sop",
        Section.of("Zweck und Geltungsbereich", Paragraph.of("Diese Arbeitsanweisung gilt für die Annahme von "
            + "Gefahrgut im Lager Duisburg.")),
        Section.of("Ablauf", NumberedList.of("Begleitpapiere prüfen.", "UN-Nummer mit dem Lieferschein abgleichen.",
            "Beschädigte Gebinde sofort im Quarantänebereich abstellen.", "Schichtleiter informieren.")),
        Section.of("Verantwortung", BulletList.of("Wareneingang: Prüfung und Abgleich", "Schichtleiter: Freigabe")));
    assertThat(checks("sop-de-gefahrgut", spec, "docx")).isEmpty();
  }

  @Test
  void reports_every_failure_in_words_not_just_the_first() throws Exception {
    DocumentSpec spec = spec("Report: Lifts", "en-GB", "report",
        Section.of("Week 1", Paragraph.of("Describe the outage here.")),
        Section.of("Week 2", Paragraph.of("Lifts are out.")),
        Section.of("Week 3", Paragraph.of("Lifts are back.")));
    JsonNode request = JSON.readTree("""
        {"id":"t","format":"docx","expect":{"contains":["Glasgow",["Bath Street","Bath St"]],
         "absent":["Describe "],"heading_count":[{"contains":"week","max":2}],
         "title_contains":["lift"],"title_absent":["Report:"],"kind":"memo","min_tables":1}}""");
    List<String> failures = CorpusChecks.check(request, PIPELINE.render(spec, "docx", CorpusRequests.CLOCK));
    assertThat(failures).hasSize(7)
        .anyMatch(f -> f.contains("missing text 'glasgow'"))
        .anyMatch(f -> f.contains("missing text any of [bath street, bath st]"))
        .anyMatch(f -> f.contains("forbidden text 'Describe ' present") && f.contains("describe the outage"))
        .anyMatch(f -> f.startsWith("3 headings contain the word 'week', expected at most 2"))
        .anyMatch(f -> f.contains("contains forbidden 'Report:'"))
        .anyMatch(f -> f.equals("kind: expected 'memo', got 'report'"))
        .anyMatch(f -> f.startsWith("tables: 0"));
  }

  @Test
  void reports_an_unknown_expect_key_instead_of_ignoring_it() throws Exception {
    DocumentSpec spec = spec("Memo: Lifts", "en-GB", "memo", Section.of("Details", Paragraph.of("Lifts are out.")));
    JsonNode request = JSON.readTree("{\"id\":\"t\",\"format\":\"pdf\",\"expect\":{\"contain\":[\"Lifts\"]}}");
    assertThat(CorpusChecks.check(request, PIPELINE.render(spec, "pdf", CorpusRequests.CLOCK)))
        .containsExactly("unknown expect key 'contain' (the corpus README lists the keys)");
  }

  @Test
  void heading_count_matches_whole_words_and_leaves_the_title_out() throws Exception {
    DocumentSpec spec = spec("Two-Week Plan", "en-GB", "training-plan",
        Section.of("Week 1", Paragraph.of("a")), Section.of("Weekly review", Paragraph.of("b")));
    JsonNode request = JSON.readTree("""
        {"id":"t","format":"pdf","expect":{"heading_count":[{"contains":"week","equals":1}]}}""");
    assertThat(CorpusChecks.check(request, PIPELINE.render(spec, "pdf", CorpusRequests.CLOCK))).isEmpty();
  }

  private static List<String> checks(String id, DocumentSpec spec, String format) throws URISyntaxException {
    JsonNode request = kindsRequest(id);
    assertThat(request.path("format").asText()).as("format of %s", id).isEqualTo(format);
    Artifact artifact = PIPELINE.render(spec, format, CorpusRequests.CLOCK);
    return CorpusChecks.check(request, artifact);
  }

  private static JsonNode kindsRequest(String id) throws URISyntaxException {
    Path file = Paths.get(CorpusChecksTest.class.getResource("/corpus/prompts-kinds.jsonl").toURI());
    return CorpusRequests.read(file).stream().filter(r -> r.path("id").asText().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no request " + id + " in " + file));
  }

  private static DocumentSpec spec(String title, String locale, String kind, Section... sections) {
    Metadata metadata = new Metadata(title, "", "", TODAY, locale, List.of(), "", kind);
    DocumentSpec.Builder b = DocumentSpec.builder(metadata);
    for (Section s : sections) {
      b.section(s);
    }
    return b.build();
  }

  private static KeyValue.Entry entry(String label, String value) {
    return new KeyValue.Entry(label, value);
  }
}
