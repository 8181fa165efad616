package dev.docgen.xlsx.template;

import dev.docgen.api.TemplateException;
import dev.docgen.api.template.Tag;
import dev.docgen.api.template.TemplateData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Fills one cloned sheet: expands row blocks, fills cells, moves formulas and ranges. */
final class SheetFiller {
  private static final Pattern CELL = Pattern.compile("([A-Z]{1,3})(\\d+)");
  private final Document doc;
  private final String name;
  private final TemplateData data;

  SheetFiller(Document doc, String name, TemplateData data) {
    this.doc = doc;
    this.name = name;
    this.data = data;
  }

  /** One block of template rows and the items it repeats for. */
  private record Block(int first, int last, Tag tag, List<?> items) {}

  Rows fill() {
    Element sheetData = XmlDom.child(doc.getDocumentElement(), "sheetData");
    List<Element> rows = XmlDom.children(sheetData, "row");
    numberRows(rows);
    TemplateData.Scope scope = data.new Scope();
    List<Block> blocks = new ArrayList<>();
    Rows moved = new Rows();
    for (int i = 0; i < rows.size(); i++) {
      Element row = rows.get(i);
      Element opener = opener(row);
      if (opener == null) {
        continue;
      }
      int last = closingRow(rows, i, opener);
      Tag tag = firstTag(opener);
      String where = where(opener);
      List<?> items = tag.kind() == Tag.Kind.EACH ? scope.list(tag.path(), tag.source(), where)
          : data.test(tag, scope, where) ? List.of(scope.get("this", tag.source(), where)) : List.of();
      int firstRow = rowNumber(row);
      int lastRow = rowNumber(rows.get(last));
      blocks.add(new Block(firstRow, lastRow, tag, items));
      moved.add(new Rows.Block(firstRow, lastRow, items.size()));
      i = last;
    }
    // Rebuild the rows in their new places.
    List<Element> out = new ArrayList<>();
    int b = 0;
    for (int i = 0; i < rows.size(); i++) {
      Element row = rows.get(i);
      int r = rowNumber(row);
      if (b < blocks.size() && r == blocks.get(b).first()) {
        Block block = blocks.get(b++);
        List<Element> template = new ArrayList<>();
        while (i < rows.size() && rowNumber(rows.get(i)) <= block.last()) {
          template.add(rows.get(i++));
        }
        i--;
        stripBlockTags(template, block.tag());
        int height = block.last() - block.first() + 1;
        for (int k = 0; k < block.items().size(); k++) {
          if (block.tag().kind() == Tag.Kind.EACH) {
            scope.enter(block.items().get(k), k, block.items().size());
          }
          for (Element t : template) {
            Element copy = (Element) t.cloneNode(true);
            int original = rowNumber(t);
            int target = moved.start(block.first()) + k * height + (original - block.first());
            place(copy, target, original, block.first(), block.last(), moved, k * height);
            cells(copy, scope);
            out.add(copy);
          }
          if (block.tag().kind() == Tag.Kind.EACH) {
            scope.leave();
          }
        }
      } else {
        place(row, moved.start(r), r, -1, -1, moved, 0);
        cells(row, scope);
        out.add(row);
      }
    }
    while (sheetData.getFirstChild() != null) {
      sheetData.removeChild(sheetData.getFirstChild());
    }
    out.forEach(sheetData::appendChild);
    ranges(moved);
    return moved;
  }

  private static void numberRows(List<Element> rows) {
    int next = 1;
    for (Element r : rows) {
      if (r.getAttribute("r").isEmpty()) {
        r.setAttribute("r", String.valueOf(next));
      }
      next = Integer.parseInt(r.getAttribute("r")) + 1;
    }
  }

  static int rowNumber(Element row) {
    return Integer.parseInt(row.getAttribute("r"));
  }

  private String where(Element cell) {
    return name + "!" + cell.getAttribute("r");
  }

  private static Tag firstTag(Element cell) {
    return XlsxTemplate.tags(XlsxTemplate.text(cell), "").get(0);
  }

  /** The cell whose first tag opens a block, if the row starts one. */
  private Element opener(Element row) {
    for (Element c : XmlDom.children(row, "c")) {
      String text = XlsxTemplate.text(c);
      if (text != null && text.contains("{{")) {
        List<Tag> tags = XlsxTemplate.tags(text, where(c));
        if (!tags.isEmpty() && tags.get(0).opens() && !closesInCell(tags)) {
          return c;
        }
      }
    }
    return null;
  }

