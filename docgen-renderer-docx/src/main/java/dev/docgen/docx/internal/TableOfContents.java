package dev.docgen.docx.internal;

import dev.docgen.api.model.Section;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * A "Contents" heading and a real TOC field whose cached result already lists every heading, each
 * entry a link to the bookmark on its heading, so the contents show before fields are updated.
 */
final class TableOfContents {
  static final String INSTRUCTION = "TOC \\o \"1-3\" \\h \\z \\u";

  private TableOfContents() {}

  static void write(DocxContext ctx) {
    RunWriter.text(ctx.paragraph(StyleSheet.TOC_HEADING), PageWords.contents(ctx.locale));
    List<Section> sections = ctx.spec.allSections();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      XWPFParagraph p = ctx.paragraph("TOC" + s.level());
      if (i == 0) {
        FieldRuns.begin(p, INSTRUCTION);
      }
      entry(p, s.title(), ctx.bookmarkName(s));
      if (i == sections.size() - 1) {
        FieldRuns.end(p);
      }
    }
  }

  private static void entry(XWPFParagraph p, String title, String bookmark) {
    BidiText bidi = BidiText.of(title);
    RunWriter.direction(p, bidi);
    CTHyperlink link = p.getCTP().addNewHyperlink();
    link.setAnchor(bookmark);
    for (BidiText.Stretch s : bidi.stretches()) {
      CTR r = link.addNewR();
      if (s.rtl()) {
        r.addNewRPr().addNewRtl();
      }
      CTText t = r.addNewT();
      t.setStringValue(s.text());
      t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
  }
}
