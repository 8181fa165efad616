package dev.docgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docgen.api.Artifact;
import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationRequest;
import dev.docgen.core.DocumentPipeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every request of the shared corpus through the pipeline and checks each {@code expect} entry
 * as the corpus README defines it, reading the output file back with POI's own model rather than
 * docgen's inspector.
 */
class CorpusEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
  private static final DocumentPipeline PIPELINE = DocumentPipeline.builder().build();
  private static final Path OUT = Paths.get("target", "corpus-out");

  static Stream<Arguments> requests() throws IOException, URISyntaxException {
    Path file = corpus().resolve("prompts-dev.jsonl");
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode r = JSON.readTree(line);
      out.add(Arguments.of(r.get("id").asText(), r));
    }
    return out.stream();
  }

  private static Path corpus() throws URISyntaxException {
    return Paths.get(CorpusEndToEndTest.class.getResource("/corpus/prompts-dev.jsonl").toURI()).getParent();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void corpus_request_meets_every_expectation(String id, JsonNode request) throws Exception {
    GenerationRequest.Builder b = GenerationRequest.builder(request.get("prompt").asText())
        .format(request.get("format").asText()).clock(CLOCK);
    if (request.hasNonNull("data")) {
      b.data(DataInput.of(corpus().resolve(request.get("data").asText())));
    }
    String format = request.get("format").asText();
    Artifact artifact = PIPELINE.generate(b.build());
    Files.createDirectories(OUT);
    artifact.writeTo(OUT.resolve(id + "." + format));
    assertThat(artifact.quality().passed()).as(artifact.quality().findings().toString()).isTrue();
    if (format.equals("pdf")) {
      checkPdf(artifact.bytes(), request.get("expect"));
      return;
    }
    if (format.equals("xlsx")) {
      checkXlsx(artifact.bytes(), request.get("expect"));
      return;
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(artifact.bytes()))) {
      check(doc, request.get("expect"));
    }
  }

  /** PDF: text from PDFBox extraction, headings from the bookmark outline. */
  private static void checkPdf(byte[] bytes, JsonNode expect) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(doc).toLowerCase(Locale.ROOT).replace('\u00a0', ' ')
          .replace('\u202f', ' ');
      List<String> headings = new ArrayList<>();
      outline(doc.getDocumentCatalog().getDocumentOutline(), headings);
      checkCommon(text, headings, expect);
      assertThat(doc.getNumberOfPages()).as("pages").isGreaterThanOrEqualTo(expect.path("min_pages").asInt(1));
      String tables = doc.getDocumentInformation().getCustomMetadataValue("DocgenTables");
      String charts = doc.getDocumentInformation().getCustomMetadataValue("DocgenCharts");
      assertThat(Integer.parseInt(tables)).as("tables").isGreaterThanOrEqualTo(expect.path("min_tables").asInt(0));
      assertThat(Integer.parseInt(charts)).as("charts").isGreaterThanOrEqualTo(expect.path("min_charts").asInt(0));
    }
  }

  /**
   * XLSX: text is every cell as formatted for display and as its raw value; headings are sheet
   * names or any cell (the corpus README); tables are Excel tables, charts are drawing charts.
   */
  private static void checkXlsx(byte[] bytes, JsonNode expect) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      DataFormatter formatter = new DataFormatter(Locale.UK);
      StringBuilder text = new StringBuilder();
      List<String> headings = new ArrayList<>();
      int tables = 0;
      int charts = 0;
      for (Sheet sheet : wb) {
        XSSFSheet xs = (XSSFSheet) sheet;
        headings.add(sheet.getSheetName().toLowerCase(Locale.ROOT));
        tables += xs.getTables().size();
        charts += xs.getDrawingPatriarch() == null ? 0 : xs.getDrawingPatriarch().getCharts().size();
        for (Row row : sheet) {
          for (Cell cell : row) {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            String shown = type == CellType.NUMERIC
                ? formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString()) + " "
                    + BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString()
                : type == CellType.STRING ? cell.getStringCellValue() : "";
            text.append(shown).append('\t');
            if (type == CellType.STRING) {
              headings.add(shown.toLowerCase(Locale.ROOT));
            }
          }
          text.append('\n');
        }
      }
      checkCommon(text.toString().toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replace('\u202f', ' '), headings,
          expect);
      assertThat(tables).as("tables").isGreaterThanOrEqualTo(expect.path("min_tables").asInt(0));
      assertThat(charts).as("charts").isGreaterThanOrEqualTo(expect.path("min_charts").asInt(0));
    }
  }

  private static void outline(PDOutlineNode node, List<String> out) {
    if (node == null) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      out.add(item.getTitle().toLowerCase(Locale.ROOT));
      outline(item, out);
    }
  }

  private static void check(XWPFDocument doc, JsonNode expect) {
    String text = text(doc).toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replace('\u202f', ' ');
    List<String> headings = doc.getParagraphs().stream()
        .filter(p -> p.getStyle() != null && p.getStyle().matches("Title|Heading[1-3]"))
        .map(p -> p.getText().toLowerCase(Locale.ROOT)).toList();
    checkCommon(text, headings, expect);
    long dataTables = doc.getTables().stream().filter(t -> !"DocgenLayoutTable".equals(t.getStyleID())).count();
    assertThat(dataTables).as("tables").isGreaterThanOrEqualTo(expect.path("min_tables").asInt(0));
    assertThat(doc.getCharts()).as("charts").hasSizeGreaterThanOrEqualTo(expect.path("min_charts").asInt(0));
  }

  private static void checkCommon(String text, List<String> headings, JsonNode expect) {    for (JsonNode s : expect.path("contains")) {
      assertThat(text).as("document text contains '%s'", s.asText()).contains(s.asText().toLowerCase(Locale.ROOT));
    }
    for (JsonNode group : expect.path("headings")) {
      List<String> words = new ArrayList<>();
      group.forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
      assertThat(headings).as("a heading containing one of %s in %s", words, headings)
          .anyMatch(h -> words.stream().anyMatch(h::contains));
    }
    for (JsonNode n : expect.path("numbers")) {
      List<String> forms = numberForms(n.decimalValue());
      assertThat(forms).as("number %s in any usual form", n.asText()).anyMatch(text::contains);
    }
  }

  private static String text(XWPFDocument doc) {
    StringBuilder sb = new StringBuilder();
    doc.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
    for (XWPFTable t : doc.getTables()) {
      appendTable(t, sb);
    }
    return sb.toString();
  }

  private static void appendTable(XWPFTable t, StringBuilder sb) {
    for (XWPFTableRow row : t.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        cell.getParagraphs().forEach(p -> sb.append(p.getText()).append('\t'));
        cell.getTables().forEach(inner -> appendTable(inner, sb));
      }
      sb.append('\n');
    }
  }

  private static List<String> numberForms(BigDecimal value) {
    List<String> forms = new ArrayList<>();
    forms.add(value.toPlainString());
    for (Locale l : List.of(Locale.UK, Locale.GERMANY)) {
      for (String pattern : List.of("#,##0.00", "#,##0")) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(l));
        if (pattern.endsWith("0.00") || value.stripTrailingZeros().scale() <= 0) {
          forms.add(f.format(value));
        }
      }
    }
    return forms;
  }

  static {
    try {
      Files.createDirectories(OUT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unused")
  private static boolean isHeading(XWPFParagraph p) {
    return p.getStyle() != null && p.getStyle().startsWith("Heading");
  }
}
