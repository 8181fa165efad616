package dev.docgen.core.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Section;
import dev.docgen.api.spi.RenderOptions;
import dev.docgen.api.template.TemplateInfo;
import dev.docgen.docx.DocxRenderer;
import dev.docgen.docx.template.DocxTemplateFiller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Makes the built-in DOCX templates in {@code docgen-core/src/main/resources/dev/docgen/templates/}:
 * docgen's own page design (styles, header with the title, "Page X of Y" footer) rendered by the
 * DOCX renderer, with a body of tags laid out for each document type. Run it after changing the
 * DOCX styles: {@code java ... BuiltinTemplateMaker docgen-core/src/main/resources/dev/docgen/templates}.
 */
public final class BuiltinTemplateMaker {
  static final Instant CREATED = Instant.parse("2026-11-29T00:00:00Z");

  private BuiltinTemplateMaker() {}

  /** The page design: styles, header and footer; the body is replaced. */
  private static XWPFDocument base() throws Exception {
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("{{doc.title}}", LocalDate.of(2026, 1, 1)))
        .section(Section.builder("x").paragraph("x").build()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRenderer().render(spec, RenderOptions.at(CREATED), out);
    XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    while (doc.getBodyElements().size() > 0) {
      doc.removeBodyElement(0);
    }
    return doc;
  }

  private static XWPFParagraph p(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    p.createRun().setText(text);
    return p;
  }

