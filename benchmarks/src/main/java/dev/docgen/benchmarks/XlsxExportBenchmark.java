package dev.docgen.benchmarks;

import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.Metadata;
import dev.docgen.xlsx.XlsxStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 200,000 rows × 10 columns (6 numbers, 2 repeating strings, 2 unique strings) to XLSX: docgen's
 * streaming writer with every feature on, fastexcel 0.19 and POI SXSSF at their defaults and at
 * docgen's settings (deflate level 4, same features where they have them), and the ceiling:
 * deflating docgen's own sheet XML at level 4 with nothing else. Divide 200,000 by the time for
 * rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class XlsxExportBenchmark {
  static final int ROWS = 200_000;
  static final int LEVEL = 4;
  private static final String[] HEADERS = {"Id", "Region", "Product", "Order ref", "Customer", "Units", "Price",
      "Amount", "Discount", "Weight"};
  private static final List<Column> COLUMNS = List.of(Column.of("Id", ColumnType.INTEGER), Column.text("Region"),
      Column.text("Product"), Column.text("Order ref"), Column.text("Customer"),
      Column.of("Units", ColumnType.INTEGER), Column.currency("Price", "EUR"), Column.currency("Amount", "EUR"),
      Column.of("Discount", ColumnType.PERCENT), Column.of("Weight", ColumnType.DECIMAL));
  private static final String[] FORMATS = {"#,##0", null, null, null, null, "#,##0", "\"€\"#,##0.00",
      "\"€\"#,##0.00", "0.0%", "#,##0.00"};
  private static final String[] REGIONS = {"North", "South", "East", "West"};
  private static final String[] PRODUCTS = {"Cable", "Display", "Adapter", "Storage", "Dock", "Mouse", "Keyboard"};

  private Object[][] rows;
  private byte[] sheetXml;

  @Setup
  public void setUp() throws IOException {
    rows = new Object[ROWS][];
    for (int i = 0; i < ROWS; i++) {
      long units = i % 50 + 1;
      rows[i] = new Object[] {(long) i, REGIONS[i % 4], PRODUCTS[i % 7], "ORD-" + i, "Customer " + (i * 7919L % 1_000_003),
          units, 19.5, units * 19.5, 0.05, (i % 1000) / 10.0};
    }
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docgen()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          sheetXml = zip.readAllBytes();
        }
      }
    }
  }

  /** docgen: Excel table, typed cells, locale formats, header style, frozen pane, fitted widths, totals row. */
  @Benchmark
  public byte[] docgen() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
    try (XlsxStream x = XlsxStream.open(out, Metadata.of("Orders", LocalDate.of(2026, 11, 28)),
        Instant.parse("2026-11-28T09:00:00Z"), LEVEL)) {
      XlsxStream.Table t = x.table("Orders", COLUMNS);
      for (Object[] r : rows) {
        t.row(r);
      }
    }
    return out.toByteArray();
  }

  /** fastexcel with nothing set: its default level, values only. */
  @Benchmark
  public byte[] fastexcelDefaults() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
    org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "bench", "1.0");
    org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Orders");
    fastexcelCells(ws);
    wb.finish();
    return out.toByteArray();
  }

  /** fastexcel at level 4 with the same features it has: column formats, bold header, frozen pane, table, totals. */
  @Benchmark
  public byte[] fastexcelEqual() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
    org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "bench", "1.0");
    wb.setCompressionLevel(LEVEL);
    org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Orders");
    for (int c = 0; c < FORMATS.length; c++) {
      ws.width(c, 14);
      if (FORMATS[c] != null) {
        ws.style(c).format(FORMATS[c]).set();
      }
    }
    ws.range(0, 0, 0, HEADERS.length - 1).style().bold().set();
    ws.freezePane(0, 1);
    ws.range(0, 0, ROWS, HEADERS.length - 1).createTable(HEADERS);
    fastexcelCells(ws);
    for (int c : new int[] {5, 7}) {
      String col = String.valueOf((char) ('A' + c));
      ws.formula(ROWS + 1, c, "SUBTOTAL(109," + col + "2:" + col + (ROWS + 1) + ")");
    }
    wb.finish();
    return out.toByteArray();
  }

  private void fastexcelCells(org.dhatim.fastexcel.Worksheet ws) throws IOException {
    for (int c = 0; c < HEADERS.length; c++) {
      ws.value(0, c, HEADERS[c]);
    }
    for (int i = 0; i < ROWS; i++) {
      Object[] r = rows[i];
      for (int c = 0; c < r.length; c++) {
        if (r[c] instanceof String s) {
          ws.value(i + 1, c, s);
        } else {
          ws.value(i + 1, c, (Number) r[c]);
        }
      }
      if (i % 1000 == 999) {
        ws.flush();
      }
    }
  }

  /** POI SXSSF with nothing set: inline strings, default zip level, values only. */
  @Benchmark
  public byte[] sxssfDefaults() throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      sxssfCells(wb, wb.createSheet("Orders"), null);
      ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
      wb.write(out);
      wb.dispose();
      return out.toByteArray();
    }
  }

  /** SXSSF at level 4, inline strings (as docgen), column formats, bold header, frozen pane, totals formulas. */
  @Benchmark
  public byte[] sxssfEqual() throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100) {
      @Override
      protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(LEVEL);
        return zip;
      }
    }) {
      wb.setCompressTempFiles(false);
      CellStyle[] styles = new CellStyle[FORMATS.length];
      for (int c = 0; c < FORMATS.length; c++) {
        if (FORMATS[c] != null) {
          styles[c] = wb.createCellStyle();
          styles[c].setDataFormat(wb.createDataFormat().getFormat(FORMATS[c]));
        }
      }
      Sheet sheet = wb.createSheet("Orders");
      sheet.createFreezePane(0, 1);
      for (int c = 0; c < FORMATS.length; c++) {
        sheet.setColumnWidth(c, 14 * 256);
      }
      sxssfCells(wb, sheet, styles);
      Row totals = sheet.createRow(ROWS + 1);
      for (int c : new int[] {5, 7}) {
        String col = String.valueOf((char) ('A' + c));
        totals.createCell(c).setCellFormula("SUBTOTAL(109," + col + "2:" + col + (ROWS + 1) + ")");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
      wb.write(out);
      wb.dispose();
      return out.toByteArray();
    }
  }

  private void sxssfCells(SXSSFWorkbook wb, Sheet sheet, CellStyle[] styles) {
    Row header = sheet.createRow(0);
    CellStyle bold = null;
    if (styles != null) {
      bold = wb.createCellStyle();
      var font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
    }
    for (int c = 0; c < HEADERS.length; c++) {
      var cell = header.createCell(c);
      cell.setCellValue(HEADERS[c]);
      if (bold != null) {
        cell.setCellStyle(bold);
      }
    }
    for (int i = 0; i < ROWS; i++) {
      Row row = sheet.createRow(i + 1);
      Object[] r = rows[i];
      for (int c = 0; c < r.length; c++) {
        var cell = row.createCell(c);
        if (r[c] instanceof String s) {
          cell.setCellValue(s);
        } else {
          cell.setCellValue(((Number) r[c]).doubleValue());
        }
        if (styles != null && styles[c] != null) {
          cell.setCellStyle(styles[c]);
        }
      }
    }
  }

  /** The ceiling: deflating docgen's own sheet XML at level 4, nothing else. */
  @Benchmark
  public long rawDeflate() {
    Deflater d = new Deflater(LEVEL, true);
    d.setInput(sheetXml);
    d.finish();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    while (!d.finished()) {
      total += d.deflate(buf);
    }
    d.end();
    return total;
  }

  /** Prints each writer's file size and the sheet XML size. */
  public static void main(String[] args) throws IOException {
    XlsxExportBenchmark b = new XlsxExportBenchmark();
    b.setUp();
    System.out.printf("sheet xml %,d bytes%n", b.sheetXml.length);
    System.out.printf("docgen %,d; fastexcel defaults %,d, equal %,d; sxssf defaults %,d, equal %,d bytes%n",
        b.docgen().length, b.fastexcelDefaults().length, b.fastexcelEqual().length, b.sxssfDefaults().length,
        b.sxssfEqual().length);
    if (args.length > 0) {
      java.nio.file.Files.write(java.nio.file.Path.of(args[0], "docgen.xlsx"), b.docgen());
      java.nio.file.Files.write(java.nio.file.Path.of(args[0], "fastexcel.xlsx"), b.fastexcelEqual());
    }
  }
}
