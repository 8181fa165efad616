package dev.docgen.pdf.internal;

import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Section;
import dev.docgen.pdf.internal.BlockWriter.HeadingMark;
import dev.docgen.pdf.internal.FontSet.Face;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes a whole spec as a PDF: title block, contents (laid out twice so page numbers are real),
 * sections, header and "Page X of Y" footer, bookmarks, PDF/A stamping. Counts of the tables,
 * charts and glyphs it could not draw go into the information dictionary (keys DocgenTables,
 * DocgenCharts, DocgenMissingGlyphs) for the inspector.
 */
public final class PdfWriter {
  private static final float CM = 72f / 2.54f;

  private PdfWriter() {}

  public static byte[] write(DocumentSpec spec, Instant created) throws IOException {
    return write(spec, created, Map.of());
  }

  /**
   * As {@link #write(DocumentSpec, Instant)}, with {@code custom} as custom entries of the
   * document information dictionary, in the map's order; they may not replace a standard entry or
   * one of the Docgen* counts.
   */
  public static byte[] write(DocumentSpec spec, Instant created, Map<String, String> custom) throws IOException {
    PdfArchive.checkCustom(custom);
    boolean toc = spec.wantsContents();
    Map<Section, Integer> pages = new HashMap<>();
    if (toc) {
      pages = pass(spec, created, custom, pages, true, false).pages;
    }
    return pass(spec, created, custom, pages, toc, true).bytes;
  }

  /** Content held in memory up to this many bytes per document; past it, in a temp file. */
  static final long MEMORY_CACHE_BYTES = 16L << 20;

  /**
   * Small documents keep their streams in memory. Big ones (many table rows) use PDFBox's mixed
   * cache, which moves page content to a temp file past {@link #MEMORY_CACHE_BYTES}, so a
   * 200-page document renders in bounded heap.
   */
  private static RandomAccessStreamCache.StreamCacheCreateFunction streamCache(DocumentSpec spec) {
    long cells = 0;
    for (Section s : spec.allSections()) {
      for (var b : s.blocks()) {
        if (b instanceof dev.docgen.api.model.Table t) {
          cells += (long) t.rows().size() * t.columns().size();
        }
      }
    }
    return cells > LARGE_CELLS ? MemoryUsageSetting.setupMixed(MEMORY_CACHE_BYTES).streamCache
        : IOUtils.createMemoryOnlyStreamCache();
  }

  /** Table cells past which a document counts as big (about 40 dense pages). */
  static final long LARGE_CELLS = 10_000;

  private record Pass(byte[] bytes, Map<Section, Integer> pages) {}

  private static Pass pass(DocumentSpec spec, Instant created, Map<String, String> custom,
      Map<Section, Integer> tocPages, boolean toc, boolean save) throws IOException {
    try (PDDocument doc = new PDDocument(streamCache(spec))) {
      try (FontSet fonts = new FontSet(doc)) {
        return layOut(doc, spec, created, custom, tocPages, toc, fonts, save);
      }
    }
  }

  private static Pass layOut(PDDocument doc, DocumentSpec spec, Instant created, Map<String, String> custom,
      Map<Section, Integer> tocPages, boolean toc, FontSet fonts, boolean save) throws IOException {
    {
      boolean letter = spec.metadata().usesLetterPaper();
      PDRectangle paper = letter ? PDRectangle.LETTER : PDRectangle.A4;
      if (spec.metadata().landscape()) {
        paper = new PDRectangle(paper.getHeight(), paper.getWidth());
      }
      PdfCanvas canvas = new PdfCanvas(doc, paper, letter ? 72 : 2.5f * CM);
      BlockWriter blocks = new BlockWriter(canvas, fonts, spec);
      blocks.titleBlock(spec.metadata().date().format(
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(spec.metadata().javaLocale())));
      if (toc) {
        blocks.tableOfContents(tocPages);
      }
      for (Section s : spec.sections()) {
        blocks.section(s);
      }
      canvas.close();
      furniture(doc, canvas, fonts, spec);
      outline(doc, blocks.headings());
      PdfArchive.apply(doc, spec.metadata(), created);
      var info = doc.getDocumentInformation();
      info.setCustomMetadataValue("DocgenTables", String.valueOf(blocks.tableCount));
      info.setCustomMetadataValue("DocgenCharts", String.valueOf(blocks.chartCount));
      info.setCustomMetadataValue("DocgenMissingGlyphs", fonts.missingCodePoints().stream()
          .map(cp -> String.format("U+%04X", cp)).collect(Collectors.joining(" ")));
      custom.forEach((key, value) -> info.setCustomMetadataValue(key, value == null ? "" : value));
      Map<Section, Integer> pages = new HashMap<>();
      blocks.headings().forEach(h -> pages.put(h.section(), h.page()));
      if (!save) {
        return new Pass(null, pages);
      }
      PdfArchive.identify(doc, spec.toString() + created + (custom.isEmpty() ? "" : custom));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return new Pass(out.toByteArray(), pages);
    }
  }

  private static void furniture(PDDocument doc, PdfCanvas canvas, FontSet fonts, DocumentSpec spec) throws IOException {
    List<PDPage> pages = canvas.pages();
    Color grey = new Color(0x80, 0x80, 0x80);
    for (int i = 0; i < pages.size(); i++) {
      PDPage page = pages.get(i);
      PDRectangle box = page.getMediaBox();
      float width = box.getWidth() - 2 * canvas.margin;
      try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        String footer = dev.docgen.api.spi.LayoutWords.pageOf(spec.metadata().javaLocale(), i + 1, pages.size());
        float fw = fonts.width(footer, Face.REGULAR, 8.5f);
        fonts.show(cs, footer, Face.REGULAR, 8.5f, grey, (box.getWidth() - fw) / 2, canvas.bottom() / 2);
        if (i > 0) {
          String title = spec.metadata().title();
          float tw = fonts.width(title, Face.REGULAR, 8.5f);
          float y = box.getHeight() - canvas.margin / 2;
          fonts.show(cs, title, Face.REGULAR, 8.5f, grey, canvas.left() + width - tw, y);
          cs.setStrokingColor(new Color(0xD0, 0xD5, 0xDD));
          cs.setLineWidth(0.5f);
          cs.moveTo(canvas.left(), y - 4);
          cs.lineTo(canvas.left() + width, y - 4);
          cs.stroke();
        }
      }
    }
  }

  private static void outline(PDDocument doc, List<HeadingMark> headings) {
    PDDocumentOutline outline = new PDDocumentOutline();
    doc.getDocumentCatalog().setDocumentOutline(outline);
    Deque<PDOutlineItem> parents = new ArrayDeque<>();
    Deque<Integer> levels = new ArrayDeque<>();
    for (HeadingMark h : headings) {
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle(h.section().title());
      PDPageXYZDestination dest = new PDPageXYZDestination();
      dest.setPage(doc.getPage(h.page() - 1));
      dest.setTop((int) h.y());
      item.setDestination(dest);
      while (!levels.isEmpty() && levels.peek() >= h.section().level()) {
        levels.pop();
        parents.pop();
      }
      if (parents.isEmpty()) {
        outline.addLast(item);
      } else {
        parents.peek().addLast(item);
      }
      parents.push(item);
      levels.push(h.section().level());
    }
    outline.openNode();
  }
}
