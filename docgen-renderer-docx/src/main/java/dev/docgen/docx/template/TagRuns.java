package dev.docgen.docx.template;

import dev.docgen.api.TemplateException;
import dev.docgen.api.template.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts every tag of a part into a run of its own, whatever Word did to it: spell-check marks,
 * revision ids and formatting changes split "{{customer.name}}" over several runs, and a tag's run
 * keeps the formatting of the run where the tag starts. Each tag run is marked with its index in
 * the template's tag list.
 */
final class TagRuns {
  private final List<Tag> tags;
  private final List<String> locations;
  private final String part;

  TagRuns(List<Tag> tags, List<String> locations, String part) {
    this.tags = tags;
    this.locations = locations;
    this.part = part;
  }

  void normalize(Document doc) {
    for (Element p : Dom.all(doc, "p")) {
      if (!p.getTextContent().contains("{")) {
        continue;
      }
      List<List<Element>> groups = new ArrayList<>();
      collectGroups(p, groups);
      for (List<Element> group : groups) {
        group(group, p);
      }
    }
  }

  /** Runs of plain text that share a parent, split by anything else (tabs, breaks, drawings, fields). */
  private static void collectGroups(Element container, List<List<Element>> groups) {
    List<Element> current = new ArrayList<>();
    for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      if (Dom.isW(e, "r")) {
        if (isTextRun(e)) {
          current.add(e);
        } else {
          flush(current, groups);
          current = new ArrayList<>();
        }
      } else if (Dom.isW(e, "hyperlink") || Dom.isW(e, "smartTag") || Dom.isW(e, "ins") || Dom.isW(e, "customXml")) {
        flush(current, groups);
        current = new ArrayList<>();
        collectGroups(e, groups);
      } else if (Dom.isW(e, "proofErr") || Dom.isW(e, "bookmarkStart") || Dom.isW(e, "bookmarkEnd")
          || Dom.isW(e, "rPr") || Dom.isW(e, "pPr") || Dom.isW(e, "permStart") || Dom.isW(e, "permEnd")) {
        continue; // invisible: a tag may run across it
      } else {
        flush(current, groups);
        current = new ArrayList<>();
      }
    }
    flush(current, groups);
  }

  private static void flush(List<Element> current, List<List<Element>> groups) {
    if (!current.isEmpty()) {
      groups.add(current);
    }
  }

  static boolean isTextRun(Element r) {
    for (Element c : Dom.children(r)) {
      if (!Dom.isW(c, "rPr") && !Dom.isW(c, "t") && !Dom.isW(c, "lastRenderedPageBreak")) {
        return false;
      }
    }
    return true;
  }

  static String text(Element r) {
    StringBuilder b = new StringBuilder();
    for (Element c : Dom.children(r)) {
      if (Dom.isW(c, "t")) {
        b.append(c.getTextContent());
      }
    }
    return b.toString();
  }

  private void group(List<Element> runs, Element paragraph) {
    int n = runs.size();
    String[] texts = new String[n];
    int[] starts = new int[n + 1];
    StringBuilder full = new StringBuilder();
    for (int i = 0; i < n; i++) {
      texts[i] = text(runs.get(i));
      starts[i] = full.length();
      full.append(texts[i]);
    }
    starts[n] = full.length();
    String s = full.toString();
    int open = s.indexOf("{{");
    if (open < 0) {
      return;
    }
    String where = Locations.of(paragraph, part);
    List<int[]> matches = new ArrayList<>();
    Matcher m = Tag.PATTERN.matcher(s);
    int searchFrom = 0;
    while (m.find(searchFrom)) {
      int nextOpen = s.indexOf("{{", m.start() + 2);
      if (nextOpen >= 0 && nextOpen < m.end() - 2) {
        throw new TemplateException(where, "malformed tag '" + shorten(s.substring(m.start(), nextOpen))
            + "': '{{' opens again before '}}' closes it");
      }
      matches.add(new int[] {m.start(), m.end()});
      searchFrom = m.end();
    }
    int stray = s.indexOf("{{", matches.isEmpty() ? 0 : matches.get(matches.size() - 1)[1]);
    if (stray >= 0) {
      throw new TemplateException(where, "malformed tag '" + shorten(s.substring(stray)) + "': no closing '}}'");
    }
    Node parent = runs.get(0).getParentNode();
    Node anchor = runs.get(0);
    List<Element> rebuilt = new ArrayList<>();
    int pos = 0;
    for (int[] match : matches) {
      addPieces(rebuilt, runs, texts, starts, pos, match[0]);
      int owner = runAt(starts, match[0]);
      String source = s.substring(match[0], match[1]);
      Tag tag = Tag.parse(source.substring(2, source.length() - 2), where);
      Element tagRun = withText(runs.get(owner), source);
      tagRun.setAttributeNS(Dom.MARK, "dg:t", String.valueOf(tags.size()));
      tags.add(tag);
      locations.add(where);
      rebuilt.add(tagRun);
      pos = match[1];
    }
    addPieces(rebuilt, runs, texts, starts, pos, s.length());
    for (Element r : rebuilt) {
      parent.insertBefore(r, anchor);
    }
    for (Element r : runs) {
      parent.removeChild(r);
    }
  }

  private static void addPieces(List<Element> out, List<Element> runs, String[] texts, int[] starts, int from, int to) {
    for (int i = 0; i < runs.size() && from < to; i++) {
      int a = Math.max(from, starts[i]);
      int b = Math.min(to, starts[i + 1]);
      if (a < b) {
        out.add(withText(runs.get(i), texts[i].substring(a - starts[i], b - starts[i])));
      }
    }
  }

  private static int runAt(int[] starts, int offset) {
    for (int i = 0; i < starts.length - 1; i++) {
      if (offset >= starts[i] && offset < starts[i + 1]) {
        return i;
      }
    }
    return starts.length - 2;
  }

  /** A copy of run {@code r} (its formatting) holding only {@code text}. */
  static Element withText(Element r, String text) {
    Element copy = (Element) r.cloneNode(false);
    Element rPr = Dom.child(r, "rPr");
    if (rPr != null) {
      copy.appendChild(rPr.cloneNode(true));
    }
    Element t = r.getOwnerDocument().createElementNS(Dom.W, "w:t");
    t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    t.setTextContent(text);
    copy.appendChild(t);
    return copy;
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
