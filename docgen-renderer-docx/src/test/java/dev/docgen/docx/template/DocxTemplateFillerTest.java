package dev.docgen.docx.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docgen.api.TemplateException;
import dev.docgen.api.template.ParsedTemplate;
import dev.docgen.api.template.TemplateData;
import dev.docgen.api.template.TemplateField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** Templates built the way Word saves them: tags split over runs, with spell-check marks between. */
class DocxTemplateFillerTest {
  static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");
  private final DocxTemplateFiller filler = new DocxTemplateFiller();

  /** A paragraph whose text arrives in the given pieces, one run each (bold where a piece starts with '*'). */
  static XWPFParagraph para(XWPFDocument doc, String... pieces) {
    return fill(doc.createParagraph(), pieces);
  }

  static XWPFParagraph fill(XWPFParagraph p, String... pieces) {
    for (String piece : pieces) {
      XWPFRun r = p.createRun();
      if (piece.startsWith("*")) {
        r.setBold(true);
        piece = piece.substring(1);
      }
      r.setText(piece);
      // Word puts proofing marks between runs of a misspelt word.
      p.getCTP().addNewProofErr().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STProofErr.SPELL_START);
    }
    return p;
  }

  static byte[] save(XWPFDocument doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    return out.toByteArray();
  }

  static Map<String, Object> invoiceData() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("customer", Map.of("name", "Contoso Retail GmbH", "city", "München"));
    root.put("number", "INV-2026-0142");
    root.put("date", "2026-11-28");
    root.put("paid", false);
    root.put("total", new BigDecimal("1234.5"));
    List<Object> items = new ArrayList<>();
    items.add(Map.of("description", "Consulting", "qty", new BigDecimal("2"), "price", new BigDecimal("500"),
        "notes", List.of("Workshop", "Report")));
    items.add(Map.of("description", "Licence", "qty", new BigDecimal("1"), "price", new BigDecimal("234.5"),
        "notes", List.of()));
    root.put("items", items);
    return root;
  }

  XWPFDocument fill(byte[] template, Map<String, Object> data) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    filler.parse(template).fill(new TemplateData(data, Optional.empty(), Locale.UK, CREATED, true), out);
    return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void split_tags_are_found_and_values_take_the_style_of_the_tags_run() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    para(doc, "Invoice ", "*{{num", "ber}}", " for {{cus", "tomer.na", "me | up", "per}} of {{customer.city}}.");
    para(doc, "Dated {{date | date:\"d MMMM yyyy\"}}, total {{total | currency:EUR}}.");
    XWPFDocument out = fill(save(doc), invoiceData());
    assertThat(out.getParagraphs().get(0).getText()).isEqualTo("Invoice INV-2026-0142 for CONTOSO RETAIL GMBH of München.");
    XWPFRun number = out.getParagraphs().get(0).getRuns().stream().filter(r -> "INV-2026-0142".equals(r.text()))
        .findFirst().orElseThrow();
    assertThat(number.isBold()).as("the value keeps the bold of the run the tag started in").isTrue();
    assertThat(out.getParagraphs().get(1).getText()).isEqualTo("Dated 28 November 2026, total €1,234.50.");
  }

  @Test
  void paragraph_loops_nest_and_conditions_choose_a_branch() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    para(doc, "{{#each it", "ems}}");
    para(doc, "{{@number}}. {{description}}");
    para(doc, "{{#each notes}}");
    para(doc, "– {{this}}");
    para(doc, "{{/each}}");
    para(doc, "{{/each}}");
    para(doc, "{{#if paid}}");
    para(doc, "Paid, thank you.");
    para(doc, "{{else}}");
    para(doc, "Please pay {{total | number:2}} by transfer.");
    para(doc, "{{/if}}");
    XWPFDocument out = fill(save(doc), invoiceData());
    assertThat(out.getParagraphs()).extracting(XWPFParagraph::getText)
        .containsExactly("1. Consulting", "– Workshop", "– Report", "2. Licence", "Please pay 1,234.50 by transfer.");
  }

  @Test
  void a_row_loop_repeats_table_rows_and_cells_hold_loops_of_their_own() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable t = doc.createTable(2, 3);
    fill(t.getRow(0).getCell(0).getParagraphs().get(0), "Item");
    fill(t.getRow(0).getCell(1).getParagraphs().get(0), "Qty");
    fill(t.getRow(0).getCell(2).getParagraphs().get(0), "Notes");
    XWPFTableRow row = t.getRow(1);
    fill(row.getCell(0).getParagraphs().get(0), "{{#each items}}{{descr", "iption}}");
    fill(row.getCell(1).getParagraphs().get(0), "{{qty}}");
    fill(row.getCell(2).getParagraphs().get(0), "{{#each notes}}");
    fill(row.getCell(2).addParagraph(), "{{this}}");
    fill(row.getCell(2).addParagraph(), "{{/each}}{{/each}}");
    XWPFDocument out = fill(save(doc), invoiceData());
    XWPFTable filled = out.getTables().get(0);
    assertThat(filled.getRows()).hasSize(3);
    assertThat(filled.getRow(1).getCell(0).getText()).isEqualTo("Consulting");
    assertThat(filled.getRow(1).getCell(1).getText()).isEqualTo("2");
    assertThat(filled.getRow(1).getCell(2).getParagraphs()).extracting(XWPFParagraph::getText)
        .contains("Workshop", "Report");
    assertThat(filled.getRow(2).getCell(0).getText()).isEqualTo("Licence");
    assertThat(filled.getRow(2).getCell(2).getParagraphs()).as("a cell keeps a paragraph").isNotEmpty();
  }

  @Test
  void inline_blocks_and_headers_and_footers_are_filled() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    para(doc, "Status: {{#if paid}}paid{{else}}open{{/if}}; lines: {{#each items}}[{{description}}]{{/each}}.");
    XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
    fill(policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph(), "Invoice {{num", "ber}}");
    fill(policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph(), "{{customer.name}}");
    XWPFDocument out = fill(save(doc), invoiceData());
    assertThat(out.getParagraphs().get(0).getText()).isEqualTo("Status: open; lines: [Consulting][Licence].");
    assertThat(out.getHeaderList().get(0).getText()).contains("Invoice INV-2026-0142");
    assertThat(out.getFooterList().get(0).getText()).contains("Contoso Retail GmbH");
  }

  @Test
  void images_are_embedded_at_the_asked_width_with_alt_text() throws Exception {
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(img, "png", png);
    Map<String, Object> data = invoiceData();
    data.put("logo", Map.of("data", "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png.toByteArray()),
        "widthCm", 4, "alt", "Contoso logo"));
    XWPFDocument doc = new XWPFDocument();
    para(doc, "Logo: {{%lo", "go}}");
    XWPFDocument out = fill(save(doc), data);
    var pictures = out.getAllPictures();
    assertThat(pictures).hasSize(1);
    assertThat(pictures.get(0).getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
    var embedded = out.getParagraphs().get(0).getRuns().stream().flatMap(r -> r.getEmbeddedPictures().stream()).toList();
    assertThat(embedded).hasSize(1);
    assertThat(embedded.get(0).getDescription()).isEqualTo("Contoso logo");
    assertThat(embedded.get(0).getWidth()).isCloseTo(4 / 2.54 * 72, org.assertj.core.data.Offset.offset(0.5));
    assertThat(embedded.get(0).getDepth()).isCloseTo(2 / 2.54 * 72, org.assertj.core.data.Offset.offset(0.5));
  }

  @Test
  void numbered_lists_restart_in_each_pass_when_the_loop_asks() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    var numbering = doc.createNumbering();
    var abs = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(java.math.BigInteger.ONE);
    var lvl = abs.addNewLvl();
    lvl.setIlvl(java.math.BigInteger.ZERO);
    lvl.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.DECIMAL);
    lvl.addNewLvlText().setVal("%1.");
    lvl.addNewStart().setVal(java.math.BigInteger.ONE);
    var numId = numbering.addNum(numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abs)));
    para(doc, "{{#each items restart-numbering}}");
    para(doc, "{{description}}");
    XWPFParagraph note = para(doc, "{{#each notes}}{{this}}{{/each}}");
    note.setNumID(numId);
    para(doc, "{{/each}}");
    XWPFDocument out = fill(save(doc), invoiceData());
    List<XWPFParagraph> numbered = out.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
    assertThat(numbered).hasSize(2);
    assertThat(numbered.get(0).getNumID()).isNotEqualTo(numbered.get(1).getNumID());
    var second = out.getNumbering().getNum(numbered.get(1).getNumID()).getCTNum();
    assertThat(second.getLvlOverrideArray(0).getStartOverride().getVal()).isEqualTo(java.math.BigInteger.ONE);
  }

  @Test
  void conditions_compare_and_loops_know_their_position() throws Exception {
    XWPFDocument out = fill(template(
        "{{#if total > 1000}}big{{/if}}{{#if number == \"INV-2026-0142\"}} match{{/if}}{{#unless paid}} unpaid{{/unless}}",
        "{{#each items}}{{description}}{{#unless @last}}, {{/unless}}{{/each}}"), invoiceData());
    assertThat(out.getParagraphs().get(0).getText()).isEqualTo("big match unpaid");
    assertThat(out.getParagraphs().get(1).getText()).isEqualTo("Consulting, Licence");
  }

  @Test
  void generated_sections_and_tables_are_inserted_in_docgen_style() throws Exception {
    var table = dev.docgen.api.model.Table.builder().caption("Revenue by region")
        .column(dev.docgen.api.model.Column.text("Region"))
        .column(dev.docgen.api.model.Column.currency("Revenue", "EUR")).row("North", new BigDecimal("1200.50")).build();
    var spec = dev.docgen.api.model.DocumentSpec.builder(dev.docgen.api.model.Metadata.of("Q3 report",
            java.time.LocalDate.of(2026, 11, 28)))
        .section(dev.docgen.api.model.Section.builder("Summary").paragraph("Revenue rose in every region.")
            .add(dev.docgen.api.model.BulletList.of("North led", "South grew")).build())
        .section(dev.docgen.api.model.Section.of("Figures", table))
        .section(dev.docgen.api.model.Section.of("Chart", new dev.docgen.api.model.Chart(
            dev.docgen.api.model.ChartType.BAR, "Revenue", List.of("North"),
            List.of(new dev.docgen.api.model.Series("Revenue", List.of(BigDecimal.ONE))), "", "")))
        .build();
    XWPFDocument doc = new XWPFDocument();
    para(doc, "Before");
    para(doc, "{{>sec", "tion Summary}}");
    para(doc, "Middle");
    para(doc, "{{>table 1}}");
    para(doc, "After");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    filler.parse(save(doc)).fill(new TemplateData(Map.of(), Optional.of(spec), Locale.UK, CREATED, true), out);
    try (XWPFDocument filled = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      List<String> texts = filled.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(texts).containsSubsequence("Before", "Summary", "Revenue rose in every region.", "North led",
          "South grew", "Middle", "After");
      assertThat(filled.getParagraphs().stream().filter(p -> p.getText().equals("Summary")).findFirst().orElseThrow()
          .getStyle()).isEqualTo("Heading1");
      assertThat(filled.getStyles().getStyle("Heading1")).as("the style came with the insert").isNotNull();
      XWPFParagraph item = filled.getParagraphs().stream().filter(p -> p.getText().equals("North led")).findFirst()
          .orElseThrow();
      assertThat(item.getNumID()).as("the list kept its numbering").isNotNull();
      assertThat(filled.getNumbering().getNum(item.getNumID())).isNotNull();
      assertThat(filled.getTables()).hasSize(1);
      assertThat(filled.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("Revenue");
      assertThat(filled.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("€1,200.50");
      assertThat(texts).doesNotContain("Figures").noneMatch(t -> t.contains("{{"));
    }
    ByteArrayOutputStream charted = new ByteArrayOutputStream();
    filler.parse(template("Before", "{{>chart 1}}", "{{>section Chart}}", "After")).fill(new TemplateData(Map.of(),
        Optional.of(spec), Locale.UK, CREATED, true), charted);
    try (XWPFDocument filled = new XWPFDocument(new ByteArrayInputStream(charted.toByteArray()))) {
      assertThat(filled.getCharts()).as("native Word charts").hasSize(2);
      assertThat(filled.getCharts().get(0).getCTChart().xmlText()).contains("barChart").contains("North");
      assertThat(filled.getParagraphs()).extracting(XWPFParagraph::getText).contains("Before", "Chart", "After");
    }
    byte[] image = template("{{>chart 2}}");
    assertThatThrownBy(() -> filler.parse(image).fill(new TemplateData(Map.of(), Optional.of(spec), Locale.UK, CREATED,
        true), new ByteArrayOutputStream())).isInstanceOf(TemplateException.class)
        .hasMessageContaining("paragraph 1").hasMessageContaining("has 1 chart(s)");
    byte[] missing = template("{{>section Risks}}");
    assertThatThrownBy(() -> filler.parse(missing).fill(new TemplateData(Map.of(), Optional.of(spec), Locale.UK, CREATED,
        true), new ByteArrayOutputStream())).hasMessageContaining("no section 'Risks'").hasMessageContaining("Summary");
  }

  @Test
  void fields_list_what_the_template_reads_with_loop_context() {
    XWPFDocument doc = new XWPFDocument();
    para(doc, "{{customer.name}} {{#if paid}}x{{/if}}");
    para(doc, "{{#each items}}");
    para(doc, "{{description}} {{price | number}}");
    para(doc, "{{/each}}");
    ParsedTemplate t;
    try {
      t = filler.parse(save(doc));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(t.fields()).extracting(TemplateField::fullPath)
        .containsExactly("customer.name", "paid", "items", "items[].description", "items[].price");
    assertThat(t.fields().get(0).location()).isEqualTo("paragraph 1");
  }

  @Test
  void every_error_names_the_tag_and_where_it_is() throws Exception {
    assertError(template("Hello {{name"), "paragraph 1", "malformed tag '{{name': no closing '}}'");
    assertError(template("ok", "{{#each items}}", "x"), "paragraph 2", "{{#each items}} is never closed");
    assertError(template("{{#if a}}", "{{/each}}"), "paragraph 2", "closes {{#if a}}");
    assertError(template("{{name | money}}"), "paragraph 1", "unknown formatter 'money'");
    assertError(template("{{#each items}}", "{{/each}}", "{{else}}"), "paragraph 3", "{{else}} is not inside");
    XWPFDocument doc = new XWPFDocument();
    XWPFTable t = doc.createTable(1, 2);
    fill(t.getRow(0).getCell(1).getParagraphs().get(0), "{{bad tag}}");
    assertError(save(doc), "table 1, row 1, cell 2, paragraph 1", "'bad tag' is not a field path");
    byte[] missing = template("Dear {{customer.title}}");
    assertThatThrownBy(() -> fill(missing, invoiceData())).isInstanceOf(TemplateException.class)
        .hasMessageContaining("paragraph 1").hasMessageContaining("data field missing: customer.title");
  }

  private void assertError(byte[] template, String where, String message) {
    assertThatThrownBy(() -> filler.parse(template)).isInstanceOf(TemplateException.class)
        .hasMessageContaining(where).hasMessageContaining(message)
        .satisfies(e -> assertThat(((TemplateException) e).location()).isEqualTo(where));
  }

  static byte[] template(String... paragraphs) throws Exception {
    XWPFDocument doc = new XWPFDocument();
    for (String p : paragraphs) {
      para(doc, p);
    }
    return save(doc);
  }
}
