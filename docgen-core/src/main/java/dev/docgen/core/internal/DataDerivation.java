package dev.docgen.core.internal;

import dev.docgen.api.DerivedFigure;
import dev.docgen.api.DocumentIntent;
import dev.docgen.api.data.Dataset;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's door to derived figures: the request's data with the figures its kind derives added as columns,
 * and every figure the document states about the data with its working, for the {@code QualityReport}.
 */
public final class DataDerivation {
  /** The kinds whose data is their priced lines. */
  static final String LINE_KINDS = "invoice|purchase-order|quotation|credit-note";

  private DataDerivation() {}

  /** {@code data} with the columns {@code intent}'s kind derives (commission, net flow, closing balance …). */
  public static Dataset derive(DocumentIntent intent, Dataset given) {
    // An order's amount is the sum of its nested lines.
    Dataset data = intent.documentType().matches(LINE_KINDS) ? given
        : ChildTotals.apply(given);
    return KindCatalogue.builtIn().byId(intent.documentType())
        .map(kind -> Derivations.apply(kind, data, intent.prompt(), intent.facts().language()).data())
        .orElse(data);
  }

  /**
   * Every figure derived from {@code data} (already {@link #derive derived}) with its working: the kind's derived
   * columns, row by row and in total, and the answers to what the request asks of the data.
   */
  public static List<DerivedFigure> figures(DocumentIntent intent, Dataset data) {
    String lang = intent.facts().language();
    List<DerivedFigure> out = new ArrayList<>();
    KindCatalogue.builtIn().byId(intent.documentType())
        .ifPresent(kind -> out.addAll(Derivations.apply(kind, data, intent.prompt(), lang).figures()));
    if (intent.documentType().matches(LINE_KINDS)) {
      LineItems.fromData(data, intent.prompt(), lang).ifPresent(r -> out.addAll(lineWorkings(r)));
      return List.copyOf(out);
    }
    PeriodScope.of(intent, data).data().mainTable().map(TableProfile::of)
        .flatMap(p -> DataAnswers.of(intent.prompt(), p, lang)).ifPresent(a -> {
      for (DataAnswers.Figure f : a.figures()) {
        String formula = f.working().contains(": ") ? f.working().substring(0, f.working().indexOf(": ")) : f.working();
        out.add(new DerivedFigure(f.id(), f.label(), f.value(), formula, f.working()));
      }
    });
    return List.copyOf(out);
  }

  // A quotation's arithmetic line by line and in total: "VAT = 0.20 × 10574.00 = 2114.80".
  private static List<DerivedFigure> lineWorkings(LineItems.Reading r) {
    List<DerivedFigure> out = new ArrayList<>();
    for (LineItems.Line l : r.lines()) {
      out.add(new DerivedFigure("line[" + l.description() + "]", l.description(), l.amount(), "Amount = Quantity × Unit price",
          "Amount = " + l.quantity().toPlainString() + " × " + l.unitPrice().toPlainString() + " = " + l.amount().toPlainString()));
    }
    String sum = r.lines().stream().map(l -> l.amount().toPlainString()).reduce((a, b) -> a + " + " + b).orElse("0");
    out.add(new DerivedFigure("gross", "Lines", r.gross(), "sum of the line amounts", "Lines = " + sum + " = "
        + r.gross().toPlainString()));
    r.discount().ifPresent(d -> out.add(new DerivedFigure("discount", "Discount", d, "Discount = rate × lines",
        "Discount = " + r.discountRate().orElseThrow().toPlainString() + " × " + r.gross().toPlainString() + " = " + d.toPlainString())));
    out.add(new DerivedFigure("subtotal", "Subtotal", r.subtotal(), "Subtotal = lines − discount", "Subtotal = "
        + r.gross().toPlainString() + " − " + r.discount().orElse(BigDecimal.ZERO).toPlainString() + " = "
        + r.subtotal().toPlainString()));
    if (r.multiRate()) {
      // VAT by rate: each rate on its own lines' base, then the sum.
      List<String> parts = new ArrayList<>();
      for (LineItems.Band b : r.bands()) {
        String rate = b.rate().toPlainString();
        out.add(new DerivedFigure("tax[" + rate + "]", "VAT " + b.rate().movePointRight(2).stripTrailingZeros().toPlainString()
            + "%", b.tax(), "VAT at rate = rate × base", "VAT at " + rate + " = " + rate + " × " + b.base().toPlainString()
            + " = " + b.tax().toPlainString()));
        parts.add(b.tax().toPlainString());
      }
      BigDecimal tax = r.tax().orElseThrow();
      out.add(new DerivedFigure("tax", "VAT", tax, "VAT = sum of VAT at each rate", "VAT = " + String.join(" + ", parts)
          + " = " + tax.toPlainString()));
    } else {
      r.tax().ifPresent(t -> out.add(new DerivedFigure("tax", "VAT", t, "VAT = rate × subtotal", "VAT = "
          + r.taxRate().orElseThrow().toPlainString() + " × " + r.subtotal().toPlainString() + " = " + t.toPlainString())));
    }
    out.add(new DerivedFigure("total", "Total", r.total(), "Total = subtotal + VAT", "Total = " + r.subtotal().toPlainString()
        + " + " + r.tax().orElse(BigDecimal.ZERO).toPlainString() + " = " + r.total().toPlainString()));
    return out;
  }
}
