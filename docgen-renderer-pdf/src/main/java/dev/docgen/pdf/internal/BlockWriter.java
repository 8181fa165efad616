package dev.docgen.pdf.internal;

import dev.docgen.api.spi.CellFormatter;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Image;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.PageBreak;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.TextRun;
import dev.docgen.pdf.internal.FontSet.Face;
import dev.docgen.pdf.internal.TextLayout.Line;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Lays out the title block, headings and every block type on a {@link PdfCanvas}. */
final class BlockWriter {
  static final float BODY = 11;
  private static final float LEADING = 1.25f;
  private static final Map<Integer, Float> HEADING = Map.of(1, 16f, 2, 13f, 3, 11.5f);
  private static final Color GREY = new Color(0x59, 0x59, 0x59);

  /** A heading's place, for the outline and the table of contents. */
  record HeadingMark(Section section, int page, float y) {}

  private final PdfCanvas canvas;
  private final FontSet fonts;
  private final TextLayout text;
  private final DocumentSpec spec;
  private final TableDrawer tables;
  private final Color accent;
  private final List<HeadingMark> headings = new ArrayList<>();
  int tableCount;
  int chartCount;

  BlockWriter(PdfCanvas canvas, FontSet fonts, DocumentSpec spec) {
    this.canvas = canvas;
    this.fonts = fonts;
    this.text = new TextLayout(fonts);
    this.spec = spec;
    this.accent = TableDrawer.rgb(spec.theme().accentColor());
    this.tables = new TableDrawer(fonts, spec.theme(), new CellFormatter(spec.metadata().javaLocale()));
  }

  List<HeadingMark> headings() {
    return headings;
  }

  void titleBlock(String date) throws IOException {
    String words = spec.metadata().title();
    List<Span> title = List.of(Span.plain(words, Face.REGULAR, 26, accent));
    int colon = words.indexOf(": ");
    if (colon > 0 && text.lines(title, canvas.width()).size() == 2) {
      // "Project Proposal: 12-month pilot of a four-day week" breaks after its colon when each part fits a line.
      List<Span> split = List.of(Span.plain(words.substring(0, colon + 1) + "\n" + words.substring(colon + 2),
          Face.REGULAR, 26, accent));
      if (text.lines(split, canvas.width()).size() == 2) {
        title = split;
      }
    }
    spans(title, 0, balanced(title, canvas.width()), 1.1f);
    if (!spec.metadata().subtitle().isEmpty()) {
      canvas.down(2);
      spans(List.of(Span.plain(spec.metadata().subtitle(), Face.REGULAR, 13, GREY)), 0, canvas.width(), LEADING);
    }
    spans(List.of(Span.plain(date, Face.REGULAR, 9, GREY)), 0, canvas.width(), LEADING);
    canvas.down(4);
    rule(accent, 1.2f);
    canvas.down(14);
  }

  /** The contents: one line per heading with dot leaders and the page number. */
  void tableOfContents(Map<Section, Integer> pages) throws IOException {
    heading(dev.docgen.api.spi.LayoutWords.contents(spec.metadata().javaLocale()), 1, null);
    for (Section s : spec.allSections()) {
      if (s.level() > 2) {
        continue;
      }
      float indent = (s.level() - 1) * 14;
      Face face = s.level() == 1 ? Face.BOLD : Face.REGULAR;
      String number = String.valueOf(pages.getOrDefault(s, 0));
      canvas.ensure(BODY * LEADING);
      canvas.down(BODY);
      float numberWidth = fonts.width(number, face, 10);
      String title = s.title();
      write(title, face, 10, Span.TEXT, canvas.left() + indent, canvas.y());
      float dotsFrom = canvas.left() + indent + fonts.width(title, face, 10) + 4;
      float dotsTo = canvas.left() + canvas.width() - numberWidth - 4;
      StringBuilder dots = new StringBuilder();
      while (fonts.width(dots + ".", Face.REGULAR, 10) < dotsTo - dotsFrom) {
        dots.append('.');
      }
      write(dots.toString(), Face.REGULAR, 10, GREY, dotsFrom, canvas.y());
      write(number, face, 10, Span.TEXT, canvas.left() + canvas.width() - numberWidth, canvas.y());
      canvas.down(BODY * (LEADING - 1) + 2);
    }
    canvas.down(10);
  }

  void section(Section s) throws IOException {
    if (!s.blocks().isEmpty() && s.blocks().get(0) instanceof Table t && wide(t)) {
      canvas.landscape();
    }
    heading(s.title(), s.level(), s, s.blocks().isEmpty() ? null : s.blocks().get(0));
    for (Block b : s.blocks()) {
      block(b);
    }
    for (Section sub : s.subsections()) {
      section(sub);
    }
  }

  private void heading(String title, int level, Section s) throws IOException {
    heading(title, level, s, null);
  }

