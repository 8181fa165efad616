package dev.docgen.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docgen.api.RenderException;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Image;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.spi.DocumentRenderer;
import dev.docgen.api.spi.RenderOptions;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocxRendererTest {
  private static XWPFDocument rich;

  @BeforeAll
  static void renderRichSample() {
    rich = Rendered.open(SampleSpecs.rich("en-GB"));
  }

  private static List<XWPFParagraph> styled(XWPFDocument doc, String styleId) {
    return doc.getParagraphs().stream().filter(p -> styleId.equals(p.getStyleID())).toList();
  }

  private static XWPFTable dataTable(XWPFDocument doc) {
    return doc.getTables().stream().filter(t -> "DocgenDataTable".equals(t.getStyleID())).findFirst().orElseThrow();
  }

  @Test
  void is_found_as_the_docx_renderer_service() {
    assertThat(ServiceLoader.load(DocumentRenderer.class).stream().map(p -> p.get().id()))
        .contains("docx");
    assertThat(new DocxRenderer().mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void writes_sections_as_built_in_heading_styles_by_level() {
    assertThat(styled(rich, "Heading1")).extracting(XWPFParagraph::getText)
        .containsExactly("Executive summary", "Progress", "Financials", "Risks", "International teams");
    assertThat(styled(rich, "Heading2")).extracting(XWPFParagraph::getText).containsExactly("Milestones");
    assertThat(styled(rich, "Heading3")).extracting(XWPFParagraph::getText).containsExactly("Detail");
    assertThat(rich.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
    assertThat(rich.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
        .isEqualTo(BigInteger.ZERO);
  }

  @Test
  void opens_with_a_title_block_showing_author_and_localised_date() {
    List<XWPFParagraph> ps = rich.getParagraphs();
    assertThat(ps.get(0).getStyleID()).isEqualTo("Title");
    assertThat(ps.get(0).getText()).isEqualTo("Project Phoenix Status Report");
    assertThat(ps.get(1).getText()).isEqualTo("Quarterly review");
    assertThat(ps.get(2).getText()).contains("Ada Lovelace").contains("28 November 2026");
  }

  @Test
  void formats_runs_as_bold_code_hyperlink_and_highlighted_placeholder() {
    String xml = rich.getDocument().xmlText();
    assertThat(xml).contains("Consolas").contains("w:highlight w:val=\"yellow\"").contains("[owner name]");
    XWPFParagraph linked = rich.getParagraphs().stream().filter(p -> p.getText().contains("project charter"))
        .findFirst().orElseThrow();
    assertThat(linked.getCTP().getHyperlinkList()).hasSize(1);
    String relId = linked.getCTP().getHyperlinkArray(0).getId();
    assertThat(rich.getHyperlinkByID(relId).getURL()).isEqualTo("https://example.com/charter");
  }

  @Test
  void restarts_numbering_for_every_numbered_list() {
    List<BigInteger> numIds = styled(rich, "ListParagraph").stream()
        .filter(p -> "decimal".equals(p.getNumFmt())).map(XWPFParagraph::getNumID).distinct().toList();
    assertThat(numIds).hasSize(2);
    for (BigInteger numId : numIds) {
      assertThat(rich.getNumbering().getNum(numId).getCTNum().getLvlOverrideArray(0).getStartOverride().getVal())
          .isEqualTo(BigInteger.ONE);
    }
    BigInteger bulletAbstract = rich.getNumbering().getAbstractNumID(numIds.get(0));
    assertThat(rich.getNumbering().getAbstractNumID(numIds.get(1))).isNotEqualTo(bulletAbstract);
  }

  @Test
  void nests_bullet_items_one_level_deeper() {
    assertThat(styled(rich, "ListParagraph").stream().filter(p -> "bullet".equals(p.getNumFmt()))
        .map(p -> p.getNumIlvl().intValue()).collect(Collectors.toSet())).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void repeats_table_header_on_every_page() {
    XWPFTable table = dataTable(rich);
    assertThat(table.getRow(0).isRepeatHeader()).isTrue();
    assertThat(table.getRow(1).isRepeatHeader()).isFalse();
    assertThat(table.getRow(0).getCell(0).getColor()).isEqualTo("1F4E79");
    assertThat(table.getRows()).hasSize(42);
  }

  @Test
  void right_aligns_numbers_formatted_for_the_locale() {
    XWPFTable table = dataTable(rich);
    XWPFTableCell revenue = table.getRow(1).getCell(2);
    assertThat(revenue.getText()).isEqualTo("€1,234.50");
    assertThat(revenue.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("1,000");
    assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("12.5%");
    assertThat(table.getRow(1).getCell(4).getText()).isEqualTo("2026-10-13");
    assertThat(table.getRow(4).getCell(4).getText()).isEmpty();
  }

  @Test
  void ends_table_with_bold_totals_row_under_a_rule() {
    XWPFTable table = dataTable(rich);
    var totals = table.getRow(table.getNumberOfRows() - 1);
    assertThat(totals.getCell(0).getText()).isEqualTo("Total");
    assertThat(totals.getCell(1).getText()).isEqualTo("40,000");
    assertThat(totals.getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
    assertThat(totals.getCell(1).getCTTc().getTcPr().getTcBorders().getTop().getSz()).isEqualTo(BigInteger.valueOf(12));
  }

  @Test
  void draws_native_bar_line_and_pie_charts() throws Exception {
    assertThat(rich.getCharts()).hasSize(3);
    var plots = rich.getCharts().stream().map(c -> c.getCTChart().getPlotArea()).toList();
    assertThat(plots).filteredOn(p -> p.sizeOfBarChartArray() == 1).hasSize(1);
    assertThat(plots).filteredOn(p -> p.sizeOfLineChartArray() == 1).hasSize(1);
    assertThat(plots).filteredOn(p -> p.sizeOfPieChartArray() == 1).hasSize(1);
    assertThat(rich.getCharts()).extracting(c -> c.getTitle().getBody().getParagraph(0).getText())
        .contains("Revenue by quarter (bar)");
    assertThat(rich.getCharts().get(0).getWorkbook().getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
        .isEqualTo("Q1");
  }

  @Test
  void keeps_image_alt_text() {
    assertThat(rich.getAllPictures()).hasSize(1);
    assertThat(rich.getDocument().xmlText()).contains("descr=\"A blue gradient with a white circle\"");
  }

  @Test
  void sets_core_properties_from_metadata() {
    var core = rich.getProperties().getCoreProperties();
    assertThat(core.getTitle()).isEqualTo("Project Phoenix Status Report");
    assertThat(core.getCreator()).isEqualTo("Ada Lovelace");
    assertThat(core.getSubject()).isEqualTo("Operations");
    assertThat(core.getKeywords()).isEqualTo("finance, q3");
    assertThat(core.getCreated().toInstant()).isEqualTo(Rendered.CREATED);
  }

  @Test
  void puts_title_in_header_and_page_x_of_y_in_footer() {
    var policy = rich.getHeaderFooterPolicy();
    assertThat(policy.getDefaultHeader().getText()).contains("Project Phoenix Status Report");
    String footer = policy.getDefaultFooter().getParagraphs().get(0).getCTP().xmlText();
    assertThat(footer).contains(" PAGE ").contains(" NUMPAGES ").contains("fldCharType=\"separate\"");
    assertThat(policy.getDefaultFooter().getText().strip()).isEqualTo("Page 1 of 1");
  }

  @Test
  void adds_table_of_contents_to_a_long_document_of_four_or_more_sections() {
    XWPFDocument doc = Rendered.open(SampleSpecs.longSections(4, "en-GB"));
    assertThat(styled(doc, "TOCHeading")).extracting(XWPFParagraph::getText).containsExactly("Contents");
    assertThat(styled(doc, "TOC1")).extracting(XWPFParagraph::getText)
        .containsExactly("Section 1", "Section 2", "Section 3", "Section 4");
    assertThat(doc.getDocument().xmlText()).contains("TOC \\o \"1-3\" \\h \\z \\u").contains("w:anchor=\"_Toc00000001\"")
        .contains("w:name=\"_Toc00000001\"");
  }

  @Test
  void omits_table_of_contents_from_a_short_document_even_with_four_sections() {
    XWPFDocument doc = Rendered.open(SampleSpecs.sections(4, "en-GB"));
    assertThat(styled(doc, "TOCHeading")).isEmpty();
  }

  @Test
  void omits_table_of_contents_for_fewer_sections() {
    XWPFDocument doc = Rendered.open(SampleSpecs.sections(3, "en-GB"));
    assertThat(styled(doc, "TOCHeading")).isEmpty();
    assertThat(doc.getDocument().xmlText()).doesNotContain("TOC \\o");
  }

  @Test
  void uses_letter_paper_in_the_us_and_a4_elsewhere() {
    var us = Rendered.open(SampleSpecs.sections(1, "en-US")).getDocument().getBody().getSectPr();
    assertThat(us.getPgSz().getW()).isEqualTo(BigInteger.valueOf(12240));
    assertThat(us.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1440));
    var gb = rich.getDocument().getBody().getSectPr();
    assertThat(gb.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
    assertThat(gb.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
    assertThat(gb.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1417));
  }

  @Test
  void a_landscape_document_swaps_the_page_and_marks_it_landscape() {
    DocumentSpec portrait = SampleSpecs.sections(1, "en-GB");
    DocumentSpec spec = new DocumentSpec(portrait.metadata().withOrientation(dev.docgen.api.model.PageOrientation.LANDSCAPE),
        portrait.theme(), portrait.sections());
    var sect = Rendered.open(spec).getDocument().getBody().getSectPr();
    assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
    assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(11906));
    assertThat(sect.getPgSz().getOrient()).hasToString("landscape");
  }

  @Test
  void marks_right_to_left_paragraphs_bidi_and_hints_east_asian_runs() {
    XWPFParagraph arabic = rich.getParagraphs().stream().filter(p -> p.getText().startsWith("يسير")).findFirst()
        .orElseThrow();
    assertThat(arabic.getCTP().getPPr().isSetBidi()).isTrue();
    assertThat(arabic.getCTP().xmlText()).contains("<w:rtl/>");
    XWPFParagraph chinese = rich.getParagraphs().stream().filter(p -> p.getText().startsWith("项目")).findFirst()
        .orElseThrow();
    assertThat(chinese.getCTP().isSetPPr() && chinese.getCTP().getPPr().isSetBidi()).isFalse();
    assertThat(chinese.getCTP().xmlText()).contains("w:hint=\"eastAsia\"");
  }

  @Test
  void renders_identical_bytes_for_the_same_spec_and_instant() throws Exception {
    byte[] first = Rendered.bytes(SampleSpecs.rich("en-GB"));
    Thread.sleep(1100);
    byte[] second = Rendered.bytes(SampleSpecs.rich("en-GB"));
    assertThat(second).isEqualTo(first);
  }

  private static final RenderOptions PROVENANCE = RenderOptions.at(Rendered.CREATED)
      .withProperties(Map.of("docgen.model", "gpt-test", "docgen.promptHash", "abc123", "note", "a < b & \"c\""));

  @Test
  void writes_render_options_properties_as_custom_document_properties() {
    XWPFDocument doc = Rendered.open(Rendered.bytes(SampleSpecs.sections(1, "en-GB"), PROVENANCE));
    var custom = doc.getProperties().getCustomProperties();
    assertThat(custom.getProperty("docgen.model").getLpwstr()).isEqualTo("gpt-test");
    assertThat(custom.getProperty("docgen.promptHash").getLpwstr()).isEqualTo("abc123");
    assertThat(custom.getProperty("note").getLpwstr()).isEqualTo("a < b & \"c\"");
    var props = custom.getUnderlyingProperties().getPropertyList();
    assertThat(props).extracting(p -> p.getName()).containsExactly("docgen.model", "docgen.promptHash", "note");
    assertThat(props).extracting(p -> p.getPid()).containsExactly(2, 3, 4);
    assertThat(props).extracting(p -> p.getFmtid()).containsOnly("{D5CDD505-2E9C-101B-9397-08002B2CF9AE}");
  }

  @Test
  void renders_identical_bytes_for_the_same_spec_and_properties() throws Exception {
    byte[] first = Rendered.bytes(SampleSpecs.rich("en-GB"), PROVENANCE);
    byte[] second = Rendered.bytes(SampleSpecs.rich("en-GB"),
        RenderOptions.at(Rendered.CREATED).withProperties(new java.util.TreeMap<>(PROVENANCE.properties())));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void writes_no_custom_properties_part_without_properties() throws Exception {
    assertThat(entries(Rendered.bytes(SampleSpecs.sections(1, "en-GB")))).doesNotContain("docProps/custom.xml");
    assertThat(entries(Rendered.bytes(SampleSpecs.sections(1, "en-GB"), PROVENANCE))).contains("docProps/custom.xml");
  }

  private static List<String> entries(byte[] zip) throws Exception {
    List<String> names = new java.util.ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }

  @Test
  void reports_an_unreadable_image_as_a_render_exception() {
    Image broken = new Image(new byte[] {1, 2, 3}, "image/png", "Broken picture", "", 0);
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Broken", SampleSpecs.DATE))
        .section(Section.of("Only", broken)).build();
    assertThatThrownBy(() -> Rendered.bytes(spec)).isInstanceOf(RenderException.class)
        .hasMessageContaining("Broken picture");
  }

  @Test
  void starts_each_numbered_list_at_one_even_in_separate_sections() {
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Lists", SampleSpecs.DATE))
        .section(Section.of("A", NumberedList.of("one", "two"), Paragraph.of("between"), NumberedList.of("again")))
        .build();
    XWPFDocument doc = Rendered.open(spec);
    assertThat(styled(doc, "ListParagraph").stream().map(XWPFParagraph::getNumID).distinct()).hasSize(2);
  }
}
