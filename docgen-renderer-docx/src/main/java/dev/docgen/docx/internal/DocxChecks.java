package dev.docgen.docx.internal;

import dev.docgen.api.Finding;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Section;
import dev.docgen.api.spi.Inspection;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The DOCX inspector's work: re-reads the bytes with POI and collects text, headings, data tables
 * and charts, then checks headings, empty runs, unresolved tags and repeating header rows. Tables
 * styled {@code DocgenLayoutTable} (key-value blocks and callouts) are layout, not data.
 */
public final class DocxChecks {
  private static final Set<String> HEADING_STYLES = Set.of("Title", "Heading1", "Heading2", "Heading3");

  private final List<String> lines = new ArrayList<>();
  private final List<String> headings = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final EmptyRuns emptyRuns = new EmptyRuns();
  private int tables;

  private DocxChecks() {}

  /** Inspects {@code bytes}; a file that cannot be opened gives an ERROR finding, never an exception. */
  public static Inspection inspect(byte[] bytes, DocumentSpec spec) {
    DocxChecks checks = new DocxChecks();
    int charts;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      checks.body(doc.getBodyElements());
      charts = doc.getCharts().size();
    } catch (Exception | LinkageError e) {
      Finding f = Finding.error("docx.unreadable", "the file cannot be opened as a Word document: " + e, "");
      return new Inspection("", List.of(), 0, 0, 0, List.of(f));
    }
    checks.finish(spec);
    return new Inspection(String.join("\n", checks.lines), checks.headings, checks.tables, charts, 0, checks.findings);
  }

  private void body(List<IBodyElement> elements) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        paragraph(p);
      } else if (e instanceof XWPFTable t) {
        table(t);
      }
    }
  }

  private void paragraph(XWPFParagraph p) {
    String text = p.getText();
    if (!text.isBlank()) {
      lines.add(text);
    }
    if (p.getStyleID() != null && HEADING_STYLES.contains(p.getStyleID())) {
      headings.add(text.strip());
    }
    emptyRuns.scan(p);
  }

  private void table(XWPFTable t) {
    boolean data = !StyleSheet.LAYOUT_TABLE.equals(t.getStyleID());
    if (data) {
      tables++;
      if (t.getRows().isEmpty() || !t.getRow(0).isRepeatHeader()) {
        findings.add(Finding.error("docx.table-without-header",
            "data table " + tables + " has no header row marked to repeat on every page", "table " + tables));
      }
    }
    for (XWPFTableRow row : t.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        body(cell.getBodyElements());
      }
    }
  }

  private void finish(DocumentSpec spec) {
    Set<String> present = new LinkedHashSet<>();
    headings.forEach(h -> present.add(normalise(h)));
    for (Section s : spec.allSections()) {
      if (!present.contains(normalise(s.title()))) {
        findings.add(Finding.error("docx.missing-heading", "section '" + s.title() + "' has no heading", s.title()));
      }
    }
    for (String line : lines) {
      int at = line.indexOf("{{");
      if (at >= 0) {
        String near = line.substring(at, Math.min(line.length(), at + 40));
        findings.add(Finding.error("docx.unresolved-tag", "unresolved template tag in text: " + near, near));
      }
    }
    emptyRuns.finding().ifPresent(findings::add);
  }

  private static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
