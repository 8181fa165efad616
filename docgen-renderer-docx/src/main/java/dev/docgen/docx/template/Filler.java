package dev.docgen.docx.template;

import dev.docgen.api.TemplateException;
import dev.docgen.api.template.Tag;
import dev.docgen.api.template.TemplateData;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Fills one cloned part. Blocks take the shape of where their tags sit:
 *
 * <ul>
 *   <li>opening and closing tags alone in their own paragraphs, side by side in the body, a cell,
 *       a header or a footer: the paragraphs and tables between them repeat or show;
 *   <li>opening and closing tags in one table, in different cells or rows: the rows from the one
 *       holding the opening tag to the one holding the closing tag repeat or show;
 *   <li>both in one paragraph: the runs between them repeat or show.
 * </ul>
 */
final class Filler {
  private final List<Tag> tags;
  private final List<String> locations;
  private final TemplateData data;
  private final Numbering numbering;
  private final Media media;
  private final Inserts inserts;

  Filler(List<Tag> tags, List<String> locations, TemplateData data, Numbering numbering, Media media,
      Inserts inserts) {
    this.tags = tags;
    this.locations = locations;
    this.data = data;
    this.numbering = numbering;
    this.media = media;
    this.inserts = inserts;
  }

  static int mark(Node n) {
    if (n instanceof Element e && Dom.isW(e, "r")) {
      String v = e.getAttributeNS(Dom.MARK, "t");
      return v.isEmpty() ? -1 : Integer.parseInt(v);
    }
    return -1;
  }

  /** Processes every child of a container (body, cell, header, footer). */
  void container(Element parent, TemplateData.Scope scope) {
    range(parent.getFirstChild(), null, scope);
    if (Dom.isW(parent, "tc") && Dom.child(parent, "p") == null && Dom.child(parent, "tbl") == null) {
      parent.appendChild(parent.getOwnerDocument().createElementNS(Dom.W, "w:p")); // a cell needs a paragraph
    }
  }

  /** Processes sibling nodes from {@code first} up to, not including, {@code stop}. */
  private void range(Node first, Node stop, TemplateData.Scope scope) {
    Node n = first;
    while (n != null && n != stop) {
      Node next;
      if (Dom.isW(n, "p")) {
        next = paragraph((Element) n, scope);
      } else if (Dom.isW(n, "tbl")) {
        next = n.getNextSibling();
        table((Element) n, scope);
      } else if (Dom.isW(n, "sdt")) {
        next = n.getNextSibling();
        Element content = Dom.child(n, "sdtContent");
        if (content != null) {
          range(content.getFirstChild(), null, scope);
        }
      } else {
        next = n.getNextSibling();
      }
      n = next;
    }
  }

  private List<Element> marked(Node root) {
    List<Element> out = new ArrayList<>();
    for (Element r : Dom.all(root, "r")) {
      if (mark(r) >= 0) {
        out.add(r);
      }
    }
    return out;
  }

  /** Whether the paragraph holds nothing but the one tag run (and blank text). */
  private static boolean alone(Element p, Element tagRun) {
    for (Element r : Dom.all(p, "r")) {
      if (r != tagRun && !TagRuns.text(r).isBlank()) {
        return false;
      }
      if (r != tagRun && !TagRuns.isTextRun(r)) {
        return false;
      }
    }
    return true;
  }

  private Node paragraph(Element p, TemplateData.Scope scope) {
    List<Element> runs = marked(p);
    Node next = p.getNextSibling();
    if (runs.isEmpty()) {
      return next;
    }
    Element first = runs.get(0);
    Tag tag = tags.get(mark(first));
    if (tag.opens() && alone(p, first)) {
      Element closeRun = matching(p.getParentNode(), first);
      if (closeRun != null) {
        Element closeP = Dom.ancestor(closeRun, "p");
        if (closeP != p && closeP.getParentNode() == p.getParentNode() && alone(closeP, closeRun)) {
          return paragraphBlock(p, first, closeP, scope);
        }
      }
    }
    inline(p, scope);
    return p.getParentNode() == null ? next : p.getNextSibling();
  }

