package dev.docgen.docx.internal;

import dev.docgen.api.model.Metadata;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The opening block: the title, the subtitle if any, and a line with the author and the date. */
final class TitleBlock {
  private TitleBlock() {}

  static void write(DocxContext ctx) {
    Metadata meta = ctx.spec.metadata();
    RunWriter.text(ctx.paragraph(StyleSheet.TITLE), meta.title());
    if (!meta.subtitle().isEmpty()) {
      RunWriter.text(ctx.paragraph(StyleSheet.SUBTITLE), meta.subtitle());
    }
    String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(ctx.locale).format(meta.date());
    String info = meta.author().isEmpty() ? date : meta.author() + "  \u00B7  " + date;
    RunWriter.text(ctx.paragraph(StyleSheet.DOC_INFO), info);
  }
}
