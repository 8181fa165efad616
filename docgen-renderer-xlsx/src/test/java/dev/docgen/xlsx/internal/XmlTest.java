package dev.docgen.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class XmlTest {
  private static String text(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Xml x = new Xml(out);
    x.text(s);
    x.flush();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void markup_characters_are_escaped_and_unicode_is_utf8() {
    assertThat(text("a<b>&\"c\" 'd'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot; 'd'");
    assertThat(text("Zürich 中文 😀 \u007F")).isEqualTo("Zürich 中文 😀 \u007F");
  }

  @Test
  void characters_xml_cannot_carry_use_excel_escapes_and_literal_escapes_are_protected() {
    assertThat(text("a\u0001b\rc\td\ne")).isEqualTo("a_x0001_b_x000D_c\td\ne");
    assertThat(text("lone \uD800 surrogate")).isEqualTo("lone _xD800_ surrogate");
    assertThat(text("code _x0041_ stays")).isEqualTo("code _x005F_x0041_ stays");
    assertThat(text("snake_case_x_y")).isEqualTo("snake_case_x_y");
  }

  @Test
  void long_text_crosses_buffer_flushes_intact() {
    String big = "é".repeat(100_000) + "<" + "x".repeat(70_000);
    assertThat(text(big)).isEqualTo("é".repeat(100_000) + "&lt;" + "x".repeat(70_000));
  }

  @Test
  void doubles_are_written_so_they_parse_back_exactly() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      double d = switch (i % 4) {
        case 0 -> random.nextInt(1_000_000) / 100.0;
        case 1 -> -random.nextInt(1_000_000) / 10.0;
        case 2 -> random.nextDouble() * 1e6;
        default -> random.nextGaussian();
      };
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Xml x = new Xml(out);
      SheetWriter.Setup setup = new SheetWriter.Setup();
      SheetWriter sheet = new SheetWriter(null, x, 0, setup);
      sheet.startRow(1, 0);
      sheet.number(0, d, 0);
      x.flush();
      String xml = out.toString(StandardCharsets.US_ASCII);
      String v = xml.substring(xml.indexOf("<v>") + 3, xml.indexOf("</v>"));
      assertThat(Double.parseDouble(v)).as(v).isEqualTo(d);
    }
  }
}
