package dev.docgen.docx.template;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Native Word charts carried by inserted parts: each chart part, its relationships and its
 * embedded workbook are copied into the filled package under new names, and the inserted drawing
 * points at them through a new relationship of the main document.
 */
final class Charts {
  static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
  private final Map<String, Document> rels;
  private final Map<String, byte[]> added = new LinkedHashMap<>();
  private final Map<String, String> overrides = new LinkedHashMap<>();
  private int counter;

  Charts(Map<String, Document> rels) {
    this.rels = rels;
  }

  Map<String, byte[]> parts() {
    return added;
  }

  /** Content types of the added parts, by part name. */
  Map<String, String> overrides() {
    return overrides;
  }

  /**
   * Copies the charts the inserted nodes use out of the rendered package {@code from} (its parts
   * by name) and repoints the nodes' chart references.
   */
  void adopt(List<org.w3c.dom.Node> nodes, Map<String, byte[]> from, Document documentRels) {
    Map<String, String> targets = new LinkedHashMap<>();
    for (Element r : Dom.children(documentRels.getDocumentElement())) {
      targets.put(r.getAttribute("Id"), r.getAttribute("Target"));
    }
    for (org.w3c.dom.Node n : nodes) {
      if (!(n instanceof Element e)) {
        continue;
      }
      for (Element chart : charts(e)) {
        String old = chart.getAttributeNS(R, "id");
        String target = targets.get(old);
        if (target == null || !from.containsKey("word/" + target)) {
          continue;
        }
        int k = ++counter;
        String name = "charts/docgen-chart" + k + ".xml";
        added.put("word/" + name, from.get("word/" + target));
        overrides.put("/word/" + name, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
        String chartRels = "word/charts/_rels/" + target.substring(target.lastIndexOf('/') + 1) + ".rels";
        if (from.containsKey(chartRels)) {
          Document cr = Dom.parse(from.get(chartRels), chartRels);
          for (Element r : Dom.children(cr.getDocumentElement())) {
            String t = r.getAttribute("Target");
            String resolved = "word/" + t.replace("../", "");
            if (from.containsKey(resolved)) {
              String ext = t.substring(t.lastIndexOf('.') + 1);
              String copy = "embeddings/docgen-chart" + k + "-" + r.getAttribute("Id") + "." + ext;
              added.put("word/" + copy, from.get(resolved));
              r.setAttribute("Target", "../" + copy);
            }
          }
          added.put("word/charts/_rels/docgen-chart" + k + ".xml.rels", Dom.write(cr));
        }
        String id = "rIdDocgenChart" + k;
        Element rel = documentRels(rels).createElementNS(PKG, "Relationship");
        rel.setAttribute("Id", id);
        rel.setAttribute("Type", R + "/chart");
        rel.setAttribute("Target", name);
        documentRels(rels).getDocumentElement().appendChild(rel);
        chart.setAttributeNS(R, "r:id", id);
      }
    }
  }

  private static List<Element> charts(Element root) {
    List<Element> out = new java.util.ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(org.w3c.dom.Node n, List<Element> out) {
    for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        if (C.equals(e.getNamespaceURI()) && "chart".equals(e.getLocalName())) {
          out.add(e);
        }
        collect(e, out);
      }
    }
  }

  private static Document documentRels(Map<String, Document> rels) {
    return rels.computeIfAbsent("word/_rels/document.xml.rels", k -> Dom.parse(("<?xml version=\"1.0\" "
        + "encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"" + PKG + "\"/>")
        .getBytes(StandardCharsets.UTF_8), k));
  }
}
