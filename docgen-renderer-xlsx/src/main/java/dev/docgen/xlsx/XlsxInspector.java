package dev.docgen.xlsx;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.Finding;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.spi.Inspection;
import dev.docgen.api.spi.OutputInspector;
import dev.docgen.xlsx.internal.StreamingInspection;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;

/**
 * Re-opens XLSX bytes and reports what a reader sees: every cell's text (formatted and raw), sheet
 * names and heading cells, the Excel tables and charts. It checks that each table's header row
 * matches its columns, that each totals formula's cached value equals the sum (or average) of the
 * cells it covers, that every chart reads ranges that exist and hold values, and that no cell
 * outside a totals row holds a formula. Never throws for a bad file.
 *
 * <p>Files up to {@link #STREAMING_LIMIT} are read with Apache POI, the independent reader. Larger
 * ones are read by a streaming reader (zip and StAX, one pass per sheet, memory bounded by what
 * the checks keep) that gives the same result as POI would; where it cannot read a file, POI reads
 * it if the file is at most {@link #FULL_CHECK_LIMIT}, else only its structure is counted.
 */
public final class XlsxInspector implements OutputInspector {
  /**
   * Files larger than this (1 MB) are inspected by the streaming reader instead of POI: POI's
   * in-memory model costs seconds and ~50× the file's size in heap on a 100,000-row sheet, the
   * streaming reader a fraction of both, for the same text, counts and findings.
   */
  public static final int STREAMING_LIMIT = 1 << 20;
  /**
   * The largest file POI is still asked to read when the streaming reader cannot (a package using
   * something it does not reproduce, or a broken one); above it such a file is checked for
   * structure only.
   */
  public static final int FULL_CHECK_LIMIT = 8 << 20;
  private static final Pattern SUBTOTAL = Pattern.compile("SUBTOTAL\\((109|101),\\$?([A-Z]+)\\$?(\\d+):\\$?([A-Z]+)\\$?(\\d+)\\)");

  @Override
  public String id() {
    return "xlsx";
  }

  @Override
  public Inspection inspect(byte[] bytes, DocumentSpec spec) {
    requireNonNull(bytes, "bytes");
    requireNonNull(spec, "spec");
    if (bytes.length <= STREAMING_LIMIT) {
      return inspectWithPoi(bytes);
    }
    try {
      return inspectStreaming(bytes);
    } catch (Exception | LinkageError e) {
      return bytes.length <= FULL_CHECK_LIMIT ? inspectWithPoi(bytes) : structureOnly(bytes, e);
    }
  }

  /** The streaming reader's inspection; throws where it cannot read the file. */
  static Inspection inspectStreaming(byte[] bytes) throws Exception {
    return StreamingInspection.inspect(bytes);
  }

