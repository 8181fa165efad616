package dev.docgen.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * What a reader sees in a DOCX, PDF or XLSX file, read with independent libraries (POI, PDFBox):
 * its text, headings, tables (header rows), charts, pages, custom document properties and, for
 * workbooks, sheets and cells.
 */
final class GeneratedFile {
  final String format;
  final String text;
  final List<String> headings = new ArrayList<>();
  final List<List<String>> tableHeaders = new ArrayList<>();
  final Map<String, Map<String, String>> cells = new LinkedHashMap<>();
  /** Custom properties in file order: docProps/custom.xml for DOCX and XLSX, non-standard Info entries for PDF. */
  final Map<String, String> customProperties = new LinkedHashMap<>();
  int charts;
  int pages;

  private GeneratedFile(String format, String text) {
    this.format = format;
    this.text = text;
  }

  static GeneratedFile read(byte[] bytes) {
    try {
      if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
        return pdf(bytes);
      }
      if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
        String entries = new String(bytes, 0, Math.min(bytes.length, 1 << 20), java.nio.charset.StandardCharsets.ISO_8859_1);
        return entries.contains("xl/workbook.xml") ? xlsx(bytes) : docx(bytes);
      }
    } catch (IOException | RuntimeException e) {
      throw new AssertionError("the file cannot be read: " + e, e);
    }
    throw new AssertionError("not a DOCX, PDF or XLSX file");
  }

  private static GeneratedFile docx(byte[] bytes) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder b = new StringBuilder();
      List<String> headings = new ArrayList<>();
      doc.getParagraphs().forEach(p -> {
        b.append(p.getText()).append('\n');
        if (p.getStyle() != null && p.getStyle().matches("Title|Heading\\d")) {
          headings.add(p.getText());
        }
      });
      List<List<String>> headers = new ArrayList<>();
      for (XWPFTable t : doc.getTables()) {
        t.getRows().forEach(r -> {
          r.getTableCells().forEach(c -> b.append(c.getText()).append('\t'));
          b.append('\n');
        });
        if (!t.getRows().isEmpty()) {
          headers.add(t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).map(String::trim).toList());
        }
      }
      doc.getHeaderList().forEach(h -> b.append(h.getText()).append('\n'));
      GeneratedFile f = new GeneratedFile("docx", b.toString());
      f.headings.addAll(headings);
      f.tableHeaders.addAll(headers);
      f.charts = doc.getCharts().size();
      custom(doc.getProperties(), f.customProperties);
      return f;
    }
  }

  private static GeneratedFile pdf(byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      GeneratedFile f = new GeneratedFile("pdf", new PDFTextStripper().getText(doc));
      outline(doc.getDocumentCatalog().getDocumentOutline(), f.headings);
      f.pages = doc.getNumberOfPages();
      String charts = doc.getDocumentInformation().getCustomMetadataValue("DocgenCharts");
      f.charts = charts == null ? 0 : Integer.parseInt(charts);
      PDDocumentInformation info = doc.getDocumentInformation();
      for (String key : new java.util.TreeSet<>(info.getMetadataKeys())) {
        String value = info.getCustomMetadataValue(key);
        if (!STANDARD_INFO.contains(key) && value != null) {
          f.customProperties.put(key, value);
        }
      }
      return f;
    }
  }

  private static final java.util.Set<String> STANDARD_INFO = java.util.Set.of("Title", "Author", "Subject",
      "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "Trapped");

  /** Each custom property's name and value as text, whatever its type. */
  private static void custom(POIXMLProperties props, Map<String, String> out) {
    for (CTProperty p : props.getCustomProperties().getUnderlyingProperties().getPropertyList()) {
      try (XmlCursor c = p.newCursor()) {
        out.put(p.getName(), c.getTextValue());
      }
    }
  }

  private static void outline(PDOutlineNode node, List<String> out) {
    if (node == null) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      out.add(item.getTitle());
      outline(item, out);
    }
  }

  private static GeneratedFile xlsx(byte[] bytes) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      DataFormatter formatter = new DataFormatter(Locale.UK);
      StringBuilder b = new StringBuilder();
      Map<String, Map<String, String>> cells = new LinkedHashMap<>();
      List<String> sheets = new ArrayList<>();
      List<List<String>> headers = new ArrayList<>();
      int charts = 0;
      for (Sheet sheet : wb) {
        sheets.add(sheet.getSheetName());
        Map<String, String> values = new LinkedHashMap<>();
        for (Row row : sheet) {
          for (Cell cell : row) {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            String shown = type == CellType.NUMERIC ? formatter.formatRawCellContents(cell.getNumericCellValue(),
                cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())
                : type == CellType.STRING ? cell.getStringCellValue() : type == CellType.BOOLEAN
                    ? String.valueOf(cell.getBooleanCellValue()) : "";
            values.put(cell.getAddress().formatAsString(), shown);
            b.append(shown).append('\t');
          }
          b.append('\n');
        }
        cells.put(sheet.getSheetName(), values);
        XSSFSheet xs = (XSSFSheet) sheet;
        xs.getTables().forEach(t -> headers.add(t.getColumns().stream().map(c -> c.getName()).toList()));
        charts += xs.getDrawingPatriarch() == null ? 0 : xs.getDrawingPatriarch().getCharts().size();
      }
      GeneratedFile f = new GeneratedFile("xlsx", b.toString());
      f.headings.addAll(sheets);
      f.tableHeaders.addAll(headers);
      f.cells.putAll(cells);
      f.charts = charts;
      custom(wb.getProperties(), f.customProperties);
      return f;
    }
  }
}
