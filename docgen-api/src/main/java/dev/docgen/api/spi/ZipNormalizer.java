package dev.docgen.api.spi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OOXML package so that every entry carries the same timestamp. Zip libraries stamp
 * entries with the wall clock; this makes the same content give the same bytes.
 */
public final class ZipNormalizer {
  private ZipNormalizer() {}

  /** Returns {@code zip} with each entry's time set to {@code time}, entry order and content kept. */
  public static byte[] normalize(byte[] zip, Instant time) throws IOException {
    FileTime stamp = FileTime.from(time);
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream zout = new ZipOutputStream(out)) {
      zout.setLevel(6);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setLastModifiedTime(stamp);
        zout.putNextEntry(copy);
        in.transferTo(zout);
        zout.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
