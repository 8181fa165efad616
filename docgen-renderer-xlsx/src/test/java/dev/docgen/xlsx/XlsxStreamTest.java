package dev.docgen.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.spi.RenderOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxStreamTest {
  /** The benchmark's row shape: 6 numbers, 2 repeating strings, 2 unique strings. */
  static final List<Column> COLUMNS = List.of(Column.of("Id", ColumnType.INTEGER), Column.text("Region"),
      Column.text("Product"), Column.text("Order ref"), Column.text("Customer"),
      Column.of("Units", ColumnType.INTEGER), Column.currency("Price", "EUR"), Column.currency("Amount", "EUR"),
      Column.of("Discount", ColumnType.PERCENT), Column.of("Weight", ColumnType.DECIMAL));
  static final String[] REGIONS = {"North", "South", "East", "West"};
  static final String[] PRODUCTS = {"Cable", "Display", "Adapter", "Storage", "Dock", "Mouse", "Keyboard"};

  static void writeRows(XlsxStream.Table t, int rows) {
    for (int i = 0; i < rows; i++) {
      long units = i % 50 + 1;
      t.row((long) i, REGIONS[i % 4], PRODUCTS[i % 7], "ORD-" + i, "Customer " + (i * 7919L % 1_000_003),
          units, 19.5, units * 19.5, 0.05, (i % 1000) / 10.0);
    }
  }

  /** The exact sum of the Units column for {@code rows} rows: a check that the totals row is right. */
  static long unitsTotal(int rows) {
    long sum = 0;
    for (int i = 0; i < rows; i++) {
      sum += i % 50 + 1;
    }
    return sum;
  }

  @Test
  void a_streamed_table_has_every_feature_of_a_rendered_one() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxStream x = XlsxStream.open(out, Metadata.of("Orders", LocalDate.of(2026, 11, 28)),
        Instant.parse("2026-11-28T09:00:00Z"))) {
      writeRows(x.table("Orders", COLUMNS), 500);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet sheet = wb.getSheet("Orders");
      XSSFTable t = sheet.getTables().get(0);
      assertThat(t.getColumns()).hasSize(10);
      assertThat(t.getEndRowIndex() - t.getStartRowIndex()).isEqualTo(501);
      var units = sheet.getRow(t.getEndRowIndex()).getCell(5);
      assertThat(units.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(units.getCellFormula()).isEqualTo("SUBTOTAL(109,F4:F503)");
      assertThat((long) units.getNumericCellValue()).isEqualTo(unitsTotal(500));
      assertThat(sheet.getRow(t.getEndRowIndex()).getCell(7).getNumericCellValue()).isEqualTo(unitsTotal(500) * 19.5);
      assertThat(sheet.getRow(3).getCell(7).getCellStyle().getDataFormatString()).contains("€");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getColumnWidth(4)).isGreaterThan(256 * 12);
    }
    assertThat(new XlsxInspector().inspect(out.toByteArray(),
        dev.docgen.api.model.DocumentSpec.builder(Metadata.of("Orders", LocalDate.of(2026, 11, 28))).build())
        .findings()).isEmpty();
  }

  @Test
  void rows_after_close_are_refused() {
    try (XlsxStream x = XlsxStream.open(OutputStream.nullOutputStream(), Metadata.of("T", LocalDate.of(2026, 1, 1)),
        Instant.EPOCH)) {
      XlsxStream.Table t = x.table("T", COLUMNS);
      t.close();
      assertThatThrownBy(() -> t.row(1L)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
  }

  /** One million rows of ten columns written by a child JVM limited to a 256 MB heap. */
  @Test
  void a_million_rows_stream_in_a_256_mb_heap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("million.xlsx");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), MillionRows.class.getName(), file.toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    // Read the sheet back as a stream: count the data rows and check the totals row's cached values.
    long rows = 0;
    String lastUnits = null;
    String lastFormula = null;
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.getName().equals("xl/worksheets/sheet1.xml")) {
          continue;
        }
        XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(nonClosing(zip));
        String cell = null;
        String formula = null;
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
              case "row" -> rows++;
              case "c" -> cell = r.getAttributeValue(null, "r");
              case "f" -> formula = r.getElementText();
              case "v" -> {
                String v = r.getElementText();
                if (cell != null && cell.startsWith("F")) {
                  lastUnits = v;
                  lastFormula = formula;
                }
                formula = null;
              }
              default -> { }
            }
          }
        }
      }
    }
    assertThat(rows).as("title, header, 1,000,000 rows, totals").isEqualTo(1_000_003);
    assertThat(lastFormula).isEqualTo("SUBTOTAL(109,F4:F1000003)");
    assertThat(new BigDecimal(lastUnits)).isEqualByComparingTo(BigDecimal.valueOf(unitsTotal(1_000_000)));
  }

  @Test
  void a_stream_opened_with_render_options_carries_their_custom_properties() throws Exception {
    RenderOptions options = RenderOptions.at(Instant.parse("2026-11-28T09:00:00Z"))
        .withProperties(Map.of("docgen.model", "gpt-test", "docgen.promptHash", "abc123"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxStream x = XlsxStream.open(out, Metadata.of("Orders", LocalDate.of(2026, 11, 28)), options)) {
      writeRows(x.table("Orders", COLUMNS), 10);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var custom = wb.getProperties().getCustomProperties();
      assertThat(custom.getProperty("docgen.model").getLpwstr()).isEqualTo("gpt-test");
      assertThat(custom.getProperty("docgen.promptHash").getLpwstr()).isEqualTo("abc123");
      assertThat(wb.getSheet("Orders").getTables()).hasSize(1);
    }
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() { }
    };
  }

  /** Child-process entry point. */
  public static final class MillionRows {
    public static void main(String[] args) throws Exception {
      try (OutputStream out = Files.newOutputStream(Path.of(args[0]));
          XlsxStream x = XlsxStream.open(out, Metadata.of("Orders", LocalDate.of(2026, 11, 28)), Instant.EPOCH)) {
        writeRows(x.table("Orders", COLUMNS), 1_000_000);
      }
    }
  }
}
