package dev.docgen.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document, loaded lazily and embedded as subsets, with per-character
 * fallback: the body family first (Carlito), then DejaVu Sans (Greek, Cyrillic, Arabic, Hebrew,
 * symbols), then Droid Sans Fallback (Chinese, Japanese), then NanumSquare (Korean Hangul). A code point no font has becomes a visible {@code '?'}
 * and is remembered, so it can be reported rather than silently dropped. Not thread-safe: one per
 * document.
 */
final class FontSet implements AutoCloseable {
  /** The four faces of a family plus monospace for code. */
  enum Face { REGULAR, BOLD, ITALIC, BOLD_ITALIC, MONO }

  /** A stretch of text that one font can draw. */
  record FontRun(String text, PDType0Font font) {}

  private static final String DIR = "/dev/docgen/pdf/fonts/";
  private static final Map<Face, String> PRIMARY = Map.of(
      Face.REGULAR, "Carlito-Regular.ttf", Face.BOLD, "Carlito-Bold.ttf", Face.ITALIC, "Carlito-Italic.ttf",
      Face.BOLD_ITALIC, "Carlito-BoldItalic.ttf", Face.MONO, "DejaVuSansMono.ttf");

  private final PDDocument doc;
  private final Map<Face, PDType0Font> primary = new EnumMap<>(Face.class);
  private PDType0Font symbols;
  private PDType0Font symbolsBold;
  private PDType0Font cjk;
  private PDType0Font hangul;
  private final SortedSet<Integer> missing = new TreeSet<>();
  private final Map<Face, float[]> advances = new EnumMap<>(Face.class);
  private final Map<Face, PDType0Font[]> chosen = new EnumMap<>(Face.class);
  private final java.util.BitSet none = new java.util.BitSet();
  private final List<TrueTypeFont> opened = new ArrayList<>();
  private final Map<PDType0Font, CmapLookup> cmaps = new java.util.IdentityHashMap<>();

  FontSet(PDDocument doc) {
    this.doc = doc;
  }

  /** The face's own font, loaded on first use. */
  PDType0Font font(Face face) {
    return primary.computeIfAbsent(face, f -> load(PRIMARY.get(f)));
  }

