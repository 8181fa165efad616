package dev.docgen.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.TextRun;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** Advice for the author travels as Word comments on the fields, never as body text. */
class DocxCommentsTest {
  private static final String ADVICE = "Name the person who signs off the budget.";

  private static DocumentSpec withNote() {
    Paragraph p = new Paragraph(List.of(TextRun.plain("The budget is owned by "),
        TextRun.placeholder("budget owner").withNote(ADVICE), TextRun.plain(".")));
    return DocumentSpec.builder(Metadata.of("Budget 2027", LocalDate.of(2026, 11, 28)))
        .section(new Section("Summary", 1, List.of(p), List.of())).build();
  }

  @Test
  void a_field_with_advice_carries_it_as_a_comment_and_the_body_does_not() throws Exception {
    XWPFDocument doc = Rendered.open(withNote());
    XWPFComment[] comments = doc.getComments();
    assertThat(comments).hasSize(1);
    assertThat(comments[0].getText()).isEqualTo(ADVICE);
    assertThat(comments[0].getAuthor()).isEqualTo("docgen");
    XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().contains("budget owner")).findFirst()
        .orElseThrow();
    assertThat(body.getText()).isEqualTo("The budget is owned by [budget owner].").doesNotContain(ADVICE);
    assertThat(body.getCTP().xmlText()).contains("commentReference");
  }

  @Test
  void a_document_without_advice_has_no_comments_part() throws Exception {
    DocumentSpec plain = DocumentSpec.builder(Metadata.of("Budget 2027", LocalDate.of(2026, 11, 28)))
        .section(new Section("Summary", 1, List.of(Paragraph.markup("All set.")), List.of())).build();
    XWPFDocument doc = Rendered.open(plain);
    assertThat(doc.getDocComments()).isNull();
  }

  @Test
  void comments_keep_the_output_byte_identical() throws Exception {
    assertThat(Rendered.bytes(withNote())).isEqualTo(Rendered.bytes(withNote()));
  }

  @Test
  void a_field_in_a_table_cell_is_highlighted_and_the_words_around_it_are_not() throws Exception {
    Table tasks = Table.builder().column("Task", ColumnType.TEXT).column("Owner", ColumnType.TEXT)
        .row("PPE fitting", "[owner]").row("Payroll forms", "HR, then [line manager]").build();
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Onboarding", LocalDate.of(2026, 11, 28)))
        .section(new Section("First Week", 1, List.of(tasks), List.of())).build();
    XWPFDocument doc = Rendered.open(spec);
    List<XWPFRun> runs = doc.getTables().get(0).getRows().stream().skip(1)
        .flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream())
        .flatMap(p -> p.getRuns().stream()).toList();
    assertThat(runs).filteredOn(r -> r.getTextHighlightColor().toString().equals("yellow"))
        .extracting(XWPFRun::text).containsExactly("[owner]", "[line manager]");
    assertThat(runs).filteredOn(r -> r.text().contains("HR, then"))
        .allSatisfy(r -> assertThat(r.getTextHighlightColor().toString()).isEqualTo("none"));
    assertThat(doc.getTables().get(0).getRow(2).getCell(1).getText()).isEqualTo("HR, then [line manager]");
  }
}
