package dev.docgen.core.internal;

import dev.docgen.api.data.DataColumn;
import dev.docgen.api.model.Column;
import java.util.Locale;
import java.util.Set;

/** Turns data keys into labels a reader expects: {@code unit_price} into "Unit price", {@code sku} into "SKU". */
final class Names {
  private static final Set<String> ACRONYMS = Set.of("sku", "id", "vat", "url", "po", "kpi", "okr", "eta", "sla", "iban", "hs", "ean", "nps", "csat");

  private Names() {}

  static String humanize(String key) {
    String last = key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key;
    String prefix = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "";
    String words = last.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ')
        // "order-date" is "order date", but "(0-10)" and "2024-25" keep their dash.
        .replaceAll("(?<!\\d)-|-(?!\\d)", " ").trim();
    if (!prefix.isEmpty() && (last.equals("name") || last.equals("address"))) {
      words = prefix.replace('.', ' ').replace('_', ' ') + " " + words;
    }
    StringBuilder sb = new StringBuilder();
    String[] parts = words.split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      String w = parts[i].toLowerCase(Locale.ROOT);
      if (i > 0) {
        sb.append(' ');
      }
      if (ACRONYMS.contains(w)) {
        sb.append(w.toUpperCase(Locale.ROOT));
      } else if (i == 0) {
        sb.append(SlotFiller.capitalise(w));
      } else {
        sb.append(w);
      }
    }
    return sb.toString();
  }

  /** Title Case for headings: "action items" gives "Action Items". */
  static String heading(String key) {
    String h = humanize(key);
    StringBuilder sb = new StringBuilder();
    for (String w : h.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(Set.of("of", "and", "by", "for", "the", "in").contains(w) ? w : SlotFiller.capitalise(w));
    }
    return sb.toString();
  }

  static Column column(DataColumn c) {
    return new Column(humanize(c.name()), c.type(), c.currency());
  }
}
