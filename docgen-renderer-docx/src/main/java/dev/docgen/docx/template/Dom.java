package dev.docgen.docx.template;

import dev.docgen.api.template.OoxmlParts;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** WordprocessingML helpers over {@link OoxmlParts}: element lookups, and parsing and writing parts. */
final class Dom {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String MARK = "urn:docgen:template";

  private Dom() {}

  static Document parse(byte[] xml, String part) {
    return OoxmlParts.parse(xml, part);
  }

  static boolean isW(Node n, String local) {
    return n instanceof Element e && W.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
  }

  static List<Element> children(Node parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  static Element child(Node parent, String local) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isW(n, local)) {
        return (Element) n;
      }
    }
    return null;
  }

  /** Every descendant {@code w:local} in document order. */
  static List<Element> all(Node root, String local) {
    List<Element> out = new ArrayList<>();
    collect(root, local, out);
    return out;
  }

  private static void collect(Node n, String local, List<Element> out) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (isW(c, local)) {
        out.add((Element) c);
      }
      if (c.hasChildNodes()) {
        collect(c, local, out);
      }
    }
  }

  static Element ancestor(Node n, String local) {
    for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
      if (isW(p, local)) {
        return (Element) p;
      }
    }
    return null;
  }

  /** Serializes a part with its declaration; the template's tag marks are left out. */
  static byte[] write(Document doc) {
    return OoxmlParts.write(doc, MARK);
  }

}
