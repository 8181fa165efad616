package dev.docgen.docx.internal;

import dev.docgen.api.Finding;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Counts runs with no content: no text, no break, no field, no drawing; only (at most) formatting.
 * Word keeps them invisibly, but they are a sign of a sloppy generator.
 */
final class EmptyRuns {
  private int count;
  private String firstAt = "";

  void scan(XWPFParagraph p) {
    for (CTR r : p.getCTP().getRList()) {
      check(r, p);
    }
    for (CTHyperlink h : p.getCTP().getHyperlinkList()) {
      for (CTR r : h.getRList()) {
        check(r, p);
      }
    }
  }

  private void check(CTR r, XWPFParagraph p) {
    if (isEmpty(r)) {
      if (count++ == 0) {
        String text = p.getText();
        firstAt = "paragraph '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
      }
    }
  }

  static boolean isEmpty(CTR r) {
    try (XmlCursor c = r.newCursor()) {
      if (!c.toFirstChild()) {
        return true;
      }
      do {
        String name = c.getName().getLocalPart();
        if (name.equals("rPr")) {
          continue;
        }
        if (!name.equals("t") || !c.getTextValue().isEmpty()) {
          return false;
        }
      } while (c.toNextSibling());
      return true;
    }
  }

  Optional<Finding> finding() {
    return count == 0 ? Optional.empty()
        : Optional.of(Finding.warning("docx.empty-run", count + " empty run(s) with no text or content", firstAt));
  }
}
