package dev.docgen.benchmarks;

import dev.docgen.api.DataInput;
import dev.docgen.api.DocumentIntent;
import dev.docgen.api.GenerationRequest;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.PromptInterpreter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole offline path, prompt to DOCX bytes, against plain POI writing the same amount of
 * content in the same JVM (the floor: serialisation alone, no interpretation, checks or styling).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OfflinePathBenchmark {
  private static final String STATUS = "Create a project status report for Q4 2025";
  private static final String SALES = "Quarterly sales report for Q3 2026 with revenue totals by region and a chart";
  private static final String UNNAMED = "Paperwork to go with the pallets we ship to Maison Lacroix in Lyon on Friday "
      + "4 December: 6 pallets, 240 cartons of Earl Grey tea (SKU TEA-EG-250), 60 cartons of Darjeeling (SKU TEA-DJ-250).";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

  private DocumentPipeline pipeline;
  private PromptInterpreter interpreter;
  private GenerationRequest statusRequest;
  private GenerationRequest salesRequest;
  private GenerationRequest unnamedRequest;

  @Setup
  public void setUp() throws IOException {
    pipeline = DocumentPipeline.builder().build();
    interpreter = new PromptInterpreter();
    statusRequest = GenerationRequest.builder(STATUS).format("docx").clock(CLOCK).build();
    unnamedRequest = GenerationRequest.builder(UNNAMED).format("docx").clock(CLOCK).build();
    String csv;
    try (InputStream in = OfflinePathBenchmark.class.getResourceAsStream("/sales-q3-2026.csv")) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    salesRequest = GenerationRequest.builder(SALES).format("docx").clock(CLOCK)
        .data(DataInput.csv("sales-q3-2026.csv", csv)).build();
  }

  @Benchmark
  public byte[] statusReport() {
    return pipeline.generate(statusRequest).bytes();
  }

  @Benchmark
  public byte[] salesReportWithData() {
    return pipeline.generate(salesRequest).bytes();
  }

  @Benchmark
  public DocumentIntent interpretOnly() {
    return interpreter.interpret(SALES);
  }

  /** A request that never names its kind: the names are scanned, then MiniLM and word overlap compare it with the examples. */
  @Benchmark
  public DocumentIntent interpretUnnamed() {
    return interpreter.interpret(UNNAMED);
  }

  /** The same request to a finished DOCX: a delivery note with its lines, parties and date. */
  @Benchmark
  public byte[] unnamedDeliveryNote() {
    return pipeline.generate(unnamedRequest).bytes();
  }

  /** Plain POI: a title, six headings, eight paragraphs and two 5-column tables, no styles. */
  @Benchmark
  public byte[] rawPoiStatusReport() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Project Status Report — Q4 2025");
      String[] headings = {"Executive Summary", "Progress and Milestones", "Accomplishments", "Risks and Issues",
          "Budget and Resources", "Next Steps"};
      for (int h = 0; h < headings.length; h++) {
        doc.createParagraph().createRun().setText(headings[h]);
        if (h < 4) {
          doc.createParagraph().createRun().setText("Overall status for Q4 2025: summarise in three sentences what was "
              + "delivered, what is at risk, and what decision or help is needed from the steering group.");
          doc.createParagraph().createRun().setText("Milestones planned in Q4 2025, with their current status.");
        }
        if (h == 1 || h == 3) {
          XWPFTable t = doc.createTable(4, 5);
          for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 5; c++) {
              t.getRow(r).getCell(c).setText(r == 0 ? "Header " + c : "[Cell " + r + "." + c + "]");
            }
          }
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }
}
