package dev.docgen.xlsx.template;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Moves what lives outside the sheets when rows were added: print areas and other defined names,
 * the tables (ListObjects) on each sheet, and every chart's ranges. The calculation chain is
 * dropped and the workbook recalculates on open, since filled rows change what formulas read.
 */
final class Shifts {
  private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

  private Shifts() {}

  static void apply(Map<String, byte[]> entries, Map<String, byte[]> written, Map<String, Rows> moved,
      Map<String, String> sheetNames) {
    boolean any = moved.values().stream().anyMatch(r -> !r.isEmpty());
    // Tables: found through each sheet's relationships.
    for (Map.Entry<String, String> sheet : sheetNames.entrySet()) {
      Rows rows = moved.get(sheet.getValue());
      if (rows == null || rows.isEmpty()) {
        continue;
      }
      String part = sheet.getKey();
      byte[] rels = entries.get(part.replace("worksheets/", "worksheets/_rels/") + ".rels");
      if (rels == null) {
        continue;
      }
      for (Element r : XmlDom.all(XmlDom.parse(rels, "sheet rels"), "Relationship")) {
        if (!r.getAttribute("Type").endsWith("/table")) {
          continue;
        }
        String target = resolve(part, r.getAttribute("Target"));
        byte[] table = entries.get(target);
        if (table == null) {
          continue;
        }
        Document t = XmlDom.parse(table, target);
        Element root = t.getDocumentElement();
        root.setAttribute("ref", rows.refs(root.getAttribute("ref"), sheet.getValue(), true));
        for (Element f : XmlDom.all(root, "autoFilter")) {
          f.setAttribute("ref", rows.refs(f.getAttribute("ref"), sheet.getValue(), true));
        }
        written.put(target, XmlDom.write(t));
      }
    }
    if (!any) {
      return;
    }
    // Charts and defined names name their sheet.
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (e.getKey().startsWith("xl/charts/chart") && e.getKey().endsWith(".xml")) {
        Document chart = XmlDom.parse(e.getValue(), e.getKey());
        for (Element f : XmlDom.all(chart, "f")) {
          String ref = f.getTextContent();
          for (Map.Entry<String, Rows> r : moved.entrySet()) {
            ref = r.getValue().series(ref, r.getKey());
          }
          f.setTextContent(ref);
        }
        for (String cache : new String[] {"numCache", "strCache"}) {
          for (Element c : XmlDom.all(chart, cache)) {
            c.getParentNode().removeChild(c); // stale: viewers read the moved ranges
          }
        }
        written.put(e.getKey(), XmlDom.write(chart));
      }
    }
    Document wb = XmlDom.parse(entries.get("xl/workbook.xml"), "xl/workbook.xml");
    for (Element n : XmlDom.all(wb, "definedName")) {
      n.setTextContent(moveAll(n.getTextContent(), moved));
    }
    Element calc = XmlDom.child(wb.getDocumentElement(), "calcPr");
    if (calc == null) {
      calc = wb.createElementNS(XmlDom.S, wb.getDocumentElement().getPrefix() == null ? "calcPr"
          : wb.getDocumentElement().getPrefix() + ":calcPr");
      wb.getDocumentElement().appendChild(calc);
    }
    calc.setAttribute("fullCalcOnLoad", "1");
    written.put("xl/workbook.xml", XmlDom.write(wb));
    if (entries.containsKey("xl/calcChain.xml")) {
      written.put("xl/calcChain.xml", null);
      written.put("[Content_Types].xml", new String(entries.get("[Content_Types].xml"), StandardCharsets.UTF_8)
          .replaceAll("<Override[^>]*PartName=\"/xl/calcChain.xml\"[^>]*/>", "").getBytes(StandardCharsets.UTF_8));
      written.put("xl/_rels/workbook.xml.rels", new String(entries.get("xl/_rels/workbook.xml.rels"),
          StandardCharsets.UTF_8).replaceAll("<Relationship[^>]*Target=\"calcChain.xml\"[^>]*/>", "")
          .getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Moves every sheet-qualified reference by its sheet's row moves. */
  private static String moveAll(String formula, Map<String, Rows> moved) {
    String out = formula;
    for (Map.Entry<String, Rows> e : moved.entrySet()) {
      out = e.getValue().refs(out, e.getKey(), false);
    }
    return out;
  }

  private static String resolve(String part, String target) {
    if (target.startsWith("/")) {
      return target.substring(1);
    }
    String base = part.substring(0, part.lastIndexOf('/') + 1);
    String path = base + target;
    while (path.contains("/../")) {
      path = path.replaceFirst("[^/]+/\\.\\./", "");
    }
    return path;
  }

}
