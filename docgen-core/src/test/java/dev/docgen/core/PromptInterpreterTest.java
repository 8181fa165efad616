package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.DocumentIntent;
import dev.docgen.api.Requirement;
import dev.docgen.api.model.ChartType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromptInterpreterTest {
  private final PromptInterpreter interpreter = new PromptInterpreter();

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "status-report|Create a project status report for Q4 2025",
      "sales-report|Quarterly sales report for Q3 2026 with revenue totals by region",
      "expense-report|Prepare an expense report for Dana Whitfield for October 2026",
      "invoice|Generate invoice INV-2026-0142 for Contoso Retail GmbH",
      "purchase-order|Raise a purchase order for 40 laptops from Dell",
      "meeting-minutes|Write the minutes of the Platform guild weekly sync",
      "agenda|Agenda for the quarterly planning offsite",
      "project-proposal|Draft a project proposal for migrating billing to the cloud",
      "memo|Write a memo to all staff about the new expense policy",
      "letter|Formal letter to a supplier terminating the contract",
      "incident-report|Postmortem for the database failover on 2026-11-10",
      "budget|Annual marketing budget for 2027",
      "onboarding-checklist|New employee onboarding checklist for a data analyst",
      "training-plan|Training plan for new support agents",
      "sop|Standard operating procedure for nightly backups",
      "release-notes|Release notes for version 2.0.0",
      "risk-register|Risk register for the ERP upgrade",
      "timesheet|Timesheet for week 47 of 2026",
      "okr-tracker|OKR tracker for the platform team for H1 2027",
      "project-plan|Project plan for the office move",
      "inventory-report|Inventory report listing every SKU",
      "report|Something about our coffee machines"})
  void recognises_the_document_type(String type, String prompt) {
    assertThat(interpreter.interpret(prompt).documentType()).isEqualTo(type);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "risk-register|List what could go wrong with the warehouse move, with the likelihood and a mitigation for each",
      "meeting-minutes|Write up what was decided at Tuesday's finance sync. Attendees were Ana Costa and Raj Mehta.",
      "letter|Reply to Mr Patel, apologising that his sofa was delivered two weeks late",
      "business-case|Help me make the case to the board for buying a second delivery van: about £38,000, payback in two years",
      "newsletter|December 2026 newsletter for the parents of Hillside Nursery"})
  void recognises_a_kind_from_the_way_people_ask_for_it(String type, String prompt) {
    assertThat(interpreter.interpret(prompt).documentType()).isEqualTo(type);
  }

  @Test
  void reads_quarters_halves_months_weeks_and_years() {
    assertThat(period("Status report for Q4 2025")).isEqualTo("Q4 2025 2025-10-01 2025-12-31");
    assertThat(period("Budget review for H2 2026")).isEqualTo("H2 2026 2026-07-01 2026-12-31");
    assertThat(period("Expense report for October 2026")).isEqualTo("October 2026 2026-10-01 2026-10-31");
    assertThat(period("Timesheet for week 47 of 2026")).isEqualTo("week 47 of 2026 2026-11-16 2026-11-22");
    assertThat(period("Annual marketing budget for 2027")).isEqualTo("2027 2027-01-01 2027-12-31");
  }

  @Test
  void a_span_of_months_is_one_period() {
    assertThat(period("Project plan from January to June 2027")).isEqualTo("January to June 2027 2027-01-01 2027-06-30");
    assertThat(period("Cash flow for March to May 2027, opening balance £10,000")).isEqualTo("March to May 2027 2027-03-01 2027-05-31");
  }

  private String period(String prompt) {
    return interpreter.interpret(prompt).period().map(p -> p.label() + " " + p.start() + " " + p.end()).orElse("none");
  }

  @Test
  void an_explicit_date_is_a_date_not_a_period() {
    DocumentIntent intent = interpreter.interpret("Write a memo announcing that the Leeds office closes on 24 December 2026");
    assertThat(intent.period()).isEmpty();
    assertThat(intent.dates()).containsExactly("24 December 2026");
    assertThat(intent.places()).containsExactly("Leeds");
  }

  @Test
  void finds_organisations_people_amounts_durations_and_identifiers() {
    DocumentIntent p = interpreter.interpret(
        "Draft a project proposal for migrating Acme Corp's billing system to the cloud, budget 250,000 USD, timeline 6 months");
    assertThat(p.organisations()).containsExactly("Acme Corp");
    assertThat(p.amounts()).containsExactly("250,000 USD");
    assertThat(p.durations()).containsExactly("6 months");
    assertThat(p.subject()).isEqualTo("migrating Acme Corp's billing system to the cloud");
    assertThat(interpreter.interpret("Prepare an expense report for Dana Whitfield for October 2026").people())
        .containsExactly("Dana Whitfield");
    assertThat(interpreter.interpret("Generate invoice INV-2026-0142 for Contoso Retail GmbH").identifiers())
        .containsExactly("INV-2026-0142");
  }

  @Test
  void finds_requested_columns_groupings_charts_and_audience() {
    assertThat(interpreter.interpret("Risk register for the Atlas migration with likelihood, impact and owner columns")
        .requestedColumns()).containsExactly("likelihood", "impact", "owner");
    DocumentIntent sales = interpreter.interpret("Quarterly sales report with revenue totals by region and a pie chart");
    assertThat(sales.groupBy()).containsExactly("region");
    assertThat(sales.chart()).contains(ChartType.PIE);
    assertThat(interpreter.interpret("Release notes: new XLSX chart support").chart()).isEmpty();
    assertThat(interpreter.interpret("Write a memo to all staff about parking").audience()).isEqualTo("all staff");
  }

  @Test
  void lists_after_a_colon_become_items() {
    assertThat(interpreter.interpret("Annual marketing budget for 2027 by channel: search, social, events and content")
        .listedItems()).containsExactly("search", "social", "events", "content");
  }

  @Test
  void builds_a_title_from_the_prompts_own_words() {
    assertThat(interpreter.interpret("Create a project status report for Q4 2025").title())
        .isEqualTo("Project Status Report — Q4 2025");
    assertThat(interpreter.interpret("Quarterly sales report for Q3 2026 with a chart").title())
        .isEqualTo("Quarterly Sales Report — Q3 2026");
  }

  @Test
  void every_concrete_thing_named_becomes_a_requirement() {
    DocumentIntent intent = interpreter.interpret(
        "Create a status report for the Zürich–São Paulo joint venture «Ωmega» for Q1 2027");
    assertThat(intent.requirements()).extracting(Requirement::text)
        .contains("Q1 2027", "Zürich–São Paulo", "«Ωmega»");
  }

  @Test
  void a_week_period_starts_on_monday() {
    LocalDate start = interpreter.interpret("Timesheet for week 1 of 2027").period().orElseThrow().start();
    assertThat(start).isEqualTo(LocalDate.of(2027, 1, 4));
  }
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Sales report Q3 2026 by region with a chart|region|Sales Report by Region — Q3 2026",
      "Umsatzbericht Q3 2026 nach Filiale mit Diagramm|filiale|Vertriebsbericht nach Filiale — Q3 2026",
      "Informe de ventas del tercer trimestre de 2026 por región|región|",
      "Maak een verkooprapport over 2026, uitgesplitst per regio|regio|",
      "Rapport des ventes T3 2026 par région avec graphique|région|Rapport des ventes par région — T3 2026",
      "Verkooprapport over het derde kwartaal van 2026 per regio|regio|Verkooprapport per regio — derde kwartaal van 2026"})
  void a_breakdown_is_read_in_every_language_and_titles_the_report_as_a_breakdown_not_as_its_subject(String prompt,
      String group, String title) {
    DocumentIntent intent = new PromptInterpreter().interpret(prompt, LocalDate.of(2026, 12, 1));
    assertThat(intent.groupBy()).containsExactly(group);
    if (title != null) {
      assertThat(intent.title()).isEqualTo(title);
    }
    assertThat(intent.title()).doesNotContainIgnoringCase("chart").doesNotContain("Diagramm").doesNotContain(": By");
  }
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Rapport des ventes T3 2026 par région|T3 2026",
      "Rapport des ventes du troisième trimestre 2026|troisième trimestre 2026",
      "Informe de ventas del tercer trimestre de 2026|tercer trimestre de 2026",
      "Umsatzbericht für das 3. Quartal 2026 nach Region|3. Quartal 2026",
      "Verkooprapport over het derde kwartaal van 2026|derde kwartaal van 2026"})
  void a_quarter_written_as_each_language_writes_it_is_the_reports_period(String prompt, String label) {
    DocumentIntent intent = new PromptInterpreter().interpret(prompt, LocalDate.of(2026, 12, 1));
    assertThat(intent.period()).hasValueSatisfying(p -> {
      assertThat(p.label()).isEqualTo(label);
      assertThat(p.start()).isEqualTo(LocalDate.of(2026, 7, 1));
      assertThat(p.end()).isEqualTo(LocalDate.of(2026, 9, 30));
    });
  }
}
