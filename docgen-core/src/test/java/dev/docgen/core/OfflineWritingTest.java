package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Artifact;
import dev.docgen.api.GenerationRequest;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.core.internal.SpecText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the offline engine writes from a request alone, read from the document model. */
class OfflineWritingTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
  private static final DocumentPipeline PIPELINE = DocumentPipeline.builder().build();

  private static Artifact write(String prompt) {
    return PIPELINE.generate(GenerationRequest.builder(prompt).format("docx").clock(CLOCK).build());
  }

  private static List<Table> tables(Artifact a) {
    List<Table> out = new ArrayList<>();
    a.spec().forEachBlock(b -> {
      if (b instanceof Table t) {
        out.add(t);
      }
    });
    return out;
  }

  @Test
  void a_memo_states_its_message_and_names_sender_and_recipients() {
    Artifact a = write("Memo to all department heads from Karen Mills, CFO: a travel freeze from 1 December 2026 "
        + "to 31 March 2027; only client-billable travel will be approved.");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Memo: Travel freeze from 1 December 2026 to 31 March 2027");
    assertThat(text).contains("This memo announces a travel freeze from 1 December 2026 to 31 March 2027")
        .contains("Karen Mills, CFO").contains("all department heads").contains("Only client-billable travel will be approved")
        .doesNotContain("[recipients]").doesNotContain("Key details");
  }

  @Test
  void a_memo_that_lets_people_know_something_announces_it() {
    String text = SpecText.of(write("Memo: let everyone in the Glasgow office know the lifts will be out of action "
        + "from 7 to 11 December 2026. From Facilities.").spec());
    assertThat(text).contains("This memo announces that the lifts will be out of action from 7 to 11 December 2026")
        .doesNotContain("[announcement]");
  }

  @Test
  void an_incident_report_states_the_cause_the_request_gives() {
    String text = SpecText.of(write("Incident report: checkout was down for 47 minutes on 21 November 2026 after an "
        + "expired TLS certificate on the payments gateway.").spec());
    assertThat(text).contains("The underlying cause was an expired TLS certificate on the payments gateway.");
  }

  @Test
  void a_two_week_plan_has_exactly_two_weeks() {
    Artifact a = write("Create a two-week training plan for new warehouse staff");
    String text = SpecText.of(a.spec());
    assertThat(text).contains("Week 1").contains("Week 2").doesNotContain("Week 3");
  }

  @Test
  void an_agenda_fills_the_day_it_is_given_with_a_lunch_break() {
    Artifact a = write("Agenda for the planning day on 4 December, 9:00 to 17:00 in the Boardroom: strategy review, "
        + "budget, hiring plan, roadmap");
    Table slots = tables(a).stream().filter(t -> t.rows().size() >= 5).findFirst().orElseThrow();
    assertThat(slots.rows().get(0).get(0).toString()).startsWith("09:00");
    assertThat(slots.rows().get(slots.rows().size() - 1).get(0).toString()).endsWith("17:00");
    assertThat(slots.rows()).anySatisfy(r -> assertThat(r.get(1)).isEqualTo("Lunch"));
    assertThat(SpecText.of(a.spec())).contains("Boardroom").contains("Strategy review").contains("Roadmap");
    assertThat(a.spec().metadata().date()).hasToString("2026-12-04");
  }

  @Test
  void an_invoice_computes_its_lines_tax_and_total_from_the_request() {
    String text = SpecText.of(write("Write an invoice INV-2027-0031 from Brightline Studio Ltd to Harrow & Finch LLP for "
        + "the spring campaign: 12 days of design work at £650 per day and £480 for stock photography licences. "
        + "VAT at 20%, payment within 30 days.").spec());
    assertThat(text).contains("£7,800.00").contains("£480.00").contains("£1,656.00").contains("£9,936.00")
        .contains("Harrow & Finch LLP").contains("Brightline Studio Ltd");
  }

  @Test
  void an_invoice_knows_whom_to_bill_and_when_payment_falls_due() {
    String text = SpecText.of(write("Invoice: bill Kestrel Logistics for the warehouse racking: 3 days labour at £720 a day "
        + "plus £2,150 in parts. They pay in 14 days.").spec());
    assertThat(text).contains("Kestrel Logistics").contains("12 December 2026").contains("£4,310.00")
        .doesNotContain("[customer]").doesNotContain("[due date]");
  }

  @Test
  void a_credit_note_gives_money_back_and_never_asks_for_payment() {
    // Core alone compares words; the kinds module (MiniLM) recognises this request unnamed too (CorpusEndToEndTest).
    Artifact a = write("Credit note for Pemberton Cafés: they were charged for 40 cases of oat milk on invoice 7781 but only "
        + "32 arrived. Refund them the 8 missing cases at £21.50 each.");
    assertThat(a.spec().metadata().documentType()).isEqualTo("credit-note");
    assertThat(SpecText.of(a.spec())).contains("7781").contains("£172.00").contains("Pemberton Cafés")
        .doesNotContain("Please pay").doesNotContain("Amount due");
  }

  @Test
  void pounds_and_euros_are_never_added_up() {
    String text = SpecText.of(write("Expense report for my Berlin trip: train €165, hotel €248.20, taxi £35").spec());
    // Each currency is totalled on its own: the euros make €413.20, the pounds £35.00, and nothing adds them up.
    assertThat(text).contains("€165.00").contains("€248.20").contains("£35.00").contains("€413.20 + £35.00")
        .doesNotContain("448.20");
  }

  @Test
  void minutes_record_decisions_as_decided() {
    String text = SpecText.of(write("Board minutes for Acme Ltd, meeting on 12 November 2026 chaired by Jane Smith. "
        + "Decisions: approve the 2027 budget; close the Leeds office.").spec());
    assertThat(text).contains("Approved the 2027 budget").contains("Closed the Leeds office").contains("Jane Smith");
  }

  @Test
  void a_named_section_is_written_with_one_field_and_never_refused() {
    Artifact a = write("Design doc for moving our notification service to webhooks. Sections: Goals, Non-Goals, "
        + "Design, Rollout, Costs");
    assertThat(a.spec().sections()).extracting(Section::title).anyMatch(t -> t.contains("Non-Goals"))
        .anyMatch(t -> t.contains("Costs"));
    assertThat(a.quality().passed()).isTrue();
  }

  @Test
  void the_year_of_a_date_is_not_a_period_of_the_document() {
    Artifact a = write("Lettre de réclamation à la société Électro Dépôt : le lave-linge commandé le 2 novembre 2026 est "
        + "arrivé en panne.");
    assertThat(a.spec().metadata().subtitle()).doesNotContain("31 décembre 2026");
    assertThat(a.spec().metadata().title()).doesNotContain("— 2026");
  }

  @Test
  void a_budget_line_that_takes_the_rest_is_what_the_total_leaves_and_quarters_stay_empty() {
    Artifact a = write("Budget plan for the Riverside Community Festival 2027 (total £45,000): stage and sound £14,000, "
        + "security £6,500, marketing £4,000, contingency the rest.");
    assertThat(a.spec().metadata().title()).contains("Riverside Community Festival");
    Table lines = tables(a).stream().filter(t -> t.rows().size() == 4).findFirst().orElseThrow();
    List<Object> contingency = lines.rows().get(3);
    assertThat(contingency.get(0)).isEqualTo("Contingency");
    assertThat(contingency.get(contingency.size() - 1).toString()).isEqualTo("£20,500.00");
    // Q1 to Q4 are the author's: not the line's name again.
    assertThat(lines.rows()).allSatisfy(r -> assertThat(r.subList(1, r.size() - 1)).allSatisfy(c -> assertThat(c.toString()).isEmpty()));
  }

  @Test
  void an_itinerary_puts_each_plan_in_its_day_and_each_leg_in_the_travel_table() {
    Artifact a = write("Itinerary for my trip to Porto, 3 to 5 May 2027: I fly Bristol to Porto on 3 May 2027 on "
        + "easyJet U21234 at 07:10, check in at the Hotel Infante, dinner with the Ribeira team at 19:30 on 3 May, "
        + "site visit on 4 May at 09:00, and fly back on 5 May at 16:45.");
    Table days = tables(a).stream().filter(t -> t.columns().get(0).header().equals("Day")).findFirst().orElseThrow();
    assertThat(days.rows()).hasSize(3);
    assertThat(days.rows().get(0).get(0).toString()).isEqualTo("Day 1 (3 May 2027)");
    assertThat(days.rows().get(0).get(3).toString()).contains("Dinner with the Ribeira team");
    assertThat(days.rows().get(1).get(1).toString()).contains("Site visit");
    assertThat(days.rows().get(2).get(2).toString()).contains("Fly back");
    Table travel = tables(a).stream().filter(t -> t.columns().get(0).header().equals("Date")).findFirst().orElseThrow();
    assertThat(travel.rows().get(0)).extracting(Object::toString)
        .startsWith("3 May 2027", "Bristol", "Porto", "easyJet U21234", "07:10");
    assertThat(travel.rows().get(1)).extracting(Object::toString).startsWith("5 May", "Porto", "Bristol");
    assertThat(SpecText.of(a.spec())).contains("Hotel Infante");
    assertThat(a.spec().metadata().title()).isEqualTo("Itinerary: Porto");
  }

  @Test
  void a_press_release_is_headlined_by_its_news_and_names_its_spokesperson() {
    Artifact a = write("Press release: Harbour Foods opens a new bakery in Leith on 2 March 2027, creating 40 jobs. "
        + "Quote from Managing Director Sam Boyd. Media contact: media@harbourfoods.co.uk.");
    assertThat(a.spec().metadata().title()).isEqualTo("Harbour Foods opens a new bakery in Leith, creating 40 jobs");
    assertThat(SpecText.of(a.spec())).contains("said Sam Boyd, Managing Director at Harbour Foods")
        .contains("media@harbourfoods.co.uk").doesNotContain("[spokesperson title]");
  }

  @Test
  void a_reply_to_a_customer_says_what_the_request_says_it_does_to_her_by_name() {
    Artifact a = write("Reply to Mr David Okafor, 9 Mill Lane, Leeds LS6 2AB, apologising that his kitchen survey on "
        + "12 November was cancelled, confirming the new survey on 1 December at 10:00, and that we've refunded the £40 "
        + "deposit. From Ana Silva, Customer Service Manager, Brightside Kitchens.");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Letter: Your kitchen survey on 12 November");
    assertThat(text).contains("Dear Mr Okafor,").contains("I am sorry that your kitchen survey on 12 November was cancelled.")
        .contains("I can confirm the new survey on 1 December at 10:00.")
        .contains("I can also confirm that we have refunded the £40 deposit.")
        .contains("9 Mill Lane, Leeds LS6 2AB").contains("Customer Service Manager, Brightside Kitchens")
        .doesNotContain("[organisation]").doesNotContain("[requested action]").doesNotContain("Reply to");
  }

  @Test
  void a_timesheet_adds_up_the_hours_it_is_given_and_what_they_cost() {
    Artifact a = write("Timesheet for contractor Lena Fischer, week commencing 7 December 2026, project Orion: "
        + "Mon–Wed 7.5 hours, Thu 6 hours, rate £60/hour.");
    Table hours = tables(a).stream().filter(t -> t.columns().get(0).header().equals("Date")).findFirst().orElseThrow();
    assertThat(hours.rows()).hasSize(4);
    assertThat(hours.rows().get(0)).extracting(Object::toString).containsExactly("Monday 7 December 2026", "Orion", "[task]", "7.5");
    assertThat(hours.totals()).extracting(Object::toString).endsWith("28.5");
    assertThat(SpecText.of(a.spec())).contains("Lena Fischer").contains("28.5 hours × £60.00 = £1,710.00");
  }

  @Test
  void a_cash_forecast_carries_each_closing_balance_into_the_next_month_and_names_the_lowest() {
    Artifact a = write("Cash flow forecast for April to July 2027: opening balance £50,000, monthly burn £20,000, "
        + "customer receipts growing from £8,000 in April by £2,000 a month.");
    Table months = tables(a).stream().filter(t -> t.columns().get(0).header().equals("Month")).findFirst().orElseThrow();
    assertThat(months.rows()).hasSize(4);
    assertThat(months.rows().get(0)).extracting(Object::toString)
        .containsExactly("April 2027", "£50,000.00", "£8,000.00", "£20,000.00", "-£12,000.00", "£38,000.00");
    assertThat(months.rows().get(3)).extracting(Object::toString).endsWith("£14,000.00", "£20,000.00", "-£6,000.00", "£14,000.00");
    assertThat(SpecText.of(a.spec())).contains("The lowest projected closing balance is £14,000.00 in July 2027")
        .contains("Months closing below zero: none");
  }

  @Test
  void a_commission_statement_lists_the_deals_and_applies_the_plan() {
    Artifact flat = write("Commission statement for Maya Patel for Q1 2027: deals Orchard Ltd £12,000, Vale Foods £8,000; "
        + "commission 5%.");
    Table deals = tables(flat).stream().filter(t -> t.columns().get(0).header().equals("Customer or deal")).findFirst().orElseThrow();
    assertThat(deals.rows().get(0)).extracting(Object::toString).containsExactly("Orchard Ltd", "[close date]", "£12,000.00", "5%", "£600.00");
    assertThat(deals.totals()).extracting(Object::toString).contains("£20,000.00", "£1,000.00");
    String tiered = SpecText.of(write("Commission statement for Sam Lee for Q2 2027: deals Kite Ltd £30,000, Nova plc £40,000; "
        + "commission 10% up to £50,000 and 15% above.").spec());
    assertThat(tiered).contains("£8,000.00").contains("10% × £50,000.00 = £5,000.00; 15% × £20,000.00 = £3,000.00");
  }

  @Test
  void a_delivery_note_keeps_item_codes_in_the_table_and_the_order_reference_in_its_slot() {
    Artifact a = write("Need the slip that goes with the 3 crates we're shipping to Kessler Bau in Graz on Tuesday 8 December: "
        + "40 boxes of M8 anchor bolts (SKU BOLT-M8-100), 12 rolls of membrane (SKU MEM-RL-02). PO number KB-7781.");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Delivery Note — Kessler Bau");
    assertThat(text).contains("Order reference: KB-7781").contains("Number of packages: 3 crates")
        .contains("Delivery address: Graz").contains("BOLT-M8-100").contains("MEM-RL-02")
        .doesNotContain("Delivery note number: M8").doesNotContain("Delivery note number: KB-7781").doesNotContain("SKU");
    Table items = tables(a).stream().filter(t -> t.columns().size() == 4).findFirst().orElseThrow();
    assertThat(items.rows()).hasSize(2);
  }

  @Test
  void terms_of_reference_put_each_stated_term_in_its_place_and_not_among_the_responsibilities() {
    String text = SpecText.of(write("Terms of reference for the Health and Safety Committee: chaired by Priya Shah, "
        + "meets quarterly, quorum of 5, reports to the Board of Trustees, reviewed annually.").spec());
    assertThat(text).contains("Terms of Reference: Health and Safety Committee").contains("Frequency: Quarterly")
        .contains("Quorum: 5 members").contains("referred to the Board of Trustees").contains("They will be reviewed annually.")
        .doesNotContain("[parent body]").doesNotContain("[meeting frequency]").doesNotContain("Meets quarterly")
        .doesNotContain("apply for");
    String de = SpecText.of(write("Geschäftsordnung für den Arbeitskreis Barrierefreiheit: Vorsitz: Jana Koch, tagt monatlich, "
        + "berichtet an die Geschäftsleitung, jährlich überprüft.").spec());
    assertThat(de).startsWith("Geschäftsordnung: Arbeitskreis Barrierefreiheit").contains("Sitzungsrhythmus: Monatlich")
        .contains("an die Geschäftsleitung").contains("Sie wird jährlich überprüft.").doesNotContain("Tagt monatlich");
  }

  @Test
  void a_maintenance_log_puts_each_entry_in_a_row_of_the_record() {
    Artifact a = write("Maintenance log for the two lifts at Harbour House: Lift 1 was serviced on 2 December by Otis Engineering; "
        + "Lift 2 had its door sensor replaced on 5 December by Sam Reid; Lift 1 is due its LOLER inspection.");
    Table record = tables(a).stream().filter(t -> t.columns().size() == 7).findFirst().orElseThrow();
    assertThat(record.rows()).hasSize(3);
    assertThat(record.rows().get(1)).containsExactly("5 December 2026", "Lift 2", "Repair", "Door sensor replaced", "Door sensor",
        "Sam Reid", "[next due date]");
    assertThat(record.rows().get(2).get(6)).isEqualTo("LOLER inspection, [next due date]");
    String text = SpecText.of(a.spec());
    assertThat(text).contains("Site: Harbour House").contains("Period: December 2026").contains("Assets covered: Lift 1, Lift 2")
        .doesNotContain("Was serviced").doesNotContain("[asset]");
  }

  @Test
  void an_expense_claim_totals_each_currency_apart_and_lists_every_item_by_category() {
    Artifact a = write("Expense report for Naomi Clarke, Lisbon client visit 12–14 January 2027: train to airport £38.50, "
        + "flights €240, hotel 2 nights at €120, lunch with Iberica Foods €64.80.");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Expense Report: Lisbon client visit — 12–14 January 2027");
    assertThat(text).contains("Total claimed: £38.50 + €544.80").contains("Period: 12–14 January 2027")
        .contains("Purpose: Lisbon client visit").contains("Submitted by: Naomi Clarke").doesNotContain("[employee name]");
    Table items = tables(a).stream().filter(t -> t.columns().size() == 4).findFirst().orElseThrow();
    assertThat(items.rows()).hasSize(4);
    assertThat(items.rows().get(2)).containsExactly("[date]", "Accommodation", "Hotel, 2 nights at €120", "€240.00");
    assertThat(items.totals()).last().isEqualTo("£38.50 + €544.80");
    Table byCategory = tables(a).stream().filter(t -> t.columns().size() == 3).findFirst().orElseThrow();
    assertThat(byCategory.rows().get(0)).containsExactly("Travel", "2", "£38.50 + €240.00");
  }

  @Test
  void a_status_report_sorts_its_notes_into_status_progress_risks_and_milestones() {
    Artifact a = write("Status update for the Atlas CRM migration, November 2026: overall green, data mapping completed, "
        + "UAT moved to 12 January, integration testing delayed by two weeks waiting on the vendor");
    String text = SpecText.of(a.spec());
    assertThat(text).contains("Overall status: Green.").contains("Delivered: Data mapping completed.")
        .contains("At risk: Integration testing delayed by two weeks waiting on the vendor.")
        .contains("Next milestone: UAT, 12 January 2027").doesNotContain("[green, amber or red]");
    Table milestones = tables(a).stream().filter(t -> t.columns().get(0).header().equals("Milestone")).findFirst().orElseThrow();
    assertThat(milestones.rows()).hasSize(1);
    assertThat(milestones.rows().get(0).get(0)).isEqualTo("UAT");
    assertThat(milestones.rows().get(0).get(3)).isEqualTo("12 January 2027");
    Table risks = tables(a).stream().filter(t -> t.columns().get(0).header().equals("Risk or issue")).findFirst().orElseThrow();
    assertThat(risks.rows()).hasSize(1);
    String terse = SpecText.of(write("status rpt wk 48 project Falcon: amber, api 80% done, go-live still 15 jan").spec());
    assertThat(terse).startsWith("Project Status Report: Project Falcon — Week 48").contains("API")
        .contains("Date unchanged").contains("80% complete").doesNotContain("Delivered: Go-live").doesNotContain("Delivered: API");
  }

  @Test
  void a_stock_report_counts_every_item_and_flags_only_those_at_or_below_their_reorder_point() {
    Artifact a = write("Stock check for the Leeds warehouse as of 30 November 2026: 45 rolls of packing tape (reorder at 60), "
        + "300 mailer boxes (reorder at 100), 8 pallet wraps (reorder at 8)");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Inventory Report: Leeds warehouse");
    assertThat(text).contains("3 items counted.").contains("Below their reorder point and to be ordered: Packing tape, Pallet wraps.")
        .doesNotContain("[stock value]");
    Table below = tables(a).stream().filter(t -> t.columns().size() == 5).findFirst().orElseThrow();
    assertThat(below.rows()).extracting(r -> r.get(1)).containsExactly("Packing tape", "Pallet wraps");
    Table count = tables(a).stream().filter(t -> t.columns().size() == 4).findFirst().orElseThrow();
    assertThat(count.rows()).hasSize(3);
    assertThat(count.rows().get(1)).containsExactly("Mailer boxes", "300", "100", "OK");
    assertThat(a.spec().metadata().date()).hasToString("2026-11-30");
  }

  @Test
  void an_event_plan_keeps_its_title_whole_counts_its_guests_and_runs_its_programme() {
    Artifact a = write("Event plan for the Harbour Trust summer fundraiser on Friday 9 July 2027 at The Old Custom House, Poole: "
        + "180 guests, budget £22,000, raffle, barbecue, jazz trio.");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Event Plan: Harbour Trust summer fundraiser");
    assertThat(text).contains("Contingency (10%)\t£2,200.00").contains("Expected guests: 180 guests").contains("Venue: The Old Custom House, Poole").contains("Budget: £22,000").doesNotContain("[number of guests]");
    Table show = tables(a).stream().filter(t -> t.columns().get(1).header().equals("Item")).findFirst().orElseThrow();
    assertThat(show.rows()).extracting(r -> r.get(1)).contains("Raffle", "Barbecue", "Jazz trio")
        .doesNotContain("[main programme]", "180 guests");
  }

  @Test
  void a_ticket_summary_fills_the_figures_it_is_given_and_shares_the_top_issues_of_the_tickets_opened() {
    Artifact a = write("Helpdesk ticket summary for Q3 2026: 2,400 tickets received, 2,310 closed, 96% resolved within SLA, "
        + "backlog of 130; main issues: VPN access (600), laptop refresh (240).");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Helpdesk Support Ticket Summary — Q3 2026");
    assertThat(text).contains("received 2,400 tickets and resolved 2,310; 96% were resolved within the SLA")
        .contains("The open backlog stands at 130.").doesNotContain("[tickets opened]");
    Table top = tables(a).stream().filter(t -> t.columns().get(0).header().equals("Category")).findFirst().orElseThrow();
    assertThat(top.rows()).hasSize(2);
    assertThat(top.rows().get(0)).startsWith("VPN access", "600", "25.0%");
  }

  @Test
  void a_report_puts_the_facts_it_is_given_under_findings_and_names_the_body_it_is_for() {
    // Without docgen-kinds-minilm, "committee" and "state" read lexically like a commission statement (5-letter stems):
    // the request here names a panel.
    Artifact a = write("Write a report on the play areas in Kendal after the storm: 9 sites inspected, 2 out of use, "
        + "we should replace the Abbot Hall swings, for the South Lakeland Council parks panel.");
    String all = SpecText.of(a.spec());
    String findings = all.substring(all.indexOf("\nFindings\n"), all.indexOf("\nRecommendations\n"));
    String recommendations = all.substring(all.indexOf("\nRecommendations\n"), all.indexOf("\nNext Steps\n"));
    assertThat(findings).contains("9 sites inspected").contains("2 out of use").doesNotContain("Abbot Hall");
    assertThat(recommendations).contains("We should replace the Abbot Hall swings").doesNotContain("9 sites");
    assertThat(SpecText.of(a.spec())).contains("for the South Lakeland Council parks panel.")
        .doesNotContain("For the South Lakeland Council parks panel");
  }

  @Test
  void a_vendor_comparison_names_the_vendors_in_its_columns_and_the_criteria_in_its_rows() {
    Artifact a = write("Vendor comparison of Slack and Microsoft Teams for our 40-person agency: price per seat, guest access, "
        + "video calls.");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Vendor Comparison: Slack and Microsoft Teams");
    assertThat(text).contains("evaluates Slack and Microsoft Teams for our 40-person agency").doesNotContain("Vendor A")
        .doesNotContain("Vendor C\t").doesNotContain("Vendor B");
    Table criteria = tables(a).stream().filter(t -> t.columns().get(0).header().equals("Criterion")).findFirst().orElseThrow();
    assertThat(criteria.columns()).extracting(c -> c.header()).containsExactly("Criterion", "Weight", "Slack", "Microsoft Teams");
    assertThat(criteria.rows()).extracting(r -> r.get(0)).containsExactly("Price per seat", "Guest access", "Video calls",
        "Weighted score");
  }
}
