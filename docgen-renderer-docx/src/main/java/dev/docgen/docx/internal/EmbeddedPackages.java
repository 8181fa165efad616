package dev.docgen.docx.internal;

import dev.docgen.api.spi.ZipNormalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Normalises the packages embedded in a DOCX (the workbooks behind charts): they are zips of their
 * own, stamped with the wall clock by POI, so the outer normalisation alone is not reproducible.
 */
final class EmbeddedPackages {
  private EmbeddedPackages() {}

  static byte[] normalize(byte[] docx, Instant created) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zout = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().endsWith(".xlsx")) {
          content = ZipNormalizer.normalize(content, created);
        }
        zout.putNextEntry(new ZipEntry(e.getName()));
        zout.write(content);
        zout.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
