package dev.docgen.docx.internal;

import dev.docgen.api.model.Block;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.Image;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.PageBreak;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;

/** Writes sections in reading order: a bookmarked heading, the blocks, then the subsections. */
final class SectionWriter {
  private final DocxContext ctx;
  private final ListWriter lists;
  private final TableWriter tables;
  private final BoxWriter boxes;
  private final ChartWriter charts;
  private final ImageWriter images;

  SectionWriter(DocxContext ctx) {
    this.ctx = ctx;
    this.lists = new ListWriter(ctx);
    this.tables = new TableWriter(ctx);
    this.boxes = new BoxWriter(ctx);
    this.charts = new ChartWriter(ctx);
    this.images = new ImageWriter(ctx);
  }

  /** Writes every section; with a table of contents the first section starts a new page. */
  void writeAll(boolean newPageFirst) throws Exception {
    boolean first = true;
    for (Section s : ctx.spec.sections()) {
      write(s, first && newPageFirst);
      first = false;
    }
  }

  private void write(Section section, boolean pageBreakBefore) throws Exception {
    heading(section, pageBreakBefore);
    for (Block block : section.blocks()) {
      block(block);
    }
    for (Section sub : section.subsections()) {
      write(sub, false);
    }
  }

  private void heading(Section section, boolean pageBreakBefore) {
    XWPFParagraph p = ctx.paragraph(StyleSheet.heading(section.level()));
    if (pageBreakBefore) {
      p.setPageBreak(true);
    }
    BigInteger id = BigInteger.valueOf(ctx.bookmarkId(section));
    CTBookmark start = p.getCTP().addNewBookmarkStart();
    start.setId(id);
    start.setName(ctx.bookmarkName(section));
    RunWriter.text(p, section.title());
    p.getCTP().addNewBookmarkEnd().setId(id);
  }

  private void block(Block block) throws Exception {
    if (block instanceof Paragraph para) {
      RunWriter.runs(ctx.paragraph("Normal"), para.runs());
    } else if (block instanceof BulletList list) {
      lists.bullets(list);
    } else if (block instanceof NumberedList list) {
      lists.numbered(list);
    } else if (block instanceof Table table) {
      tables.write(table);
    } else if (block instanceof KeyValue kv) {
      boxes.keyValue(kv);
    } else if (block instanceof Callout callout) {
      boxes.callout(callout);
    } else if (block instanceof Chart chart) {
      charts.write(chart);
    } else if (block instanceof Image image) {
      images.write(image);
    } else if (block instanceof PageBreak) {
      ctx.paragraph("Normal").createRun().addBreak(BreakType.PAGE);
    } else {
      throw new IllegalArgumentException("unknown block type: " + block.getClass().getName());
    }
  }
}
