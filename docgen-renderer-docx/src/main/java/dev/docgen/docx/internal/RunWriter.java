package dev.docgen.docx.internal;

import dev.docgen.api.model.TextRun;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * Writes formatted runs into a paragraph: bold, italic, code, hyperlinks (external relationships),
 * highlighted placeholders, and the script hints that right-to-left and CJK text need. Text is split
 * where its direction changes ({@link BidiText}), so only right-to-left stretches are {@code w:rtl}.
 */
final class RunWriter {
  private RunWriter() {}

  /** Writes {@code runs} and marks the paragraph right-to-left when its first letter is. */
  static void runs(XWPFParagraph p, List<TextRun> runs) {
    List<String> shown = runs.stream().map(RunWriter::shown).toList();
    BidiText bidi = BidiText.of(String.join("", shown));
    direction(p, bidi);
    int at = 0;
    for (int i = 0; i < runs.size(); i++) {
      int end = at + shown.get(i).length();
      run(p, runs.get(i), bidi.stretches(at, end));
      if (!runs.get(i).note().isEmpty()) {
        comment(p, runs.get(i).note());
      }
      at = end;
    }
  }

  /**
   * Anchors advice for the author to the field just written, as a Word comment: the advice is seen
   * in the margin and never printed in the body.
   */
  private static void comment(XWPFParagraph p, String note) {
    XWPFDocument doc = p.getDocument();
    XWPFComments comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
    BigInteger id = BigInteger.valueOf(comments.getComments().size());
    XWPFComment c = comments.createComment(id);
    c.setAuthor("docgen");
    c.setInitials("dg");
    c.createParagraph().createRun().setText(note);
    p.createRun().getCTR().addNewCommentReference().setId(id);
  }

  /**
   * Writes plain text with its script hints and direction, as one run per stretch of one direction;
   * returns those runs for the caller to format.
   */
  static List<XWPFRun> text(XWPFParagraph p, String text) {
    BidiText bidi = BidiText.of(text);
    direction(p, bidi);
    List<XWPFRun> written = new ArrayList<>();
    for (BidiText.Stretch s : bidi.stretches()) {
      // "[owner]" in a table cell is a field for the author, highlighted as in the body text.
      Matcher field = FIELD.matcher(s.text());
      int at = 0;
      while (field.find()) {
        if (field.start() > at) {
          written.add(plain(p, new BidiText.Stretch(s.text().substring(at, field.start()), s.rtl())));
        }
        XWPFRun r = plain(p, new BidiText.Stretch(field.group(), s.rtl()));
        r.setTextHighlightColor("yellow");
        written.add(r);
        at = field.end();
      }
      if (at < s.text().length() || at == 0) {
        written.add(plain(p, at == 0 ? s : new BidiText.Stretch(s.text().substring(at), s.rtl())));
      }
    }
    return written;
  }

  private static final Pattern FIELD = Pattern.compile("\\[[^\\[\\]\\n]{1,80}\\]");

  private static XWPFRun plain(XWPFParagraph p, BidiText.Stretch s) {
    XWPFRun r = p.createRun();
    setText(r, s);
    return r;
  }

  private static String shown(TextRun run) {
    return run.shown();
  }

  private static void run(XWPFParagraph p, TextRun run, List<BidiText.Stretch> stretches) {
    CTHyperlink link = null;
    for (BidiText.Stretch s : stretches) {
      XWPFRun r;
      if (run.link().isEmpty()) {
        r = p.createRun();
      } else if (link == null) {
        XWPFHyperlinkRun first = p.createHyperlinkRun(run.link());
        link = first.getCTHyperlink();
        r = first;
      } else {
        // One link, however many directions its text has: a reader sees one thing to click.
        r = new XWPFHyperlinkRun(link, link.addNewR(), p);
      }
      format(r, run);
      setText(r, s);
    }
  }

  private static void format(XWPFRun r, TextRun run) {
    if (!run.link().isEmpty()) {
      r.setStyle(StyleSheet.HYPERLINK);
      r.setColor("0563C1");
      r.setUnderline(UnderlinePatterns.SINGLE);
    }
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
  }

  /** Sets one stretch's text, turning line breaks into breaks and adding script hints. */
  private static void setText(XWPFRun r, BidiText.Stretch s) {
    if (s.rtl()) {
      Props.of(r).addNewRtl();
    }
    if (ScriptDirection.hasCjk(s.text())) {
      CTRPr rpr = Props.of(r);
      CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
      fonts.setHint(STHint.EAST_ASIA);
    }
    String[] lines = s.text().split("\n", -1);
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

  /** Marks the paragraph right-to-left when its base direction is. */
  static void direction(XWPFParagraph p, BidiText bidi) {
    if (bidi.rtlBase() && !Props.of(p).isSetBidi()) {
      Props.of(p).addNewBidi();
    }
  }
}