  /** A heading, kept on one page with the start of what follows it ({@code first}: a chart is kept whole). */
  private void heading(String title, int level, Section s, Block first) throws IOException {
    float size = HEADING.get(level);
    float after = first instanceof Chart ? ChartPainter.preferredHeight(canvas.width()) + 10 : BODY * LEADING * 3;
    canvas.ensure(Math.min(size * 2 + after, canvas.top() - canvas.bottom()));
    if (canvas.y() < canvas.top() - 1) {
      canvas.down(level == 1 ? 12 : 8);
    }
    if (s != null) {
      headings.add(new HeadingMark(s, canvas.pageNumber(), canvas.y()));
    }
    spans(List.of(Span.plain(title, level == 3 ? Face.BOLD : Face.BOLD, size, level == 3 ? Span.TEXT : accent)),
        0, canvas.width(), 1.2f);
    canvas.down(4);
  }

  private void block(Block b) throws IOException {
    if (b instanceof Paragraph p) {
      spans(Span.of(p.runs(), BODY, false), 0, canvas.width(), LEADING);
      canvas.down(6);
    } else if (b instanceof BulletList l) {
      list(l.items(), false, 0);
      canvas.down(6);
    } else if (b instanceof NumberedList l) {
      list(l.items(), true, 0);
      canvas.down(6);
    } else if (b instanceof Table t) {
      boolean wide = wide(t);
      if (wide) {
        canvas.landscape();
      }
      if (!t.caption().isEmpty()) {
        canvas.ensure(Math.min(9 * LEADING + 2 + 4 * 20, canvas.top() - canvas.bottom())); // caption, header, 3 rows
        spans(List.of(Span.plain(t.caption(), Face.ITALIC, 9, GREY)), 0, canvas.width(), LEADING);
        canvas.down(2);
      }
      tables.draw(canvas, t);
      tableCount++;
      if (wide) {
        canvas.endLandscape();
      }
    } else if (b instanceof KeyValue kv) {
      keyValue(kv);
    } else if (b instanceof Callout c) {
      callout(c);
    } else if (b instanceof Chart c) {
      chart(c);
    } else if (b instanceof Image i) {
      image(i);
    } else if (b instanceof PageBreak) {
      canvas.newPage();
    }
  }

  /**
   * Whether a table needs landscape pages of its own: the document is portrait and the columns do
   * not fit its pages even at 8 pt. (Narrower than that the table shrinks to 7 pt, then wraps words.)
   */
  private boolean wide(Table t) {
    float portrait = canvas.base.getWidth() - 2 * canvas.margin;
    return canvas.base.getHeight() > canvas.base.getWidth() && tables.minimumWidth(t, 8) > portrait;
  }

