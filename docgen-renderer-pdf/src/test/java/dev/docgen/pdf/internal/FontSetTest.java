package dev.docgen.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.pdf.internal.FontSet.Face;
import dev.docgen.pdf.internal.FontSet.FontRun;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class FontSetTest {
  @Test
  void latin_text_stays_in_the_body_font() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      FontSet fonts = new FontSet(doc);
      List<FontRun> runs = fonts.runs("Zürich – São Paulo", Face.REGULAR);
      assertThat(runs).hasSize(1);
      assertThat(runs.get(0).font().getName()).contains("Carlito");
    }
  }

  @Test
  void each_script_falls_back_to_a_font_that_has_it() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      FontSet fonts = new FontSet(doc);
      List<FontRun> runs = fonts.runs("Total 数据 עברית", Face.REGULAR);
      assertThat(runs).extracting(r -> r.font().getName())
          .anySatisfy(n -> assertThat(n).contains("Carlito"))
          .anySatisfy(n -> assertThat(n).containsIgnoringCase("Droid"))
          .anySatisfy(n -> assertThat(n).contains("DejaVu"));
      assertThat(String.join("", runs.stream().map(FontRun::text).toList())).isEqualTo("Total 数据 עברית");
      assertThat(fonts.missingCodePoints()).isEmpty();
    }
  }

  @Test
  void a_character_no_font_has_is_shown_and_reported() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      FontSet fonts = new FontSet(doc);
      String text = "ok \uE000 done";
      List<FontRun> runs = fonts.runs(text, Face.BOLD);
      assertThat(String.join("", runs.stream().map(FontRun::text).toList())).isEqualTo("ok ? done");
      assertThat(fonts.missingCodePoints()).containsExactly(0xE000);
    }
  }

  @Test
  void widths_come_from_font_metrics() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      FontSet fonts = new FontSet(doc);
      float narrow = fonts.width("iiii", Face.REGULAR, 11);
      float wide = fonts.width("WWWW", Face.REGULAR, 11);
      assertThat(wide).isGreaterThan(narrow * 2);
      assertThat(fonts.width("WWWW", Face.REGULAR, 22)).isCloseTo(wide * 2, org.assertj.core.data.Offset.offset(0.01f));
    }
  }
}
