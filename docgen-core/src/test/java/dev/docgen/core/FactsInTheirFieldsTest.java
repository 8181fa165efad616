package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Artifact;
import dev.docgen.api.DocumentIntent;
import dev.docgen.api.GenerationRequest;
import dev.docgen.core.internal.SpecText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A fact the request gives under a field's own label goes into that field ("Reviewer is Mark Stevens"), and a dot
 * that ends no sentence ("Dr. Katrin Hofmann", "15. Februar 2027") does not cut the request into fragments.
 */
class FactsInTheirFieldsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
  private static final DocumentPipeline PIPELINE = DocumentPipeline.builder().build();

  private static String text(String prompt) {
    Artifact a = PIPELINE.generate(GenerationRequest.builder(prompt).format("docx").clock(CLOCK).build());
    return SpecText.of(a.spec());
  }

  @Test
  void a_labelled_fact_fills_the_field_its_label_names_or_is_a_row_of_its_own_never_a_fragment() {
    String text = text("On Tuesday 4 November 2025 at about 06:40 a forklift (Linde H25) reversed into a high rack in Hall 3 "
        + "of our Augsburg plant. The driver was Stefan Berger; the early-shift supervisor was Ayse Demir. Two pallets fell, "
        + "nobody was hurt. The rack was closed off immediately; damage is about EUR 7,500. Likely cause: the faulty "
        + "reversing camera, reported since 28 October. Please write an incident report for the plant manager (Dr Claudia "
        + "Hein) with immediate actions and next steps.");
    assertThat(text).startsWith("Incident Report: Hall 3, 4 November 2025")
        .contains("On 4 November 2025 at about 06:40, a forklift (Linde H25) reversed into a high rack in Hall 3")
        .contains("Driver: Stefan Berger").contains("Early-shift supervisor: Ayse Demir")
        .contains("The underlying cause was the faulty reversing camera").contains("Location: Hall 3")
        .contains("Made safe: The rack was closed off immediately").contains("Harm or loss: Nobody was hurt")
        .doesNotContain("Plant manager").doesNotContain("with immediate actions").doesNotContain("[root cause]");
    String de = text("Am Dienstag, 4. November 2025, gegen 06:40 Uhr ist in Halle 3 unseres Werks in Augsburg ein Gabelstapler "
        + "beim Rückwärtsfahren gegen ein Hochregal gestoßen. Fahrer war Stefan Berger. Verletzt wurde niemand. Das Regal "
        + "wurde sofort gesperrt, Schaden ca. 7.500 Euro. Ursache vermutlich defekte Rückfahrkamera, die seit 28.10. gemeldet "
        + "war. Bitte einen Störungsbericht für die Werksleitung daraus machen, mit Sofortmaßnahmen und nächsten Schritten.");
    assertThat(de).contains("Am 4. November 2025 gegen 06:40 Uhr ist in Halle 3 unseres Werks in Augsburg ein Gabelstapler")
        .contains("Fahrer: Stefan Berger").contains("Schaden: ca. 7.500 Euro").contains("Auswirkung: Verletzt wurde niemand")
        .contains("Die eigentliche Ursache war vermutlich defekte Rückfahrkamera, die seit 28.10. gemeldet war.")
        .contains("Gesichert: Das Regal wurde sofort gesperrt").contains("Ort: Halle 3")
        .doesNotContain("Datenverlust").doesNotContain("daraus machen").doesNotContain("Mit Sofortmaßnahmen")
        .doesNotContain("Werksleitung am");
  }

  @Test
  void a_year_in_a_size_or_beside_a_day_is_no_reporting_period() {
    DocumentIntent agenda = new PromptInterpreter().interpret("Tagesordnung für die Abteilungsleiterrunde am 18.11.2025, "
        + "14:00–16:00 Uhr: Budgetplanung 2026 (Herr Koch), Verschiedenes.", LocalDate.of(2026, 11, 28));
    assertThat(agenda.period()).isEmpty();
    DocumentIntent note = new PromptInterpreter().interpret("Delivery note for 12 Buche-Leimholzplatten 2000x600x27 mm to "
        + "Schreinerei Huber GmbH.", LocalDate.of(2026, 11, 28));
    assertThat(note.period()).isEmpty();
  }

  @Test
  void a_title_or_an_ordinal_date_does_not_end_a_sentence() {
    DocumentIntent intent = new PromptInterpreter().interpret("Bitte schreib eine Pressemitteilung: Die Hofmann "
        + "Solartechnik GmbH aus Freiburg eröffnet am 15. Februar 2027 ein neues Werk in Offenburg mit 120 neuen "
        + "Arbeitsplätzen. Geschäftsführerin Dr. Katrin Hofmann.", LocalDate.of(2026, 11, 28));
    assertThat(intent.title()).doesNotEndWith("am 15");
    assertThat(intent.facts().slot("event_date")).contains("15. Februar 2027");
    String all = String.join("\n", intent.listedItems()) + intent.facts().slots().values();
    assertThat(all).doesNotContain("\u2024").doesNotContain("Geschäftsführerin Dr\n");
    String text = text("Letter to Dr. Amal Haddad, 12 High Street, Leeds LS1 4AB, confirming the appointment on "
        + "14 January 2027.");
    assertThat(text).contains("Dr. Amal Haddad").doesNotContain("\u2024");
  }

  @Test
  void a_value_under_a_fields_label_fills_the_field_and_a_general_label_does_not() {
    String text = text("Please write a performance review for Hannah Reid, Customer Service Team Leader, for the review "
        + "period January to December 2026. She hit 94% customer satisfaction against a 90% target, reduced average "
        + "response time from 6 hours to 3.5 hours, but missed the goal of completing the ILM Level 3 course. Reviewer "
        + "is Mark Stevens, Head of Customer Service. Review meeting 10 December 2026. Rating: exceeds expectations.");
    assertThat(text).contains("Reviewer: Mark Stevens").contains("Job title: Customer Service Team Leader")
        .contains("Overall rating for January to December 2026: exceeds expectations.")
        .contains("Customer satisfaction\tTarget 90%\t94% (above target)")
        .contains("Average response time\tReduced from 6 hours\t3.5 hours")
        .contains("Complete the ILM Level 3 course\t[measure]\tNot achieved")
        .doesNotContain("[reviewer]").doesNotContain("[job title]");
    // The rating is the review's, not each objective's.
    assertThat(text).doesNotContain("Not achieved\texceeds expectations");
  }

  @Test
  void terms_of_reference_take_the_decision_rule_the_request_gives_and_leave_a_field_otherwise() {
    assertThat(text("Terms of reference for the Safeguarding Panel: chaired by Mark Ellis, meets quarterly, decisions "
        + "by majority vote, reports to the Trustees.")).contains("Decisions: By majority vote");
    assertThat(text("Terms of reference for the Digital Accessibility Working Group: chaired by Dr Ana Sousa, meets "
        + "monthly, reports to the Executive Board.")).contains("Decisions: [by consensus or by majority]")
        .doesNotContain("casting vote");
  }

  @Test
  void a_purchase_order_reads_its_number_supplier_street_address_and_n_x_items() {
    String text = text("PO for Brightline Office Supplies: 40 x A4 copy paper boxes at £24.50, 12 x toner HP 26A at £89.00, "
        + "6 x office chairs model ErgoPro at £145.00. Deliver to 12 Canal Street, Manchester M1 3HE by 15 December 2026. "
        + "PO number 2026-0412, buyer Jenny Cole.");
    assertThat(text).startsWith("Purchase Order 2026-0412").contains("PO number: 2026-0412")
        .contains("Supplier: Brightline Office Supplies").contains("Delivery address: 12 Canal Street, Manchester M1 3HE")
        .contains("A4 copy paper boxes\t40\t£24.50\t£980.00").contains("Office chairs model ErgoPro\t6\t£145.00\t£870.00")
        .doesNotContain("X A4").doesNotContain("Fice").doesNotContain("[order number]");
  }

  @Test
  void minutes_split_what_was_agreed_into_decisions_and_actions_and_keep_the_next_meetings_room_apart() {
    String text = text("Write up the minutes from yesterday's (30 November 2026) operations meeting. Present: Karen Holt "
        + "(chair), Raj Patel, Susan Mbeki, Tom Fischer. Apologies: Leo Grant. We agreed to move the Leeds warehouse go-live "
        + "from 15 January to 2 February 2027, Raj will get the revised forklift quote from Linde by 11 December, and the "
        + "overtime budget stays at £18,500 for Q1. Next meeting 14 December 2026 at 10:00 in Room 3B.");
    assertThat(text).contains("Meeting: Operations meeting").contains("The overtime budget stays at £18,500 for Q1")
        .contains("Get the revised forklift quote from Linde\tRaj Patel\t11 December")
        .contains("Next meeting: 14 December 2026 at 10:00 in Room 3B.")
        .contains("Location: [room or video link]").doesNotContain("Minutes taken by: Linde")
        .doesNotContain("yesterday's").doesNotContain("£18\n");
  }

  @Test
  void a_private_persons_letter_says_the_facts_in_the_writers_words_to_the_named_recipient() {
    String text = text("Need something to send my landlord about the leaking roof. Landlord is Mrs Joan Price of Price "
        + "Property Ltd. The roof has leaked into the bedroom since 3 November 2026 and I reported it twice by phone. I want "
        + "it repaired within 14 days. Signed Tom Baker.");
    assertThat(text).contains("To: Mrs Joan Price").contains("Organisation: Price Property Ltd").contains("Dear Mrs Price,")
        // The writer's facts as sentences of their own, not the request's sentence pasted back.
        .contains("The roof has leaked into the bedroom since 3 November 2026. I reported it twice by phone.")
        .contains("I want it repaired within 14 days.").contains("Tom Baker")
        .doesNotContain("requested action").doesNotContain("key facts").doesNotContain("your role")
        .doesNotContain("Need something");
  }

  @Test
  void a_quotation_names_its_sender_the_person_it_is_for_the_work_and_when_it_starts() {
    String text = text("Hi! Could you please put together a quote for our client Northgate Dental (attn. Mr Paul Reeve)? It's "
        + "for carpeting 6 treatment rooms at £380 per room, plus the waiting area at a fixed £1,150. VAT at 20%. Quote "
        + "valid for 30 days, work to start the week of 18 January 2027. We're Kestrel Flooring Ltd. Thanks!");
    assertThat(text).contains("Customer: Northgate Dental").contains("For the attention of: Mr Paul Reeve")
        .contains("Prepared by: Kestrel Flooring Ltd").contains("Carpeting treatment rooms\t6\t£380.00\t£2,280.00")
        .contains("Waiting area\t1\t£1,150.00").contains("Prices are quoted in pounds sterling (GBP).")
        .contains("Start of work: the week of 18 January 2027.").doesNotContain("[your company]")
        .doesNotContain("at a fixed").doesNotContain("We're Kestrel");
  }

  @Test
  void a_job_description_asked_for_by_a_need_names_the_post_its_employer_place_and_manager() {
    String text = text("We need a job description for a Sous Chef at Brasserie Lumière in Leeds. 45 hours a week, "
        + "£34,000 a year. Reports to the head chef, Dana Scott. Must have 3 years' experience in a busy kitchen.");
    assertThat(text).contains("Job title: Sous Chef").contains("Reports to: Dana Scott, Head Chef").contains("Location: Leeds")
        .contains("As Sous Chef at Brasserie Lumière, you will").contains("3 years' experience in a busy kitchen")
        .doesNotContain("Job description\n").doesNotContain("Dana Scott. Must").doesNotContain("We need a job description")
        .doesNotContain("Must have 3 years");
  }

  @Test
  void a_letter_offering_a_position_is_an_offer_letter_with_its_terms_in_their_rows() {
    String text = text("Could you please write a letter to Ms Hannah Kowalczyk, 31 Birch Avenue, Bristol BS6 7JU, offering "
        + "her the position of Senior Data Analyst at Calder Analytics Ltd, 2 Temple Quay, Bristol BS1 6DZ? Start date 5 "
        + "January 2026, salary £58,500 per year, 25 days' holiday plus bank holidays, 6-month probation, hybrid working "
        + "with 3 days a week in the office, reporting to Dr Martin Shaw, Head of Insights. Employer pension contribution "
        + "6%. It'll be signed by Laura Bennett, HR Director.");
    assertThat(text).contains("Ms Hannah Kowalczyk, 31 Birch Avenue, Bristol BS6 7JU\nDear Ms Kowalczyk,")
        .contains("We are pleased to offer you the position of Senior Data Analyst at Calder Analytics Ltd")
        .contains("Place of work: 2 Temple Quay, Bristol BS1 6DZ, hybrid (3 days a week in the office)")
        .contains("Reporting to: Dr Martin Shaw, Head of Insights").contains("Probation period: 6 months")
        .contains("Benefits: Employer pension contribution 6%")
        .doesNotContain("Temple Quay,\n").doesNotContain("Dear Temple").doesNotContain("[probation period]");
  }

  @Test
  void minutes_take_the_day_given_with_its_weekday_the_chair_the_note_taker_and_who_was_also_there() {
    String text = text("Can you write up the minutes from yesterday's ops sync (Tues 14 Oct 2025, 09:30-10:45, Room 3B at "
        + "the Leeds office)? Chair was Priya Ramanathan (Head of Operations), Tom Ashdown took notes. Also there: Gareth "
        + "Lowe (Warehouse Manager), Funmi Adeyemi (Procurement Lead), Chris Hale from Finance. Apologies from Sanjay Patel. "
        + "Funmi to renegotiate the pallet contract with Brennan Logistics - it renews on 1 Nov. Chris flagged Q3 overtime "
        + "is 22% over budget.");
    assertThat(text).contains("Date: 14 Oct 2025").contains("Location: Room 3B, Leeds office")
        .contains("Chair: Priya Ramanathan (Head of Operations)").contains("Minutes taken by: Tom Ashdown")
        .contains("Gareth Lowe (Warehouse Manager)").contains("Chris flagged Q3 overtime is 22% over budget")
        .doesNotContain("Date: 1 Nov").doesNotContain("[chair]").doesNotContain("Minutes taken by: Finance")
        .doesNotContain("The meeting discussed Gareth");
  }

  @Test
  void an_agenda_gives_its_items_their_stated_minutes_lead_and_decision() {
    String text = text("agenda - board meeting Harrow Community Trust, Thu 6 Nov 2025 18:00, St Mary's Hall, Harrow. chair "
        + "Margaret Okafor. items: apologies; minutes of 4 Sept; treasurer's report (Dev Malhotra, 15 min); youth centre "
        + "roof repair quote £42k - decision needed; new safeguarding lead appointment; AOB. close by 20:00");
    assertThat(text).contains("Date: 6 Nov 2025").contains("Time: 18:00–20:00").contains("Location: St Mary's Hall, Harrow")
        .contains("Chair: Margaret Okafor").contains("Minutes of 4 Sept")
        .contains("18:40–18:55\tTreasurer's report\tDev Malhotra")
        .contains("Youth centre roof repair quote £42k\t[lead]\tDecision")
        .contains("Decision: Youth centre roof repair quote £42k").contains("\tAOB\t")
        .doesNotContain("4 September 2025").doesNotContain("15 min)");
  }

  @Test
  void a_review_lists_what_was_achieved_as_strengths_and_a_weak_spot_list_whole_under_development() {
    String text = text("Performance review for Lucía Fernández, Senior Account Manager, period Jan–Dec 2025, reviewer: her "
        + "line manager Owen Price (Sales Director). She hit 118% of her £1.2m target, won the Halden Group account "
        + "(£310k/yr), mentored two new hires. Weak spot: CRM notes often late, forecasts submitted after deadline 4 times. "
        + "Rating: exceeds expectations.");
    String strengths = text.substring(text.indexOf("Strengths"), text.indexOf("Areas for Development"));
    String development = text.substring(text.indexOf("Areas for Development"));
    assertThat(strengths).contains("Hit 118% of her £1.2m target").contains("Won the Halden Group account (£310k/yr)")
        .contains("Mentored two new hires").doesNotContain("Owen Price").doesNotContain("forecasts");
    assertThat(development).contains("CRM notes often late").contains("Forecasts submitted after deadline 4 times");
  }
  @Test
  void follow_up_actions_are_rows_with_their_owner_and_due_date_in_their_own_columns() {
    String text = text("Yesterday (17 June 2025) our customer portal was down from 09:12 to 11:47 BST. Cause: an expired "
        + "TLS certificate on the load balancer after the auto-renewal job failed silently. Roughly 3,400 customers "
        + "couldn't log in. Fixed by manually renewing the certificate. Detected by customer calls, not monitoring. Actions: add certificate-expiry "
        + "alerting 30 days ahead (owner: Raj Menon, by 30 June), fix the renewal job logging (owner: Claire Dunn, by "
        + "4 July), review status-page comms (owner: Ben Ortiz). I need to send a write-up to the CTO today.");
    assertThat(text).startsWith("Incident Report: Customer portal outage, 17 June 2025")
        .contains("Add certificate-expiry alerting 30 days ahead\tRaj Menon\t30 June\t")
        .contains("Fix the renewal job logging\tClaire Dunn\t4 July\t")
        .contains("Review status-page comms\tBen Ortiz\t")
        .contains("Detected by: Customer calls, not monitoring").contains("Time: 09:12\u201311:47")
        .doesNotContain("owner:").doesNotContain("Yesterday's").doesNotContain("Priya Shah, by");
  }

  @Test
  void an_offer_names_the_team_the_office_and_the_signer_and_keeps_the_request_out_of_the_letter() {
    String text = text("Could you draft the letter we send to Priya Raman confirming we'd like her to join us as Senior "
        + "Data Analyst in the Finance team, reporting to Tom Whitaker. Start date 1 September 2025, salary \u00a352,000 "
        + "per year, hybrid (3 days in our Manchester office at 1 Piccadilly Gardens), 6-month probation, 5% "
        + "employer pension contribution. The offer is conditional on references. She needs to sign and return by "
        + "18 July. Signed by Helen Ashby, Head of People, Corvane Analytics Ltd.");
    assertThat(text).contains("Position: Senior Data Analyst, Finance team")
        .contains("Place of work: Manchester office, 1 Piccadilly Gardens")
        .contains("Name: Helen Ashby").contains("Position: Head of People")
        .doesNotContain("Letter we send").doesNotContain("She needs to sign").doesNotContain("[your position]");
  }
  @Test
  void a_letter_tells_its_reader_what_the_request_says_about_them() {
    String text = text("Write a letter to Mrs Joan Green, 4 Elm Road, Bath BA1 2AB, telling her that her replacement boiler "
        + "part has arrived. She needs to be at home on 9 December between 8:00 and 12:00 so our engineer can fit it. "
        + "Signed Tom Hale, Service Manager, Warmline Heating.");
    assertThat(text).startsWith("Letter: Replacement boiler part has arrived")
        .contains("Dear Mrs Green,\nI am writing to let you know that your replacement boiler part has arrived.")
        .contains("You need to be at home on 9 December between 8:00 and 12:00")
        .doesNotContain("She needs").doesNotContain("Telling her").doesNotContain("[requested action]");
  }
}
