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
}