  /** Lays out spans at an indent, breaking pages between lines (never leaving one orphan line). */
  /**
   * The narrowest width at which {@code spans} still take as few lines as at {@code width}, so that a title
   * of two lines breaks near its middle instead of leaving one word on the second line.
   */
  private float balanced(List<Span> spans, float width) {
    List<Line> full = text.lines(spans, width);
    int lines = full.size();
    // A right-to-left title is aligned to the right margin, which a narrower width would move.
    if (lines < 2 || Bidi2.isRtl(full.get(0))) {
      return width;
    }
    float lo = width / lines;
    float hi = width;
    for (int i = 0; i < 12; i++) {
      float mid = (lo + hi) / 2;
      if (text.lines(spans, mid).size() > lines) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  private void spans(List<Span> spans, float indent, float width, float leading) throws IOException {
    List<Line> lines = text.lines(spans, width - indent);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      float h = line.size() * leading;
      boolean lastTwo = i >= lines.size() - 2;
      canvas.ensure(i == 0 || lastTwo ? Math.min(h * Math.min(2, lines.size() - i), canvas.top() - canvas.bottom()) : h);
      canvas.down(line.size());
      float x = canvas.left() + indent;
      if (Bidi2.isRtl(line)) {
        x = canvas.left() + width - line.width();
      }
      text.draw(canvas.stream(), canvas.page(), line, x, canvas.y());
      canvas.down(h - line.size());
    }
  }

  private void list(List<ListItem> items, boolean numbered, int level) throws IOException {
    float indent = 16 + level * 16;
    int n = 1;
    for (ListItem item : items) {
      String marker = numbered ? marker(n++, level) : new String[] {"•", "–", "▪"}[level % 3];
      canvas.ensure(BODY * LEADING * 2);
      float markerY = canvas.y() - BODY;
      write(marker, Face.REGULAR, BODY, Span.TEXT, canvas.left() + indent - 13, markerY);
      spans(Span.of(item.runs(), BODY, false), indent, canvas.width(), LEADING);
      canvas.down(2);
      if (!item.children().isEmpty()) {
        list(item.children(), numbered, level + 1);
      }
    }
  }

  private static String marker(int n, int level) {
    return switch (level % 3) {
      case 0 -> n + ".";
      case 1 -> (char) ('a' + (n - 1) % 26) + ".";
      default -> new String[] {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}[(n - 1) % 10] + ".";
    };
  }

  private void keyValue(KeyValue kv) throws IOException {
    if (!kv.title().isEmpty()) {
      canvas.ensure(50);
      spans(List.of(Span.plain(kv.title(), Face.BOLD, 11.5f, accent)), 0, canvas.width(), LEADING);
    }
    float labelWidth = canvas.width() * 0.32f;
    for (KeyValue.Entry e : kv.entries()) {
      List<Line> value = text.lines(Span.withFields(Span.of(Paragraph.parseRuns(e.value()), 10, false)), canvas.width() - labelWidth);
      List<Line> label = text.lines(List.of(Span.plain(e.label(), Face.BOLD, 10, Span.TEXT)), labelWidth - 8);
      int rows = Math.max(value.size(), label.size());
      canvas.ensure(rows * 10 * LEADING);
      for (int i = 0; i < rows; i++) {
        canvas.down(10);
        if (i < label.size()) {
          text.draw(canvas.stream(), canvas.page(), label.get(i), canvas.left(), canvas.y());
        }
        if (i < value.size()) {
          text.draw(canvas.stream(), canvas.page(), value.get(i), canvas.left() + labelWidth, canvas.y());
        }
        canvas.down(10 * (LEADING - 1));
      }
      canvas.down(2);
    }
    canvas.down(8);
  }

  private void callout(Callout c) throws IOException {
    Color fill = switch (c.kind()) {
      case NOTE -> new Color(0xE8, 0xF1, 0xFB);
      case WARNING -> new Color(0xFF, 0xF4, 0xE0);
      case SUMMARY -> TableDrawer.rgb(spec.theme().tintColor());
    };
    Color bar = c.kind() == Callout.Kind.WARNING ? new Color(0xC9, 0x7A, 0x00) : accent;
    List<Span> content = new ArrayList<>();
    if (!c.title().isEmpty()) {
      content.add(Span.plain(c.title() + "\n", Face.BOLD, 10.5f, bar));
    }
    content.addAll(Span.of(c.runs(), 10.5f, false));
    float inner = canvas.width() - 20;
    List<Line> lines = text.lines(content, inner);
    float h = lines.size() * 10.5f * LEADING + 12;
    canvas.ensure(Math.min(h, canvas.top() - canvas.bottom()));
    PDPageContentStream cs = canvas.stream();
    cs.setNonStrokingColor(fill);
    cs.addRect(canvas.left(), canvas.y() - h, canvas.width(), h);
    cs.fill();
    cs.setNonStrokingColor(bar);
    cs.addRect(canvas.left(), canvas.y() - h, 3, h);
    cs.fill();
    canvas.down(6);
    for (Line line : lines) {
      canvas.down(10.5f);
      text.draw(cs, canvas.page(), line, canvas.left() + 12, canvas.y());
      canvas.down(10.5f * (LEADING - 1));
    }
    canvas.down(6 + 10);
  }

  private void chart(Chart c) throws IOException {
    float w = canvas.width();
    float h = ChartPainter.preferredHeight(w);
    canvas.ensure(h + 10);
    new ChartPainter(fonts.font(Face.REGULAR), fonts.font(Face.BOLD), spec.theme())
        .paint(canvas.stream(), c, canvas.left(), canvas.y() - h, w, h);
    canvas.down(h + 12);
    chartCount++;
  }

  private void image(Image i) throws IOException {
    PDImageXObject img = PDImageXObject.createFromByteArray(canvas.doc, i.data(), i.altText());
    float natural = i.widthPt() > 0 ? (float) i.widthPt() : img.getWidth() * 0.75f;
    float w = Math.min(natural, canvas.width());
    float h = w * img.getHeight() / img.getWidth();
    if (h > canvas.top() - canvas.bottom() - 30) {
      h = canvas.top() - canvas.bottom() - 30;
      w = h * img.getWidth() / img.getHeight();
    }
    canvas.ensure(h + 20);
    // The alternate description rides on a marked-content span (ISO 32000 14.9.3), read by
    // assistive technology and text extraction even in an untagged file.
    org.apache.pdfbox.cos.COSDictionary alt = new org.apache.pdfbox.cos.COSDictionary();
    alt.setString(org.apache.pdfbox.cos.COSName.ALT, i.altText());
    canvas.stream().beginMarkedContent(org.apache.pdfbox.cos.COSName.getPDFName("Span"),
        org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList.create(alt));
    canvas.stream().drawImage(img, canvas.left() + (canvas.width() - w) / 2, canvas.y() - h, w, h);
    canvas.stream().endMarkedContent();
    canvas.down(h + 4);
    if (!i.caption().isEmpty()) {
      spans(List.of(Span.plain(i.caption(), Face.ITALIC, 9, GREY)), 0, canvas.width(), LEADING);
    }
    canvas.down(8);
  }

  private void rule(Color color, float width) throws IOException {
    PDPageContentStream cs = canvas.stream();
    cs.setStrokingColor(color);
    cs.setLineWidth(width);
    cs.moveTo(canvas.left(), canvas.y());
    cs.lineTo(canvas.left() + canvas.width(), canvas.y());
    cs.stroke();
  }

  void write(String s, Face face, float size, Color color, float x, float y) throws IOException {
    fonts.show(canvas.stream(), s, face, size, color, x, y);
  }


  static List<TextRun> runs(String s) {
    return List.of(TextRun.plain(s));
  }
}
