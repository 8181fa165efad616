package dev.docgen.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChartPainterTest {
  private static final float BOX_X = 100;
  private static final float BOX_Y = 300;
  private static final float BOX_W = 360;
  private static final float BOX_H = ChartPainter.preferredHeight(BOX_W);

  @Test
  void bar_chart_shows_title_series_names_and_categories() throws IOException {
    Chart chart = chart(ChartType.BAR, "Revenue by region", List.of("North", "South", "East"),
        series("2023", 120, 340, 560), series("2024", 150, 310, 610));

    String text = textOf(render(chart));

    assertThat(text).contains("Revenue by region", "2023", "2024", "North", "South", "East");
  }

  @Test
  void line_chart_shows_title_series_names_categories_and_axis_titles() throws IOException {
    Chart chart = new Chart(ChartType.LINE, "Monthly visitors", List.of("Jan", "Feb", "Mar", "Apr"),
        List.of(series("Web", 1200, 1800, 1500, 2100), series("App", 800, 950, 1300, 1700)),
        "Month", "Visitors");

    String text = textOf(render(chart));

    assertThat(text).contains("Monthly visitors", "Web", "App", "Jan", "Apr", "Month");
    // the y-axis title is turned 90°, which the extractor splits into short lines
    assertThat(text.replaceAll("\\s", "")).contains("Visitors");
  }

  @Test
  void pie_chart_shows_each_category_in_the_legend_and_percentages() throws IOException {
    Chart chart = chart(ChartType.PIE, "Market share", List.of("Alpha", "Beta", "Gamma"),
        series("Share", 50, 30, 20));

    String text = textOf(render(chart));

    assertThat(text).contains("Market share", "Alpha", "Beta", "Gamma", "50%", "30%", "20%");
  }

  @Test
  void value_axis_uses_one_compact_format_for_huge_numbers() throws IOException {
    Chart chart = chart(ChartType.BAR, "Big", List.of("A", "B"), series("S", 1.5e9, 0.7e9));

    String text = textOf(render(chart));

    assertThat(text).contains("0.5B", "1.0B", "1.5B").doesNotContain("1500000000");
  }

  @Test
  void value_axis_groups_thousands_below_ten_thousand() throws IOException {
    Chart chart = chart(ChartType.BAR, "Small", List.of("A", "B"), series("S", 1150, 400));

    assertThat(textOf(render(chart))).contains("1,200");
  }

  @Test
  void characters_the_font_lacks_become_question_marks() throws IOException {
    Chart chart = chart(ChartType.BAR, "Sales \uD83D\uDCC8 \u5317\u4EAC", List.of("A\tB", "\u0000x"),
        series("S\u0301", 1, 2));

    String text = textOf(render(chart));

    assertThat(text).contains("Sales ? ??");
  }

  static Stream<Chart> edgeCases() {
    String longName = "A very long category name that goes on and on well past any slot width";
    return Stream.of(
        chart(ChartType.BAR, "All zero", List.of("A", "B", "C"), series("S", 0, 0, 0)),
        chart(ChartType.LINE, "All zero", List.of("A", "B"), series("S", 0, 0)),
        chart(ChartType.PIE, "All zero", List.of("A", "B"), series("S", 0, 0)),
        chart(ChartType.BAR, "One category", List.of("Only"), series("S", 42)),
        chart(ChartType.LINE, "One category", List.of("Only"), series("S", 42)),
        chart(ChartType.PIE, "One category", List.of("Only"), series("S", 42)),
        chart(ChartType.BAR, "Long names", List.of(longName, longName + " 2", "C"),
            series(longName, 1, 2, 3)),
        chart(ChartType.BAR, "Six series", List.of("A", "B", "C", "D"),
            IntStream.range(0, 6).mapToObj(i -> series("Series " + i, i, i + 1, 2 * i, 3)).toArray(Series[]::new)),
        chart(ChartType.LINE, "Huge", List.of("A", "B", "C"), series("S", 1.5e9, 2.2e9, 9e8)),
        chart(ChartType.BAR, "Decimals", List.of("A", "B", "C"), series("S", 0.013, 0.27, 0.004)),
        chart(ChartType.BAR, "Negative", List.of("A", "B", "C"), series("S", -30, 50, -12.5)),
        chart(ChartType.LINE, "All negative", List.of("A", "B", "C"), series("S", -3, -5, -1)),
        chart(ChartType.PIE, "Negative slice", List.of("A", "B", "C"), series("S", -3, 5, 1)),
        chart(ChartType.PIE, "Tiny slices", IntStream.range(0, 20).mapToObj(i -> "Cat " + i).toList(),
            series("S", IntStream.range(0, 20).mapToDouble(i -> i == 0 ? 500 : 1).toArray())),
        chart(ChartType.LINE, "Many points", IntStream.range(0, 120).mapToObj(i -> "Day " + i).toList(),
            series("S", IntStream.range(0, 120).mapToDouble(Math::sin).toArray())),
        chart(ChartType.BAR, "", List.of("", " "), series("", 1, 2)));
  }

  @ParameterizedTest
  @MethodSource("edgeCases")
  void edge_cases_render_without_throwing(Chart chart) {
    assertThatCode(() -> textOf(render(chart))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("edgeCases")
  void every_glyph_stays_inside_the_box(Chart chart) throws IOException {
    List<float[]> glyphs = glyphBounds(render(chart));

    assertThat(glyphs).allSatisfy(g -> {
      assertThat(g[0]).as("left").isGreaterThanOrEqualTo(BOX_X - 0.5f);
      assertThat(g[2]).as("right").isLessThanOrEqualTo(BOX_X + BOX_W + 0.5f);
      assertThat(g[1]).as("bottom").isGreaterThanOrEqualTo(BOX_Y - 0.5f);
      assertThat(g[3]).as("top").isLessThanOrEqualTo(BOX_Y + BOX_H + 0.5f);
    });
  }

  @ParameterizedTest
  @MethodSource("edgeCases")
  void no_ink_falls_outside_the_box(Chart chart) throws IOException {
    try (PDDocument doc = Loader.loadPDF(render(chart))) {
      BufferedImage image = new PDFRenderer(doc).renderImage(0, 1f); // 1 px per point
      int height = image.getHeight();
      for (int px = 0; px < image.getWidth(); px++) {
        for (int py = 0; py < height; py++) {
          float ux = px + 0.5f;
          float uy = height - py - 0.5f;
          boolean outside = ux < BOX_X - 1 || ux > BOX_X + BOX_W + 1 || uy < BOX_Y - 1
              || uy > BOX_Y + BOX_H + 1;
          if (outside) {
            assertThat(image.getRGB(px, py) & 0xFFFFFF).as("pixel %d,%d", px, py).isEqualTo(0xFFFFFF);
          }
        }
      }
    }
  }

  @Test
  void leaves_the_callers_graphics_state_as_it_was() throws IOException {
    byte[] pdf = render(chart(ChartType.LINE, "State", List.of("A", "B"), series("S", 1, 2)));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> ops = new ArrayList<>();
      for (Object token : new PDFStreamParser(doc.getPage(0)).parse()) {
        if (token instanceof Operator op) {
          ops.add(op.getName());
        }
      }
      assertThat(ops).startsWith("q", "re", "W", "n").endsWith("Q");
      int depth = 0;
      for (int i = 0; i < ops.size(); i++) {
        depth += ops.get(i).equals("q") ? 1 : ops.get(i).equals("Q") ? -1 : 0;
        assertThat(depth).as("nesting after op %d", i).isGreaterThanOrEqualTo(i < ops.size() - 1 ? 1 : 0);
      }
      assertThat(depth).isZero();
    }
  }

  @Test
  void preferred_height_is_about_half_the_width() {
    assertThat(ChartPainter.preferredHeight(400)).isBetween(180f, 220f);
  }

  @Test
  void scale_picks_one_two_or_five_steps_and_at_most_six_intervals() {
    ChartScale scale = ChartScale.covering(-30, 50, true);

    assertThat(scale.ticks()).containsExactly(-40.0, -20.0, 0.0, 20.0, 40.0, 60.0);
    assertThat(ChartScale.covering(0, 0, true).ticks()).hasSizeBetween(2, 7).contains(0.0);
    ChartScale decimals = ChartScale.covering(0, 0.37, true);
    assertThat(decimals.ticks().stream().map(decimals::format))
        .containsExactly("0", "0.1", "0.2", "0.3", "0.4");
    assertThat(ChartScale.covering(0, 2_400_000, true).format(1_500_000)).isEqualTo("1.5M");
    assertThat(ChartScale.covering(0, 12_000, true).format(12_000)).isEqualTo("12k");
  }

  // ---- helpers

  static Chart chart(ChartType type, String title, List<String> categories, Series... series) {
    return new Chart(type, title, categories, Arrays.asList(series), "", "");
  }

  static Series series(String name, double... values) {
    return new Series(name, Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList());
  }

  /** A one-page PDF with {@code chart} painted into the test box. */
  static byte[] render(Chart chart) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        new ChartPainter(font(doc, "Carlito-Regular.ttf"), font(doc, "Carlito-Bold.ttf"), Theme.DEFAULT)
            .paint(cs, chart, BOX_X, BOX_Y, BOX_W, BOX_H);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  static PDType0Font font(PDDocument doc, String file) throws IOException {
    try (InputStream in = ChartPainterTest.class.getResourceAsStream("/dev/docgen/pdf/fonts/" + file)) {
      return PDType0Font.load(doc, in);
    }
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Each glyph as {left, bottom, right, top} in PDF user space, turned glyphs included. */
  private static List<float[]> glyphBounds(byte[] pdf) throws IOException {
    List<float[]> bounds = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition t) {
          var m = t.getTextMatrix();
          float size = t.getFontSizeInPt();
          float x0 = m.getTranslateX();
          float y0 = m.getTranslateY();
          double angle = Math.atan2(m.getShearY(), m.getScaleX());
          float w = advance(t, size);
          // corners: baseline start/end, and the same raised by the ascent (~0.75 em) / lowered by
          // the descent (~0.25 em)
          float[] xs = new float[4];
          float[] ys = new float[4];
          float cos = (float) Math.cos(angle);
          float sin = (float) Math.sin(angle);
          float[][] offsets = {{0, -0.2f * size}, {w, -0.2f * size}, {0, 0.7f * size}, {w, 0.7f * size}};
          for (int i = 0; i < 4; i++) {
            xs[i] = x0 + offsets[i][0] * cos - offsets[i][1] * sin;
            ys[i] = y0 + offsets[i][0] * sin + offsets[i][1] * cos;
          }
          bounds.add(new float[] {min(xs), min(ys), max(xs), max(ys)});
        }
      };
      stripper.getText(doc);
    }
    return bounds;
  }

  private static float advance(TextPosition t, float size) {
    try {
      return t.getFont().getWidth(t.getCharacterCodes()[0]) / 1000f * size;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static float min(float[] v) {
    float m = v[0];
    for (float f : v) {
      m = Math.min(m, f);
    }
    return m;
  }

  private static float max(float[] v) {
    float m = v[0];
    for (float f : v) {
      m = Math.max(m, f);
    }
    return m;
  }
}
