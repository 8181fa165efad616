package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.DocumentIntent;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The facts a request gives land in their roles, in any of the catalogue's languages. */
class RequestFactsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private final PromptInterpreter interpreter = new PromptInterpreter();

  private DocumentIntent read(String prompt) {
    return interpreter.interpret(prompt, TODAY);
  }

  @Test
  void a_memo_knows_its_sender_recipients_and_message() {
    DocumentIntent memo = read("Write a memo from the CFO to department heads announcing a travel freeze from 1 December");
    assertThat(memo.documentType()).isEqualTo("memo");
    assertThat(memo.facts().slot("sender")).contains("CFO");
    assertThat(memo.facts().slot("recipient")).contains("department heads");
    assertThat(memo.facts().slot("purpose")).hasValueSatisfying(p -> assertThat(p).contains("travel freeze"));
    assertThat(memo.facts().slot("start_date_iso")).contains("2026-12-01");
  }

  @Test
  void a_day_given_as_times_is_a_time_range() {
    assertThat(read("Agenda for the planning day, 9:00 to 17:00 in the Boardroom").facts().slot("time_range"))
        .contains("09:00–17:00");
    assertThat(read("Workshop agenda 1-5pm").facts().slot("time_range")).contains("13:00–17:00");
  }

  @Test
  void minutes_know_the_chair_the_meeting_date_decisions_and_actions() {
    DocumentIntent minutes = read("Board minutes for Acme Ltd, meeting on 12 November 2026 chaired by Jane Smith. "
        + "Decisions: approve the 2027 budget; close the Leeds office. Actions: Tom to circulate the budget by 20 November");
    assertThat(minutes.documentType()).isEqualTo("meeting-minutes");
    assertThat(minutes.facts().slot("chair")).contains("Jane Smith");
    assertThat(minutes.facts().slot("event_date_iso")).contains("2026-11-12");
    assertThat(minutes.facts().list("decisions")).containsExactly("approve the 2027 budget", "close the Leeds office");
    assertThat(minutes.facts().list("actions")).containsExactly("Tom to circulate the budget by 20 November");
  }

  @Test
  void a_duration_in_minutes_does_not_name_meeting_minutes() {
    assertThat(read("Plan a 45 minutes class on photosynthesis").documentType()).isNotEqualTo("meeting-minutes");
  }

  @Test
  void the_language_of_the_request_is_detected() {
    assertThat(read("Erstelle eine Rechnung für die Müller GmbH").facts().language()).isEqualTo("de");
    assertThat(read("Rédige une facture pour le client Dupont").facts().language()).isEqualTo("fr");
    assertThat(read("Redacta una factura para el cliente García").facts().language()).isEqualTo("es");
    assertThat(read("Schrijf een factuur voor de klant Jansen").facts().language()).isEqualTo("nl");
    assertThat(read("Write an invoice for Contoso").facts().language()).isEqualTo("en");
  }

  @Test
  void a_date_without_a_year_takes_the_nearest_year() {
    assertThat(read("Memo announcing the office closes on 2 January").facts().slot("event_date_iso"))
        .contains("2027-01-02");
    assertThat(read("Minutes of the meeting held on 24 November").facts().slot("event_date_iso")).contains("2026-11-24");
  }

  @Test
  void the_interpreter_reports_its_id_and_version() {
    assertThat(read("Write a memo").facts().interpreter()).startsWith("rules-2+").contains(";kind=named");
  }

  @Test
  void a_name_that_starts_like_a_month_is_still_a_name() {
    DocumentIntent letter = read("Lettre de réclamation à la société Électro Dépôt : le lave-linge est arrivé en panne. "
        + "Signée Julien Moreau.");
    assertThat(letter.facts().slot("sender")).contains("Julien Moreau");
    assertThat(letter.facts().slot("recipient")).contains("Électro Dépôt");
  }

  @Test
  void a_part_named_with_a_colon_is_kept_under_its_part() {
    DocumentIntent plan = read("Test plan for the Ledgerly 5.0 release: in scope are invoicing and bank feeds; out of scope "
        + "is payroll. Test window 4–15 January 2027. Test lead: Zofia Nowak.");
    assertThat(plan.facts().slot("named_test_lead")).contains("Zofia Nowak");
    assertThat(plan.facts().slot("start_date")).contains("4 January 2027");
    assertThat(plan.facts().slot("end_date")).contains("15 January 2027");
    assertThat(plan.facts().slot("version")).contains("5.0");
    assertThat(plan.facts().slot("in_scope")).contains("Invoicing and bank feeds");
    assertThat(plan.facts().slot("out_of_scope")).contains("Payroll");
  }

  @Test
  void an_address_keeps_its_postcode() {
    assertThat(read("Write a letter to Mr. James Carter, 410 Elm Street, Springfield, IL 62701, confirming his renewal")
        .facts().slot("address")).contains("410 Elm Street, Springfield, IL 62701");
    assertThat(read("Lettre à la société Électro Dépôt, 12 avenue Jean Jaurès, 69007 Lyon : colis abîmé")
        .facts().slot("address")).contains("12 avenue Jean Jaurès, 69007 Lyon");
  }

  @Test
  void terms_and_places_of_an_order_are_read() {
    DocumentIntent po = read("Bestellung bei der Holzwerk Brandl GmbH: 120 Europaletten zu je 14,50 €, Lieferung frei Haus an "
        + "unser Lager in 90411 Nürnberg, Am Tullnaupark 8, bis spätestens 18.12.2026. Bestellnummer B-2026-733.");
    assertThat(po.facts().slot("vendor")).contains("Holzwerk Brandl GmbH");
    assertThat(po.facts().slot("delivery_terms")).contains("frei Haus");
    assertThat(po.facts().slot("ship_to")).contains("Lager in 90411 Nürnberg, Am Tullnaupark 8");
    assertThat(po.facts().slot("due_date_iso")).contains("2026-12-18");
  }

  @Test
  void a_request_worded_as_a_question_or_a_paraphrase_still_has_its_topic() {
    assertThat(read("How did the café do in October 2026? Takings were £9,100 and £11,400.").subject()).isEqualTo("the café");
    assertThat(read("What's in the stockroom at the Derby branch as of 3 November 2026: 12 chairs, 4 desks").subject())
        .isEqualTo("the Derby branch");
    assertThat(read("Who is responsible and who signs off for each stream of the website relaunch: design, content").subject())
        .isEqualTo("the website relaunch");
    assertThat(read("We're holding 25 suppliers for a briefing day at our Leeds depot on 3 March 2027").subject())
        .isEqualTo("briefing day for 25 suppliers");
    DocumentIntent polite = read("Hi there, could you please help me make the case to our governors for buying a new "
        + "school minibus (about £48,000)? It would replace two hired coaches.");
    assertThat(polite.subject()).isEqualTo("buying a new school minibus");
    assertThat(polite.audience()).isEqualTo("the governors");
  }

  @Test
  void a_long_topic_keeps_its_head_and_its_place() {
    assertThat(read("Could you put together a proposal to our board for a six-month trial of flexible Fridays for the 40 "
        + "staff at Marsh & Co?").subject()).isEqualTo("a six-month trial of flexible Fridays");
    assertThat(read("Project plan for the nine-month upgrade of the ward booking system at Queen Mary's Hospital").subject())
        .isEqualTo("the nine-month upgrade of the ward booking system at Queen Mary's Hospital");
  }
}
