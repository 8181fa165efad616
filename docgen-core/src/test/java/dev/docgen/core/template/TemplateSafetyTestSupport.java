package dev.docgen.core.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Edits a part of a package the way a user editing text in Word would change it. */
final class TemplateSafetyTestSupport {
  private TemplateSafetyTestSupport() {}

  static byte[] replaceInPart(byte[] zip, String part, String from, String to) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean replaced = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(part)) {
          String xml = new String(data, StandardCharsets.UTF_8);
          replaced = xml.contains(from);
          data = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(data);
        z.closeEntry();
      }
    }
    if (!replaced) {
      throw new AssertionError("'" + from + "' is not in " + part);
    }
    return out.toByteArray();
  }
}