  /** The END that closes {@code open}, searching forward in document order under {@code root}. */
  private Element matching(Node root, Element open) {
    List<Element> all = marked(root);
    int depth = 0;
    for (int i = all.indexOf(open); i < all.size(); i++) {
      Tag t = tags.get(mark(all.get(i)));
      if (t.opens()) {
        depth++;
      } else if (t.kind() == Tag.Kind.END) {
        depth--;
        if (depth == 0) {
          return all.get(i);
        }
      }
    }
    return null;
  }

  /** An ELSE at the top level of the block between {@code open} and {@code close}, or null. */
  private Element elseOf(Node root, Element open, Element close) {
    List<Element> all = marked(root);
    int depth = 0;
    for (int i = all.indexOf(open); i < all.size() && all.get(i) != close; i++) {
      Tag t = tags.get(mark(all.get(i)));
      if (t.opens()) {
        depth++;
      } else if (t.kind() == Tag.Kind.END) {
        depth--;
      } else if (t.kind() == Tag.Kind.ELSE && depth == 1) {
        return all.get(i);
      }
    }
    return null;
  }

  private Node paragraphBlock(Element openP, Element openRun, Element closeP, TemplateData.Scope scope) {
    Node parent = openP.getParentNode();
    Tag tag = tags.get(mark(openRun));
    String where = locations.get(mark(openRun));
    Node after = closeP.getNextSibling();
    Element elseRun = elseOf(parent, openRun, marked(closeP).get(0));
    Element elseP = null;
    if (elseRun != null) {
      elseP = Dom.ancestor(elseRun, "p");
      if (elseP.getParentNode() != parent || !alone(elseP, elseRun)) {
        throw new TemplateException(locations.get(mark(elseRun)), "tag {{else}} must be alone in its paragraph, "
            + "beside the paragraphs of " + tag.source());
      }
    }
    List<Node> body = new ArrayList<>();
    List<Node> otherwise = new ArrayList<>();
    for (Node n = openP.getNextSibling(); n != closeP; n = n.getNextSibling()) {
      if (n == elseP) {
        continue;
      }
      (elseP != null && precedes(elseP, n) ? otherwise : body).add(n);
    }
    List<Node> chosen;
    if (tag.kind() == Tag.Kind.EACH) {
      List<?> items = scope.list(tag.path(), tag.source(), where);
      for (int i = 0; i < items.size(); i++) {
        Node firstClone = null;
        for (Node n : body) {
          Node c = n.cloneNode(true);
          parent.insertBefore(c, after);
          firstClone = firstClone == null ? c : firstClone;
        }
        if (tag.options().contains("restart-numbering") && i > 0 && firstClone != null) {
          numbering.restart(firstClone, after);
        }
        scope.enter(items.get(i), i, items.size());
        range(firstClone, after, scope);
        scope.leave();
      }
      chosen = List.of();
    } else {
      chosen = data.test(tag, scope, where) ? body : otherwise;
      for (Node n : chosen) {
        parent.insertBefore(n.cloneNode(true), after);
      }
    }
    List<Node> inserted = new ArrayList<>();
    if (!chosen.isEmpty()) {
      Node n = after == null ? parent.getLastChild() : after.getPreviousSibling();
      for (int k = 0; k < chosen.size(); k++) {
        inserted.add(0, n);
        n = n.getPreviousSibling();
      }
    }
    parent.removeChild(openP);
    body.forEach(parent::removeChild);
    otherwise.forEach(parent::removeChild);
    if (elseP != null) {
      parent.removeChild(elseP);
    }
    parent.removeChild(closeP);
    if (!inserted.isEmpty()) {
      range(inserted.get(0), after, scope);
    }
    return after;
  }

