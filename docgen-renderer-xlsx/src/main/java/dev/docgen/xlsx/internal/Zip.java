package dev.docgen.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OPC package being written: parts go into the zip one after another, each stamped with the
 * same local time (no extra timestamp fields, no time-zone dependence), and the content types part
 * is written last from what was added. Parts are streamed; nothing is held back.
 */
public final class Zip implements AutoCloseable {
  private final ZipOutputStream zip;
  private final LocalDateTime stamp;
  private final Map<String, String> overrides = new LinkedHashMap<>();
  private final List<String> names = new ArrayList<>();

  public Zip(OutputStream out, Instant created, int level) {
    this.zip = new ZipOutputStream(dev.docgen.api.template.OoxmlParts.nonClosing(out), StandardCharsets.UTF_8);
    this.zip.setLevel(level);
    // DOS time cannot hold dates before 1980; clamp so any clock gives a valid archive.
    LocalDateTime t = LocalDateTime.ofInstant(created, ZoneOffset.UTC);
    this.stamp = t.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : t.withNano(0);
  }

  /** Opens a part to be written bit by bit; finish it with {@link #closePart(Xml)} before the next. */
  public Xml openPart(String name, String contentType) {
    try {
      ZipEntry e = new ZipEntry(name);
      e.setTimeLocal(stamp);
      zip.putNextEntry(e);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    names.add(name);
    if (contentType != null) {
      overrides.put("/" + name, contentType);
    }
    Xml xml = new Xml(zip);
    xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    return xml;
  }

  public void closePart(Xml xml) {
    xml.flush();
    try {
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one part; {@code contentType} null means the extension's default type. */
  public void part(String name, String contentType, Consumer<Xml> body) {
    try {
      ZipEntry e = new ZipEntry(name);
      e.setTimeLocal(stamp);
      zip.putNextEntry(e);
      Xml xml = new Xml(zip);
      xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
      body.accept(xml);
      xml.flush();
      zip.closeEntry();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    names.add(name);
    if (contentType != null) {
      overrides.put("/" + name, contentType);
    }
  }

  /** Writes the content types part and finishes the archive; the caller's stream stays open. */
  @Override
  public void close() {
    part("[Content_Types].xml", null, x -> {
      x.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
          .raw("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
          .raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
      overrides.forEach((n, t) -> x.raw("<Override PartName=\"").text(n).raw("\" ContentType=\"").raw(t).raw("\"/>"));
      x.raw("</Types>");
    });
    try {
      zip.finish();
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
