package dev.docgen.benchmarks;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.data.PictureType;
import com.deepoove.poi.data.Pictures;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import dev.docgen.api.template.ParsedTemplate;
import dev.docgen.api.template.TemplateData;
import dev.docgen.docx.template.DocxTemplateFiller;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
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
 * Filling the same DOCX template with docgen and with poi-tl 1.12: an invoice (heading, buyer,
 * logo image, 10 line items in a table row loop, total) and a 1,000-row table. Both templates are
 * built the same way; only the tag syntax differs. docgen parses a template once and fills clones
 * of it ({@code docgen*}); {@code docgen*Cold} parses on every fill, as poi-tl must.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TemplateBenchmark {
  private static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");

  static {
    // poi-tl logs every tag at INFO; the race measures filling, not logging.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
  }
  private byte[] docgenTemplate;
  private byte[] poitlTemplate;
  private ParsedTemplate parsed;
  private Map<String, Object> docgenInvoice;
  private Map<String, Object> docgenTable;
  private byte[] logo;
  private final DocxTemplateFiller filler = new DocxTemplateFiller();
  private Configure poitlConfig;

  @Setup
  public void setUp() throws IOException {
    BufferedImage img = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0x1F4E79));
    g.fillRect(0, 0, 240, 80);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(img, "png", png);
    logo = png.toByteArray();
    docgenTemplate = template("{{invoice_number}}", "{{buyer_name}}", "{{buyer_address}}", "{{%logo}}",
        "{{#each lines}}{{description}}", "{{quantity}}", "{{price | currency:EUR}}{{/each}}", "Description",
        "{{total | currency:EUR}}");
    poitlTemplate = template("{{invoice_number}}", "{{buyer_name}}", "{{buyer_address}}", "{{@logo}}",
        "[description]", "[quantity]", "[price]", "{{lines}}Description", "{{total}}");
    parsed = filler.parse(docgenTemplate);
    poitlConfig = Configure.builder().bind("lines", new LoopRowTableRenderPolicy()).build();
    docgenInvoice = data(10);
    docgenTable = data(1000);
  }

  /** The same invoice layout; the tag texts are the only difference between the two engines' files. */
  private static byte[] template(String number, String buyer, String address, String image, String description,
      String quantity, String price, String header, String total) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph().createRun().setText("Invoice " + number);
    doc.createParagraph().createRun().setText("Bill to: " + buyer);
    doc.createParagraph().createRun().setText(address);
    doc.createParagraph().createRun().setText(image);
    XWPFTable t = doc.createTable(2, 3);
    t.getRow(0).getCell(0).setText(header);
    t.getRow(0).getCell(1).setText("Qty");
    t.getRow(0).getCell(2).setText("Price");
    t.getRow(1).getCell(0).setText(description);
    t.getRow(1).getCell(1).setText(quantity);
    t.getRow(1).getCell(2).setText(price);
    doc.createParagraph().createRun().setText("Total: " + total);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    return out.toByteArray();
  }

  private Map<String, Object> data(int lines) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("invoice_number", "INV-2026-0142");
    root.put("buyer_name", "Contoso Retail GmbH");
    root.put("buyer_address", "Friedrichstrasse 88, 10117 Berlin");
    root.put("logo", Map.of("data", Base64.getEncoder().encodeToString(logo), "widthCm", 4.0));
    List<Object> items = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < lines; i++) {
      BigDecimal price = new BigDecimal("150.00").add(BigDecimal.valueOf(i));
      items.add(Map.of("description", "Consulting block " + (i + 1), "quantity", BigDecimal.valueOf(i % 5 + 1),
          "price", price));
      total = total.add(price.multiply(BigDecimal.valueOf(i % 5 + 1)));
    }
    root.put("lines", items);
    root.put("total", total);
    return root;
  }

  /** poi-tl's data: the same values, with amounts formatted as docgen's currency formatter does. */
  private Map<String, Object> poitlData(Map<String, Object> docgen) {
    java.text.NumberFormat eur = java.text.NumberFormat.getCurrencyInstance(Locale.UK);
    eur.setCurrency(java.util.Currency.getInstance("EUR"));
    Map<String, Object> root = new LinkedHashMap<>(docgen);
    root.put("logo", Pictures.ofBytes(logo, PictureType.PNG).sizeInCm(4, 4.0 / 3).create());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (Object o : (List<?>) docgen.get("lines")) {
      Map<?, ?> m = (Map<?, ?>) o;
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("description", m.get("description"));
      line.put("quantity", m.get("quantity").toString());
      line.put("price", eur.format(m.get("price")));
      lines.add(line);
    }
    root.put("lines", lines);
    root.put("total", eur.format(docgen.get("total")));
    return root;
  }

  private byte[] docgen(ParsedTemplate template, Map<String, Object> data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    template.fill(new TemplateData(data, Optional.empty(), Locale.UK, CREATED, true), out);
    return out.toByteArray();
  }

  private byte[] poitl(Map<String, Object> docgen) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(poitlTemplate), poitlConfig)) {
      t.render(poitlData(docgen));
      t.write(out);
    }
    return out.toByteArray();
  }

  @Benchmark
  public byte[] docgenInvoice() throws IOException {
    return docgen(parsed, docgenInvoice);
  }

  @Benchmark
  public byte[] docgenInvoiceCold() throws IOException {
    return docgen(filler.parse(docgenTemplate), docgenInvoice);
  }

  @Benchmark
  public byte[] poitlInvoice() throws IOException {
    return poitl(docgenInvoice);
  }

  @Benchmark
  public byte[] docgenTable1000() throws IOException {
    return docgen(parsed, docgenTable);
  }

  @Benchmark
  public byte[] poitlTable1000() throws IOException {
    return poitl(docgenTable);
  }

  /** Writes both engines' invoices to DIR to compare them, and prints their sizes. */
  public static void main(String[] args) throws IOException {
    TemplateBenchmark b = new TemplateBenchmark();
    b.setUp();
    byte[] d = b.docgenInvoice();
    byte[] p = b.poitlInvoice();
    System.out.println("docgen invoice " + d.length + " bytes, poi-tl " + p.length + " bytes; table docgen "
        + b.docgenTable1000().length + ", poi-tl " + b.poitlTable1000().length);
    if (args.length > 0) {
      java.nio.file.Files.write(java.nio.file.Path.of(args[0], "invoice-docgen.docx"), d);
      java.nio.file.Files.write(java.nio.file.Path.of(args[0], "invoice-poitl.docx"), p);
    }
  }
}
