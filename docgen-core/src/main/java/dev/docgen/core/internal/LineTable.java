package dev.docgen.core.internal;

import dev.docgen.api.DocumentIntent;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.Table;
import dev.docgen.core.internal.DocumentType.SectionPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A commercial document's table of lines, filled from the lines the request gives, columns matched by their headers. */
final class LineTable {
  private final DocumentIntent intent;
  private final LineItems.Reading lines;
  private final Formats formats;

  LineTable(DocumentIntent intent, LineItems.Reading lines, Formats formats) {
    this.intent = intent;
    this.lines = lines;
    this.formats = formats;
  }

  private static final Pattern QUANTITY = Pattern.compile("(?iu)(qty|quantity|menge|anzahl|quantité|cantidad|aantal|"
      + "hoeveelheid|units|count)");

  /** A commercial document's table of lines: it has a quantity column. */
  /** Whether {@code plan} is a table of lines: a quantity column, or an amount and a description in a money document. */
  boolean fits(SectionPlan plan) {
    boolean money = intent.documentType().matches("expense-report|budget|invoice|quotation|purchase-order|credit-note");
    return plan.columns().stream().anyMatch(c -> QUANTITY.matcher(c).find())
        || money && plan.columns().stream().anyMatch(c -> columnRole(c).equals("amount"))
        && plan.columns().stream().anyMatch(c -> columnRole(c).equals("description"));
  }

  /** Whether the kind shows its totals in a section of their own ({subtotal}, {total} slots). */
  private static boolean hasTotalsSection(List<SectionPlan> all) {
    return all.stream().flatMap(p -> p.items().stream()).anyMatch(i -> i.contains("{subtotal") || i.contains("{total"));
  }

  /**
   * The request's priced lines as the table's rows, with subtotal, tax and total computed unless the
   * kind shows them in a section of its own; for a table without prices (a delivery note), the lines
   * with their quantities; empty when the request gives no lines.
   */
  Optional<List<Block>> blocks(SectionPlan plan, List<SectionPlan> all) {
    boolean totalsElsewhere = hasTotalsSection(all);
    LineItems.Reading r = lines;
    boolean priced = plan.columns().size() >= 3;
    if (r.lines().isEmpty() || !priced) {
      List<LineItems.Line> counted = LineItems.counted(intent.prompt());
      if (counted.isEmpty()) {
        return Optional.empty();
      }
      r = new LineItems.Reading(counted, "", Optional.empty());
      priced = false;
    }
    String currency = LineItems.code(r.currency());
    boolean mixed = r.mixedCurrencies();
    String lang = intent.facts().language();
    int cols = plan.columns().size();
    Table.Builder t = Table.builder();
    List<String> headers = new ArrayList<>(plan.columns());
    List<String> roles = new ArrayList<>(roles(plan.columns()));
    if (priced && r.multiRate()) {
      // Each line's rate beside its amount, when the lines are taxed at different rates.
      int at = roles.contains("amount") ? roles.indexOf("amount") : roles.size();
      headers.add(at, taxName());
      roles.add(at, "tax");
    }
    headers.forEach(c -> t.column(Column.text(c)));
    LineItems.Reading reading = r;
    for (LineItems.Line l : r.lines()) {
      List<Object> row = new ArrayList<>();
      for (String role : roles) {
        row.add(switch (role) {
          case "code" -> l.code();
          case "description" -> l.descriptionWithoutCode();
          case "quantity" -> formats.decimal(l.quantity(), l.quantity().scale() > 0 ? 2 : 0)
              + (l.unit().isEmpty() ? "" : " " + l.unit());
          case "price" -> priced ? formats.money(l.unitPrice(), mixed ? l.currency() : currency) : "";
          case "amount" -> priced ? formats.money(l.amount(), mixed ? l.currency() : currency) : "";
          case "tax" -> SlotFiller.percentText(l.taxRate().or(reading::taxRate).orElse(java.math.BigDecimal.ZERO), lang);
          default -> "";
        });
      }
      t.row(row);
    }
    List<Block> out = new ArrayList<>(List.of(t.build()));
    if (priced && !totalsElsewhere && !mixed) {
      List<KeyValue.Entry> totals = new ArrayList<>();
      boolean credit = intent.documentType().equals("credit-note");
      if (r.discount().isPresent()) {
        totals.add(new KeyValue.Entry(Phrases.get("Subtotal", lang), formats.money(r.gross(), currency)));
        totals.add(new KeyValue.Entry(Phrases.get("Discount", lang) + " "
            + r.discountRate().orElseThrow().movePointRight(2).stripTrailingZeros().toPlainString() + "%",
            "−" + formats.money(r.discount().get(), currency)));
      }
      if ((r.tax().isPresent() || r.service().isPresent()) && r.discount().isEmpty()) {
        totals.add(new KeyValue.Entry(Phrases.get("Subtotal", lang), formats.money(r.subtotal(), currency)));
      }
      if (r.service().isPresent()) {
        totals.add(new KeyValue.Entry(Phrases.get("Service charge", lang) + " "
            + r.serviceRate().orElseThrow().movePointRight(2).stripTrailingZeros().toPlainString() + "%",
            formats.money(r.service().get(), currency)));
      }
      if (r.multiRate()) {
        for (LineItems.Band b : r.bands()) {
          totals.add(new KeyValue.Entry(taxName() + " " + Phrases.fill("data.tax_band", lang, "rate", SlotFiller.percentText(b.rate(), lang),
              "base", formats.money(b.base(), currency)), formats.money(b.tax(), currency)));
        }
      } else if (r.tax().isPresent()) {
        totals.add(new KeyValue.Entry(taxLabel(r), formats.money(r.tax().get(), currency)));
      }
      totals.add(new KeyValue.Entry(Phrases.get(credit ? "Total credited" : "Total", lang),
          formats.money(r.total(), currency)));
      out.add(new KeyValue("", totals));
    }
    return Optional.of(out);
  }