  private static boolean precedes(Node a, Node b) {
    return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) != 0;
  }

  /** Tags within one paragraph: values, images, and blocks whose both ends are in it. */
  private void inline(Element p, TemplateData.Scope scope) {
    runs(p, scope);
  }

  private void runs(Element p, TemplateData.Scope scope) {
    List<Element> all = marked(p);
    for (int i = 0; i < all.size(); i++) {
      Element r = all.get(i);
      if (!isAttached(r, p)) {
        continue;
      }
      int idx = mark(r);
      Tag tag = tags.get(idx);
      String where = locations.get(idx);
      switch (tag.kind()) {
        case VALUE -> setText(r, data.format(tag, scope, where));
        case EACH, IF, UNLESS -> {
          Element close = matching(p, r);
          if (close == null || close.getParentNode() != r.getParentNode()) {
            throw new TemplateException(where, "tag " + tag.source() + " must be alone in its paragraph (or sit in a "
                + "table row) when its {{/" + tag.closer() + "}} is in another paragraph");
          }
          inlineBlock(p, r, close, scope);
          return; // the paragraph changed: start again from the top
        }
        case ELSE, END -> throw new TemplateException(where, "tag " + tag.source() + " has no opening tag before it");
        case IMAGE -> media.image(r, scope.get(tag.path(), tag.source(), where), tag, where);
        case BLOCK -> {
          inserts.insert(r, tag, where);
          return; // the paragraph was replaced by the inserted part
        }
        default -> throw new IllegalStateException();
      }
    }
  }

  private static boolean isAttached(Node n, Node root) {
    for (Node x = n; x != null; x = x.getParentNode()) {
      if (x == root) {
        return true;
      }
    }
    return false;
  }

  private void inlineBlock(Element p, Element open, Element close, TemplateData.Scope scope) {
    Node parent = open.getParentNode();
    Tag tag = tags.get(mark(open));
    String where = locations.get(mark(open));
    Element elseRun = elseOf(p, open, close);
    List<Node> body = new ArrayList<>();
    List<Node> otherwise = new ArrayList<>();
    for (Node n = open.getNextSibling(); n != close; n = n.getNextSibling()) {
      if (n == elseRun) {
        continue;
      }
      (elseRun != null && precedes(elseRun, n) ? otherwise : body).add(n);
    }
    Node after = close.getNextSibling();
    if (tag.kind() == Tag.Kind.EACH) {
      List<?> items = scope.list(tag.path(), tag.source(), where);
      for (int i = 0; i < items.size(); i++) {
        Element holder = p.getOwnerDocument().createElementNS(Dom.W, "w:p");
        for (Node n : body) {
          holder.appendChild(n.cloneNode(true));
        }
        scope.enter(items.get(i), i, items.size());
        runs(holder, scope);
        scope.leave();
        while (holder.getFirstChild() != null) {
          parent.insertBefore(holder.getFirstChild(), after);
        }
      }
    } else {
      Element holder = p.getOwnerDocument().createElementNS(Dom.W, "w:p");
      for (Node n : data.test(tag, scope, where) ? body : otherwise) {
        holder.appendChild(n.cloneNode(true));
      }
      runs(holder, scope);
      while (holder.getFirstChild() != null) {
        parent.insertBefore(holder.getFirstChild(), after);
      }
    }
    parent.removeChild(open);
    body.forEach(parent::removeChild);
    otherwise.forEach(parent::removeChild);
    if (elseRun != null) {
      parent.removeChild(elseRun);
    }
    parent.removeChild(close);
    runs(p, scope); // tags after the block
  }

  /** Rows: a block whose tags sit in different cells (or rows) of this table repeats or shows those rows. */
  private void table(Element tbl, TemplateData.Scope scope) {
    Node n = tbl.getFirstChild();
    while (n != null) {
      Node next = n.getNextSibling();
      if (Dom.isW(n, "tr")) {
        Element row = (Element) n;
        Element open = rowBlockOpener(tbl, row);
        if (open != null) {
          next = rowBlock(tbl, row, open, scope);
        } else {
          for (Element cell : Dom.children(row)) {
            if (Dom.isW(cell, "tc")) {
              container(cell, scope);
            }
          }
        }
      }
      n = next;
    }
  }

  /** The first opening tag in the row whose closing tag is in another cell of this table. */
  private Element rowBlockOpener(Element tbl, Element row) {
    for (Element r : marked(row)) {
      if (Dom.ancestor(r, "tbl") != tbl) {
        continue;
      }
      Tag t = tags.get(mark(r));
      if (!t.opens()) {
        continue;
      }
      Element close = matching(tbl, r);
      if (close != null && Dom.ancestor(close, "tc") != Dom.ancestor(r, "tc")
          && Dom.ancestor(close, "tbl") == tbl) {
        return r;
      }
    }
    return null;
  }

  private Node rowBlock(Element tbl, Element firstRow, Element open, TemplateData.Scope scope) {
    Tag tag = tags.get(mark(open));
    String where = locations.get(mark(open));
    Element close = matching(tbl, open);
    Element lastRow = Dom.ancestor(close, "tr");
    Element elseRun = elseOf(tbl, open, close);
    if (elseRun != null) {
      throw new TemplateException(locations.get(mark(elseRun)), "tag {{else}} cannot split a block of table rows; "
          + "use {{#unless ...}} rows after the {{/" + tag.closer() + "}}");
    }
    open.getParentNode().removeChild(open);
    close.getParentNode().removeChild(close);
    List<Element> rows = new ArrayList<>();
    for (Node n = firstRow; n != null; n = n.getNextSibling()) {
      if (Dom.isW(n, "tr")) {
        rows.add((Element) n);
      }
      if (n == lastRow) {
        break;
      }
    }
    Node after = lastRow.getNextSibling();
    if (tag.kind() == Tag.Kind.EACH) {
      List<?> items = scope.list(tag.path(), tag.source(), where);
      for (int i = 0; i < items.size(); i++) {
        List<Element> clones = new ArrayList<>();
        for (Element r : rows) {
          Element c = (Element) r.cloneNode(true);
          tbl.insertBefore(c, after);
          clones.add(c);
        }
        if (tag.options().contains("restart-numbering") && i > 0) {
          numbering.restart(clones.get(0), after);
        }
        scope.enter(items.get(i), i, items.size());
        clones.forEach(c -> cells(tbl, c, scope));
        scope.leave();
      }
    } else if (data.test(tag, scope, where)) {
      for (Element r : rows) {
        Element c = (Element) r.cloneNode(true);
        tbl.insertBefore(c, after);
        cells(tbl, c, scope);
      }
    }
    rows.forEach(tbl::removeChild);
    return after;
  }

  private void cells(Element tbl, Element row, TemplateData.Scope scope) {
    Element nested = rowBlockOpener(tbl, row);
    if (nested != null) {
      rowBlock(tbl, row, nested, scope);
      return;
    }
    for (Element cell : Dom.children(row)) {
      if (Dom.isW(cell, "tc")) {
        container(cell, scope);
      }
    }
  }

  /** Replaces a tag run's text, keeping its formatting; line breaks become Word line breaks. */
  static void setText(Element r, String text) {
    r.removeAttributeNS(Dom.MARK, "t");
    for (Element c : Dom.children(r)) {
      if (!Dom.isW(c, "rPr")) {
        r.removeChild(c);
      }
    }
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.appendChild(r.getOwnerDocument().createElementNS(Dom.W, "w:br"));
      }
      Element t = r.getOwnerDocument().createElementNS(Dom.W, "w:t");
      t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
      t.setTextContent(lines[i]);
      r.appendChild(t);
    }
  }
}