  private static XWPFTable table(XWPFDocument doc, String style, String[] header, String[] row) {
    XWPFTable t = doc.createTable(header == null ? 1 : 2, row.length);
    t.setStyleID(style);
    t.setWidth("100%");
    var tblPr = t.getCTTbl().getTblPr();
    if (tblPr.isSetTblBorders()) {
      tblPr.unsetTblBorders(); // POI adds a grid; the table style draws the borders
    }
    var look = tblPr.isSetTblLook() ? tblPr.getTblLook() : tblPr.addNewTblLook();
    look.setVal(new byte[] {0x04, 0x20});
    look.setFirstRow(header != null ? org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON
        : org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
    look.setNoVBand(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
    int r = 0;
    if (header != null) {
      XWPFTableRow h = t.getRow(r++);
      h.setRepeatHeader(true);
      for (int c = 0; c < header.length; c++) {
        var cell = h.getCell(c);
        var run = cell.getParagraphs().get(0).createRun();
        run.setText(header[c]);
        run.setBold(true);
        if (style.equals("DocgenDataTable")) {
          // Spelled out as well as in the table style: LibreOffice ignores a table style's header row.
          cell.setColor("1F4E79");
          run.setColor("FFFFFF");
        }
      }
    }
    for (int c = 0; c < row.length; c++) {
      String[] lines = row[c].split("\n");
      XWPFParagraph cell = t.getRow(r).getCell(c).getParagraphs().get(0);
      cell.createRun().setText(lines[0]);
      for (int i = 1; i < lines.length; i++) {
        t.getRow(r).getCell(c).addParagraph().createRun().setText(lines[i]);
      }
    }
    return t;
  }

  /** Every section of the generated content: heading, paragraphs, bullets; sections titled {@code skip} are left out. */
  private static void sections(XWPFDocument doc, String... skip) {
    p(doc, null, "{{#each content.sections}}");
    for (String title : skip) {
      p(doc, null, "{{#if title != \"" + title + "\"}}");
    }
    p(doc, "Heading1", "{{title}}");
    p(doc, null, "{{#each paragraphs}}");
    p(doc, null, "{{this}}");
    p(doc, null, "{{/each}}");
    p(doc, null, "{{#each bullets}}");
    p(doc, "ListParagraph", "•\t{{this}}");
    p(doc, null, "{{/each}}");
    for (int i = 0; i < skip.length; i++) {
      p(doc, null, "{{/if}}");
    }
    p(doc, null, "{{/each}}");
  }

  static byte[] report() throws Exception {
    XWPFDocument doc = base();
    p(doc, "Title", "{{doc.title}}");
    p(doc, "Subtitle", "{{#if doc.subtitle}}{{doc.subtitle}}{{/if}}");
    p(doc, "DocumentInfo", "{{doc.date | date}}");
    sections(doc);
    return save(doc);
  }

  static byte[] invoice() throws Exception {
    XWPFDocument doc = base();
    p(doc, "Title", "Invoice {{invoice_number}}");
    p(doc, "DocumentInfo", "Issued {{issue_date | date}} · Due {{due_date | date}}");
    table(doc, "DocgenLayoutTable", new String[] {"From", "Bill to"},
        new String[] {"{{seller.name}}\n{{seller.address}}", "{{buyer.name}}\n{{buyer.address}}"});
    p(doc, "Heading1", "Line items");
    XWPFTable lines = table(doc, "DocgenDataTable", new String[] {"Description", "Quantity", "Unit price", "Amount"},
        new String[] {"{{#each content.tables.0.rows}}{{this.0}}", "{{this.1}}", "{{this.2}}", "{{this.3}}{{/each}}"});
    for (XWPFTableRow r : lines.getRows()) {
      for (int c = 1; c < 4; c++) {
        r.getCell(c).getParagraphs().forEach(par -> par.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT));
      }
    }
    // Tax and total, as the invoice engine computed them under the line items.
    p(doc, null, "{{#each content.sections}}");
    p(doc, null, "{{#if title == \"Line Items\"}}");
    p(doc, null, "{{#each paragraphs}}");
    XWPFParagraph sum = p(doc, null, "{{this}}");
    sum.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
    sum.getRuns().get(0).setBold(true);
    p(doc, null, "{{/each}}");
    p(doc, null, "{{/if}}");
    p(doc, null, "{{/each}}");
    sections(doc, "Line Items", "Invoice Details");
    return save(doc);
  }

  static byte[] letter() throws Exception {
    XWPFDocument doc = base();
    p(doc, "DocumentInfo", "{{doc.date | date}}");
    p(doc, "Title", "{{doc.title}}");
    p(doc, null, "{{#each content.sections}}");
    p(doc, null, "{{#each paragraphs}}");
    p(doc, null, "{{this}}");
    p(doc, null, "{{/each}}");
    p(doc, null, "{{#each bullets}}");
    p(doc, "ListParagraph", "•\t{{this}}");
    p(doc, null, "{{/each}}");
    p(doc, null, "{{/each}}");
    p(doc, null, "Yours sincerely,");
    p(doc, null, "{{doc.author | default:\"[Name]\"}}");
    return save(doc);
  }

  static byte[] memo() throws Exception {
    XWPFDocument doc = base();
    p(doc, "Title", "Memo");
    table(doc, "DocgenLayoutTable", null, new String[] {"Subject\nDate", "{{doc.title}}\n{{doc.date | date}}"});
    sections(doc);
    return save(doc);
  }

  static byte[] minutes() throws Exception {
    XWPFDocument doc = base();
    p(doc, "Title", "{{doc.title}}");
    p(doc, "DocumentInfo", "{{doc.date | date}}{{#if doc.subtitle}} · {{doc.subtitle}}{{/if}}");
    sections(doc);
    p(doc, "Heading1", "Sign-off");
    p(doc, null, "Minutes taken by {{doc.author | default:\"[Name]\"}}.");
    return save(doc);
  }

  private static byte[] save(XWPFDocument doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    return out.toByteArray();
  }

  /** Header row style: bold white on the accent, as docgen's own tables. */
  private static org.apache.poi.xssf.usermodel.XSSFCellStyle header(org.apache.poi.xssf.usermodel.XSSFWorkbook wb) {
    var style = wb.createCellStyle();
    var font = wb.createFont();
    font.setBold(true);
    font.setColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}, null));
    style.setFont(font);
    style.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {0x1F, 0x4E, 0x79}, null));
    style.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  private static org.apache.poi.xssf.usermodel.XSSFCellStyle format(org.apache.poi.xssf.usermodel.XSSFWorkbook wb,
      String code, boolean bold) {
    var style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(code));
    if (bold) {
      var font = wb.createFont();
      font.setBold(true);
      style.setFont(font);
    }
    return style;
  }

  private static org.apache.poi.xssf.usermodel.XSSFCellStyle title(org.apache.poi.xssf.usermodel.XSSFWorkbook wb) {
    var style = wb.createCellStyle();
    var font = wb.createFont();
    font.setBold(true);
    font.setFontHeightInPoints((short) 16);
    font.setColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {0x1F, 0x4E, 0x79}, null));
    style.setFont(font);
    return style;
  }

  /** An invoice sheet: line amounts and totals are formulas that grow with the lines. */
  static byte[] invoiceSheet() throws Exception {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var s = wb.createSheet("Invoice");
      var money = format(wb, "\"€\"#,##0.00", false);
      var moneyBold = format(wb, "\"€\"#,##0.00", true);
      var cell = s.createRow(0).createCell(0);
      cell.setCellValue("Invoice {{invoice_number}}");
      cell.setCellStyle(title(wb));
      s.createRow(1).createCell(0).setCellValue("Issued {{issue_date}} · Due {{due_date}}");
      s.createRow(2).createCell(0).setCellValue("From {{seller.name}}, {{seller.address}}");
      s.createRow(3).createCell(0).setCellValue("Bill to {{buyer.name}}, {{buyer.address}}");
      var h = s.createRow(5);
      String[] head = {"Description", "Quantity", "Unit price", "Amount"};
      for (int c = 0; c < 4; c++) {
        h.createCell(c).setCellValue(head[c]);
        h.getCell(c).setCellStyle(header(wb));
      }
      var line = s.createRow(6);
      line.createCell(0).setCellValue("{{#each lines}}{{description}}");
      line.createCell(1).setCellValue("{{quantity}}");
      line.createCell(2).setCellValue("{{unit_price}}{{/each}}");
      line.getCell(2).setCellStyle(money);
      line.createCell(3).setCellFormula("B7*C7");
      line.getCell(3).setCellStyle(money);
      var sub = s.createRow(7);
      sub.createCell(2).setCellValue("Subtotal");
      sub.createCell(3).setCellFormula("SUM(D7:D7)");
      sub.getCell(3).setCellStyle(money);
      var vat = s.createRow(8);
      vat.createCell(1).setCellValue("{{tax_rate}}");
      vat.getCell(1).setCellStyle(format(wb, "0%", false));
      vat.createCell(2).setCellValue("VAT");
      vat.createCell(3).setCellFormula("ROUND(D8*B9,2)");
      vat.getCell(3).setCellStyle(money);
      var total = s.createRow(9);
      total.createCell(2).setCellValue("Total due");
      total.createCell(3).setCellFormula("D8+D9");
      total.getCell(3).setCellStyle(moneyBold);
      s.setColumnWidth(0, 40 * 256);
      s.setColumnWidth(1, 12 * 256);
      s.setColumnWidth(2, 14 * 256);
      s.setColumnWidth(3, 16 * 256);
      wb.setPrintArea(0, "$A$1:$D$10");
      return save(wb);
    }
  }

  /** An expense sheet: an Excel table of the items with a total that grows with them. */
  static byte[] expenseSheet() throws Exception {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var s = wb.createSheet("Expenses");
      var money = format(wb, "#,##0.00", false);
      var cell = s.createRow(0).createCell(0);
      cell.setCellValue("Expenses — {{employee}}");
      cell.setCellStyle(title(wb));
      s.createRow(1).createCell(0).setCellValue("{{department}} · {{month}} · {{currency}}");
      var h = s.createRow(3);
      String[] head = {"Date", "Category", "Description", "Amount"};
      for (int c = 0; c < 4; c++) {
        h.createCell(c).setCellValue(head[c]);
        h.getCell(c).setCellStyle(header(wb));
      }
      var item = s.createRow(4);
      item.createCell(0).setCellValue("{{#each items}}{{date}}");
      item.createCell(1).setCellValue("{{category}}");
      item.createCell(2).setCellValue("{{description}}");
      item.createCell(3).setCellValue("{{amount}}{{/each}}");
      item.getCell(3).setCellStyle(money);
      var total = s.createRow(5);
      total.createCell(2).setCellValue("Total");
      total.createCell(3).setCellFormula("SUBTOTAL(109,D5:D5)");
      total.getCell(3).setCellStyle(format(wb, "#,##0.00", true));
      s.createTable(new org.apache.poi.ss.util.AreaReference("A4:D5", wb.getSpreadsheetVersion()));
      s.createFreezePane(0, 4);
      s.setColumnWidth(0, 12 * 256);
      s.setColumnWidth(1, 16 * 256);
      s.setColumnWidth(2, 36 * 256);
      s.setColumnWidth(3, 14 * 256);
      return save(wb);
    }
  }

  private static byte[] save(org.apache.poi.xssf.usermodel.XSSFWorkbook wb) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  record Spec(String name, String format, String description, List<String> types, List<String> keywords, byte[] bytes) {
    Spec(String name, String description, List<String> types, List<String> keywords, byte[] bytes) {
      this(name, "docx", description, types, keywords, bytes);
    }
  }

  static List<Spec> all() throws Exception {
    return List.of(
        new Spec("report", "A report in docgen's design: title, date, each generated section with its text and bullets",
            List.of("status-report", "sales-report", "project-proposal", "incident-report", "report"), List.of("report"),
            report()),
        new Spec("invoice", "An invoice: seller and buyer, dates, the computed line items with amounts and subtotal",
            List.of("invoice"), List.of("invoice"), invoice()),
        new Spec("letter", "A letter: date, subject, the generated body, sign-off", List.of("letter"), List.of("letter"),
            letter()),
        new Spec("memo", "A memo: subject and date block, then the generated sections", List.of("memo"), List.of("memo"),
            memo()),
        new Spec("minutes", "Meeting minutes: title, date, sections with decisions and actions, sign-off",
            List.of("meeting-minutes"), List.of("minutes", "meeting"), minutes()),
        new Spec("invoice-sheet", "xlsx", "An invoice workbook: lines with amount formulas, subtotal, VAT and total that "
            + "grow with the lines", List.of("invoice"), List.of("invoice", "spreadsheet"), invoiceSheet()),
        new Spec("expense-sheet", "xlsx", "An expense claim workbook: an Excel table of the items and a SUBTOTAL",
            List.of("expense-report"), List.of("expense", "spreadsheet"), expenseSheet()));
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    List<TemplateInfo> index = new ArrayList<>();
    for (Spec s : all()) {
      Files.write(dir.resolve(s.name() + "-1." + s.format()), s.bytes());
      TemplateSafety.check(s.name(), s.bytes(), TemplateLimits.DEFAULT);
      var filler = s.format().equals("docx") ? new DocxTemplateFiller()
          : new dev.docgen.xlsx.template.XlsxTemplateFiller();
      index.add(new TemplateInfo(s.name(), "1", s.format(), s.description(), s.types(), s.keywords(),
          filler.parse(s.bytes()).fields(), CREATED, FileSystemTemplateStore.sha256(s.bytes()), s.bytes().length,
          "builtin"));
    }
    new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("index.json").toFile(), index);
    System.out.println("wrote " + index.size() + " built-in templates to " + dir);
  }
}
