package dev.docgen.docx.internal;

import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.NumberedList;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Writes bullet and numbered lists as List Paragraph paragraphs bound to numbering definitions. */
final class ListWriter {
  private final DocxContext ctx;

  ListWriter(DocxContext ctx) {
    this.ctx = ctx;
  }

  void bullets(BulletList list) {
    items(list.items(), ctx.numbering().bullets(), 0);
  }

  void numbered(NumberedList list) {
    items(list.items(), ctx.numbering().newNumberedList(), 0);
  }

  private void items(List<ListItem> items, BigInteger numId, int level) {
    for (ListItem item : items) {
      XWPFParagraph p = ctx.paragraph(StyleSheet.LIST);
      p.setNumID(numId);
      p.setNumILvl(BigInteger.valueOf(Math.min(level, ListNumbering.LEVELS - 1)));
      RunWriter.runs(p, item.runs());
      items(item.children(), numId, level + 1);
    }
  }
}
