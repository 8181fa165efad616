package dev.docgen.api.template;

import dev.docgen.api.TemplateException;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What every template filler does with an Office package: read its parts, parse XML parts safely
 * (no DTDs, no external entities), write parts back, and zip the result with one fixed time stamp
 * so the same fill gives the same bytes.
 */
public final class OoxmlParts {
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

  private OoxmlParts() {}

  /** The package's parts by name, in zip order; {@code what} names the format for the error. */
  public static Map<String, byte[]> unzip(byte[] bytes, String what) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        out.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new TemplateException("", "the template is not a readable " + what + " package: " + e.getMessage());
    }
    if (out.isEmpty()) {
      throw new TemplateException("", "the template is not a " + what + " package (no zip entries)");
    }
    return out;
  }

  /** Parses an XML part with DTDs and external entities refused. */
  public static Document parse(byte[] xml, String part) {
    try {
      DocumentBuilder b = BUILDER.get();
      b.reset();
      return b.parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new TemplateException(part, "the template's XML cannot be read: " + e.getMessage());
    }
  }

  /**
   * Serializes a part with its declaration. Attributes in {@code skipNamespace} (a filler's own
   * marks) are left out; null keeps everything.
   */
  public static byte[] write(Document doc, String skipNamespace) {
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
    write(doc.getDocumentElement(), sb, skipNamespace);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Element e, StringBuilder sb, String skip) {
    sb.append('<').append(e.getNodeName());
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      if (skip != null && (skip.equals(a.getNamespaceURI()) || skip.equals(a.getValue())
          && a.getName().startsWith("xmlns"))) {
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
      if (c instanceof Element ce) {
        write(ce, sb, skip);
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

  /** {@code out} seen through a stream whose close only flushes: a zip can finish on a caller's stream. */
  public static OutputStream nonClosing(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /**
   * Zips {@code parts} (null values are left out) onto {@code out}, every entry stamped with
   * {@code created} as a local time (clamped to 1980, the zip epoch); {@code out} stays open.
   */
  public static void zip(OutputStream out, Map<String, byte[]> parts, Instant created, int level) throws IOException {
    LocalDateTime stamp = LocalDateTime.ofInstant(created, ZoneOffset.UTC);
    stamp = stamp.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : stamp.withNano(0);
    ZipOutputStream zip = new ZipOutputStream(nonClosing(out));
    zip.setLevel(level);
    for (Map.Entry<String, byte[]> e : parts.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      ZipEntry z = new ZipEntry(e.getKey());
      z.setTimeLocal(stamp);
      zip.putNextEntry(z);
      zip.write(e.getValue());
      zip.closeEntry();
    }
    zip.finish();
    zip.close();
  }

  private static final String CUSTOM_PART = "docProps/custom.xml";
  private static final String CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
  private static final String VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
  private static final String CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
  private static final String CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
  private static final String FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

  /**
   * The same package with {@code properties} as custom document properties (text), in key order:
   * added to the part the package has, replacing ones of the same name, or in a new
   * {@code docProps/custom.xml} with its content type and relationship. Entries are stamped
   * {@code created}, so the result is reproducible.
   */
  public static byte[] withCustomProperties(byte[] pkg, Map<String, String> properties, Instant created) {
    if (properties.isEmpty()) {
      return pkg;
    }
    Map<String, byte[]> parts = unzip(pkg, "OOXML");
    Document custom = parts.containsKey(CUSTOM_PART) ? parse(parts.get(CUSTOM_PART), CUSTOM_PART)
        : parse(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"" + CUSTOM_NS
            + "\" xmlns:vt=\"" + VT_NS + "\"/>").getBytes(java.nio.charset.StandardCharsets.UTF_8), CUSTOM_PART);
    Element root = custom.getDocumentElement();
    if (!VT_NS.equals(root.getAttribute("xmlns:vt"))) {
      root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:vt", VT_NS);
    }
    int pid = 1;
    org.w3c.dom.NodeList existing = root.getElementsByTagNameNS(CUSTOM_NS, "property");
    for (int i = existing.getLength() - 1; i >= 0; i--) {
      Element p = (Element) existing.item(i);
      if (properties.containsKey(p.getAttribute("name"))) {
        root.removeChild(p);
      } else {
        try {
          pid = Math.max(pid, Integer.parseInt(p.getAttribute("pid")));
        } catch (NumberFormatException ignored) {
          // a foreign pid: ours still count up from the highest number seen
        }
      }
    }
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(properties).entrySet()) {
      Element p = custom.createElementNS(CUSTOM_NS, "property");
      p.setAttribute("fmtid", FMTID);
      p.setAttribute("pid", Integer.toString(++pid));
      p.setAttribute("name", e.getKey());
      Element v = custom.createElementNS(VT_NS, "vt:lpwstr");
      v.setTextContent(e.getValue());
      p.appendChild(v);
      root.appendChild(p);
    }
    boolean added = !parts.containsKey(CUSTOM_PART);
    parts.put(CUSTOM_PART, write(custom, null));
    if (added) {
      Document types = parse(parts.get("[Content_Types].xml"), "[Content_Types].xml");
      Element o = types.createElementNS(types.getDocumentElement().getNamespaceURI(), "Override");
      o.setAttribute("PartName", "/" + CUSTOM_PART);
      o.setAttribute("ContentType", CUSTOM_TYPE);
      types.getDocumentElement().appendChild(o);
      parts.put("[Content_Types].xml", write(types, null));
      Document rels = parse(parts.get("_rels/.rels"), "_rels/.rels");
      Element r = rels.createElementNS(rels.getDocumentElement().getNamespaceURI(), "Relationship");
      r.setAttribute("Id", "rIdDocgenCustom");
      r.setAttribute("Type", CUSTOM_REL);
      r.setAttribute("Target", CUSTOM_PART);
      rels.getDocumentElement().appendChild(r);
      parts.put("_rels/.rels", write(rels, null));
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(pkg.length + 1024);
    try {
      zip(out, parts, created, java.util.zip.Deflater.DEFAULT_COMPRESSION);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
