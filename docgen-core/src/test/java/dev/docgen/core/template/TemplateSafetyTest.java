package dev.docgen.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docgen.api.TemplateException;
import dev.docgen.api.template.TemplateRef;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class TemplateSafetyTest {
  static final String DOCX_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  static final String DOCUMENT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      + "<w:body><w:p><w:r><w:t>Hello {{name}}</w:t></w:r></w:p></w:body></w:document>";

  static byte[] zip(Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static Map<String, byte[]> docx() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("[Content_Types].xml", DOCX_TYPES.getBytes(StandardCharsets.UTF_8));
    m.put("word/document.xml", DOCUMENT.getBytes(StandardCharsets.UTF_8));
    return m;
  }

  private static void rejected(byte[] bytes, String message) {
    rejected(bytes, TemplateLimits.DEFAULT, message);
  }

  private static void rejected(byte[] bytes, TemplateLimits limits, String message) {
    assertThatThrownBy(() -> TemplateSafety.check("letterhead", bytes, limits)).isInstanceOf(TemplateException.class)
        .hasMessageContaining("template 'letterhead'").hasMessageContaining("rejected").hasMessageContaining(message);
  }

  @Test
  void a_plain_docx_passes_and_says_its_format() throws Exception {
    assertThat(TemplateSafety.check("letterhead", zip(docx()), TemplateLimits.DEFAULT)).isEqualTo("docx");
  }

  @Test
  void size_and_entry_limits() throws Exception {
    rejected(zip(docx()), TemplateLimits.DEFAULT.withMaxBytes(100), "over the limit of 100");
    Map<String, byte[]> many = docx();
    for (int i = 0; i < 20; i++) {
      many.put("word/media/x" + i + ".xml", "<a/>".getBytes(StandardCharsets.UTF_8));
    }
    rejected(zip(many), TemplateLimits.DEFAULT.withMaxEntries(10), "more than 10 zip entries");
    rejected("not a zip at all".getBytes(StandardCharsets.UTF_8), "not a DOCX or XLSX file");
  }

  @Test
  void a_zip_bomb_is_caught_by_its_inflate_ratio() throws Exception {
    Map<String, byte[]> bomb = docx();
    bomb.put("word/media/filler.bin", new byte[20 << 20]);
    rejected(zip(bomb), "suspicious ratio");
  }

  @Test
  void duplicate_and_escaping_entry_names() throws Exception {
    // Java's zip writer refuses duplicates; write another name of the same length and patch it in,
    // as a hand-made malicious archive would have it.
    Map<String, byte[]> dup = docx();
    dup.put("word/documenX.xml", DOCUMENT.getBytes(StandardCharsets.UTF_8));
    byte[] bytes = zip(dup);
    String latin = new String(bytes, StandardCharsets.ISO_8859_1).replace("word/documenX.xml", "word/document.xml");
    rejected(latin.getBytes(StandardCharsets.ISO_8859_1), "duplicate zip entry 'word/document.xml'");
    Map<String, byte[]> escape = docx();
    escape.put("../../etc/cron.d/x", new byte[1]);
    rejected(zip(escape), "unsafe path");
  }

  @Test
  void dtds_and_entities_are_refused() throws Exception {
    Map<String, byte[]> xxe = docx();
    xxe.put("word/document.xml", ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>").getBytes(StandardCharsets.UTF_8));
    rejected(zip(xxe), "declares a DTD or entities");
  }

  @Test
  void macro_enabled_packages_are_refused() throws Exception {
    Map<String, byte[]> docm = docx();
    docm.put("[Content_Types].xml", DOCX_TYPES.replace("wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml").getBytes(StandardCharsets.UTF_8));
    rejected(zip(docm), "macro-enabled package");
    Map<String, byte[]> vba = docx();
    vba.put("word/vbaProject.bin", new byte[] {1, 2, 3});
    rejected(zip(vba), "macro-enabled content");
  }

  @Test
  void external_relationships_are_refused() throws Exception {
    Map<String, byte[]> remote = docx();
    remote.put("word/_rels/document.xml.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
        + "Target=\"http://tracker.example/pixel.png\" TargetMode=\"External\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
    rejected(zip(remote), "links to an external resource");
  }

  @Test
  void unsafe_names_are_refused() {
    for (String bad : new String[] {"../etc", "/abs", "a/b", "x\u0000y", "tab\there", "", "n".repeat(65), "..hidden",
        "con fig"}) {
      assertThatThrownBy(() -> TemplateRef.checkName(bad)).as(bad).isInstanceOf(TemplateException.class)
          .hasMessageContaining("unsafe template name");
    }
    assertThatThrownBy(() -> TemplateRef.parse("invoice@../2")).hasMessageContaining("unsafe template version");
    assertThat(TemplateRef.parse("invoice@2.1").toString()).isEqualTo("invoice@2.1");
  }
}