  private static final Pattern CODE_COLUMN = Pattern.compile("(?iu)(code|sku|ref|artikelnr|référence|código|artikelnummer)");
  private static final Pattern PRICE_COLUMN = Pattern.compile("(?iu)(unit price|price|rate|einzelpreis|preis|prix|precio|"
      + "prijs|tarif|stückpreis)");
  private static final Pattern AMOUNT_COLUMN = Pattern.compile("(?iu)(amount|total|betrag|montant|importe|bedrag|summe)");

  /**
   * The role of each column. Only the first column of no other role describes the line: "Q1" to "Q4" beside
   * "Line" are the author's to fill, not four more copies of the line's name.
   */
  static List<String> roles(List<String> headers) {
    List<String> roles = new ArrayList<>();
    for (String h : headers) {
      String role = columnRole(h);
      roles.add(role.equals("description") && roles.contains("description") ? "" : role);
    }
    return roles;
  }

  /** What a line table's column holds, from its header in any of the catalogue's languages. */
  static String columnRole(String header) {
    if (header.matches("(?iu).*(note|comment|remark|bemerk|remarque|observ|opmerk|condition|zustand|état|estado|staat).*")) {
      return "";
    }
    if (QUANTITY.matcher(header).find()) {
      return "quantity";
    }
    if (CODE_COLUMN.matcher(header).find()) {
      return "code";
    }
    if (PRICE_COLUMN.matcher(header).find()) {
      return "price";
    }
    if (AMOUNT_COLUMN.matcher(header).find()) {
      return "amount";
    }
    return "description";
  }

  private static final Pattern TAX_NAME = Pattern.compile("(?iu)\\b(VAT|IVA|MwSt|USt|TVA|BTW|GST|sales tax)\\b");

  private String taxLabel(LineItems.Reading r) {
    return taxName() + " " + SlotFiller.percentText(r.taxRate().orElseThrow(), intent.facts().language());
  }

  /** The tax as the request names it ("VAT", "MwSt"), else the language's word for it. */
  private String taxName() {
    Matcher m = TAX_NAME.matcher(intent.prompt());
    if (m.find()) {
      return m.group(1);
    }
    // Pounds and euros are taxed as VAT; dollars by a sales tax, which "Tax" names.
    String code = LineItems.code(lines.currency());
    return intent.facts().language().equals("en") && code.matches("GBP|EUR") ? "VAT" : Phrases.get("Tax", intent.facts().language());
  }

}
