package dev.docgen.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Random access to the parts of a zip held in memory, through its central directory: a part is
 * inflated only when it is opened, straight from the zip's bytes, so a large sheet is never held
 * decompressed. Part names match as OPC says they do, without regard to case.
 */
final class ZipParts {
  private static final long EOCD = 0x06054b50L;
  private static final long CENTRAL = 0x02014b50L;
  private static final long LOCAL = 0x04034b50L;
  private static final long MAX_32 = 0xFFFFFFFFL;

  private record Entry(int method, long compressedSize, long localHeader) {}

  private final byte[] zip;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Map<String, String> folded = new HashMap<>();

  ZipParts(byte[] zip) throws IOException {
    this.zip = zip;
    int eocd = -1;
    for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
      if (u32(i) == EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      throw new ZipException("not a zip: no end of central directory");
    }
    int count = u16(eocd + 10);
    long offset = u32(eocd + 16);
    if (count == 0xFFFF || offset == MAX_32) {
      throw new StreamingInspection.Unsupported("a ZIP64 archive");
    }
    int p = (int) offset;
    for (int k = 0; k < count; k++) {
      if (p < 0 || p + 46 > zip.length || u32(p) != CENTRAL) {
        throw new ZipException("broken central directory at entry " + k);
      }
      int flags = u16(p + 8);
      int method = u16(p + 10);
      long compressed = u32(p + 20);
      long size = u32(p + 24);
      int nameLength = u16(p + 28);
      int extra = u16(p + 30);
      int comment = u16(p + 32);
      long local = u32(p + 42);
      if (compressed == MAX_32 || size == MAX_32 || local == MAX_32) {
        throw new StreamingInspection.Unsupported("a ZIP64 entry");
      }
      if (p + 46 + nameLength > zip.length) {
        throw new ZipException("broken central directory at entry " + k);
      }
      String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
      if ((flags & 1) != 0) {
        throw new StreamingInspection.Unsupported("an encrypted entry " + name);
      }
      if (entries.put(name, new Entry(method, compressed, local)) != null) {
        throw new ZipException("duplicate zip entry " + name);
      }
      folded.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      p += 46 + nameLength + extra + comment;
    }
  }

  /** The entry's name as stored for a part name (no leading slash), or null when there is none. */
  String find(String part) {
    if (entries.containsKey(part)) {
      return part;
    }
    return folded.get(part.toLowerCase(Locale.ROOT));
  }

  boolean has(String part) {
    return find(part) != null;
  }

  Iterable<String> names() {
    return entries.keySet();
  }

  /** The part's bytes, inflated as they are read; the caller closes the stream. */
  InputStream open(String part) throws IOException {
    String name = find(part);
    if (name == null) {
      throw new FileNotFoundException("no part " + part);
    }
    Entry e = entries.get(name);
    long header = e.localHeader();
    if (header + 30 > zip.length || u32((int) header) != LOCAL) {
      throw new ZipException("broken local header for " + name);
    }
    int data = (int) header + 30 + u16((int) header + 26) + u16((int) header + 28);
    if (data > zip.length || data + e.compressedSize() > zip.length) {
      throw new ZipException("truncated entry " + name);
    }
    return switch (e.method()) {
      case 0 -> new ByteArrayInputStream(zip, data, (int) e.compressedSize());
      // The rest of the array follows the deflate data: zlib may want a byte past the end.
      case 8 -> new InflaterInputStream(new ByteArrayInputStream(zip, data, zip.length - data), new Inflater(true),
          1 << 16) {
        private boolean closed;

        @Override
        public void close() throws IOException {
          if (!closed) {
            closed = true;
            inf.end();
          }
          super.close();
        }
      };
      default -> throw new StreamingInspection.Unsupported("zip compression method " + e.method() + " for " + name);
    };
  }

  /** The whole part, for the small ones. */
  byte[] read(String part) throws IOException {
    try (InputStream in = open(part)) {
      return in.readAllBytes();
    }
  }

  private int u16(int i) {
    return (zip[i] & 0xFF) | (zip[i + 1] & 0xFF) << 8;
  }

  private long u32(int i) {
    return (zip[i] & 0xFFL) | (zip[i + 1] & 0xFFL) << 8 | (zip[i + 2] & 0xFFL) << 16 | (zip[i + 3] & 0xFFL) << 24;
  }
}
