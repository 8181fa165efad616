package dev.docgen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.DataInput;
import dev.docgen.api.data.Dataset;
import dev.docgen.core.Limits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A quotation's or credit note's lines in the data are priced, discounted and taxed, never just listed. */
class DataLinesTest {
  private static Dataset csv(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return DataLoader.load(new DataInput("t.csv", DataInput.Kind.CSV, bytes), Limits.DEFAULT);
  }

  @Test
  void a_quotation_applies_the_discounts_it_lists_and_the_vat_the_request_gives() {
    // The blind review's quotation listed the discounts without applying them and had no VAT.
    LineItems.Reading r = LineItems.fromData(csv("Item,Quantity,Unit Price,Discount\nDesk,12,£420.00,10%\n"
        + "Chair,12,£310.00,10%\nArm,24,£85.00,0%\n"), "Quotation for Harbour Analytics, VAT at 20%", "en").orElseThrow();
    assertThat(r.lines()).extracting(LineItems.Line::amount).map(Object::toString)
        .containsExactly("4536.00", "3348.00", "2040.00");
    assertThat(r.subtotal()).isEqualByComparingTo("9924.00");
    assertThat(r.tax()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("1984.80"));
    assertThat(r.total()).isEqualByComparingTo("11908.80");
  }

  @Test
  void one_discount_for_every_line_is_taken_off_the_total_and_shown_as_such() {
    LineItems.Reading r = LineItems.fromData(csv("Item,Quantity,Unit Price,Discount %\nDesk,2,£100.00,5\nChair,1,£50.00,5\n"),
        "Quote", "en").orElseThrow();
    assertThat(r.gross()).isEqualByComparingTo("250.00");
    assertThat(r.discount()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("12.50"));
    assertThat(r.total()).isEqualByComparingTo("237.50");
  }

  @Test
  void a_german_credit_note_reads_menge_and_einzelpreis_and_keeps_the_reason_on_each_line() {
    LineItems.Reading r = LineItems.fromData(csv("Artikel;Menge;Einzelpreis;Grund\nHafermilch 1 l;24;2,35 €;beschädigt\n"
        + "Kaffee 1 kg;3;18,90 €;abgelaufen\n"), "Gutschrift zzgl. 7 % MwSt.", "de").orElseThrow();
    assertThat(r.lines()).extracting(LineItems.Line::description)
        .containsExactly("Hafermilch 1 l – beschädigt", "Kaffee 1 kg – abgelaufen");
    assertThat(r.subtotal()).isEqualByComparingTo("113.10");
    assertThat(r.tax()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("7.92"));
  }
}
