package dev.docgen.docx.internal;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Page size, margins, the running header (the title) and the footer ("Page X of Y" with PAGE and
 * NUMPAGES fields). The first page carries the title block, so it has no running header.
 */
final class PageFurniture {
  private PageFurniture() {}

  static void install(DocxContext ctx) {
    CTBody body = ctx.doc.getDocument().getBody();
    CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    pageGeometry(sect, ctx.page);
    sect.addNewTitlePg();
    header(ctx.doc.createHeader(HeaderFooterType.DEFAULT), ctx.spec.metadata().title());
    ctx.doc.createHeader(HeaderFooterType.FIRST).createParagraph().setStyle("Header");
    footer(ctx.doc.createFooter(HeaderFooterType.DEFAULT), ctx);
    footer(ctx.doc.createFooter(HeaderFooterType.FIRST), ctx);
  }

  private static void pageGeometry(CTSectPr sect, PageLayout page) {
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(page.width()));
    size.setH(BigInteger.valueOf(page.height()));
    if (page.landscape()) {
      size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
    }
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(page.margin());
    mar.setTop(margin);
    mar.setBottom(margin);
    mar.setLeft(margin);
    mar.setRight(margin);
    mar.setHeader(BigInteger.valueOf(page.margin() / 2));
    mar.setFooter(BigInteger.valueOf(page.margin() / 2));
    mar.setGutter(BigInteger.ZERO);
  }

  private static void header(XWPFHeader header, String title) {
    XWPFParagraph p = header.createParagraph();
    p.setStyle("Header");
    p.setAlignment(ParagraphAlignment.RIGHT);
    CTBorder rule = Props.of(p).addNewPBdr().addNewBottom();
    Props.border(rule, 4, "BFBFBF");
    rule.setSpace(BigInteger.valueOf(4));
    RunWriter.text(p, title);
  }

  private static void footer(XWPFFooter footer, DocxContext ctx) {
    XWPFParagraph p = footer.createParagraph();
    p.setStyle("Footer");
    p.setAlignment(ParagraphAlignment.CENTER);
    String[] words = PageWords.of(ctx.locale);
    p.createRun().setText(words[0] + " ");
    FieldRuns.field(p, "PAGE", "1");
    p.createRun().setText(" " + words[1] + " ");
    FieldRuns.field(p, "NUMPAGES", "1");
  }
}
