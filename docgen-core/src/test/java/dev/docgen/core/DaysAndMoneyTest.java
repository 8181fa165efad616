package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Artifact;
import dev.docgen.api.GenerationRequest;
import dev.docgen.core.internal.SpecText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Requests tried as new users write them: a trip written day by day, dates whose year the request implies, a service
 * charge and a tax rate written before its name, and a letter named by what it is for.
 */
class DaysAndMoneyTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
  private static final DocumentPipeline PIPELINE = DocumentPipeline.builder().build();

  private static Artifact write(String prompt) {
    return PIPELINE.generate(GenerationRequest.builder(prompt).format("docx").clock(CLOCK).build());
  }

  @Test
  void a_trip_that_leads_its_days_with_dates_is_laid_out_day_by_day_with_its_flights() {
    String text = SpecText.of(write("Could you put together an itinerary for Michael Grant (CEO) for his Berlin trip. "
        + "Mon 5 May 2025: BA982 dep London Heathrow 08:20 arr Berlin BER 11:05, car to Hotel Adlon Kempinski, check in. "
        + "14:00 meeting with Schenker Logistik. Tue 6 May: 09:30-16:00 EuroLog conference at CityCube Berlin. 19:30 "
        + "dinner at Restaurant Tim Raue. Wed 7 May: check out, BA985 dep BER 12:10 arr LHR 13:05.").spec());
    assertThat(text).contains("Traveller: Michael Grant (CEO)").contains("Destination: Berlin")
        .contains("Dates: 5 May 2025 to 7 May 2025")
        .contains("Day 2 (6 May 2025)\t09:30-16:00 EuroLog conference at CityCube Berlin\t[afternoon plans]\t19:30 dinner")
        .contains("5 May 2025\tLondon Heathrow\tBerlin BER\tBA982\t08:20\t11:05")
        .contains("7 May 2025\tBER\tLHR\tBA985\t12:10\t13:05")
        .doesNotContain("Week 1").doesNotContain("Purpose: Michael Grant");
  }

  @Test
  void a_date_without_a_year_takes_the_year_its_weekday_or_an_earlier_date_gives() {
    PromptInterpreter interpreter = new PromptInterpreter();
    assertThat(interpreter.interpret("Lesson plan for Year 4, a one-hour science lesson on Thursday 20 November",
        LocalDate.of(2026, 12, 2)).facts().slot("event_date_iso").or(() -> java.util.Optional.empty()))
        .hasValueSatisfying(d -> assertThat(d).isEqualTo("2025-11-20"));
    String text = SpecText.of(write("Sarah Lindqvist, Berlin 3–5 December 2025. 3 Dec 14:00 meeting with Fenwick GmbH. "
        + "4 Dec all day at the Smart Retail Expo. 5 Dec return flight BA995 dep BER 17:55 arr LHR 18:50.").spec());
    assertThat(text).contains("Traveller: Sarah Lindqvist").contains("Day 2 (4 December 2025)\tAll day at the Smart Retail Expo");
  }

  @Test
  void a_service_charge_is_added_before_the_tax_that_it_bears() {
    String text = SpecText.of(write("Invoice from Brasserie Lumière to Kestrel Legal LLP for the private dinner: 24 covers "
        + "at £65 per head, wine £420, service charge 12.5%. VAT 20%. Payment within 14 days.").spec());
    assertThat(text).contains("Subtotal: £1,980.00").contains("Service charge 12.5%: £247.50").contains("VAT 20%: £445.50")
        .contains("Total: £2,673.00");
  }

  @Test
  void a_tax_rate_before_its_name_is_applied_and_the_parties_keep_their_roles() {
    String text = SpecText.of(write("Angebot der Brenner Metallbau GmbH an die Stadtwerke Ulm: 12 Geländer aus Edelstahl zu "
        + "je 1.250 €, Montage pauschal 2.400 €, zzgl. 19 % MwSt. Gültig 30 Tage.").spec()).replace('\u00a0', ' ');
    assertThat(text).contains("Kunde: Stadtwerke Ulm").contains("Erstellt von: Brenner Metallbau GmbH")
        .contains("MwSt. 19 %: 3.306,00 €").contains("Gesamtbetrag: 20.706,00 €")
        .doesNotContain("Ihnen der Brenner");
  }

  @Test
  void a_letter_named_by_what_it_is_for_is_a_letter() {
    Artifact a = write("Schrijf een excuusbrief aan mevrouw De Vries. Haar bestelling 40213 is twee weken te laat geleverd.");
    assertThat(a.spec().metadata().documentType()).isEqualTo("letter");
  }

  @Test
  void minutes_written_in_sentences_record_reports_decisions_actions_and_apologies_in_their_places() {
    String text = SpecText.of(write("Can you write up the minutes from the Harbourside Community Trust board meeting on "
        + "Tuesday 14 October 2025, 6pm at the Old Library, Quay Street. Present: Margaret Okafor (chair), Dev Patel "
        + "(treasurer), Lucy Brennan (secretary), Tom Hughes. Apologies from Sian Roberts. Dev reported the reserves stand "
        + "at £48,250 and the board approved the 2026 budget of £112,000. The board agreed to replace the hall roof, quote "
        + "from Castle Roofing £18,400, Tom to sign the contract by 31 October. Lucy to circulate the new volunteer "
        + "policy before the next meeting. Next meeting Tuesday 9 December 2025 at 6pm, same venue.").spec());
    assertThat(text).contains("Meeting: Harbourside Community Trust board meeting").contains("Time: 6pm")
        .contains("Location: Old Library, Quay Street").contains("Apologies: Sian Roberts")
        .contains("Dev reported the reserves stand at £48,250.").contains("Approved the 2026 budget of £112,000")
        .contains("Replace the hall roof (quote from Castle Roofing £18,400)")
        .contains("Circulate the new volunteer policy\tLucy Brennan")
        .doesNotContain("Minutes taken by: Sian Roberts").doesNotContain("From the Harbourside");
  }

  @Test
  void a_row_is_filled_from_what_the_request_says_under_its_label_or_its_other_words() {
    String text = SpecText.of(write("Need my expense claim for the Glasgow trip, name Priya Shah. Taxis £32.50. "
        + "Approver is Mark Ellison, finance.").spec());
    assertThat(text).contains("Approved by: Mark Ellison").doesNotContain("Approver is");
  }

  @Test
  void a_trip_dated_once_is_one_day_not_two_weeks() {
    String text = SpecText.of(write("Itinerary for Michael Grant for his Berlin trip. Mon 5 May 2025: BA982 dep London "
        + "Heathrow 08:20 arr Berlin BER 11:05, check in. 14:00 meeting with Schenker Logistik.").spec());
    assertThat(text).contains("Day 1 (5 May 2025)\tBA982 dep London Heathrow 08:20 arr Berlin BER 11:05; Check in\t"
        + "14:00 meeting with Schenker Logistik").contains("5 May 2025\tLondon Heathrow\tBerlin BER\tBA982")
        .doesNotContain("Week 1").doesNotContain("Day 2");
  }

  @Test
  void priced_lines_written_in_sentences_and_per_head_prices_are_all_counted() {
    String claim = SpecText.of(write("Need my expense claim for the Glasgow trip 17-19 Sept 2025, name Priya Shah. Train "
        + "London Euston to Glasgow return £186.40, Hotel Indigo 2 nights £238.00, taxis £32.50, dinner with client "
        + "Anderson & Co on 18th £94.20, breakfast not included so 2 x £12.95. Approver is Mark Ellison.").spec());
    assertThat(claim).contains("Total claimed: £577.00").contains("Train London Euston to Glasgow return\t£186.40")
        .contains("Hotel Indigo 2 nights\t£238.00");
    String quote = SpecText.of(write("Quotation for Blackthorn Events Ltd: venue hire full day £3,200; lunch buffet £28 per "
        + "head x 60; afternoon tea £9 per head x 60; AV package (projector, 2 mics) £450. VAT 20% on top.").spec());
    assertThat(quote).contains("Lunch buffet\t60\t£28.00\t£1,680.00").contains("AV package (projector, 2 mics)")
        .contains("Total: £7,044.00");
  }

  @Test
  void an_event_plans_budget_is_the_one_the_request_states_never_a_sum_of_its_amounts() {
    String gala = SpecText.of(write("Event plan for the Harbour Lights charity gala on Saturday 25 April 2026 at the Grand "
        + "Pier Pavilion. Expecting 220 guests at £65 a ticket, target is to raise £20,000. The band plays for £1,200.")
        .spec());
    assertThat(gala).contains("Budget: [event budget]").doesNotContain("£34,300").doesNotContain("Budget: £65");
    String party = SpecText.of(write("Event plan for the summer staff party on 18 July 2026 at The Old Custom House, "
        + "120 guests, budget of £8,500.").spec());
    assertThat(party).contains("Budget: £8,500");
  }

  @Test
  void a_discount_comes_off_the_lines_hours_each_multiply_and_terms_run_from_the_documents_own_date() {
    String invoice = SpecText.of(write("invoice pls - Brightside Events Ltd to Hollow Oak Primary School. inv no "
        + "BE-2026-041, dated 20 Jan 2026, due in 30 days. items: bouncy castle hire 1 day £180, 2x face painters 4 hrs "
        + "each @ £25/hr, PA system hire £95. 10% school discount off the total. no VAT.").spec());
    assertThat(invoice).contains("Bill to: Hollow Oak Primary School").contains("From: Brightside Events Ltd")
        .contains("Face painters\t8 hours\t£25.00\t£200.00").contains("Subtotal: £475.00")
        .contains("Discount 10%: −£47.50").contains("Total: £427.50").contains("19 February 2026");
    String quote = SpecText.of(write("Quotation for Blackthorn Events Ltd: venue hire £3,200. Quote valid 30 days. From "
        + "Greenfield Venues, quote ref GV-2025-118, date 2 June 2025.").spec());
    assertThat(quote).contains("Date: 2 June 2025").contains("Valid until: 2 July 2025");
  }

  @Test
  void numbered_minutes_keep_the_meeting_date_and_their_undertakings_are_actions() {
    String text = SpecText.of(write("Minutes of the Health and Safety Committee meeting, held 21 May 2025 at 10:00 in "
        + "Meeting Room B. Present: Gareth Pryce (chair), Declan Moore, Helen Shaw. 1. Minutes of last meeting approved. "
        + "2. Forklift near-miss on 12 May in loading bay 3 – Declan to review pedestrian walkways and report by 4 June. "
        + "3. Fire drill on 15 May took 6 minutes; Helen to brief fire marshals again.").spec());
    assertThat(text).contains("Date: 21 May 2025").contains("Review pedestrian walkways and report\tDeclan Moore\t4 June")
        .contains("Brief fire marshals again\tHelen Shaw").doesNotContain("June. 3").doesNotContain("Date: 12 May");
  }

  @Test
  void an_invoice_written_tersely_has_every_line_its_number_date_parties_addresses_and_bank() {
    Artifact a = write("Invoice to Harlow & Finch Ltd, 22 Mercer Street, Leeds LS1 4DP from Bramble Digital Studio, Unit 5, "
        + "18 Canal Wharf, Manchester M1 3HE (VAT reg GB 284 1937 55). Inv no 2025-0147, dated 14 Nov 2025, payment 30 days. "
        + "3 days UX workshop @ £850/day, website build fixed fee £6,400, hosting 12 months @ £45/month. VAT 20%. Bank: "
        + "Barclays, sort code 20-45-77, acc 53124890, ref the invoice number.");
    String text = SpecText.of(a.spec());
    assertThat(a.spec().metadata().title()).isEqualTo("Invoice 2025-0147");
    assertThat(a.spec().metadata().date()).hasToString("2025-11-14");
    assertThat(text).contains("Invoice number: 2025-0147")
        .contains("Bill to: Harlow & Finch Ltd, 22 Mercer Street, Leeds LS1 4DP")
        .contains("From: Bramble Digital Studio, Unit 5, 18 Canal Wharf, Manchester M1 3HE")
        .contains("VAT number: GB 284 1937 55")
        .contains("UX workshop\t3 days\t£850.00\t£2,550.00").contains("Website build\t1\t£6,400.00\t£6,400.00")
        .contains("Hosting\t12 months\t£45.00\t£540.00").contains("£9,490.00").contains("£1,898.00").contains("£11,388.00")
        .contains("Please pay by bank transfer to Barclays, sort code 20-45-77, acc 53124890 and quote")
        .doesNotContain("[invoice number]").doesNotContain("[purchase order number]").doesNotContain("Regarding")
        .doesNotContain("@ £850/day");
  }

  @Test
  void a_claim_and_a_quote_lose_no_line_to_how_its_price_is_put() {
    String claim = SpecText.of(write("Expense claim: return flights London–Berlin £238.40, hotel 2 nights at £142 a night, "
        + "taxis £46.80 in total, client dinner on 5 Nov £187.50, train to the airport £24.60.").spec());
    assertThat(claim).contains("£781.30").contains("Return flights London–Berlin").contains("Taxis");
    String quote = SpecText.of(write("Quotation for a patio of 24 m² Indian sandstone at £68 per m², 40 m of close-board "
        + "fencing at £32 per metre, removal and disposal of the old shed (one-off £180), and 6 hours of garden clearance "
        + "at £35/hour. Prices are plus VAT at 20%.").spec());
    assertThat(quote).contains("Indian sandstone\t24 m²\t£68.00\t£1,632.00")
        .contains("Removal and disposal of the old shed\t1\t£180.00\t£180.00").contains("£3,302.00").contains("£3,962.40");
  }
}
