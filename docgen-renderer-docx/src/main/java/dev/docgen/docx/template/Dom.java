package dev.docgen.docx.template;

import dev.docgen.api.TemplateException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Safe XML parsing (no DTDs, no external entities) and a fast serializer for WordprocessingML parts. */
final class Dom {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String MARK = "urn:docgen:template";

  private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  });

  private Dom() {}

  static Document parse(byte[] xml, String part) {
    try {
      DocumentBuilder b = BUILDER.get();
      b.reset();
      return b.parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new TemplateException(part, "the template's XML cannot be read: " + e.getMessage());
    }
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

  /** Serializes a part with its declaration; attributes in the marker namespace are left out. */
  static byte[] write(Document doc) {
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
    write(doc.getDocumentElement(), sb);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Element e, StringBuilder sb) {
    sb.append('<').append(e.getNodeName());
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      if (MARK.equals(a.getNamespaceURI()) || MARK.equals(a.getValue()) && a.getName().startsWith("xmlns")) {
        continue;
      }
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
      switch (c.getNodeType()) {
        case Node.ELEMENT_NODE -> write((Element) c, sb);
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> escape(c.getNodeValue(), sb, false);
        default -> { }
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
        default -> {
          if (c < 0x20) {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
  }

  static byte[] bytes(ByteArrayOutputStream out) {
    return out.toByteArray();
  }
}
