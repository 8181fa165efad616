package dev.docgen.xlsx.template;

import dev.docgen.api.TemplateException;
import dev.docgen.api.template.OoxmlParts;
import dev.docgen.api.template.ParsedTemplate;
import dev.docgen.api.template.Tag;
import dev.docgen.api.template.TemplateData;
import dev.docgen.api.template.TemplateField;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A parsed XLSX template. Cells hold tags as text; a row block is a run of rows whose first tag is
 * {@code {{#each items}}} (or {@code #if}) and whose {@code {{/each}}} sits later in the same or a
 * later row: those rows repeat per item. Everything below moves, and formulas, merged cells,
 * conditional formats, tables, chart ranges and print areas that covered the template rows are
 * stretched to cover every copy. A cell that is exactly one value tag becomes a number when the
 * value is a number, keeping the cell's format.
 */
final class XlsxTemplate implements ParsedTemplate {
  private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet\\d+\\.xml");
  private final Map<String, byte[]> entries;
  private final Map<String, Document> sheets = new LinkedHashMap<>();
  private final Map<String, String> sheetNames = new HashMap<>();
  private final List<TemplateField> fields = new ArrayList<>();
  private final long weight;

  XlsxTemplate(byte[] bytes) {
    entries = OoxmlParts.unzip(bytes, "XLSX");
    if (!entries.containsKey("xl/workbook.xml")) {
      throw new TemplateException("", "not an Excel workbook: the package has no xl/workbook.xml");
    }
    names();
    List<String> shared = sharedStrings();
    long w = 0;
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      w += e.getValue().length;
      if (SHEET.matcher(e.getKey()).matches()) {
        Document doc = XmlDom.parse(e.getValue(), e.getKey());
        inline(doc, shared);
        sheets.put(e.getKey(), doc);
        check(doc, sheetNames.getOrDefault(e.getKey(), e.getKey()));
        w += e.getValue().length * 6L;
      }
    }
    weight = w;
  }

  /** Sheet part → sheet name, from the workbook and its relationships. */
  private void names() {
    Document wb = XmlDom.parse(entries.get("xl/workbook.xml"), "xl/workbook.xml");
    Map<String, String> targets = new HashMap<>();
    byte[] rels = entries.get("xl/_rels/workbook.xml.rels");
    if (rels != null) {
      for (Element r : XmlDom.all(XmlDom.parse(rels, "workbook rels"), "Relationship")) {
        String t = r.getAttribute("Target");
        targets.put(r.getAttribute("Id"), t.startsWith("/") ? t.substring(1) : "xl/" + t);
      }
    }
    for (Element s : XmlDom.all(wb, "sheet")) {
      String id = s.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
      if (targets.containsKey(id)) {
        sheetNames.put(targets.get(id), s.getAttribute("name"));
      }
    }
  }

  private List<String> sharedStrings() {
    List<String> out = new ArrayList<>();
    byte[] sst = entries.get("xl/sharedStrings.xml");
    if (sst != null) {
      for (Element si : XmlDom.all(XmlDom.parse(sst, "xl/sharedStrings.xml"), "si")) {
        StringBuilder b = new StringBuilder();
        XmlDom.all(si, "t").forEach(t -> {
          if (!"rPh".equals(((Element) t.getParentNode()).getLocalName())) {
            b.append(t.getTextContent());
          }
        });
        out.add(b.toString());
      }
    }
    return out;
  }

  /** Turns shared-string cells that hold tags into inline strings, so filling never touches the shared table. */
  private static void inline(Document sheet, List<String> shared) {
    for (Element c : XmlDom.all(sheet, "c")) {
      if ("s".equals(c.getAttribute("t"))) {
        Element v = XmlDom.child(c, "v");
        int i = v == null ? -1 : Integer.parseInt(v.getTextContent().trim());
        if (i >= 0 && i < shared.size() && shared.get(i).contains("{{")) {
          setText(c, shared.get(i));
        }
      }
    }
  }

  static String text(Element c) {
    if (!"inlineStr".equals(c.getAttribute("t"))) {
      return null;
    }
    Element is = XmlDom.child(c, "is");
    StringBuilder b = new StringBuilder();
    if (is != null) {
      XmlDom.all(is, "t").forEach(t -> b.append(t.getTextContent()));
    }
    return b.toString();
  }

  static void setText(Element c, String text) {
    while (c.getFirstChild() != null) {
      c.removeChild(c.getFirstChild());
    }
    c.setAttribute("t", "inlineStr");
    Document d = c.getOwnerDocument();
    Element is = d.createElementNS(XmlDom.S, c.getPrefix() == null ? "is" : c.getPrefix() + ":is");
    Element t = d.createElementNS(XmlDom.S, c.getPrefix() == null ? "t" : c.getPrefix() + ":t");
    t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    t.setTextContent(text);
    is.appendChild(t);
    c.appendChild(is);
  }

  /** Parses every tag, checks blocks are balanced, lists the fields. */
  private void check(Document sheet, String name) {
    Deque<String[]> open = new ArrayDeque<>(); // tag source, location, loop path
    Map<String, TemplateField> seen = new LinkedHashMap<>();
    fields.forEach(f -> seen.put(f.fullPath() + "/" + f.kind(), f));
    for (Element c : XmlDom.all(sheet, "c")) {
      String text = text(c);
      if (text == null || !text.contains("{{")) {
        continue;
      }
      String where = name + "!" + c.getAttribute("r");
      for (Tag t : tags(text, where)) {
        List<String> loops = new ArrayList<>();
        open.descendingIterator().forEachRemaining(o -> {
          if (o[2] != null) {
            loops.add(o[2]);
          }
        });
        String loop = String.join("[].", loops);
        switch (t.kind()) {
          case EACH, IF, UNLESS -> {
            seen.putIfAbsent(t.path() + "/" + t.kind(), new TemplateField(t.path(),
                t.kind() == Tag.Kind.EACH ? "list" : "condition", loop, where));
            open.push(new String[] {t.source(), where, t.kind() == Tag.Kind.EACH ? t.path() : null, t.closer()});
          }
          case END -> {
            if (open.isEmpty()) {
              throw new TemplateException(where, "tag " + t.source() + " closes a block that was never opened");
            }
            if (!open.peek()[3].equals(t.path())) {
              throw new TemplateException(where, "tag " + t.source() + " closes " + open.peek()[0] + " opened at "
                  + open.peek()[1]);
            }
            open.pop();
          }
          case VALUE -> seen.putIfAbsent(t.path() + "/value", new TemplateField(t.path(), "value", loop, where));
          case ELSE, IMAGE, BLOCK -> throw new TemplateException(where, "tag " + t.source()
              + " is not available in XLSX templates (values, #each and #if over rows are)");
          default -> { }
        }
      }
    }
    if (!open.isEmpty()) {
      throw new TemplateException(open.peek()[1], "tag " + open.peek()[0] + " is never closed");
    }
    fields.clear();
    fields.addAll(seen.values());
  }

  static List<Tag> tags(String text, String where) {
    List<Tag> out = new ArrayList<>();
    Matcher m = Tag.PATTERN.matcher(text);
    int last = 0;
    while (m.find()) {
      out.add(Tag.parse(m.group(1), where));
      last = m.end();
    }
    if (text.indexOf("{{", last) >= 0) {
      throw new TemplateException(where, "malformed tag '" + text.substring(text.indexOf("{{", last))
          + "': no closing '}}'");
    }
    return out;
  }

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public List<TemplateField> fields() {
    return List.copyOf(fields);
  }

  @Override
  public long weight() {
    return weight;
  }

  @Override
  public void fill(TemplateData data, OutputStream out) throws IOException {
    Map<String, byte[]> written = new LinkedHashMap<>();
    Map<String, Rows> moved = new HashMap<>();
    for (Map.Entry<String, Document> s : sheets.entrySet()) {
      Document doc = (Document) s.getValue().cloneNode(true);
      String name = sheetNames.getOrDefault(s.getKey(), s.getKey());
      Rows rows = new SheetFiller(doc, name, data).fill();
      moved.put(name, rows);
      written.put(s.getKey(), XmlDom.write(doc));
    }
    Shifts.apply(entries, written, moved, sheetNames);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    entries.forEach((name, bytes) -> parts.put(name, written.containsKey(name) ? written.get(name) : bytes));
    OoxmlParts.zip(out, parts, data.created(), 4); // a null part (calcChain) is dropped
  }

  /** A number for a cell: Java numbers and numeric strings from JSON data. */
  static BigDecimal number(Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    return null;
  }

  static boolean isElement(Node n, String local) {
    return n instanceof Element e && local.equals(e.getLocalName());
  }
}
