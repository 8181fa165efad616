package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Artifact;
import dev.docgen.api.GenerationRequest;
import dev.docgen.core.internal.SpecText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Memos and press releases say what the request states in the writer's sentences, in their body, and never repeat the
 * request's head ("Memo from …", "Quote from …", "Media contact …") as a bullet.
 */
class ProseKindsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
  private static final DocumentPipeline PIPELINE = DocumentPipeline.builder().build();

  private static Artifact write(String prompt) {
    return PIPELINE.generate(GenerationRequest.builder(prompt).format("docx").clock(CLOCK).build());
  }

  @Test
  void a_memo_that_states_its_news_in_sentences_says_them_and_is_titled_by_them() {
    Artifact a = write("Memo from Helen Crossley, Managing Partner, to all staff. From 1 January all non-client travel is "
        + "frozen until further notice. Client travel needs approval from your practice head. Please cancel any bookings "
        + "you have made for January.");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Memo: Non-client travel frozen");
    assertThat(text).contains("From 1 January all non-client travel is frozen until further notice. Client travel needs "
            + "approval from your practice head. Please cancel any bookings you have made for January.")
        .contains("From: Helen Crossley, Managing Partner").contains("Subject: Non-client travel frozen")
        .contains("Questions go to Helen Crossley at")
        .doesNotContain("Memo from").doesNotContain("[announcement]").doesNotContain("[subject]");
  }

  @Test
  void a_memo_says_only_what_its_announcement_leaves_out() {
    String text = SpecText.of(write("memo all staff: xmas party fri 18 dec, the Old Vic Tavern, 7pm, £25pp subsidised, "
        + "rsvp to Jo by 4 dec").spec());
    assertThat(text).contains("The Old Vic Tavern, 7pm, £25pp subsidised, rsvp to Jo by 4 dec.");
    assertThat(text.split("party Friday 18 dec", -1)).hasSizeLessThanOrEqualTo(4);
  }

  @Test
  void a_press_release_leads_with_the_news_quotes_the_given_words_and_names_the_contact() {
    String text = SpecText.of(write("Press release: Tamworth Ceramics opens a second factory in Stoke on 12 January 2027, "
        + "creating 85 jobs. The £6.2m site will make tableware for export. Quote from managing director Ruth Ames: "
        + "'Stoke is where our craft began.' Media contact Jess Owusu, press@tamworthceramics.co.uk").spec());
    assertThat(text).contains("— Tamworth Ceramics opens a second factory in Stoke")
        .contains("The £6.2m site will make tableware for export.")
        .contains("“Stoke is where our craft began,” said Ruth Ames, managing director at Tamworth Ceramics.")
        .contains("Name: Jess Owusu").contains("Email: press@tamworthceramics.co.uk")
        .doesNotContain("announced that Tamworth").doesNotContain("Quote from").doesNotContain("Media contact Jess")
        .doesNotContain("[quote from spokesperson]").doesNotContain("[background to the news]");
  }

  @Test
  void an_email_under_a_contact_label_is_not_the_contacts_name() {
    String text = SpecText.of(write("Press release: Northwind Robotics opens a £12m factory in Sunderland on 15 February "
        + "2027, creating 180 jobs. Media contact: press@northwindrobotics.com.").spec());
    assertThat(text).contains("Email: press@northwindrobotics.com").doesNotContain("Name: press@");
  }

  @Test
  void a_status_report_written_in_sentences_puts_each_note_in_its_place() {
    Artifact a = write("Status report for the website redesign, week ending 27 November. Design signed off. Build is 60% "
        + "done, two weeks behind because the CMS licence arrived late. Budget £48k, spent £31k. Next: content migration "
        + "starts 7 December. Risk: the copywriter leaves at Christmas.");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Project Status Report: Website redesign — Week ending 27 November");
    assertThat(text).contains("This report covers the website redesign for the week ending 27 November.")
        .contains("Delivered: Design signed off.")
        .contains("At risk: Two weeks behind because the CMS licence arrived late; the copywriter leaves at Christmas.")
        .contains("Build\t[owner]\t[baseline date]\t[forecast date]\t60% complete")
        .contains("The copywriter leaves at Christmas\t").contains("Spent to date: £31k").contains("Approved budget: £48k")
        .doesNotContain("Spent £31k").doesNotContain("[amount spent]");
  }

  @Test
  void a_date_at_the_end_of_a_sentence_leaves_its_full_stop() {
    assertThat(new PromptInterpreter().interpret("Status report for the website redesign, week ending 27 November. "
        + "Next: content migration starts 7 December.", java.time.LocalDate.of(2026, 11, 28)).dates())
        .containsExactly("27 November", "7 December");
  }

  @Test
  void a_memo_whose_news_follows_a_dash_says_it_without_the_asking() {
    Artifact a = write("Can you do a memo to all staff from Karen Whitlock (Facilities Manager) - the Leeds office at 14 "
        + "Park Row will be closed Fri 7 March 2025 for the fire alarm upgrade. Everyone works from home that day. "
        + "Questions to facilities@harwoodgroup.co.uk.");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Memo: Leeds office closed");
    assertThat(text).contains("From: Karen Whitlock, Facilities Manager")
        .contains("The Leeds office at 14 Park Row will be closed Friday 7 March 2025 for the fire alarm upgrade.")
        .contains("Everyone works from home that day.")
        .doesNotContain("do a memo").doesNotContain("This memo announces Karen");
  }

  @Test
  void an_incident_names_what_was_slipped_on_as_its_cause_and_time_off_is_not_its_duration() {
    String text = SpecText.of(write("incident report - slip in warehouse B, Thurs 20 Feb 2025 approx 14:40. Injured: Mark "
        + "Dawson, forklift driver. Slipped on hydraulic oil leak near bay 12, fell and hurt left wrist. Sprain confirmed, "
        + "3 days off.").spec());
    assertThat(text).contains("Incident Report: Slip in warehouse B")
        .contains("The underlying cause was a hydraulic oil leak near bay 12.").doesNotContain("Duration: 3 days");
  }

  @Test
  void a_letter_puts_the_writers_firm_and_address_in_from_and_the_recipients_under_to() {
    String text = SpecText.of(write("We're Greenleaf Gardens Ltd, 4 Mill Lane, Bath BA1 2QP. Please write a complaint letter "
        + "to Northway Supplies, 19 Dock Road, Bristol BS1 5TT, about order NW-4471: 40 bags of compost arrived damp and 6 "
        + "were split. We want a full refund of £212.40 or replacement by 15 December 2025. It should be signed by Amira "
        + "Khan, Operations Manager.").spec());
    assertThat(text).contains("From: Greenleaf Gardens Ltd, 4 Mill Lane, Bath BA1 2QP").contains("To: Northway Supplies")
        .contains("Address: 19 Dock Road, Bristol BS1 5TT")
        .contains("We want a full refund of £212.40 or replacement by 15 December 2025.")
        .contains("Amira Khan\nOperations Manager, Greenleaf Gardens Ltd")
        .doesNotContain("Organisation: Greenleaf").doesNotContain("[organisation]").doesNotContain("bristol");
  }

  @Test
  void a_letter_that_apologises_goes_on_to_say_the_rest_it_was_told_and_signs_with_the_firm() {
    String text = SpecText.of(write("Write a letter to Mrs Joan Patel, 12 Elm Road, Leeds LS6 2AB, apologising that her "
        + "kitchen fitting was delayed by two weeks. New fitting date is Monday 12 January 2026. We'll take £150 off the "
        + "final invoice. From Tom Reid, Director, Reid Kitchens.").spec());
    assertThat(text).contains("Dear Mrs Patel,\nI am sorry that your kitchen fitting was delayed by two weeks.\n"
            + "New fitting date is Monday 12 January 2026. We'll take £150 off the final invoice.")
        .contains("Tom Reid\nDirector, Reid Kitchens").contains("Address: 12 Elm Road, Leeds LS6 2AB")
        .doesNotContain("From Tom Reid");
  }

  @Test
  void a_memo_asked_for_as_something_to_go_out_announces_what_it_lets_them_know() {
    Artifact a = write("I need a memo to go out to all staff in the Bristol branch from me (Helen Marsh, Branch Manager) "
        + "letting them know the car park on Colston Street will be closed for resurfacing from Monday 3 November to Friday "
        + "14 November 2025. Staff can park at the NCP on Rupert Street instead. Questions to facilities, Dan Whitfield, "
        + "ext 4471.");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Memo: Car park closed");
    assertThat(text).contains("To: All staff, Bristol branch").contains("From: Helen Marsh, Branch Manager")
        .contains("the car park on Colston Street will be closed for resurfacing from Monday 3 November to Friday 14 "
            + "November 2025.")
        .contains("Questions go to Dan Whitfield (facilities), ext 4471.")
        .doesNotContain("I need").doesNotContain("[name, role]").doesNotContain("[email or phone]");
  }

  @Test
  void a_press_release_says_the_companys_announcement_in_its_name_with_the_quote_and_phone() {
    Artifact a = write("Please draft a press release for us. Greenway Bikes (Utrecht) is announcing that from 1 January 2026 "
        + "we're opening our second factory in Eindhoven, 120 new jobs. Quote from our CEO Marieke de Vries: \"Eindhoven "
        + "gives us the engineering talent we need.\" Media contact is Joost Bakker, press@greenwaybikes.nl, +31 30 555 0192.");
    String text = SpecText.of(a.spec());
    assertThat(text).contains("Greenway Bikes today announced that from 1 January 2026 it is opening its second factory in "
            + "Eindhoven, 120 new jobs.")
        .contains("“Eindhoven gives us the engineering talent we need,” said Marieke de Vries, CEO at Greenway Bikes.")
        .contains("headquartered in Utrecht").contains("Phone: +31 30 555 0192").contains("Name: Joost Bakker")
        .doesNotContain("[company] today").doesNotContain("we're opening").doesNotContain("Media contact is");
  }
}