  private static boolean closesInCell(List<Tag> tags) {
    int depth = 0;
    for (Tag t : tags) {
      depth += t.opens() ? 1 : t.kind() == Tag.Kind.END ? -1 : 0;
      if (depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** The index of the row holding the matching END. */
  private int closingRow(List<Element> rows, int from, Element opener) {
    int depth = 0;
    boolean started = false;
    for (int i = from; i < rows.size(); i++) {
      for (Element c : XmlDom.children(rows.get(i), "c")) {
        if (!started && c != opener) {
          continue;
        }
        started = true;
        String text = XlsxTemplate.text(c);
        if (text == null) {
          continue;
        }
        for (Tag t : XlsxTemplate.tags(text, where(c))) {
          depth += t.opens() ? 1 : t.kind() == Tag.Kind.END ? -1 : 0;
          if (depth == 0) {
            return i;
          }
        }
      }
    }
    throw new TemplateException(where(opener), "tag " + firstTag(opener).source() + " is never closed");
  }

  /** Removes the block's own opening and closing tags from the template rows. */
  private static void stripBlockTags(List<Element> rows, Tag tag) {
    boolean openDone = false;
    Element lastEnd = null;
    String lastText = null;
    for (Element row : rows) {
      for (Element c : XmlDom.children(row, "c")) {
        String text = XlsxTemplate.text(c);
        if (text == null) {
          continue;
        }
        if (!openDone && text.contains(tag.source())) {
          text = text.replaceFirst(Pattern.quote(tag.source()), "");
          XlsxTemplate.setText(c, text);
          openDone = true;
        }
        if (text.contains("{{/" + tag.closer() + "}}")) {
          lastEnd = c;
          lastText = text;
        }
      }
    }
    if (lastEnd != null) {
      int at = lastText.lastIndexOf("{{/" + tag.closer() + "}}");
      XlsxTemplate.setText(lastEnd, lastText.substring(0, at) + lastText.substring(at + tag.closer().length() + 5));
    }
  }

  /** Gives a row and its cells their new number and moves their formulas. */
  private void place(Element row, int target, int original, int blockFirst, int blockLast, Rows moved, int copyOffset) {
    row.setAttribute("r", String.valueOf(target));
    for (Element c : XmlDom.children(row, "c")) {
      Matcher m = CELL.matcher(c.getAttribute("r"));
      if (m.matches()) {
        c.setAttribute("r", m.group(1) + target);
      }
      Element f = XmlDom.child(c, "f");
      if (f != null) {
        String formula = f.getTextContent();
        if (blockFirst > 0) {
          formula = withinCopy(formula, blockFirst, blockLast, moved, copyOffset);
        } else {
          formula = moved.refs(formula, name, true);
        }
        f.setTextContent(formula);
        Element v = XmlDom.child(c, "v");
        if (v != null) {
          c.removeChild(v); // stale: the workbook recalculates on open
        }
        if (f.hasAttribute("ref")) {
          f.setAttribute("ref", moved.refs(f.getAttribute("ref"), name, true));
        }
      }
    }
  }

  /** In a copy of a template row: references to the block's rows point into this copy; others move as usual. */
  private String withinCopy(String formula, int first, int last, Rows moved, int copyOffset) {
    Matcher m = Pattern.compile("(\\$?[A-Z]{1,3})(\\$?)(\\d+)(?![\\w(])").matcher(formula);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int r = Integer.parseInt(m.group(3));
      boolean before = m.start() > 0 && (Character.isLetterOrDigit(formula.charAt(m.start() - 1))
          || formula.charAt(m.start() - 1) == '!' || formula.charAt(m.start() - 1) == ':');
      int target = r >= first && r <= last && !before ? moved.start(r) + copyOffset : moved.start(r);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + target));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Fills the tags of one row's cells. */
  private void cells(Element row, TemplateData.Scope scope) {
    for (Element c : XmlDom.children(row, "c")) {
      String text = XlsxTemplate.text(c);
      if (text == null || !text.contains("{{")) {
        continue;
      }
      String where = where(c);
      List<Tag> tags = XlsxTemplate.tags(text, where);
      Matcher m = Tag.PATTERN.matcher(text);
      if (tags.size() == 1 && tags.get(0).kind() == Tag.Kind.VALUE && m.find() && m.start() == 0
          && m.end() == text.length()) {
        Tag t = tags.get(0);
        Object raw = scope.get(t.path(), t.source(), where);
        BigDecimal n = t.formatters().isEmpty() ? XlsxTemplate.number(raw) : null;
        if (n != null) {
          number(c, n);
          continue;
        }
      }
      StringBuilder out = new StringBuilder();
      m.reset();
      int last = 0;
      int i = 0;
      while (m.find()) {
        out.append(text, last, m.start());
        Tag t = tags.get(i++);
        if (t.kind() != Tag.Kind.VALUE) {
          throw new TemplateException(where, "tag " + t.source() + " must start a block of rows (put "
              + "{{#each}} in the first cell of the rows to repeat)");
        }
        out.append(data.format(t, scope, where));
        last = m.end();
      }
      out.append(text.substring(last));
      if (out.length() == 0) {
        while (c.getFirstChild() != null) {
          c.removeChild(c.getFirstChild());
        }
        c.removeAttribute("t");
      } else {
        XlsxTemplate.setText(c, out.toString());
      }
    }
  }

  private static void number(Element c, BigDecimal n) {
    while (c.getFirstChild() != null) {
      c.removeChild(c.getFirstChild());
    }
    c.removeAttribute("t");
    Element v = c.getOwnerDocument().createElementNS(XmlDom.S, c.getPrefix() == null ? "v" : c.getPrefix() + ":v");
    v.setTextContent(n.toPlainString());
    c.appendChild(v);
  }

  /** Moves the sheet's own ranges: merged cells, conditional formats, validations, links, the dimension. */
  private void ranges(Rows moved) {
    if (moved.isEmpty()) {
      return;
    }
    Element root = doc.getDocumentElement();
    for (Element e : XmlDom.all(root, "mergeCell")) {
      e.setAttribute("ref", moved.refs(e.getAttribute("ref"), name, true));
    }
    for (String tag : List.of("conditionalFormatting", "dataValidation", "selection")) {
      for (Element e : XmlDom.all(root, tag)) {
        if (e.hasAttribute("sqref")) {
          e.setAttribute("sqref", tag.equals("selection") ? moved.refs(e.getAttribute("sqref"), name, true)
              : moved.areas(e.getAttribute("sqref"), name));
        }
      }
    }
    for (Element e : XmlDom.all(root, "formula")) {
      e.setTextContent(moved.refs(e.getTextContent(), name, true));
    }
    for (Element e : XmlDom.all(root, "hyperlink")) {
      e.setAttribute("ref", moved.refs(e.getAttribute("ref"), name, true));
    }
    Element dim = XmlDom.child(root, "dimension");
    if (dim != null) {
      dim.setAttribute("ref", moved.refs(dim.getAttribute("ref"), name, true));
    }
  }
}
