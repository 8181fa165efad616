package dev.docgen.benchmarks;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.docgen.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** The openhtmltopdf peer: renders HTML with Carlito embedded, the same font docgen uses. */
final class Html {
  private Html() {}

  static {
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  /** A stylesheet that prints like docgen's pages: A4, 2.5 cm margins, banded tables, page footer. */
  static final String HEAD = """
      <html><head><style>
      @page { size: A4; margin: 2.5cm; @bottom-center { content: "Page " counter(page) " of " counter(pages);
        font-family: Carlito; font-size: 8.5pt; color: #808080; } }
      body { font-family: Carlito; font-size: 11pt; }
      h1 { font-size: 16pt; color: #1F4E79; page-break-after: avoid; }
      table { -fs-table-paginate: paginate; width: 100%; border-collapse: collapse; font-size: 9.5pt; margin-bottom: 8pt; }
      thead { display: table-header-group; }
      tr { page-break-inside: avoid; }
      th { background: #1F4E79; color: white; text-align: left; padding: 4pt; }
      td { padding: 4pt; border-bottom: 0.4pt solid #D0D5DD; }
      tbody tr:nth-child(even) { background: #EAF1FB; }
      td.n { text-align: right; }
      .bar { background: #1F4E79; height: 10pt; }
      </style></head><body>
      """;

  static byte[] render(String html) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/dev/docgen/pdf/fonts/Carlito-Regular.ttf"), "Carlito");
    builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/dev/docgen/pdf/fonts/Carlito-Bold.ttf"), "Carlito",
        700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    builder.run();
    return out.toByteArray();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
