package dev.docgen.docx.template;

import dev.docgen.api.TemplateException;
import dev.docgen.api.template.OoxmlParts;
import dev.docgen.api.template.ParsedTemplate;
import dev.docgen.api.template.Tag;
import dev.docgen.api.template.TemplateData;
import dev.docgen.api.template.TemplateField;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A parsed DOCX template: the package's parts, and the body, headers and footers as documents
 * whose tags each sit in a marked run of their own. Filling clones those documents, so one parsed
 * template serves any number of threads.
 */
final class DocxTemplate implements ParsedTemplate {
  private static final String DOCUMENT = "word/document.xml";
  private static final String NUMBERING = "word/numbering.xml";
  private static final String STYLES = "word/styles.xml";
  private final Map<String, byte[]> entries;
  private final Map<String, Document> templated = new LinkedHashMap<>();
  private final List<Tag> tags = new ArrayList<>();
  private final List<String> locations = new ArrayList<>();
  private final List<TemplateField> fields;
  private final Document numbering;
  private final long weight;
  private final boolean usesInserts;

  DocxTemplate(byte[] bytes) {
    this.entries = OoxmlParts.unzip(bytes, "DOCX");
    if (!entries.containsKey(DOCUMENT)) {
      throw new TemplateException("", "not a Word document: the package has no word/document.xml");
    }
    long w = 0;
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      String name = e.getKey();
      w += e.getValue().length;
      if (name.equals(DOCUMENT) || name.matches("word/(header|footer)\\d*\\.xml")) {
        Document doc = Dom.parse(e.getValue(), name);
        new TagRuns(tags, locations, name).normalize(doc);
        templated.put(name, doc);
        w += e.getValue().length * 6L; // a DOM costs several times its text
      }
    }
    this.numbering = entries.containsKey(NUMBERING) ? Dom.parse(entries.get(NUMBERING), NUMBERING) : null;
    this.fields = fieldsAndBalance();
    this.weight = w;
    this.usesInserts = tags.stream().anyMatch(t -> t.kind() == Tag.Kind.BLOCK);
  }

  /** Checks that blocks open and close in order, and lists the fields with their loop context. */
  private List<TemplateField> fieldsAndBalance() {
    Map<String, TemplateField> out = new LinkedHashMap<>();
    for (Map.Entry<String, Document> part : templated.entrySet()) {
      Deque<Integer> open = new ArrayDeque<>();
      for (Element r : Dom.all(part.getValue(), "r")) {
        int i = Filler.mark(r);
        if (i < 0) {
          continue;
        }
        Tag t = tags.get(i);
        String loop = loopPath(open);
        switch (t.kind()) {
          case EACH, IF, UNLESS -> {
            add(out, new TemplateField(t.path(), t.kind() == Tag.Kind.EACH ? "list" : "condition", loop, locations.get(i)));
            open.push(i);
          }
          case ELSE -> {
            if (open.isEmpty() || tags.get(open.peek()).kind() == Tag.Kind.EACH) {
              throw new TemplateException(locations.get(i), "tag {{else}} is not inside an {{#if}} or {{#unless}}");
            }
          }
          case END -> {
            if (open.isEmpty()) {
              throw new TemplateException(locations.get(i), "tag " + t.source() + " closes a block that was never opened");
            }
            Tag opener = tags.get(open.peek());
            if (!opener.closer().equals(t.path())) {
              throw new TemplateException(locations.get(i), "tag " + t.source() + " closes " + opener.source()
                  + " opened at " + locations.get(open.peek()) + "; expected {{/" + opener.closer() + "}}");
            }
            open.pop();
          }
          case VALUE -> add(out, new TemplateField(t.path(), "value", loop, locations.get(i)));
          case IMAGE -> add(out, new TemplateField(t.path(), "image", loop, locations.get(i)));
          case BLOCK -> add(out, new TemplateField(t.path() + (t.operand().isEmpty() ? "" : " " + t.operand()), "block",
              "", locations.get(i)));
          default -> { }
        }
      }
      if (!open.isEmpty()) {
        int i = open.peekLast();
        throw new TemplateException(locations.get(i), "tag " + tags.get(i).source() + " is never closed: add {{/"
            + tags.get(i).closer() + "}}");
      }
    }
    return List.copyOf(out.values());
  }

  private String loopPath(Deque<Integer> open) {
    List<String> loops = new ArrayList<>();
    open.descendingIterator().forEachRemaining(i -> {
      if (tags.get(i).kind() == Tag.Kind.EACH) {
        loops.add(tags.get(i).path());
      }
    });
    return String.join("[].", loops);
  }

  private static void add(Map<String, TemplateField> out, TemplateField f) {
    if (f.path().startsWith("@") || f.path().equals("this")) {
      return;
    }
    out.putIfAbsent(f.fullPath() + "/" + f.kind(), f);
  }

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public List<TemplateField> fields() {
    return fields;
  }

  @Override
  public long weight() {
    return weight;
  }

  @Override
  public void fill(TemplateData data, OutputStream out) throws IOException {
    Document numberingCopy = numbering == null ? null : (Document) numbering.cloneNode(true);
    Numbering lists = new Numbering(numberingCopy);
    boolean newStyles = usesInserts && !entries.containsKey(STYLES);
    Inserts.Styles styleSheet = new Inserts.Styles(!usesInserts ? null : newStyles
        ? Dom.parse(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"" + Dom.W
            + "\"/>").getBytes(java.nio.charset.StandardCharsets.UTF_8), STYLES)
        : Dom.parse(entries.get(STYLES), STYLES));
    Inserts.Lists insertedLists = new Inserts.Lists(numberingCopy);
    Map<String, Document> rels = new HashMap<>();
    if (entries.containsKey(relsOf(DOCUMENT))) {
      rels.put(relsOf(DOCUMENT), Dom.parse(entries.get(relsOf(DOCUMENT)), relsOf(DOCUMENT)));
    }
    Charts charts = new Charts(rels);
    Map<String, byte[]> written = new HashMap<>();
    Map<String, byte[]> media = new LinkedHashMap<>();
    int images = 0;
    for (Map.Entry<String, Document> part : templated.entrySet()) {
      Document doc = (Document) part.getValue().cloneNode(true);
      String name = part.getKey();
      String relsName = relsOf(name);
      if (entries.containsKey(relsName) && !rels.containsKey(relsName)) {
        rels.put(relsName, Dom.parse(entries.get(relsName), relsName));
      }
      Media m = new Media(rels, name, images);
      Filler filler = new Filler(tags, locations, data, lists, m, new Inserts(data, doc, styleSheet, insertedLists, charts));
      TemplateData.Scope scope = data.new Scope();
      Element root = doc.getDocumentElement();
      Element container = name.equals(DOCUMENT) ? Dom.child(root, "body") : root;
      filler.container(container, scope);
      written.put(name, Dom.write(doc));
      media.putAll(m.parts());
      images = m.counter();
    }
    if (insertedLists.created()) {
      written.put(NUMBERING, Dom.write(insertedLists.document()));
      addPart("rIdDocgenNumbering", "numbering", "numbering.xml", rels);
    } else if (lists.changed() || insertedLists.changed()) {
      written.put(NUMBERING, Dom.write(numberingCopy));
    }
    if (styleSheet.changed()) {
      written.put(STYLES, Dom.write(styleSheet.document()));
      if (newStyles) {
        addPart("rIdDocgenStyles", "styles", "styles.xml", rels);
      }
    }
    rels.forEach((k, v) -> written.put(k, Dom.write(v)));
    media.putAll(charts.parts());
    if (!media.isEmpty() || (newStyles && styleSheet.changed()) || insertedLists.created()) {
      written.put("[Content_Types].xml", contentTypes(media.keySet(), newStyles && styleSheet.changed(),
          insertedLists.created(), charts.overrides()));
    }
    zip(out, written, media, data);
  }

  private static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** Adds a relationship from the main document to a part docgen added. */
  private void addPart(String id, String type, String target, Map<String, Document> rels) {
    String relsName = relsOf(DOCUMENT);
    Document r = rels.computeIfAbsent(relsName, k -> Dom.parse(entries.getOrDefault(k, ("<?xml version=\"1.0\" "
        + "encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
        + "2006/relationships\"/>").getBytes(java.nio.charset.StandardCharsets.UTF_8)), k));
    Element rel = r.createElementNS("http://schemas.openxmlformats.org/package/2006/relationships", "Relationship");
    rel.setAttribute("Id", id);
    rel.setAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type);
    rel.setAttribute("Target", target);
    r.getDocumentElement().appendChild(rel);
  }

  private byte[] contentTypes(Set<String> mediaParts, boolean styles, boolean numbering, Map<String, String> overrides) {
    Document types = Dom.parse(entries.get("[Content_Types].xml"), "[Content_Types].xml");
    overrides.forEach((part, type) -> {
      Element o = types.createElementNS("http://schemas.openxmlformats.org/package/2006/content-types", "Override");
      o.setAttribute("PartName", part);
      o.setAttribute("ContentType", type);
      types.getDocumentElement().appendChild(o);
    });
    if (styles) {
      Element o = types.createElementNS("http://schemas.openxmlformats.org/package/2006/content-types", "Override");
      o.setAttribute("PartName", "/" + STYLES);
      o.setAttribute("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
      types.getDocumentElement().appendChild(o);
    }
    if (numbering) {
      Element o = types.createElementNS("http://schemas.openxmlformats.org/package/2006/content-types", "Override");
      o.setAttribute("PartName", "/" + NUMBERING);
      o.setAttribute("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml");
      types.getDocumentElement().appendChild(o);
    }
    Set<String> defaults = new LinkedHashSet<>();
    for (Element d : Dom.children(types.getDocumentElement())) {
      if (d.getLocalName().equals("Default")) {
        defaults.add(d.getAttribute("Extension").toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (String part : mediaParts) {
      String ext = part.substring(part.lastIndexOf('.') + 1);
      if (overrides.containsKey("/" + part) || ext.equals("rels")) {
        continue;
      }
      if (defaults.add(ext)) {
        Element d = types.createElementNS("http://schemas.openxmlformats.org/package/2006/content-types", "Default");
        d.setAttribute("Extension", ext);
        d.setAttribute("ContentType", ext.equals("xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : ext.equals("bin") ? "application/vnd.openxmlformats-officedocument.oleObject" : "image/" + ext);
        types.getDocumentElement().insertBefore(d, types.getDocumentElement().getFirstChild());
      }
    }
    return Dom.write(types);
  }

  private void zip(OutputStream out, Map<String, byte[]> written, Map<String, byte[]> media, TemplateData data)
      throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    entries.forEach((name, bytes) -> parts.put(name, written.getOrDefault(name, bytes)));
    written.forEach(parts::putIfAbsent);
    media.forEach(parts::putIfAbsent);
    OoxmlParts.zip(out, parts, data.created(), 4);
  }

}
