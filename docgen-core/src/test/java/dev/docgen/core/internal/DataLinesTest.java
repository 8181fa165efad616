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

  @Test
  void lines_at_different_vat_rates_are_taxed_by_rate_not_at_one_rate() {
    // One rate for books at 0 % and stationery at 20 % would overcharge the customer.
    LineItems.Reading r = LineItems.fromData(csv("Item,Qty,Unit price,VAT rate\nBooks,30,£8.50,0%\nExercise books,60,£6.20,20%\n"
        + "Markers,15,£9.80,20%\nBooster seat,4,£32.00,5%\n"), "Invoice", "en").orElseThrow();
    assertThat(r.multiRate()).isTrue();
    assertThat(r.bands()).extracting(b -> b.rate().stripTrailingZeros().toPlainString(), b -> b.base().toPlainString(),
        b -> b.tax().toPlainString()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("0.2", "519.00", "103.80"),
            org.assertj.core.groups.Tuple.tuple("0.05", "128.00", "6.40"),
            org.assertj.core.groups.Tuple.tuple("0", "255.00", "0.00"));
    assertThat(r.tax()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("110.20"));
    assertThat(r.total()).isEqualByComparingTo("1012.20");
  }

  @Test
  void a_discount_off_the_total_is_shared_across_the_vat_rates_and_the_bases_still_add_up() {
    LineItems.Reading r = LineItems.fromData(csv("Item,Qty,Unit price,MwSt-Satz,Rabatt %\nBuch,3,10.00,7,10\nStift,1,10.01,19,10\n"),
        "Rechnung", "de").orElseThrow();
    assertThat(r.discount()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("4.00"));
    assertThat(r.bands().stream().map(LineItems.Band::base).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
        .isEqualByComparingTo(r.subtotal());
    assertThat(r.total()).isEqualByComparingTo(r.subtotal().add(r.tax().orElseThrow()));
  }

  @Test
  void one_vat_rate_on_every_line_is_the_document_rate_and_no_column_of_rates() {
    LineItems.Reading r = LineItems.fromData(csv("Item,Qty,Unit price,VAT %\nA,1,£100.00,20\nB,2,£50.00,20\n"), "Invoice", "en")
        .orElseThrow();
    assertThat(r.multiRate()).isFalse();
    assertThat(r.taxRate()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("0.20"));
    assertThat(r.tax()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("40.00"));
  }

  @Test
  void a_customer_id_column_is_no_vat_rate() {
    // "ust" is in "Customer": only a column named for the tax is its rate.
    LineItems.Reading r = LineItems.fromData(csv("Item,Qty,Unit price,Customer No\nA,1,£100.00,20\nB,2,£50.00,7\n"), "Invoice",
        "en").orElseThrow();
    assertThat(r.multiRate()).isFalse();
    assertThat(r.tax()).isEmpty();
  }
}
