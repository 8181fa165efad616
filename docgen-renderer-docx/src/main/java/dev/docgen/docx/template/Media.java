package dev.docgen.docx.template;

import dev.docgen.api.TemplateException;
import dev.docgen.api.template.Tag;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Images for {@code {{%field}}} tags. The field holds a data URI or base64 PNG/JPEG, or an object
 * {@code {"data": ..., "widthCm": 4, "alt": "Company logo"}}. Each image becomes a media part and a
 * relationship of the part that shows it; its size is the given width (height kept in proportion)
 * or its natural size at 96 dpi, at most 16 cm wide.
 */
final class Media {
  private static final long EMU_PER_CM = 360_000;
  private static final long EMU_PER_PX = 9_525;
  private final Map<String, byte[]> parts = new LinkedHashMap<>();
  private final Map<String, Document> rels;
  private final String part;
  private int counter;

  /** {@code rels}: the relationship parts by the part they belong to (created when missing). */
  Media(Map<String, Document> rels, String part, int firstIndex) {
    this.rels = rels;
    this.part = part;
    this.counter = firstIndex;
  }

  Map<String, byte[]> parts() {
    return parts;
  }

  int counter() {
    return counter;
  }

  void image(Element run, Object value, Tag tag, String where) {
    if (value == null) {
      Filler.setText(run, "");
      return;
    }
    String data;
    double widthCm = 0;
    String alt = tag.path();
    if (value instanceof Map<?, ?> m) {
      Object d = m.containsKey("data") ? m.get("data") : m.get("src");
      if (d == null) {
        throw new TemplateException(where, "tag " + tag.source() + ": the image object needs a 'data' field");
      }
      data = d.toString();
      if (m.get("widthCm") != null) {
        widthCm = new BigDecimal(m.get("widthCm").toString()).doubleValue();
      }
      if (m.get("alt") != null) {
        alt = m.get("alt").toString();
      }
    } else {
      data = value.toString();
    }
    int comma = data.startsWith("data:") ? data.indexOf(',') : -1;
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(comma >= 0 ? data.substring(comma + 1) : data);
    } catch (IllegalArgumentException e) {
      throw new TemplateException(where, "tag " + tag.source() + ": the image is not base64 data");
    }
    String ext = bytes.length > 3 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' ? "png"
        : bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 ? "jpeg" : null;
    if (ext == null) {
      throw new TemplateException(where, "tag " + tag.source() + ": the image must be a PNG or JPEG");
    }
    int[] size = dimensions(bytes, tag, where);
    long cx = widthCm > 0 ? Math.round(widthCm * EMU_PER_CM) : size[0] * EMU_PER_PX;
    cx = Math.min(cx, 16 * EMU_PER_CM);
    long cy = Math.round((double) cx * size[1] / size[0]);
    String target = "media/docgen-image" + (++counter) + "." + ext;
    parts.put("word/" + target, bytes);
    String rId = relationship(target);
    drawing(run, rId, cx, cy, alt, counter);
  }

  private static int[] dimensions(byte[] bytes, Tag tag, String where) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      var readers = ImageIO.getImageReaders(in);
      if (readers.hasNext()) {
        ImageReader r = readers.next();
        try {
          r.setInput(in);
          return new int[] {r.getWidth(0), r.getHeight(0)};
        } finally {
          r.dispose();
        }
      }
    } catch (java.io.IOException e) {
      // reported below
    }
    throw new TemplateException(where, "tag " + tag.source() + ": the image cannot be read");
  }

  private String relationship(String target) {
    String relsPart = part.substring(0, part.lastIndexOf('/') + 1) + "_rels/" + part.substring(part.lastIndexOf('/') + 1)
        + ".rels";
    Document doc = rels.computeIfAbsent(relsPart, k -> Dom.parse((
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships "
            + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>").getBytes(), k));
    int max = 0;
    for (Element r : Dom.children(doc.getDocumentElement())) {
      String id = r.getAttribute("Id");
      if (id.matches("rId\\d+")) {
        max = Math.max(max, Integer.parseInt(id.substring(3)));
      }
    }
    String id = "rId" + (max + 1);
    Element rel = doc.createElementNS("http://schemas.openxmlformats.org/package/2006/relationships", "Relationship");
    rel.setAttribute("Id", id);
    rel.setAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
    rel.setAttribute("Target", target);
    doc.getDocumentElement().appendChild(rel);
    return id;
  }

  private static void drawing(Element run, String rId, long cx, long cy, String alt, int id) {
    run.removeAttributeNS(Dom.MARK, "t");
    for (Element c : Dom.children(run)) {
      if (!Dom.isW(c, "rPr")) {
        run.removeChild(c);
      }
    }
    String xml = "<w:drawing xmlns:w=\"" + Dom.W + "\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/>"
        + "<wp:docPr id=\"" + (9000 + id) + "\" name=\"Picture " + id + "\" descr=\"" + escape(alt) + "\"/>"
        + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
        + "<pic:nvPicPr><pic:cNvPr id=\"" + (9000 + id) + "\" name=\"Picture " + id + "\" descr=\"" + escape(alt) + "\"/>"
        + "<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" + rId + "\"/><a:stretch><a:fillRect/>"
        + "</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy
        + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>"
        + "</a:graphic></wp:inline></w:drawing>";
    Document parsed = Dom.parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "image");
    run.appendChild(run.getOwnerDocument().importNode(parsed.getDocumentElement(), true));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
