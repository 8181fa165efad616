package dev.docgen.docx.internal;

import dev.docgen.api.model.TextRun;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * Writes formatted runs into a paragraph: bold, italic, code, hyperlinks (external relationships),
 * highlighted placeholders, and the script hints that right-to-left and CJK text need.
 */
final class RunWriter {
  private RunWriter() {}

  /** Writes {@code runs} and marks the paragraph right-to-left when most of its text is. */
  static void runs(XWPFParagraph p, List<TextRun> runs) {
    StringBuilder all = new StringBuilder();
    runs.forEach(r -> all.append(r.text()));
    direction(p, all.toString());
    for (TextRun run : runs) {
      run(p, run);
    }
  }

  /** Writes plain text as one run, with its script hints and direction. */
  static XWPFRun text(XWPFParagraph p, String text) {
    direction(p, text);
    XWPFRun r = p.createRun();
    setText(r, text);
    return r;
  }

  private static void run(XWPFParagraph p, TextRun run) {
    String text = run.placeholder() ? "[" + run.text() + "]" : run.text();
    if (text.isEmpty()) {
      return;
    }
    XWPFRun r = run.link().isEmpty() ? p.createRun() : link(p, run.link());
    if (run.code()) {
      r.setStyle(StyleSheet.CODE);
      r.setFontFamily("Consolas");
    }
    if (run.bold()) {
      r.setBold(true);
    }
    if (run.italic()) {
      r.setItalic(true);
    }
    if (run.placeholder()) {
      r.setTextHighlightColor("yellow");
    }
    setText(r, text);
  }

  private static XWPFRun link(XWPFParagraph p, String url) {
    XWPFRun r = p.createHyperlinkRun(url);
    r.setStyle(StyleSheet.HYPERLINK);
    r.setColor("0563C1");
    r.setUnderline(UnderlinePatterns.SINGLE);
    return r;
  }

  /** Sets text, turning line breaks into breaks and adding script hints. */
  static void setText(XWPFRun r, String text) {
    scriptHints(r, text);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      if (!lines[i].isEmpty()) {
        CTText t = r.getCTR().addNewT();
        t.setStringValue(lines[i]);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
      }
    }
  }

  private static void scriptHints(XWPFRun r, String text) {
    if (ScriptDirection.hasRtl(text)) {
      Props.of(r).addNewRtl();
    }
    if (ScriptDirection.hasCjk(text)) {
      CTRPr rpr = Props.of(r);
      CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
      fonts.setHint(STHint.EAST_ASIA);
    }
  }

  private static void direction(XWPFParagraph p, String text) {
    if (ScriptDirection.isMostlyRtl(text) && !Props.of(p).isSetBidi()) {
      Props.of(p).addNewBidi();
    }
  }
}
