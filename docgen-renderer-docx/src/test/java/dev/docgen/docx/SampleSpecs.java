package dev.docgen.docx;

import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Image;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.TextRun;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

/** Specs built in code for the tests: a small one and a rich one with every block type. */
final class SampleSpecs {
  static final LocalDate DATE = LocalDate.of(2026, 11, 28);

  private SampleSpecs() {}

  static Metadata metadata(String title, String locale) {
    return new Metadata(title, "Quarterly review", "Ada Lovelace", DATE, locale, List.of("finance", "q3"),
        "Operations", "status-report");
  }

  static DocumentSpec sections(int count, String locale) {
    DocumentSpec.Builder b = DocumentSpec.builder(metadata("Small report", locale));
    for (int i = 1; i <= count; i++) {
      b.section(Section.of("Section " + i, Paragraph.of("Body text of section " + i + ".")));
    }
    return b.build();
  }

  /** {@code count} sections of four paragraphs each: long enough for a table of contents. */
  static DocumentSpec longSections(int count, String locale) {
    DocumentSpec.Builder b = DocumentSpec.builder(metadata("Long report", locale));
    for (int i = 1; i <= count; i++) {
      b.section(new Section("Section " + i, 1, java.util.List.of(Paragraph.of("First paragraph of section " + i + "."),
          Paragraph.of("Second paragraph."), Paragraph.of("Third paragraph."), Paragraph.of("Fourth paragraph.")),
          java.util.List.of()));
    }
    return b.build();
  }

  static Table salesTable(int rows) {
    Table.Builder t = Table.builder().caption("Table 1. Sales by region")
        .column(Column.text("Region"))
        .column(Column.of("Orders", ColumnType.INTEGER))
        .column(Column.currency("Revenue", "EUR"))
        .column(Column.of("Margin", ColumnType.PERCENT))
        .column(Column.of("Closed", ColumnType.DATE));
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < rows; i++) {
      BigDecimal revenue = new BigDecimal("1234.5").add(BigDecimal.valueOf(i * 1375L));
      total = total.add(revenue);
      t.row("Region " + (char) ('A' + i % 26) + (i / 26 == 0 ? "" : String.valueOf(i / 26)), 1000 + i * 37, revenue,
          new BigDecimal("0.125").add(BigDecimal.valueOf(i, 3)), i % 7 == 3 ? "" : LocalDate.of(2026, 10, 13).plusDays(i));
    }
    return t.totals("", 40_000, total, "", "").build();
  }

  static Chart chart(ChartType type) {
    List<String> categories = List.of("Q1", "Q2", "Q3", "Q4");
    List<Series> series = type == ChartType.PIE
        ? List.of(new Series("Share", nums(35, 25, 22, 18)))
        : List.of(new Series("2025", nums(120, 135, 150, 170)), new Series("2026", nums(130, 128, 165, 190)));
    return new Chart(type, "Revenue by quarter (" + type.name().toLowerCase() + ")", categories, series, "Quarter",
        "Revenue (k€)");
  }

  private static List<BigDecimal> nums(int... values) {
    return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
  }

  static Image image() {
    BufferedImage img = new BufferedImage(480, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(0x1F4E79), 480, 240, new Color(0x56B4E9)));
    g.fillRect(0, 0, 480, 240);
    g.setColor(Color.WHITE);
    g.fillOval(180, 60, 120, 120);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return new Image(out.toByteArray(), "image/png", "A blue gradient with a white circle", "Figure 1. Test image", 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DocumentSpec rich(String locale) {
    return DocumentSpec.builder(metadata("Project Phoenix Status Report", locale))
        .section(Section.builder("Executive summary")
            .paragraph("The migration is **on track**. Costs are _slightly_ above plan; see `budget.xlsx` for details.")
            .add(Paragraph.of(TextRun.plain("Read the "), TextRun.link("project charter", "https://example.com/charter"),
                TextRun.plain(" and confirm the owner: "), TextRun.placeholder("owner name"), TextRun.plain(".")))
            .add(Callout.of(Callout.Kind.SUMMARY, "Key points", "Go-live moved to **14 December**; budget 4% over."))
            .add(new KeyValue("Project facts", List.of(new KeyValue.Entry("Sponsor", "Grace Hopper"),
                new KeyValue.Entry("Budget", "€1.2m"), new KeyValue.Entry("Phase", "Migration (3 of 4)"))))
            .build())
        .section(Section.builder("Progress")
            .paragraph("Work completed this quarter:")
            .add(new BulletList(List.of(ListItem.of("Data centre exit", List.of(ListItem.of("Racks 1-12 moved"),
                ListItem.of("Racks 13-20 planned", List.of(ListItem.of("Needs change window"))))),
                ListItem.of("Billing cut-over **rehearsed**"), ListItem.of("Security review passed"))))
            .paragraph("Next steps:")
            .add(NumberedList.of("Freeze the schema", "Run the final rehearsal", "Cut over"))
            .paragraph("Rollback plan:")
            .add(NumberedList.of("Stop writes", "Restore snapshot"))
            .add(Callout.of(Callout.Kind.NOTE, "Note", "The rehearsal took 3h 40m, inside the 4h window."))
            .subsection(Section.builder("Milestones").level(2).paragraph("All milestones are listed in the plan.")
                .subsection(Section.builder("Detail").level(3).paragraph("Level three heading text.").build()).build())
            .build())
        .section(Section.builder("Financials")
            .paragraph("Revenue by region for the quarter, in euros:")
            .add(salesTable(40))
            .add(chart(ChartType.BAR))
            .add(chart(ChartType.LINE))
            .add(chart(ChartType.PIE))
            .build())
        .section(Section.builder("Risks")
            .add(Callout.of(Callout.Kind.WARNING, "Warning", "Vendor contract expires on **31 January**."))
            .add(image())
            .build())
        .section(Section.builder("International teams")
            .paragraph("Updates from the Cairo and Shanghai offices follow.")
            .add(Paragraph.of("يسير المشروع وفق الخطة الزمنية المحددة، وتم الانتهاء من مرحلة الترحيل الأولى بنجاح."))
            .add(Paragraph.of("项目进展顺利，第一阶段迁移已成功完成。下一步是账单系统切换。"))
            .build())
        .build();
  }
}
