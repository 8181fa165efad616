package dev.docgen.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * What a reader sees in a generated file, read back with POI and PDFBox rather than docgen's own
 * inspector: the text, the headings, the title property and the counts the corpus checks need.
 *
 * <p>{@code text} keeps one block (paragraph, table cell, spreadsheet cell) a line so that a
 * phrase never matches across two blocks; PDF text has no reliable blocks, so its line breaks are
 * folded into spaces there. {@code headings} is what the corpus README's {@code headings} key
 * matches (title included); {@code sectionHeadings} is what {@code heading_count} counts (the
 * document title left out, since "Two-Week Training Plan" is not a week).
 *
 * @param pages the page count, or -1 where the format does not say (DOCX, XLSX)
 */
record RenderedDocument(String text, List<String> headings, List<String> sectionHeadings, String title, int pages,
    int tables, int charts) {
  private static final String LAYOUT_TABLE_STYLE = "DocgenLayoutTable";

  RenderedDocument {
    headings = List.copyOf(headings);
    sectionHeadings = List.copyOf(sectionHeadings);
  }

  /** Reads {@code bytes} as the given format: {@code docx}, {@code pdf} or {@code xlsx}. */
  static RenderedDocument read(String format, byte[] bytes) throws IOException {
    return switch (format) {
      case "pdf" -> readPdf(bytes);
      case "xlsx" -> readXlsx(bytes);
      case "docx" -> readDocx(bytes);
      default -> throw new IllegalArgumentException("format must be docx, pdf or xlsx: " + format);
    };
  }

  /**
   * Lower case, no-break spaces as spaces, typographic quotes as plain ones and runs of spaces as
   * one, so that "Acme Corp’s" in a document matches "Acme Corp's" in a check.
   */
  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ')
        .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
        .replaceAll("[ \\t]+", " ");
  }

  private static RenderedDocument readPdf(byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      List<String> outline = new ArrayList<>();
      outline(doc.getDocumentCatalog().getDocumentOutline(), outline);
      String title = nonNull(doc.getDocumentInformation().getTitle());
      StringBuilder text = new StringBuilder(new PDFTextStripper().getText(doc));
      outline.forEach(h -> text.append('\n').append(h));
      List<String> headings = new ArrayList<>(outline.stream().map(RenderedDocument::normalise).toList());
      List<String> sections = new ArrayList<>(headings);
      if (!sections.isEmpty() && sections.get(0).trim().equals(normalise(title).trim())) {
        sections.remove(0);
      } else if (!title.isBlank()) {
        // The title is printed on the first page whether or not the outline lists it; DOCX counts its Title style.
        headings.add(0, normalise(title));
      }
      return new RenderedDocument(normalise(text.toString()).replaceAll("\\s+", " "), headings, sections, title,
          doc.getNumberOfPages(), customCount(doc, "DocgenTables"), customCount(doc, "DocgenCharts"));
    }
  }

  private static int customCount(PDDocument doc, String key) {
    String value = doc.getDocumentInformation().getCustomMetadataValue(key);
    return value == null || value.isBlank() ? 0 : Integer.parseInt(value.trim());
  }

  private static void outline(PDOutlineNode node, List<String> out) {
    if (node == null) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      out.add(nonNull(item.getTitle()));
      outline(item, out);
    }
  }

  /**
   * XLSX: every cell as formatted for display and as its raw value; headings are sheet names or
   * any text cell (the corpus README); section headings are the sheet names alone.
   */
  private static RenderedDocument readXlsx(byte[] bytes) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      DataFormatter formatter = new DataFormatter(Locale.UK);
      StringBuilder text = new StringBuilder();
      List<String> headings = new ArrayList<>();
      List<String> sheets = new ArrayList<>();
      int tables = 0;
      int charts = 0;
      for (Sheet sheet : wb) {
        XSSFSheet xs = (XSSFSheet) sheet;
        sheets.add(normalise(sheet.getSheetName()));
        tables += xs.getTables().size();
        charts += xs.getDrawingPatriarch() == null ? 0 : xs.getDrawingPatriarch().getCharts().size();
        for (Row row : sheet) {
          for (Cell cell : row) {
            String shown = shown(cell, formatter);
            text.append(shown).append('\n');
            if (effectiveType(cell) == CellType.STRING) {
              headings.add(normalise(shown));
            }
          }
        }
      }
      headings.addAll(0, sheets);
      String title = nonNull(wb.getProperties().getCoreProperties().getTitle());
      return new RenderedDocument(normalise(text.toString()), headings, sheets, title, -1, tables, charts);
    }
  }

  private static CellType effectiveType(Cell cell) {
    return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
  }

  private static String shown(Cell cell, DataFormatter formatter) {
    CellType type = effectiveType(cell);
    if (type == CellType.NUMERIC) {
      return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
          cell.getCellStyle().getDataFormatString()) + " " + BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString();
    }
    return type == CellType.STRING ? cell.getStringCellValue() : "";
  }

  /**
   * DOCX: body paragraphs and tables in order, then headers and footers; comments are left out,
   * since they are advice to the author and not what the reader is sent.
   */
  private static RenderedDocument readDocx(byte[] bytes) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder text = new StringBuilder();
      appendBody(doc.getBodyElements(), text);
      for (XWPFHeaderFooter hf : doc.getHeaderList()) {
        appendBody(hf.getBodyElements(), text);
      }
      for (XWPFHeaderFooter hf : doc.getFooterList()) {
        appendBody(hf.getBodyElements(), text);
      }
      List<String> headings = new ArrayList<>();
      List<String> sections = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        String style = nonNull(p.getStyle());
        if (style.matches("Title|Heading[1-3]")) {
          headings.add(normalise(p.getText()));
        }
        if (style.matches("Heading[1-9]")) {
          sections.add(normalise(p.getText()));
        }
      }
      long dataTables = doc.getTables().stream().filter(t -> !LAYOUT_TABLE_STYLE.equals(t.getStyleID())).count();
      String title = nonNull(doc.getProperties().getCoreProperties().getTitle());
      return new RenderedDocument(normalise(text.toString()), headings, sections, title, -1, (int) dataTables,
          doc.getCharts().size());
    }
  }

  private static void appendBody(List<IBodyElement> elements, StringBuilder sb) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        sb.append(p.getText()).append('\n');
      } else if (e instanceof XWPFTable t) {
        appendTable(t, sb);
      }
    }
  }

  private static void appendTable(XWPFTable t, StringBuilder sb) {
    for (XWPFTableRow row : t.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        appendBody(cell.getBodyElements(), sb);
      }
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
