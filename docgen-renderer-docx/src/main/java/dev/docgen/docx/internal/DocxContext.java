package dev.docgen.docx.internal;

import dev.docgen.api.spi.CellFormatter;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Theme;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** The state of one render: the POI document, the spec, page geometry, formats and heading bookmarks. */
final class DocxContext {
  final XWPFDocument doc;
  final DocumentSpec spec;
  final Theme theme;
  final Locale locale;
  final PageLayout page;
  final CellFormatter formats;
  final Instant created;
  private final Map<Section, Integer> headingIndex = new IdentityHashMap<>();
  private ListNumbering numbering;

  DocxContext(XWPFDocument doc, DocumentSpec spec, Instant created) {
    this.doc = doc;
    this.spec = spec;
    this.theme = spec.theme();
    this.locale = spec.metadata().javaLocale();
    this.page = PageLayout.of(spec.metadata());
    this.formats = new CellFormatter(locale);
    this.created = created;
    List<Section> all = spec.allSections();
    for (int i = 0; i < all.size(); i++) {
      headingIndex.put(all.get(i), i + 1);
    }
  }

  /** A new body paragraph in {@code styleId}. */
  XWPFParagraph paragraph(String styleId) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(styleId);
    return p;
  }

  /** The stable bookmark id of a section's heading (1-based, reading order). */
  int bookmarkId(Section section) {
    return headingIndex.get(section);
  }

  /** The bookmark name on a section's heading, which TOC entries link to. */
  String bookmarkName(Section section) {
    return String.format(Locale.ROOT, "_Toc%08d", bookmarkId(section));
  }

  ListNumbering numbering() {
    if (numbering == null) {
      numbering = new ListNumbering(doc);
    }
    return numbering;
  }
}
