package dev.docgen.docx.internal;

import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.spi.ZipNormalizer;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds the whole Word document for one spec; the entry point of the DOCX renderer. */
public final class DocxWriter {
  private DocxWriter() {}

  /** The finished, normalised DOCX bytes of {@code spec}, stamped with {@code created}. */
  public static byte[] write(DocumentSpec spec, Instant created) throws Exception {
    return write(spec, created, Map.of());
  }

  /**
   * As {@link #write(DocumentSpec, Instant)}, with {@code custom} as custom document properties
   * (docProps/custom.xml, string values, pids from 2 in the map's order); none writes no part.
   */
  public static byte[] write(DocumentSpec spec, Instant created, Map<String, String> custom) throws Exception {
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxContext ctx = new DocxContext(doc, spec, created);
      StyleSheet.install(doc, spec.theme(), spec.metadata());
      PageFurniture.install(ctx);
      setProperties(doc, spec.metadata(), created);
      setCustomProperties(doc, custom);
      TitleBlock.write(ctx);
      boolean toc = spec.wantsContents();
      if (toc) {
        TableOfContents.write(ctx);
      }
      // A long document gets its contents on a page of their own; a short one flows on.
      new SectionWriter(ctx).writeAll(toc && blockCount(spec) > 24);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      doc.write(out);
      return ZipNormalizer.normalize(EmbeddedPackages.normalize(out.toByteArray(), created), created);
    }
  }

  private static int blockCount(DocumentSpec spec) {
    int[] count = {0};
    spec.forEachBlock(b -> count[0]++);
    return count[0];
  }

  private static void setProperties(XWPFDocument doc, Metadata meta, Instant created) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setTitle(meta.title());
    core.setCreator(meta.author().isEmpty() ? "docgen" : meta.author());
    core.setLastModifiedByUser(meta.author());
    if (!meta.subject().isEmpty()) {
      core.setSubjectProperty(meta.subject());
    }
    if (!meta.keywords().isEmpty()) {
      core.setKeywords(String.join(", ", meta.keywords()));
    }
    if (!meta.documentType().isEmpty()) {
      core.setCategory(meta.documentType());
    }
    core.setCreated(Optional.of(Date.from(created)));
    core.setModified(Optional.of(Date.from(created)));
    doc.getProperties().getExtendedProperties().setApplication("docgen");
  }

  /** POI numbers each new property one past the highest pid, so the map's order fixes the pids. */
  private static void setCustomProperties(XWPFDocument doc, Map<String, String> custom) {
    if (custom.isEmpty()) {
      return;
    }
    POIXMLProperties.CustomProperties props = doc.getProperties().getCustomProperties();
    custom.forEach((name, value) -> {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a custom document property needs a name");
      }
      props.addProperty(name, value == null ? "" : value);
    });
  }
}
