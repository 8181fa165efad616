package dev.docgen.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.model.Column;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.TextRun;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hebrew and Arabic inside left-to-right text: Word lays a whole {@code w:rtl} run out right to left,
 * so only the right-to-left stretches may be marked, in every paragraph the renderer writes.
 */
class DocxBidiTest {
  static final String TITLE = "Board Minutes — שלום כהן (Tel Aviv)";
  static final String HEADING = "Report for مريم الحسن (Dubai)";
  static final String HEBREW = "סיכום הישיבה (טיוטה), 2026.";
  static final String HEBREW_FIRST = "שלום כהן (Tel Aviv)";

  private static XWPFDocument doc;

  @BeforeAll
  static void render() {
    Metadata meta = new Metadata(TITLE, "", "Ada Lovelace", SampleSpecs.DATE, "en-GB", List.of(), "", "status-report");
    Table attendees = Table.builder().caption("Attendees from " + "מרים לוי" + " (HR)")
        .column(Column.text("Name")).column(Column.text("City"))
        .row(HEBREW_FIRST, "Tel Aviv")
        .row("Ada Lovelace", "London")
        .build();
    doc = Rendered.open(DocumentSpec.builder(meta)
        .section(Section.builder(HEADING)
            .add(Paragraph.of(TextRun.plain("Minutes taken by "), TextRun.bold("שלום כהן"), TextRun.plain(" and "),
                TextRun.link("مريم الحسن (Dubai office)", "https://example.com/mariam"), TextRun.plain(".")))
            .add(Paragraph.of(HEBREW))
            .add(attendees)
            .add(new KeyValue("", List.of(new KeyValue.Entry("Chair", "שלום כהן (CEO)"))))
            .build())
        .section(agenda())
        .section(Section.of("Decisions", Paragraph.of("None recorded.")))
        .section(Section.of("Next meeting", Paragraph.of("In January.")))
        .build());
  }

  /** An agenda long enough that the document gets a table of contents. */
  private static Section agenda() {
    Section.Builder b = Section.builder("Agenda");
    for (int i = 1; i <= 12; i++) {
      b.add(Paragraph.of("Item " + i + ": budget and hiring."));
    }
    return b.build();
  }

  /** Each run of text as Word reads it: its direction, then its text (field markers left out). */
  private static List<String> runs(XWPFParagraph p) {
    return p.getRuns().stream().filter(r -> !r.text().isEmpty()).map(r -> (rtl(r) ? "rtl " : "ltr ") + r.text())
        .toList();
  }

  private static boolean rtl(XWPFRun r) {
    return r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfRtlArray() > 0;
  }

  private static boolean bidi(XWPFParagraph p) {
    return p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetBidi();
  }

  private static XWPFParagraph paragraph(String style, String text) {
    return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyleID()) && p.getText().equals(text))
        .findFirst().orElseThrow(() -> new AssertionError("no " + style + " paragraph '" + text + "'"));
  }

  @Test
  void marks_only_the_hebrew_name_in_a_latin_title_right_to_left() {
    XWPFParagraph title = paragraph("Title", TITLE);
    assertThat(runs(title)).containsExactly("ltr Board Minutes — ", "rtl שלום כהן", "ltr  (Tel Aviv)");
    assertThat(bidi(title)).as("a paragraph that starts in Latin reads left to right").isFalse();
  }

  @Test
  void marks_only_the_arabic_name_in_a_heading_and_its_contents_entry() {
    XWPFParagraph heading = paragraph("Heading1", HEADING);
    assertThat(runs(heading)).containsExactly("ltr Report for ", "rtl مريم الحسن", "ltr  (Dubai)");
    assertThat(bidi(heading)).isFalse();
    XWPFParagraph entry = paragraph("TOC1", HEADING);
    assertThat(runs(entry)).containsExactly("ltr Report for ", "rtl مريم الحسن", "ltr  (Dubai)");
  }

  @Test
  void splits_body_runs_and_keeps_their_formatting_and_one_link() {
    XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Minutes taken by"))
        .findFirst().orElseThrow();
    assertThat(runs(body)).containsExactly("ltr Minutes taken by ", "rtl שלום כהן", "ltr  and ", "rtl مريم الحسن",
        "ltr  (Dubai office)", "ltr .");
    assertThat(body.getRuns().get(1).isBold()).isTrue();
    assertThat(body.getCTP().getHyperlinkList()).as("the link is still one link").singleElement()
        .satisfies(h -> assertThat(h.getRList()).hasSize(2));
  }

  @Test
  void an_all_hebrew_paragraph_is_one_right_to_left_run_in_a_bidi_paragraph() {
    XWPFParagraph hebrew = paragraph("Normal", HEBREW);
    assertThat(runs(hebrew)).containsExactly("rtl " + HEBREW);
    assertThat(bidi(hebrew)).isTrue();
  }

  @Test
  void a_cell_starting_in_hebrew_is_bidi_and_keeps_the_latin_left_to_right() {
    XWPFTable table = doc.getTables().stream().filter(t -> "DocgenDataTable".equals(t.getStyleID())).findFirst()
        .orElseThrow();
    XWPFParagraph cell = table.getRow(1).getCell(0).getParagraphs().get(0);
    // Neutrals between the two directions take the paragraph's: the parentheses go with the Hebrew.
    assertThat(runs(cell)).containsExactly("rtl שלום כהן (", "ltr Tel Aviv", "rtl )");
    assertThat(bidi(cell)).isTrue();
    assertThat(runs(table.getRow(2).getCell(0).getParagraphs().get(0))).containsExactly("ltr Ada Lovelace");
    assertThat(runs(paragraph("Caption", "Attendees from מרים לוי (HR)")))
        .containsExactly("ltr Attendees from ", "rtl מרים לוי", "ltr  (HR)");
  }

  @Test
  void splits_key_value_text_and_the_running_header() {
    XWPFTable box = doc.getTables().stream().filter(t -> "DocgenLayoutTable".equals(t.getStyleID())).findFirst()
        .orElseThrow();
    assertThat(runs(box.getRow(0).getCell(1).getParagraphs().get(0)))
        .containsExactly("rtl שלום כהן (", "ltr CEO", "rtl )");
    XWPFParagraph header = doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0);
    assertThat(runs(header)).containsExactly("ltr Board Minutes — ", "rtl שלום כהן", "ltr  (Tel Aviv)");
  }
}
