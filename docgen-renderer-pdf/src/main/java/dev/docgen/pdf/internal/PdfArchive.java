package dev.docgen.pdf.internal;

import dev.docgen.api.model.Metadata;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document PDF/A-2b: an sRGB output intent, XMP metadata that agrees with the document
 * information dictionary, and a file identifier derived from the content instead of chance, so
 * the same document and instant give the same bytes. Fonts must be embedded by the caller.
 */
final class PdfArchive {
  static final String PRODUCER = "docgen";

  /**
   * Information entries a custom property may not take: the standard ones (PDF/A needs them to
   * agree with the XMP) and the counts the inspector reads.
   */
  static final Set<String> RESERVED = Set.of("Title", "Author", "Subject", "Keywords", "Creator", "Producer",
      "CreationDate", "ModDate", "Trapped", "DocgenTables", "DocgenCharts", "DocgenMissingGlyphs");

  private PdfArchive() {}

  /** Stamps {@code doc} with info, XMP and the output intent, all dated {@code created}. */
  static void apply(PDDocument doc, Metadata meta, Instant created) throws IOException {
    Calendar when = calendar(created);
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(meta.title());
    info.setAuthor(meta.author().isEmpty() ? PRODUCER : meta.author());
    if (!meta.subject().isEmpty()) {
      info.setSubject(meta.subject());
    }
    if (!meta.keywords().isEmpty()) {
      info.setKeywords(String.join(", ", meta.keywords()));
    }
    info.setCreator(PRODUCER);
    info.setProducer(PRODUCER);
    info.setCreationDate(when);
    info.setModificationDate(when);
    doc.getDocumentCatalog().setMetadata(xmp(doc, info, meta, when));
    doc.getDocumentCatalog().setLanguage(meta.locale());
    doc.getDocumentCatalog().addOutputIntent(srgbIntent(doc));
  }

  /**
   * Rejects custom property names that are blank or {@link #RESERVED}. Any other name may be a
   * custom information entry: PDF/A-2 asks only the standard entries to have XMP equivalents.
   */
  static void checkCustom(Map<String, String> custom) {
    for (String key : custom.keySet()) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("a custom document property needs a name");
      }
      if (RESERVED.contains(key)) {
        throw new IllegalArgumentException("'" + key + "' is a reserved PDF information entry, not a custom property");
      }
    }
  }

  /** Sets the trailer /ID from a digest of {@code seed}, the same for the same content. */
  static void identify(PDDocument doc, String seed) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
      COSArray id = new COSArray();
      id.add(new COSString(digest));
      id.add(new COSString(digest));
      doc.getDocument().getTrailer().setItem(COSName.ID, id);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from this JVM", e);
    }
  }

  private static PDMetadata xmp(PDDocument doc, PDDocumentInformation info, Metadata meta, Calendar when)
      throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(info.getTitle());
    dc.addCreator(info.getAuthor());
    if (info.getSubject() != null) {
      dc.setDescription(info.getSubject());
    }
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreateDate(when);
    basic.setModifyDate(when);
    basic.setCreatorTool(PRODUCER);
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(PRODUCER);
    if (info.getKeywords() != null) {
      pdf.setKeywords(info.getKeywords());
    }
    PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
    try {
      id.setPart(2);
      id.setConformance("B");
    } catch (org.apache.xmpbox.type.BadFieldValueException e) {
      throw new IllegalStateException(e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, out, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException("cannot write XMP metadata", e);
    }
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(out.toByteArray());
    return metadata;
  }

  private static PDOutputIntent srgbIntent(PDDocument doc) throws IOException {
    byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    return intent;
  }

  private static Calendar calendar(Instant instant) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    c.setTimeInMillis(instant.toEpochMilli());
    return c;
  }
}
