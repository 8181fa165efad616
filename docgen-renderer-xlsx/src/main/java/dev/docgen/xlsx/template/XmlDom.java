package dev.docgen.xlsx.template;

import dev.docgen.api.template.OoxmlParts;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;


/** SpreadsheetML helpers over {@link OoxmlParts}: element lookups, and parsing and writing parts. */
final class XmlDom {
  static final String S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private XmlDom() {}

  static Document parse(byte[] xml, String part) {
    return OoxmlParts.parse(xml, part);
  }

  static List<Element> children(Node parent, String local) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && local.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  static Element child(Node parent, String local) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && local.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  static List<Element> all(Node root, String local) {
    List<Element> out = new ArrayList<>();
    collect(root, local, out);
    return out;
  }

  private static void collect(Node n, String local, List<Element> out) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        if (local.equals(e.getLocalName())) {
          out.add(e);
        }
        collect(c, local, out);
      }
    }
  }

  static byte[] write(Document doc) {
    return OoxmlParts.write(doc, null);
  }
}
