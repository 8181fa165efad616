package dev.docgen.docx.template;

import dev.docgen.api.TemplateException;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Image;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.api.spi.RenderOptions;
import dev.docgen.api.template.Tag;
import dev.docgen.api.template.TemplateData;
import dev.docgen.docx.DocxRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code {{>content}}}, {@code {{>section Title}}} and {@code {{>table N}}}: parts of the generated
 * document rendered by docgen's DOCX renderer and set into the template where the tag's paragraph
 * is. The styles they use and the template lacks are copied in (the template's own styles win),
 * their lists get list definitions of their own, and their charts come as native Word charts.
 * Images are not inserted yet: a section holding one is refused rather than shown without it.
 */
final class Inserts {
  private final TemplateData data;
  private final Document body;
  private final Styles styles;
  private final Lists lists;
  private final Charts charts;

  Inserts(TemplateData data, Document body, Styles styles, Lists lists, Charts charts) {
    this.data = data;
    this.body = body;
    this.styles = styles;
    this.lists = lists;
    this.charts = charts;
  }

  /** Replaces the tag's paragraph with the rendered part. */
  void insert(Element run, Tag tag, String where) {
    Element p = Dom.ancestor(run, "p");
    for (Element r : Dom.all(p, "r")) {
      if (r != run && !TagRuns.text(r).isBlank()) {
        throw new TemplateException(where, "tag " + tag.source() + " must be alone in its paragraph");
      }
    }
    DocumentSpec spec = data.spec().orElseThrow(() -> new TemplateException(where, "tag " + tag.source()
        + " needs a generated document; fill the template through the pipeline"));
    List<Section> sections = new ArrayList<>();
    boolean dropHeading = false;
    switch (tag.path()) {
      case "content" -> sections.addAll(spec.sections());
      case "section" -> sections.add(section(spec, tag, where));
      case "table" -> {
        sections.add(new Section("table", 1, List.of(table(spec, tag, where)), List.of()));
        dropHeading = true;
      }
      default -> {
        sections.add(new Section("chart", 1, List.of(chart(spec, tag, where)), List.of()));
        dropHeading = true;
      }
    }
    for (Section s : sections) {
      refuseCharts(s, tag, where);
    }
    List<Node> nodes = render(new DocumentSpec(spec.metadata(), spec.theme(), sections), dropHeading);
    Node parent = p.getParentNode();
    for (Node n : nodes) {
      parent.insertBefore(n, p);
    }
    parent.removeChild(p);
  }

  private static Section section(DocumentSpec spec, Tag tag, String where) {
    String want = tag.operand();
    List<Section> all = spec.allSections();
    if (want.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(want);
      List<Section> top = spec.sections();
      if (n >= 1 && n <= top.size()) {
        return top.get(n - 1);
      }
    }
    return all.stream().filter(s -> s.title().equalsIgnoreCase(want)).findFirst()
        .or(() -> all.stream().filter(s -> s.title().toLowerCase(Locale.ROOT).contains(want.toLowerCase(Locale.ROOT)))
            .findFirst())
        .orElseThrow(() -> new TemplateException(where, "tag " + tag.source() + ": the generated document has no section '"
            + want + "' (it has: " + String.join(", ", all.stream().map(Section::title).toList()) + ")"));
  }

  private static Table table(DocumentSpec spec, Tag tag, String where) {
    List<Table> tables = new ArrayList<>();
    spec.forEachBlock(b -> {
      if (b instanceof Table t) {
        tables.add(t);
      }
    });
    String want = tag.operand();
    if (want.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(want);
      if (n >= 1 && n <= tables.size()) {
        return tables.get(n - 1);
      }
      throw new TemplateException(where, "tag " + tag.source() + ": the generated document has " + tables.size()
          + " table(s)");
    }
    return tables.stream().filter(t -> t.caption().toLowerCase(Locale.ROOT).contains(want.toLowerCase(Locale.ROOT)))
        .findFirst().orElseThrow(() -> new TemplateException(where, "tag " + tag.source()
            + ": no generated table has a caption containing '" + want + "'"));
  }

  private static Chart chart(DocumentSpec spec, Tag tag, String where) {
    List<Chart> charts = new ArrayList<>();
    spec.forEachBlock(b -> {
      if (b instanceof Chart c) {
        charts.add(c);
      }
    });
    String want = tag.operand();
    if (want.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(want);
      if (n >= 1 && n <= charts.size()) {
        return charts.get(n - 1);
      }
      throw new TemplateException(where, "tag " + tag.source() + ": the generated document has " + charts.size()
          + " chart(s)");
    }
    return charts.stream().filter(c -> c.title().toLowerCase(Locale.ROOT).contains(want.toLowerCase(Locale.ROOT)))
        .findFirst().orElseThrow(() -> new TemplateException(where, "tag " + tag.source()
            + ": no generated chart has a title containing '" + want + "'"));
  }

  private static void refuseCharts(Section s, Tag tag, String where) {
    for (Block b : s.blocks()) {
      if (b instanceof Image) {
        throw new TemplateException(where, "tag " + tag.source() + ": section '" + s.title() + "' holds an image, "
            + "which template inserts cannot carry yet; put images in with {{%field}}");
      }
    }
    s.subsections().forEach(sub -> refuseCharts(sub, tag, where));
  }

  /** Renders the sections and returns the body nodes after the title block, imported into the template. */
  private List<Node> render(DocumentSpec part, boolean dropHeading) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new DocxRenderer().render(part, RenderOptions.at(data.created()), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Document rendered = Dom.parse(parts.get("word/document.xml"), "rendered part");
    Element renderedBody = Dom.child(rendered.getDocumentElement(), "body");
    List<Element> children = Dom.children(renderedBody);
    int start = 0;
    for (int i = 0; i < children.size(); i++) {
      if (isHeading(children.get(i))) {
        start = dropHeading ? i + 1 : i;
        break;
      }
    }
    Document renderedStyles = parts.containsKey("word/styles.xml") ? Dom.parse(parts.get("word/styles.xml"), "styles")
        : null;
    Document renderedNumbering = parts.containsKey("word/numbering.xml")
        ? Dom.parse(parts.get("word/numbering.xml"), "numbering") : null;
    List<Node> nodes = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int i = start; i < children.size(); i++) {
      Element e = children.get(i);
      if (Dom.isW(e, "sectPr")) {
        continue;
      }
      for (String local : List.of("pStyle", "rStyle", "tblStyle")) {
        Dom.all(e, local).forEach(s -> used.add(s.getAttributeNS(Dom.W, "val")));
      }
      for (Element link : Dom.all(e, "hyperlink")) {
        unlink(link); // the link text stays; external targets would need the template to accept external links
      }
      Element imported = (Element) body.importNode(e, true);
      declarePrefixes(imported, body.getDocumentElement());
      nodes.add(imported);
    }
    if (renderedStyles != null) {
      styles.copy(renderedStyles, used);
    }
    if (renderedNumbering != null) {
      for (Node n : nodes) {
        lists.adopt(n, renderedNumbering);
      }
    }
    if (parts.containsKey("word/_rels/document.xml.rels")) {
      charts.adopt(nodes, parts, Dom.parse(parts.get("word/_rels/document.xml.rels"), "rendered rels"));
    }
    return nodes;
  }

  /**
   * Declares on {@code top} the namespace prefixes its subtree uses that the template's root does
   * not declare (drawings and charts bring wp:, a:, c:, pic:); the serializer writes prefixes as found.
   */
  private static void declarePrefixes(Element top, Element root) {
    Map<String, String> used = new LinkedHashMap<>();
    collectPrefixes(top, used);
    used.forEach((prefix, uri) -> {
      String declared = root.getAttribute("xmlns:" + prefix);
      if (!uri.equals(declared)) {
        top.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + prefix, uri);
      }
    });
  }

  private static void collectPrefixes(Element e, Map<String, String> used) {
    if (e.getPrefix() != null && e.getNamespaceURI() != null) {
      used.putIfAbsent(e.getPrefix(), e.getNamespaceURI());
    }
    var attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      var a = attrs.item(i);
      if (a.getPrefix() != null && a.getNamespaceURI() != null && !"xmlns".equals(a.getPrefix())
          && !"http://www.w3.org/XML/1998/namespace".equals(a.getNamespaceURI())) {
        used.putIfAbsent(a.getPrefix(), a.getNamespaceURI());
      }
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element ce) {
        collectPrefixes(ce, used);
      }
    }
  }

  private static boolean isHeading(Element e) {
    if (!Dom.isW(e, "p")) {
      return false;
    }
    for (Element s : Dom.all(e, "pStyle")) {
      if (s.getAttributeNS(Dom.W, "val").startsWith("Heading")) {
        return true;
      }
    }
    return false;
  }

  /** Keeps a hyperlink's runs and drops the hyperlink wrapper. */
  private static void unlink(Element link) {
    Node parent = link.getParentNode();
    while (link.getFirstChild() != null) {
      parent.insertBefore(link.getFirstChild(), link);
    }
    parent.removeChild(link);
  }

  /** The template's styles part, gaining the styles an insert uses that it lacks. */
  static final class Styles {
    private final Document doc;
    private boolean changed;

    Styles(Document doc) {
      this.doc = doc;
    }

    boolean changed() {
      return changed;
    }

    Document document() {
      return doc;
    }

    void copy(Document from, Set<String> used) {
      if (doc == null) {
        return;
      }
      Map<String, Element> theirs = new LinkedHashMap<>();
      for (Element s : Dom.children(from.getDocumentElement())) {
        if (Dom.isW(s, "style")) {
          theirs.put(s.getAttributeNS(Dom.W, "styleId"), s);
        }
      }
      Set<String> ours = new HashSet<>();
      for (Element s : Dom.children(doc.getDocumentElement())) {
        if (Dom.isW(s, "style")) {
          ours.add(s.getAttributeNS(Dom.W, "styleId"));
        }
      }
      List<String> todo = new ArrayList<>(used);
      while (!todo.isEmpty()) {
        String id = todo.remove(0);
        if (ours.contains(id) || !theirs.containsKey(id)) {
          continue;
        }
        Element s = theirs.get(id);
        doc.getDocumentElement().appendChild(doc.importNode(s, true));
        ours.add(id);
        changed = true;
        for (String ref : List.of("basedOn", "link", "next")) {
          Element r = Dom.child(s, ref);
          if (r != null) {
            todo.add(r.getAttributeNS(Dom.W, "val"));
          }
        }
      }
    }
  }

  /** List definitions for inserted lists, added to the template's numbering part under fresh ids. */
  static final class Lists {
    private Document doc;
    private boolean created;
    private final Map<String, String> adopted = new HashMap<>();
    private int nextNum;
    private int nextAbstract;
    private boolean changed;

    Lists(Document doc) {
      this.doc = doc;
      if (doc != null) {
        for (Element n : Dom.all(doc, "num")) {
          nextNum = Math.max(nextNum, Integer.parseInt(n.getAttributeNS(Dom.W, "numId")));
        }
        for (Element a : Dom.all(doc, "abstractNum")) {
          nextAbstract = Math.max(nextAbstract, Integer.parseInt(a.getAttributeNS(Dom.W, "abstractNumId")));
        }
      }
    }

    boolean changed() {
      return changed;
    }

    /** Whether the template had no numbering part and the inserts brought one. */
    boolean created() {
      return created;
    }

    Document document() {
      return doc;
    }

    void adopt(Node inserted, Document from) {
      List<Element> numIds = Dom.all(inserted, "numId");
      if (numIds.isEmpty()) {
        return;
      }
      if (doc == null) {
        // A template without lists takes the rendered list definitions as they are; ids already match.
        doc = Dom.parse(Dom.write(from), "numbering");
        created = true;
        changed = true;
        for (Element num : Dom.all(doc, "num")) {
          String id = num.getAttributeNS(Dom.W, "numId");
          adopted.put(id, id);
        }
        return;
      }
      for (Element id : numIds) {
        String old = id.getAttributeNS(Dom.W, "val");
        String fresh = adopted.computeIfAbsent(old, k -> copy(k, from));
        if (fresh != null) {
          id.setAttributeNS(Dom.W, "w:val", fresh);
        }
      }
    }

    private String copy(String oldNum, Document from) {
      for (Element n : Dom.all(doc, "num")) {
        nextNum = Math.max(nextNum, Integer.parseInt(n.getAttributeNS(Dom.W, "numId")));
      }
      for (Element num : Dom.all(from, "num")) {
        if (!num.getAttributeNS(Dom.W, "numId").equals(oldNum)) {
          continue;
        }
        String absId = Dom.child(num, "abstractNumId").getAttributeNS(Dom.W, "val");
        for (Element abs : Dom.all(from, "abstractNum")) {
          if (abs.getAttributeNS(Dom.W, "abstractNumId").equals(absId)) {
            Element a = (Element) doc.importNode(abs, true);
            a.setAttributeNS(Dom.W, "w:abstractNumId", String.valueOf(++nextAbstract));
            Element first = Dom.child(doc.getDocumentElement(), "num");
            doc.getDocumentElement().insertBefore(a, first);
            Element n = (Element) doc.importNode(num, true);
            n.setAttributeNS(Dom.W, "w:numId", String.valueOf(++nextNum));
            Dom.child(n, "abstractNumId").setAttributeNS(Dom.W, "w:val", String.valueOf(nextAbstract));
            doc.getDocumentElement().appendChild(n);
            changed = true;
            return String.valueOf(nextNum);
          }
        }
      }
      return null;
    }
  }
}
