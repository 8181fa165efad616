package dev.docgen.xlsx.template;

import dev.docgen.api.TemplateException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Safe parsing (no DTDs, no external entities) and plain serialization of SpreadsheetML parts. */
final class XmlDom {
  static final String S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  });

  private XmlDom() {}

  static Document parse(byte[] xml, String part) {
    try {
      DocumentBuilder b = BUILDER.get();
      b.reset();
      return b.parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new TemplateException(part, "the template's XML cannot be read: " + e.getMessage());
    }
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
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    write(doc.getDocumentElement(), sb);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Element e, StringBuilder sb) {
    sb.append('<').append(e.getNodeName());
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      sb.append(' ').append(a.getName()).append("=\"");
      escape(a.getValue(), sb, true);
      sb.append('"');
    }
    if (!e.hasChildNodes()) {
      sb.append("/>");
      return;
    }
    sb.append('>');
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element ce) {
        write(ce, sb);
      } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        escape(c.getNodeValue(), sb, false);
      }
    }
    sb.append("</").append(e.getNodeName()).append('>');
  }

  private static void escape(String s, StringBuilder sb, boolean attr) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append(attr ? "&quot;" : "\"");
        case '\r' -> sb.append("&#13;");
        case '\n' -> sb.append(attr ? "&#10;" : "\n");
        case '\t' -> sb.append(attr ? "&#9;" : "\t");
        default -> sb.append(c < 0x20 ? ' ' : c);
      }
    }
  }
}
