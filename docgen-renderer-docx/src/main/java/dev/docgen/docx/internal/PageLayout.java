package dev.docgen.docx.internal;

import dev.docgen.api.model.Metadata;

/** Page size and margins in twentieths of a point: Letter with 1 in margins, or A4 with 2.5 cm; either way round. */
record PageLayout(int width, int height, int margin) {
  static final int EMU_PER_TWIP = 635;

  static PageLayout of(Metadata metadata) {
    PageLayout portrait =
        metadata.usesLetterPaper() ? new PageLayout(12240, 15840, 1440) : new PageLayout(11906, 16838, 1417);
    return metadata.landscape() ? new PageLayout(portrait.height, portrait.width, portrait.margin) : portrait;
  }

  boolean landscape() {
    return width > height;
  }

  int textWidth() {
    return width - 2 * margin;
  }

  double textWidthPt() {
    return textWidth() / 20.0;
  }
}