  /** Splits {@code text} into runs, each drawn by the first font in the chain that has its glyphs. */
  List<FontRun> runs(String text, Face face) {
    text = plainSpaces(text);
    PDType0Font own = font(face);
    if (allOwn(text, face)) {
      return List.of(new FontRun(text, own));
    }
    List<FontRun> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    PDType0Font currentFont = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      PDType0Font f = fontOf(cp, face);
      boolean shown = f != null;
      if (!shown) {
        missing.add(cp);
        f = own;
      }
      if (f != currentFont && current.length() > 0) {
        out.add(new FontRun(current.toString(), currentFont));
        current.setLength(0);
      }
      currentFont = f;
      if (shown) {
        current.appendCodePoint(cp);
      } else {
        current.append('?');
      }
    }
    if (current.length() > 0) {
      out.add(new FontRun(current.toString(), currentFont));
    }
    return out;
  }

  /** Whether the face's own font draws every character of {@code text} (the common case). */
  private boolean allOwn(String text, Face face) {
    PDType0Font own = font(face);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c) || fontOf(c, face) != own) {
        return false;
      }
    }
    return true;
  }

  /** The font that draws {@code cp} in {@code face}, or null if none does; memoised per BMP character. */
  private PDType0Font fontOf(int cp, Face face) {
    if (cp >= 0x10000) {
      return fontFor(cp, face);
    }
    PDType0Font[] table = chosen.computeIfAbsent(face, f -> new PDType0Font[0x10000]);
    PDType0Font f = table[cp];
    if (f == null && !none.get(face.ordinal() * 0x10000 + cp)) {
      f = fontFor(cp, face);
      if (f == null) {
        none.set(face.ordinal() * 0x10000 + cp);
      } else {
        table[cp] = f;
      }
    }
    return f;
  }

  /** Draws {@code text} with its baseline origin at (x, y), switching fonts where fallback needs it. */
  void show(org.apache.pdfbox.pdmodel.PDPageContentStream cs, String text, Face face, float size, java.awt.Color color,
      float x, float y) throws IOException {
    cs.beginText();
    cs.newLineAtOffset(x, y);
    cs.setNonStrokingColor(color);
    for (FontRun run : runs(text, face)) {
      cs.setFont(run.font(), size);
      cs.showText(run.text());
    }
    cs.endText();
  }

  /**
   * One text object for many strings (a table row): the colour is set once, fonts only when they
   * change, and each string is placed with a relative move. Close it to end the text object.
   */
  final class Batch implements AutoCloseable {
    private final org.apache.pdfbox.pdmodel.PDPageContentStream cs;
    private PDType0Font font;
    private float fontSize;
    private float lineX;
    private float lineY;

    Batch(org.apache.pdfbox.pdmodel.PDPageContentStream cs, java.awt.Color color) throws IOException {
      this.cs = cs;
      cs.beginText();
      cs.setNonStrokingColor(color);
    }

    void show(String text, Face face, float size, float x, float y) throws IOException {
      cs.newLineAtOffset(x - lineX, y - lineY);
      lineX = x;
      lineY = y;
      for (FontRun run : runs(text, face)) {
        if (run.font() != font || size != fontSize) {
          cs.setFont(run.font(), size);
          font = run.font();
          fontSize = size;
        }
        cs.showText(run.text());
      }
    }

    @Override
    public void close() throws IOException {
      cs.endText();
    }
  }

  /**
   * Width in points of {@code text} at {@code size}, with fallback fonts where they are used: the
   * sum of each character's advance (PDFBox applies no kerning either), memoised per character.
   */
  float width(String text, Face face, float size) {
    text = plainSpaces(text);
    float[] advances = this.advances.computeIfAbsent(face, f -> {
      float[] a = new float[0x10000];
      java.util.Arrays.fill(a, Float.NaN);
      return a;
    });
    float w = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return slowWidth(text, face) * size;
      }
      float a = advances[c];
      if (Float.isNaN(a)) {
        a = slowWidth(String.valueOf(c), face);
        advances[c] = a;
      }
      w += a;
    }
    return w * size;
  }

  private float slowWidth(String text, Face face) {
    float w = 0;
    for (FontRun r : runs(text, face)) {
      w += width(r, 1);
    }
    return w;
  }

  static float width(FontRun run, float size) {
    try {
      return run.font().getStringWidth(run.text()) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Releases the parsed font files; call after the document is saved. */
  @Override
  public void close() throws IOException {
    for (TrueTypeFont f : opened) {
      f.close();
    }
    opened.clear();
  }

  /**
   * Carlito has no glyph for the no-break and narrow no-break spaces that French and German number
   * formats use, nor for a tab or another control character inside a data cell ("refund, then\tcall
   * back"): they are drawn as plain spaces (line breaking has already been decided).
   */
  static String plainSpaces(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      char c = text.charAt(i);
      plain = c >= ' ' && c != '\u00a0' && c != '\u202f' && c != '\u2007';
    }
    if (plain) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(c < ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2007' ? ' ' : c);
    }
    return sb.toString();
  }

  /** Code points no shipped font can draw, in order, for the quality report. */
  SortedSet<Integer> missingCodePoints() {
    return missing;
  }

  private PDType0Font fontFor(int cp, Face face) {
    if (Character.isWhitespace(cp) || cp == 0x00A0) {
      return font(face);
    }
    if (has(font(face), cp)) {
      return font(face);
    }
    boolean bold = face == Face.BOLD || face == Face.BOLD_ITALIC;
    PDType0Font sym = bold ? symbolsBold() : symbols();
    if (has(sym, cp)) {
      return sym;
    }
    if (has(cjk(), cp)) {
      return cjk();
    }
    return has(hangul(), cp) ? hangul() : null;
  }

  private PDType0Font hangul() {
    if (hangul == null) {
      hangul = load("NanumSquareR.ttf");
    }
    return hangul;
  }

  private PDType0Font symbols() {
    if (symbols == null) {
      symbols = load("DejaVuSans.ttf");
    }
    return symbols;
  }

  private PDType0Font symbolsBold() {
    if (symbolsBold == null) {
      symbolsBold = load("DejaVuSans-Bold.ttf");
    }
    return symbolsBold;
  }

  private PDType0Font cjk() {
    if (cjk == null) {
      cjk = load("DroidSansFallbackFull.ttf");
    }
    return cjk;
  }

  /** Whether the font's Unicode cmap maps {@code cp} to a real glyph (PDType0Font.hasGlyph takes CIDs, not code points). */
  private boolean has(PDType0Font font, int cp) {
    CmapLookup cmap = cmaps.computeIfAbsent(font, f -> {
      try {
        return ((PDCIDFontType2) f.getDescendantFont()).getTrueTypeFont().getUnicodeCmapLookup();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the cmap of " + f.getName(), e);
      }
    });
    return cmap != null && cmap.getGlyphId(cp) > 0;
  }

  private PDType0Font load(String file) {
    try (InputStream in = FontSet.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("font " + file + " is missing from docgen-renderer-pdf");
      }
      // Ligature substitution (GSUB) would break text extraction ("fi" becomes one unmapped glyph);
      // shaping that matters (Arabic) is done with ICU before drawing.
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
      ttf.setEnableGsub(false);
      opened.add(ttf);
      return PDType0Font.load(doc, ttf, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load font " + file, e);
    }
  }
}
