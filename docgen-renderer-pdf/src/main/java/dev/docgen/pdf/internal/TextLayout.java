package dev.docgen.pdf.internal;

import java.awt.Color;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Wraps styled spans into lines of a given width (breaking at Unicode line-break opportunities)
 * and draws them: highlights behind the text, clickable link annotations over it.
 */
final class TextLayout {
  /** A measured piece of a span that must not be broken. */
  record Piece(Span span, String text, float width) {}

  /** One laid-out line: its pieces and its natural width. */
  record Line(List<Piece> pieces, float width, float size) {}

  private final FontSet fonts;

  TextLayout(FontSet fonts) {
    this.fonts = fonts;
  }

  List<Line> lines(List<Span> spans, float maxWidth) {
    List<Line> out = new ArrayList<>();
    List<Piece> current = new ArrayList<>();
    float width = 0;
    float size = spans.isEmpty() ? 11 : spans.get(0).size();
    for (Piece p : pieces(spans, maxWidth)) {
      boolean newline = p.text().equals("\n");
      float trimmed = width(p.text().stripTrailing(), p.span());
      if (newline || (!current.isEmpty() && width + trimmed > maxWidth)) {
        out.add(line(current, size));
        current = new ArrayList<>();
        width = 0;
        if (newline) {
          continue;
        }
      }
      current.add(p);
      width += p.width();
      size = Math.max(size, p.span().size());
    }
    out.add(line(current, size));
    return out;
  }

  private Line line(List<Piece> pieces, float size) {
    float w = 0;
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      w += i == pieces.size() - 1 ? width(p.text().stripTrailing(), p.span()) : p.width();
    }
    return new Line(List.copyOf(pieces), w, size);
  }

  private List<Piece> pieces(List<Span> spans, float maxWidth) {
    List<Piece> out = new ArrayList<>();
    for (Span s : spans) {
      String[] paragraphs = s.text().split("\n", -1);
      for (int k = 0; k < paragraphs.length; k++) {
        if (k > 0) {
          out.add(new Piece(s, "\n", 0));
        }
        BreakIterator it = BreakIterator.getLineInstance(Locale.ROOT);
        it.setText(paragraphs[k]);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
          for (String part : LineBreaker.lines(paragraphs[k].substring(start, end), maxWidth,
              t -> fonts.width(t, s.face(), s.size()))) {
            String text = part.isEmpty() ? paragraphs[k].substring(start, end) : part;
            if (paragraphs[k].substring(start, end).endsWith(" ") && !text.endsWith(" ")) {
              text = text + " ";
            }
            out.add(new Piece(s, text, width(text, s)));
          }
        }
      }
    }
    return out;
  }

  /** Drawn width: Arabic is measured as shaped, since joined forms are narrower than isolated ones. */
  private float width(String text, Span span) {
    return fonts.width(Bidi2.shaped(text), span.face(), span.size());
  }

  /** Draws {@code line} with its baseline at {@code y}, starting at {@code x}. */
  void draw(PDPageContentStream cs, PDPage page, Line line, float x, float y) throws IOException {
    if (Bidi2.hasRtl(line)) {
      line = new Line(Bidi2.visual(line, Bidi2.isRtl(line), fonts), line.width(), line.size());
    }
    float cx = x;
    for (Piece p : line.pieces()) {
      if (p.span().highlight()) {
        float w = fonts.width(p.text().stripTrailing(), p.span().face(), p.span().size());
        cs.setNonStrokingColor(new Color(0xFF, 0xF2, 0x9E));
        cs.addRect(cx - 1, y - p.span().size() * 0.25f, w + 2, p.span().size() * 1.15f);
        cs.fill();
      }
      cx += p.width();
    }
    cx = x;
    for (Piece p : line.pieces()) {
      cs.beginText();
      cs.newLineAtOffset(cx, y);
      cs.setNonStrokingColor(p.span().color());
      for (FontSet.FontRun run : fonts.runs(p.text(), p.span().face())) {
        cs.setFont(run.font(), p.span().size());
        cs.showText(run.text());
      }
      cs.endText();
      if (!p.span().link().isEmpty()) {
        link(page, p, cx, y);
      }
      cx += p.width();
    }
  }

  private static void link(PDPage page, Piece p, float x, float y) throws IOException {
    PDAnnotationLink link = new PDAnnotationLink();
    PDActionURI action = new PDActionURI();
    action.setURI(p.span().link());
    link.setAction(action);
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    link.setBorderStyle(border);
    link.setRectangle(new PDRectangle(x, y - p.span().size() * 0.25f, p.width(), p.span().size() * 1.1f));
    link.setPrinted(true);
    page.getAnnotations().add(link);
  }
}
