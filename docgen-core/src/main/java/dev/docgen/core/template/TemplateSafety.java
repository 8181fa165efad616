package dev.docgen.core.template;

import dev.docgen.api.TemplateException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a template before it is published, reading the zip as a stream with counters so nothing
 * is trusted before it is checked. Rejected, each with a message naming the problem: over the size
 * or entry limits, a suspicious inflate ratio, duplicate or path-escaping entry names, DTDs or
 * entity declarations in any XML part, macro-enabled packages (docm, xlsm, vbaProject.bin), and
 * external relationships (remote images, linked files).
 */
public final class TemplateSafety {
  private static final Pattern DTD = Pattern.compile("<!DOCTYPE|<!ENTITY", Pattern.CASE_INSENSITIVE);
  private static final Pattern EXTERNAL = Pattern.compile("TargetMode\\s*=\\s*\"External\"");
  private static final Pattern MACRO_TYPE = Pattern.compile("macroEnabled|vbaProject|ms-office\\.activeX",
      Pattern.CASE_INSENSITIVE);

  private TemplateSafety() {}

  /** Returns the format ({@code docx} or {@code xlsx}) of a safe template, or throws naming the problem. */
  public static String check(String name, byte[] bytes, TemplateLimits limits) {
    String where = "template '" + name + "'";
    if (bytes.length > limits.maxBytes()) {
      throw reject(where, "file is " + bytes.length + " bytes, over the limit of " + limits.maxBytes());
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw reject(where, "not a DOCX or XLSX file (not a zip package)");
    }
    Set<String> names = new HashSet<>();
    long inflated = 0;
    String format = null;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      int entries = 0;
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String entry = e.getName();
        if (++entries > limits.maxEntries()) {
          throw reject(where, "more than " + limits.maxEntries() + " zip entries");
        }
        if (!names.add(entry.toLowerCase(Locale.ROOT))) {
          throw reject(where, "duplicate zip entry '" + entry + "'");
        }
        if (entry.startsWith("/") || entry.contains("..") || entry.contains("\\") || entry.contains(":")) {
          throw reject(where, "zip entry '" + entry + "' has an unsafe path");
        }
        String lower = entry.toLowerCase(Locale.ROOT);
        if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml") || lower.contains("activex")) {
          throw reject(where, "macro-enabled content ('" + entry + "'): macros are not accepted in templates");
        }
        java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
        long size = 0;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          size += n;
          inflated += n;
          if (inflated > limits.maxInflatedBytes()) {
            throw reject(where, "inflates to more than " + limits.maxInflatedBytes() + " bytes");
          }
          long compressed = e.getCompressedSize() > 0 ? e.getCompressedSize() : Math.max(1, bytes.length / entries);
          if (size > 1 << 20 && size / compressed > limits.maxInflateRatio()) {
            throw reject(where, "entry '" + entry + "' inflates " + (size / compressed)
                + " times, a suspicious ratio (limit " + limits.maxInflateRatio() + ")");
          }
          if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
            content.write(buffer, 0, n);
          }
        }
        if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
          String xml = content.toString(StandardCharsets.UTF_8);
          if (DTD.matcher(xml).find()) {
            throw reject(where, "part '" + entry + "' declares a DTD or entities, which templates may not use");
          }
          if (lower.endsWith(".rels") && EXTERNAL.matcher(xml).find()) {
            throw reject(where, "part '" + entry + "' links to an external resource (TargetMode=\"External\"); "
                + "embed images and files instead");
          }
          if (entry.equals("[Content_Types].xml")) {
            if (MACRO_TYPE.matcher(xml).find()) {
              throw reject(where, "macro-enabled package (docm/xlsm): macros are not accepted in templates");
            }
            format = xml.contains("wordprocessingml.document.main") ? "docx"
                : xml.contains("spreadsheetml.sheet.main") ? "xlsx" : format;
          }
        }
      }
    } catch (IOException e) {
      throw reject(where, "the zip package is damaged: " + e.getMessage());
    }
    if (format == null) {
      throw reject(where, "not a DOCX or XLSX package (no Word document or Excel workbook part)");
    }
    return format;
  }

  private static TemplateException reject(String where, String problem) {
    return new TemplateException(where, "rejected: " + problem);
  }
}
