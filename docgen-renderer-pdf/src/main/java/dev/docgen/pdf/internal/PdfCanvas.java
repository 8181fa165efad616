package dev.docgen.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages being written and the vertical cursor on the current one. Blocks ask for room with
 * {@link #ensure(float)}; a new page starts when the rest of the page is too short. A block too
 * wide for a portrait page can ask for {@link #landscape() landscape pages}; after
 * {@link #endLandscape()} the next block that asks for room starts a page of the base size again.
 */
final class PdfCanvas implements AutoCloseable {
  final PDDocument doc;
  final PDRectangle base;
  PDRectangle size;
  final float margin;
  private boolean backToBase;
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream cs;
  private float y;

  PdfCanvas(PDDocument doc, PDRectangle size, float margin) {
    this.doc = doc;
    this.base = size;
    this.size = size;
    this.margin = margin;
    newPage();
  }

  float left() {
    return margin;
  }

  float width() {
    return size.getWidth() - 2 * margin;
  }

  float top() {
    return size.getHeight() - margin;
  }

  float bottom() {
    return margin;
  }

  float y() {
    return y;
  }

  void down(float points) {
    y -= points;
  }

  PDPageContentStream stream() {
    return cs;
  }

  PDPage page() {
    return pages.get(pages.size() - 1);
  }

  int pageNumber() {
    return pages.size();
  }

  List<PDPage> pages() {
    return pages;
  }

  /** Whether {@code height} points still fit above the bottom margin. */
  boolean fits(float height) {
    return !backToBase && y - height >= bottom();
  }

  /** Whether the current page is wider than tall. */
  boolean isLandscape() {
    return size.getWidth() > size.getHeight();
  }

  /** Continues on landscape pages: starts one now unless the current page already is. */
  void landscape() {
    backToBase = false;
    if (!isLandscape()) {
      size = new PDRectangle(base.getHeight(), base.getWidth());
      newPage();
    }
  }

  /** Ends a landscape run started by {@link #landscape()}: the next block starts a base-size page. */
  void endLandscape() {
    if (size != base) {
      backToBase = true;
    }
  }

  /** Starts a new page unless {@code height} points fit on this one; returns whether it did. */
  boolean ensure(float height) {
    if (backToBase) {
      backToBase = false;
      size = base;
      newPage();
      return true;
    }
    if (fits(height) || y >= top() - 0.5f) {
      return false;
    }
    newPage();
    return true;
  }

  void newPage() {
    if (backToBase) {
      backToBase = false;
      size = base;
    }
    try {
      if (cs != null) {
        cs.close();
      }
      PDPage page = new PDPage(size);
      doc.addPage(page);
      pages.add(page);
      cs = new PDPageContentStream(doc, page);
      y = top();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (cs != null) {
      cs.close();
      cs = null;
    }
  }
}
