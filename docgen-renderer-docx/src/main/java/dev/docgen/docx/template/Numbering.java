package dev.docgen.docx.template;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Restarts numbered lists in each pass of a {@code restart-numbering} loop: the paragraphs of the
 * pass get new list instances (w:num) over the same definitions, starting again at 1. Without the
 * option a list keeps counting across passes, as Word would.
 */
final class Numbering {
  private final Document numbering;
  private int nextId;

  Numbering(Document numbering) {
    this.numbering = numbering;
    int max = 0;
    if (numbering != null) {
      for (Element num : Dom.all(numbering, "num")) {
        max = Math.max(max, Integer.parseInt(num.getAttributeNS(Dom.W, "numId")));
      }
    }
    this.nextId = max + 1;
  }

  private boolean changed;

  /** Whether a restart added list instances, so numbering.xml must be written again. */
  boolean changed() {
    return changed;
  }

  /** Gives the numbered paragraphs from {@code first} up to {@code stop} fresh list instances. */
  void restart(Node first, Node stop) {
    if (numbering == null) {
      return;
    }
    Map<String, String> renumbered = new HashMap<>();
    for (Node n = first; n != null && n != stop; n = n.getNextSibling()) {
      for (Element numId : Dom.all(n, "numId")) {
        String old = numId.getAttributeNS(Dom.W, "val");
        String fresh = renumbered.computeIfAbsent(old, this::copy);
        if (fresh != null) {
          numId.setAttributeNS(Dom.W, "w:val", fresh);
        }
      }
    }
  }

  private String copy(String oldId) {
    for (Element num : Dom.all(numbering, "num")) {
      nextId = Math.max(nextId, Integer.parseInt(num.getAttributeNS(Dom.W, "numId")) + 1);
    }
    for (Element num : Dom.all(numbering, "num")) {
      if (num.getAttributeNS(Dom.W, "numId").equals(oldId)) {
        Element abs = Dom.child(num, "abstractNumId");
        if (abs == null) {
          return null;
        }
        String id = String.valueOf(nextId++);
        Element fresh = numbering.createElementNS(Dom.W, "w:num");
        fresh.setAttributeNS(Dom.W, "w:numId", id);
        Element a = numbering.createElementNS(Dom.W, "w:abstractNumId");
        a.setAttributeNS(Dom.W, "w:val", abs.getAttributeNS(Dom.W, "val"));
        fresh.appendChild(a);
        for (int lvl = 0; lvl < 9; lvl++) {
          Element o = numbering.createElementNS(Dom.W, "w:lvlOverride");
          o.setAttributeNS(Dom.W, "w:ilvl", String.valueOf(lvl));
          Element start = numbering.createElementNS(Dom.W, "w:startOverride");
          start.setAttributeNS(Dom.W, "w:val", "1");
          o.appendChild(start);
          fresh.appendChild(o);
        }
        numbering.getDocumentElement().appendChild(fresh);
        changed = true;
        return id;
      }
    }
    return null;
  }

  Document document() {
    return numbering;
  }
}
