package dev.docgen.pdf.internal;

import dev.docgen.api.model.TextRun;
import dev.docgen.pdf.internal.FontSet.Face;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** A piece of text with one face, size and colour; optionally a link or an author-field highlight. */
record Span(String text, Face face, float size, Color color, String link, boolean highlight) {
  static final Color TEXT = new Color(0x26, 0x26, 0x26);
  static final Color LINK = new Color(0x05, 0x63, 0xC1);

  static Span plain(String text, Face face, float size, Color color) {
    return new Span(text, face, size, color, "", false);
  }

  /** The spans of model runs at a base size; placeholders are shown as [text]. */
  static List<Span> of(List<TextRun> runs, float size, boolean bold) {
    List<Span> out = new ArrayList<>();
    for (TextRun r : runs) {
      Face face = r.code() ? Face.MONO : (r.bold() || bold) && r.italic() ? Face.BOLD_ITALIC
          : r.bold() || bold ? Face.BOLD : r.italic() ? Face.ITALIC : Face.REGULAR;
      String text = r.shown();
      out.add(new Span(text, face, r.code() ? size * 0.9f : size, r.link().isEmpty() ? TEXT : LINK, r.link(),
          r.placeholder()));
    }
    return out;
  }

  /** A field for the author as printed text: "[owner]". */
  static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("\\[[^\\[\\]\\n]{1,80}\\]");

  /** "[customer]" written as plain text (a detail's value) is a field for the author, highlighted as in the body. */
  static List<Span> withFields(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      java.util.regex.Matcher m = FIELD.matcher(s.text());
      int at = 0;
      while (!s.highlight() && s.link().isEmpty() && m.find()) {
        if (m.start() > at) {
          out.add(new Span(s.text().substring(at, m.start()), s.face(), s.size(), s.color(), "", false));
        }
        out.add(new Span(m.group(), s.face(), s.size(), s.color(), "", true));
        at = m.end();
      }
      out.add(at == 0 ? s : new Span(s.text().substring(at), s.face(), s.size(), s.color(), "", false));
    }
    out.removeIf(x -> x.text().isEmpty());
    return out;
  }
}
