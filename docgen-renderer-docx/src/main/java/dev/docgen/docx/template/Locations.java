package dev.docgen.docx.template;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Human names for places in a Word part: "paragraph 12", "table 2, row 3, cell 1, paragraph 1", "header1.xml, paragraph 1". */
final class Locations {
  private Locations() {}

  static String of(Element p, String part) {
    String prefix = part.equals("word/document.xml") ? "" : part.substring(part.lastIndexOf('/') + 1) + ", ";
    Element cell = Dom.ancestor(p, "tc");
    if (cell == null) {
      return prefix + "paragraph " + index(p, "p", p.getOwnerDocument().getDocumentElement(), true);
    }
    Element row = Dom.ancestor(cell, "tr");
    Element table = Dom.ancestor(row, "tbl");
    return prefix + "table " + index(table, "tbl", table.getOwnerDocument().getDocumentElement(), false)
        + ", row " + position(row) + ", cell " + position(cell) + ", paragraph " + position(p);
  }

  /** 1-based position of {@code e} among its parent's children of the same name. */
  private static int position(Element e) {
    int i = 0;
    for (Node n = e.getParentNode().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element x && x.getLocalName().equals(e.getLocalName())) {
        i++;
        if (x == e) {
          return i;
        }
      }
    }
    return i;
  }

  /** 1-based index among all {@code w:local} in document order, outside tables when {@code outsideTables}. */
  private static int index(Element e, String local, Element root, boolean outsideTables) {
    int i = 0;
    for (Element x : Dom.all(root, local)) {
      if (outsideTables && Dom.ancestor(x, "tc") != null) {
        continue;
      }
      i++;
      if (x == e) {
        return i;
      }
    }
    return i;
  }
}
