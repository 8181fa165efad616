package dev.docgen.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stock count read from what a request lists: "18 cases of A4 paper (reorder at 20)", "140 box files (reorder at
 * 50)". An item is due for reordering when what is on hand is at or below its reorder point.
 */
final class StockLines {
  /** One item: its name, the count on hand with its unit as written, and its reorder point when the request gives one. */
  record Item(String name, BigDecimal onHand, String unit, BigDecimal reorderAt) {
    boolean reorder() {
      return reorderAt != null && onHand.compareTo(reorderAt) <= 0;
    }

    String counted() {
      return onHand.toPlainString() + (unit.isEmpty() ? "" : " " + unit);
    }
  }

  private static final Pattern LINE = Pattern.compile("(?iu)^(\\d{1,7})\\s+(.+?)\\s*\\((?:re-?order|reorder point|"
      + "min(?:imum)?|nachbestellen|mindestbestand|meldebestand|réappro(?:visionner)?|seuil|reponer|punto de pedido|"
      + "bijbestellen|bestelpunt)\\s*(?:at|level|point|:|bei|ab|à|a partir de|en|a|bij|op)?\\s*(\\d{1,7})\\)\\s*$");
  private static final Pattern PLAIN = Pattern.compile("(?iu)^(\\d{1,7})\\s+([\\p{L}][^()]{1,60})$");
  // "cases of A4 paper", "boxes of gloves": the unit, then the item.
  private static final Pattern UNIT_OF = Pattern.compile("(?iu)^((?:[\\p{L}]+\\s+){0,1}?[\\p{L}]+)\\s+(?:of|de|d['’]|van)\\s+(.+)$");

  private StockLines() {}

  /** The items of {@code listed}; empty unless at least one gives a reorder point. */
  static List<Item> read(List<String> listed) {
    List<Item> out = new ArrayList<>();
    boolean anyPoint = false;
    for (String raw : listed) {
      String item = raw.strip();
      Matcher m = LINE.matcher(item);
      Matcher plain = PLAIN.matcher(item);
      if (m.matches()) {
        out.add(item(m.group(1), m.group(2), new BigDecimal(m.group(3))));
        anyPoint = true;
      } else if (plain.matches()) {
        out.add(item(plain.group(1), plain.group(2), null));
      }
    }
    return anyPoint ? out : List.of();
  }

  private static Item item(String count, String what, BigDecimal reorderAt) {
    Matcher unit = UNIT_OF.matcher(what.strip());
    String name = what.strip();
    String u = "";
    if (unit.matches()) {
      u = unit.group(1);
      name = unit.group(2);
    }
    return new Item(SlotFiller.capitalise(name), new BigDecimal(count), u, reorderAt);
  }
}
