package dev.docgen.core.internal;

import dev.docgen.api.data.Dataset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The facts an invoice's, an order's, a quotation's or a credit note's data carries beside its lines: its number,
 * dates, parties and terms ({@code "invoice_number"}, {@code "seller": {"name", "address"}}), given to the kind's
 * own sections as the slots they name. What the request states itself stays.
 */
final class CommercialFields {
  private static final String[] NUMBERS = {"invoice_number", "po_number", "order_number", "order_id", "po_id", "quote_number",
      "quotation_number", "credit_note_number", "invoice_id", "number", "id"};
  private static final String[] ISSUED = {"issue_date", "invoice_date", "order_date", "quote_date", "date"};

  // Names too common to be read under another object: "buyer.id" is not the invoice's number.
  private static final java.util.Set<String> GENERIC = java.util.Set.of("id", "number", "date", "due", "terms", "to", "from");

  private CommercialFields() {}

  static void into(SlotFiller slots, String kind, Dataset data, Formats f) {
    Map<String, Object> fields = data.fields();
    first(fields, NUMBERS).ifPresent(v -> set(slots, "own_number", v));
    first(fields, ISSUED)
        // The document's date is the data's, not today's.
        .ifPresent(v -> slots.set("date", date(v, f)));
    first(fields, "due_date", "payment_due", "due", "delivery_date", "required_by", "deliver_by").ifPresent(v -> set(slots, "due_date", date(v, f)));
    first(fields, "valid_until", "expiry_date", "expires").ifPresent(v -> set(slots, "valid_until", date(v, f)));
    first(fields, "payment_terms", "terms").ifPresent(v -> set(slots, "payment_terms", v));
    first(fields, "delivery_terms", "incoterm", "incoterms", "delivery.terms", "shipping_terms").ifPresent(v -> set(slots, "delivery_terms", v));
    first(fields, "reference", "your_reference", "customer_reference", "original_invoice").ifPresent(v -> set(slots, "reference", v));
    first(fields, "vat_number", "seller.vat_number", "vat_id", "seller.vat_id").ifPresent(v -> set(slots, "vat_number", v));
    first(fields, "ship_to", "delivery_address", "ship_to.address").ifPresent(v -> set(slots, "ship_to", v));
    // An order is the buyer's own: its buyer is the sender, and its supplier the party written to.
    boolean order = kind.equals("purchase-order");
    party(fields, "seller", "supplier", "vendor", "from").ifPresent(p -> {
      set(slots, "vendor", p[0]);
      if (!p[1].isEmpty()) {
        set(slots, "vendor_address", p[1]);
      }
    });
    party(fields, "buyer", "customer", "bill_to", "client", "to").ifPresent(p -> {
      set(slots, order ? "buyer" : "customer", p[0]);
      if (!order && !p[1].isEmpty()) {
        set(slots, "customer_address", p[1]);
      }
      if (order && !p[1].isEmpty()) {
        // An order goes to the buyer's own address unless it names another.
        set(slots, "ship_to", p[1]);
      }
    });
    if (order) {
      // "buyer": {"contact": "Priya Shah"}: who asks for the order.
      first(fields, "buyer.contact", "requested_by", "requester", "buyer.contact_name").ifPresent(v -> set(slots, "sender", v));
    }
  }

  /** The document's own number in the data ("invoice_number", "order_id"), if it has one. */
  static Optional<String> number(Dataset data) {
    return first(data.fields(), NUMBERS);
  }

  /** The date the data gives the document ("issue_date": "2026-11-28"), when it is a date. */
  static Optional<LocalDate> issueDate(Dataset data) {
    try {
      return first(data.fields(), ISSUED).map(v -> LocalDate.parse(v.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static void set(SlotFiller slots, String slot, String value) {
    if (!slots.has(slot) && !value.isBlank()) {
      slots.set(slot, value);
    }
  }

  /** "2026-12-28" reads "28 December 2026" in en-GB; a date written otherwise is kept as written. */
  private static String date(String value, Formats f) {
    try {
      return f.longDate(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  private static Optional<String> first(Map<String, Object> fields, String... names) {
    // A name as written first ("payment_terms"), then under an object ("delivery.payment_terms").
    for (boolean nested : new boolean[] {false, true}) {
      for (String n : names) {
        for (Map.Entry<String, Object> e : fields.entrySet()) {
          String k = e.getKey().toLowerCase(Locale.ROOT);
          boolean named = nested ? !n.contains(".") && !GENERIC.contains(n) && k.endsWith("." + n) && k.indexOf('.') == k.lastIndexOf('.')
              : k.equals(n);
          if (named && e.getValue() != null && !(e.getValue() instanceof Map) && !(e.getValue() instanceof List)
              && !e.getValue().toString().isBlank()) {
            return Optional.of(e.getValue().toString());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A party's name and address: {@code "seller": {"name", "address"}} or {@code "seller": "Northwind Ltd"}. */
  private static Optional<String[]> party(Map<String, Object> fields, String... prefixes) {
    for (String p : prefixes) {
      Optional<String> name = first(fields, p + ".name", p + ".company", p);
      if (name.isPresent()) {
        return Optional.of(new String[] {name.get(), first(fields, p + ".address").orElse("")});
      }
    }
    return Optional.empty();
  }
}
