package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Artifact;
import dev.docgen.api.GenerationRequest;
import dev.docgen.api.model.Table;
import dev.docgen.core.internal.SpecText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plans, proposals and cases laid out from what the request gives (its phases, its start date, what the
 * investment makes possible), not from another project's template.
 */
class PlansFromTheRequestTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
  private static final DocumentPipeline PIPELINE = DocumentPipeline.builder().build();

  private static Artifact write(String prompt) {
    return PIPELINE.generate(GenerationRequest.builder(prompt).format("docx").clock(CLOCK).build());
  }

  private static Table tableWithHeader(Artifact a, String header) {
    List<Table> found = new ArrayList<>();
    a.spec().forEachBlock(b -> {
      if (b instanceof Table t && t.columns().stream().anyMatch(c -> c.header().equals(header))) {
        found.add(t);
      }
    });
    assertThat(found).as("a table with a %s column", header).isNotEmpty();
    return found.get(0);
  }

  @Test
  void a_project_plan_schedules_the_phases_the_request_names_over_its_months() {
    Artifact a = write("Project plan for the six-month rollout of electronic patient records at St Anne's Hospital, "
        + "starting 1 February 2027: phases are discovery, build, pilot on two wards, and trust-wide go-live. "
        + "Project lead: Dr Kwame Asante.");
    Table schedule = tableWithHeader(a, "Milestone");
    assertThat(schedule.rows()).extracting(r -> r.get(0).toString())
        .containsExactly("Discovery", "Build", "Pilot on two wards", "Trust-wide go-live");
    // Six months from 1 February: February to July, in order, none left out.
    assertThat(schedule.rows().get(0).get(1).toString()).isEqualTo("February 2027");
    assertThat(schedule.rows().get(3).get(1).toString()).isEqualTo("June–July 2027");
    String text = SpecText.of(a.spec());
    assertThat(text).contains("Project lead\tDr Kwame Asante").doesNotContain("Initiation").doesNotContain("Phases are");
  }

  @Test
  void a_proposal_for_a_pilot_carries_its_measure_scope_and_start_and_no_system_migration() {
    Artifact a = write("Please put together a proposal to our board for a 12-month pilot of a four-day week for the 60 "
        + "staff at Tidewater Design. We'd expect no loss of output, measured by billable hours, and the pilot would "
        + "start on 1 April 2027.");
    String text = SpecText.of(a.spec());
    assertThat(text).contains("asks the board to approve a 12-month pilot of a four-day week for the 60 staff at Tidewater Design")
        .contains("It would start on 1 April 2027").contains("Objective: no loss of output, measured by billable hours")
        .doesNotContain("Old solution retired").doesNotContain("old way retired").doesNotContain("Discovery and assessment");
    Table timeline = tableWithHeader(a, "Milestone");
    assertThat(timeline.rows().get(0).get(1).toString()).isEqualTo("April–May 2027");
    assertThat(timeline.rows().get(timeline.rows().size() - 1).get(1).toString()).isEqualTo("February–March 2028");
  }

  @Test
  void a_business_case_says_what_the_investment_makes_possible_and_counts_the_saving() {
    Artifact a = write("Could you please help me make the case to our trustees for buying a second minibus (about £52,000) "
        + "for the Wells Day Centre? It'd let us take 16 more members out each week and stop us renting at £9,800 a year.");
    String text = SpecText.of(a.spec());
    assertThat(text).contains("It would let the Wells Day Centre take 16 more members out each week")
        .contains("Ending the rental saves £9,800 a year").contains("5.3 years")
        .doesNotContain("delivers [main benefit]");
    Table years = tableWithHeader(a, "Year 3");
    List<String> savings = years.rows().stream().filter(r -> r.get(0).toString().startsWith("Savings"))
        .findFirst().orElseThrow().stream().map(Object::toString).toList();
    assertThat(savings).containsExactly("Savings and new revenue", "£9,800.00", "£9,800.00", "£9,800.00", "£29,400.00");
  }

  @Test
  void an_onboarding_checklist_for_site_work_has_no_office_laptop_tasks() {
    Artifact a = write("Everything our new warehouse operative, Kasia Nowak, needs to get done in her first week starting "
        + "Monday 11 January 2027 at the Corby site: PPE fitting, site induction, forklift assessment, payroll forms, "
        + "meet her buddy Steve.");
    String text = SpecText.of(a.spec());
    assertThat(text).doesNotContain("Laptop").doesNotContain("password manager").contains("Payroll forms\tHR")
        .contains("Meet buddy Steve\tBuddy");
  }

  @Test
  void a_safety_incident_is_written_up_as_what_happened_to_whom_and_why_with_no_outage_wording() {
    Artifact a = write("Incident report: need to write up what happened in the loading bay on 24 November 2026 at 09:40 - a "
        + "cage trolley tipped over and bruised the foot of driver Sam Okafor. First aid given by Priya Shah. The trolley "
        + "was overloaded with returns. Area cordoned off, manual handling training booked for 8 December. Reported by "
        + "team leader Chris Moore.");
    String text = SpecText.of(a.spec());
    assertThat(text).contains("On 24 November 2026 at about 09:40, a cage trolley tipped over and bruised the foot of driver "
        + "Sam Okafor.").contains("Response: First aid given by Priya Shah").contains("Made safe: Area cordoned off")
        .contains("The underlying cause was that the trolley was overloaded with returns.")
        .contains("Manual handling training\tCheck\t[owner]\t8 December").contains("Reported by: Chris Moore, team leader")
        .doesNotContain("Priya Shah. The").doesNotContain("Times in UTC").doesNotContain("Service was restored").doesNotContain("Data loss")
        .doesNotContain("write up what happened");
  }

  @Test
  void named_sections_take_the_kinds_matching_sections_in_the_requested_order_and_names() {
    Artifact a = write("Draft a job description for a Clinical Coder at St Mary's Hospital, London. Sections: About us, Role "
        + "purpose, Key responsibilities, Skills and experience, What we offer, How to apply. Salary £31,000-£35,000, "
        + "hybrid 2 days in office, 37.5 hours a week.");
    List<String> headings = a.spec().sections().stream().map(s -> s.title()).toList();
    assertThat(headings).containsSubsequence("About Us", "Role Purpose", "Key Responsibilities", "Skills and Experience",
        "What We Offer", "How to Apply").doesNotContain("Skills", "Experience", "Requirements");
    assertThat(SpecText.of(a.spec())).contains("£31,000–£35,000").contains("hybrid (2 days a week in the office)");
  }
}
