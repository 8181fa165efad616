package dev.docgen.core.internal;

import dev.docgen.api.DocumentIntent;
import dev.docgen.api.data.DataColumn;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.core.internal.TableProfile.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Writes an invoice or purchase order: parties, line items with computed amounts, tax and the total due. */
final class InvoiceComposer {
  private final DocumentIntent intent;
  private final Dataset data;
  private final TableProfile lines;
  private final Measure amount;
  private final Formats f;
  private final String currency;

  InvoiceComposer(DocumentIntent intent, Dataset data, TableProfile lines, Formats f) {
    this.intent = intent;
    this.data = data;
    this.lines = lines;
    this.amount = lines.mainMeasure().orElseThrow();
    this.f = f;
    this.currency = data.text("currency").filter(c -> c.matches("[A-Z]{3}")).orElse(amount.currency());
  }

  /** Applies when the data has line items priced as quantity × unit price. */
  static Optional<TableProfile> lineItems(Dataset data) {
    return data.tables().stream().map(TableProfile::of)
        .filter(p -> p.mainMeasure().map(Measure::derived).orElse(false)).findFirst();
  }

  String title() {
    String number = field("number", "invoice_number", "po_number", "id")
        .orElse(intent.identifiers().stream().findFirst().orElse(""));
    String kind = intent.documentType().equals("purchase-order") ? "Purchase Order" : "Invoice";
    return number.isEmpty() ? kind : kind + " " + number;
  }

  List<Section> sections() {
    List<Section> out = new ArrayList<>();
    out.add(new Section("Invoice Details", 1, List.of(parties()), List.of()));
    BigDecimal subtotal = TableStats.summarize(lines.table(), amount).map(TableStats.Summary::total).orElse(BigDecimal.ZERO);
    Optional<BigDecimal> rate = data.fields().entrySet().stream()
        .filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains("tax") && e.getValue() instanceof BigDecimal)
        .map(e -> (BigDecimal) e.getValue()).findFirst();
    BigDecimal tax = rate.map(r -> subtotal.multiply(r).setScale(2, RoundingMode.HALF_UP)).orElse(BigDecimal.ZERO);
    BigDecimal total = subtotal.add(tax);
    List<Block> blocks = new ArrayList<>();
    blocks.add(lineTable(subtotal));
    List<KeyValue.Entry> sums = new ArrayList<>();
    sums.add(new KeyValue.Entry("Subtotal", f.money(subtotal, currency)));
    rate.ifPresent(r -> sums.add(new KeyValue.Entry("VAT (" + f.percent(r) + ")", f.money(tax, currency))));
    sums.add(new KeyValue.Entry("Total due", f.money(total, currency)));
    blocks.add(new KeyValue("", sums));
    out.add(new Section("Line Items", 1, blocks, List.of()));
    String due = field("due_date", "due").map(d -> " by " + d).orElse("");
    String ref = field("number", "invoice_number").map(n -> ", quoting " + n).orElse("");
    out.add(new Section("Payment Terms", 1, List.of(
        Paragraph.markup("Please pay **" + f.money(total, currency) + "**" + due + ref + "."),
        Paragraph.markup("Payment by bank transfer to [[IBAN / account details]]. Late payments may incur interest as agreed in the contract.")),
        List.of()));
    return out;
  }

  private KeyValue parties() {
    List<KeyValue.Entry> e = new ArrayList<>();
    field("number", "invoice_number", "po_number").ifPresent(v -> e.add(new KeyValue.Entry("Invoice number", v)));
    field("issue_date", "date").ifPresent(v -> e.add(new KeyValue.Entry("Issue date", v)));
    field("due_date", "due").ifPresent(v -> e.add(new KeyValue.Entry("Due date", v)));
    party("seller", "from", "supplier", "vendor").ifPresent(v -> e.add(new KeyValue.Entry("From", v)));
    party("buyer", "customer", "bill_to", "client", "to").ifPresent(v -> e.add(new KeyValue.Entry("Bill to", v)));
    if (e.stream().noneMatch(x -> x.label().equals("Bill to")) && !intent.organisations().isEmpty()) {
      e.add(new KeyValue.Entry("Bill to", intent.organisations().get(0)));
    }
    if (!currency.isEmpty()) {
      e.add(new KeyValue.Entry("Currency", currency));
    }
    return new KeyValue("", e);
  }

  private Optional<String> field(String... names) {
    for (String n : names) {
      for (Map.Entry<String, Object> e : data.fields().entrySet()) {
        String k = e.getKey().toLowerCase(Locale.ROOT);
        if (k.equals(n) || (k.endsWith(n) && !k.contains("."))) {
          return Optional.of(e.getValue().toString());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> party(String... prefixes) {
    for (String p : prefixes) {
      Optional<String> name = data.text(p + ".name").or(() -> data.text(p));
      if (name.isPresent()) {
        return Optional.of(name.get() + data.text(p + ".address").map(a -> ", " + a).orElse(""));
      }
    }
    return Optional.empty();
  }

  private Table lineTable(BigDecimal subtotal) {
    DataTable t = lines.table();
    Table.Builder b = Table.builder();
    for (DataColumn c : t.columns()) {
      ColumnType type = c.type() == ColumnType.DECIMAL && amount.factor() == t.columns().indexOf(c) ? ColumnType.CURRENCY : c.type();
      b.column(new Column(Names.humanize(c.name()), type, type == ColumnType.CURRENCY ? currency : ""));
    }
    b.column(new Column("Amount", ColumnType.CURRENCY, currency));
    for (List<Object> row : t.rows()) {
      List<Object> cells = new ArrayList<>(row);
      cells.add(amount.value(row).orElse(BigDecimal.ZERO));
      b.row(cells);
    }
    List<Object> totals = new ArrayList<>();
    for (int i = 0; i < t.columns().size(); i++) {
      totals.add(i == 0 && t.columns().get(0).type() == ColumnType.TEXT ? "Subtotal" : "");
    }
    totals.add(subtotal);
    b.totals(totals.toArray());
    return b.build();
  }
}