  /** The inspection by Apache POI's in-memory model, whatever the file's size. */
  static Inspection inspectWithPoi(byte[] bytes) {
    List<Finding> findings = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      DataFormatter formatter = new DataFormatter(Locale.UK);
      java.util.Map<Integer, StyleFacts> styles = new java.util.HashMap<>();
      StringBuilder text = new StringBuilder();
      List<String> headings = new ArrayList<>();
      int tables = 0;
      int charts = 0;
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        headings.add(sheet.getSheetName());
        text.append(sheet.getSheetName()).append('\n');
        List<Integer> totalsRows = new ArrayList<>();
        for (XSSFTable t : sheet.getTables()) {
          tables++;
          checkTable(sheet, t, findings);
          if (t.getTotalsRowCount() > 0) {
            totalsRows.add(t.getEndRowIndex());
          }
        }
        for (Row row : sheet) {
          for (Cell cell : row) {
            // Style lookups go through XMLBeans and cost more than the cell itself: once per style.
            org.apache.poi.xssf.usermodel.XSSFCellStyle style = (org.apache.poi.xssf.usermodel.XSSFCellStyle) cell.getCellStyle();
            StyleFacts facts = styles.computeIfAbsent((int) style.getIndex(), i -> {
              XSSFFont font = wb.getFontAt(style.getFontIndex());
              return new StyleFacts(style.getDataFormat(), style.getDataFormatString(),
                  font.getBold() && font.getFontHeightInPoints() >= 13);
            });
            cellText(cell, formatter, facts, text);
            if (cell.getCellType() == CellType.FORMULA && !totalsRows.contains(row.getRowNum())) {
              findings.add(Finding.error("xlsx.unexpected-formula", "cell " + where(sheet, cell)
                  + " holds a formula outside a totals row: " + cell.getCellFormula(), where(sheet, cell)));
            }
            if (facts.heading() && cell.getCellType() == CellType.STRING) {
              headings.add(cell.getStringCellValue());
            }
          }
          text.append('\n');
        }
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing != null) {
          for (XSSFChart chart : drawing.getCharts()) {
            charts++;
            checkChart(wb, sheet, chart, findings);
          }
        }
      }
      return new Inspection(text.toString(), headings, tables, charts, 0, findings);
    } catch (Exception | LinkageError e) {
      findings.add(Finding.error("xlsx.unreadable", "POI cannot open the workbook: " + e, ""));
      return new Inspection("", List.of(), 0, 0, 0, findings);
    }
  }

  /** What the inspector needs of a cell style. */
  private record StyleFacts(short format, String formatString, boolean heading) {}

  private static void cellText(Cell cell, DataFormatter formatter, StyleFacts style, StringBuilder out) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC) {
      out.append(formatter.formatRawCellContents(cell.getNumericCellValue(), style.format(), style.formatString()))
          .append(' ')
          .append(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()).append('\t');
    } else if (type == CellType.STRING) {
      out.append(cell.getRichStringCellValue().getString()).append('\t');
    } else if (type == CellType.BOOLEAN) {
      out.append(cell.getBooleanCellValue()).append('\t');
    }
  }

  private static void checkTable(XSSFSheet sheet, XSSFTable t, List<Finding> findings) {
    int headerRow = t.getStartRowIndex();
    Row header = sheet.getRow(headerRow);
    List<CTTableColumn> columns = t.getCTTable().getTableColumns().getTableColumnList();
    for (int i = 0; i < columns.size(); i++) {
      int c = t.getStartColIndex() + i;
      Cell cell = header == null ? null : header.getCell(c);
      String name = columns.get(i).getName();
      if (cell == null || cell.getCellType() != CellType.STRING || !cell.getStringCellValue().equals(name)) {
        findings.add(Finding.error("xlsx.table-header", "table " + t.getName() + ": header cell "
            + new CellReference(headerRow, c).formatAsString() + " does not read '" + name + "'", sheet.getSheetName()));
      }
    }
    if (t.getTotalsRowCount() == 0) {
      return;
    }
    Row totals = sheet.getRow(t.getEndRowIndex());
    if (totals == null) {
      return;
    }
    for (Cell cell : totals) {
      if (cell.getCellType() != CellType.FORMULA) {
        continue;
      }
      Matcher m = SUBTOTAL.matcher(cell.getCellFormula().replace(" ", ""));
      if (!m.matches()) {
        continue;
      }
      int col = CellReference.convertColStringToIndex(m.group(2));
      int from = Integer.parseInt(m.group(3)) - 1;
      int to = Integer.parseInt(m.group(5)) - 1;
      BigDecimal sum = BigDecimal.ZERO;
      int n = 0;
      for (int r = from; r <= to; r++) {
        Row row = sheet.getRow(r);
        Cell v = row == null ? null : row.getCell(col);
        if (v != null && v.getCellType() == CellType.NUMERIC) {
          sum = sum.add(BigDecimal.valueOf(v.getNumericCellValue()));
          n++;
        }
      }
      BigDecimal expected = m.group(1).equals("101") && n > 0
          ? sum.divide(BigDecimal.valueOf(n), java.math.MathContext.DECIMAL64) : sum;
      BigDecimal cached = BigDecimal.valueOf(cell.getNumericCellValue());
      BigDecimal tolerance = expected.abs().multiply(new BigDecimal("1e-9")).max(new BigDecimal("0.005"));
      if (cached.subtract(expected).abs().compareTo(tolerance) > 0) {
        findings.add(Finding.error("xlsx.total-mismatch", "table " + t.getName() + ": total in " + where(sheet, cell)
            + " shows " + cached.toPlainString() + " but the cells it covers sum to " + expected.toPlainString(),
            sheet.getSheetName()));
      }
    }
  }

  private static void checkChart(XSSFWorkbook wb, XSSFSheet sheet, XSSFChart chart, List<Finding> findings) {
    String xml = chart.getCTChartSpace().xmlText();
    Matcher m = Pattern.compile("<(?:\\w+:)?f>([^<]+)</(?:\\w+:)?f>").matcher(xml);
    int refs = 0;
    while (m.find()) {
      refs++;
      String ref = m.group(1).replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
          .replace("&#13;", "\r").replace("&amp;", "&");
      try {
        AreaReference area = new AreaReference(ref, wb.getSpreadsheetVersion());
        String sheetName = area.getFirstCell().getSheetName();
        XSSFSheet target = sheetName == null ? sheet : wb.getSheet(sheetName);
        if (target == null) {
          findings.add(Finding.error("xlsx.chart-range", "a chart on " + sheet.getSheetName() + " reads " + ref
              + " but sheet '" + sheetName + "' does not exist", sheet.getSheetName()));
          continue;
        }
        for (CellReference c : area.getAllReferencedCells()) {
          Row row = target.getRow(c.getRow());
          Cell cell = row == null ? null : row.getCell(c.getCol());
          if (cell == null || cell.getCellType() == CellType.BLANK) {
            findings.add(Finding.error("xlsx.chart-range", "a chart on " + sheet.getSheetName() + " reads " + ref
                + " but " + c.formatAsString() + " is empty", sheet.getSheetName()));
            break;
          }
        }
      } catch (IllegalArgumentException e) {
        findings.add(Finding.error("xlsx.chart-range", "a chart on " + sheet.getSheetName() + " has an invalid range "
            + ref, sheet.getSheetName()));
      }
    }
    if (refs == 0) {
      findings.add(Finding.error("xlsx.chart-range", "a chart on " + sheet.getSheetName() + " reads no cells",
          sheet.getSheetName()));
    }
  }

  /**
   * For very large files the streaming reader could not read ({@code why}): count tables and charts
   * from the package parts without loading the cells.
   */
  private static Inspection structureOnly(byte[] bytes, Throwable why) {
    List<Finding> findings = new ArrayList<>();
    if (!(why instanceof StreamingInspection.Unsupported)) {
      findings.add(Finding.error("xlsx.unreadable", "the workbook's cells cannot be read: " + why, ""));
    }
    int tables = 0;
    int charts = 0;
    List<String> names = new ArrayList<>();
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String n = e.getName();
        if (n.startsWith("xl/tables/table") && n.endsWith(".xml")) {
          tables++;
        } else if (n.startsWith("xl/charts/chart") && n.endsWith(".xml")) {
          charts++;
        } else if (n.equals("xl/workbook.xml")) {
          Matcher m = Pattern.compile("<sheet name=\"([^\"]*)\"").matcher(new String(zip.readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8));
          while (m.find()) {
            names.add(m.group(1));
          }
        }
      }
    } catch (java.io.IOException e) {
      findings.add(Finding.error("xlsx.unreadable", "the workbook is not a readable zip: " + e.getMessage(), ""));
    }
    findings.add(Finding.info("xlsx.structure-only", "workbook over " + (FULL_CHECK_LIMIT >> 20)
        + " MB that the streaming reader cannot check (" + why.getMessage() + "): tables and charts counted,"
        + " cells not re-read", ""));
    return new Inspection(String.join("\n", names), names, tables, charts, 0, findings);
  }

  private static String where(XSSFSheet sheet, Cell cell) {
    return "'" + sheet.getSheetName() + "'!" + new CellReference(cell).formatAsString(false);
  }
}
