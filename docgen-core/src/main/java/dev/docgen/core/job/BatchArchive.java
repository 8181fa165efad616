package dev.docgen.core.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docgen.api.job.ArtifactStore;
import dev.docgen.api.job.Job;
import dev.docgen.api.job.JobStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A batch as a ZIP: each succeeded job's document under a safe, unique name ({@code 001-sales-report.pdf}),
 * streamed from the artifact store, and a {@code manifest.json} with every job's id, status, file,
 * sha256 and error. A batch still running gives the documents so far and a manifest that says so.
 */
final class BatchArchive {
  private static final ObjectMapper JSON = new ObjectMapper();
  // Entries carry a fixed time so the same finished batch gives the same bytes.
  private static final long ENTRY_TIME = 315532800000L + 86_400_000L;

  private BatchArchive() {}

  static void write(BatchStatus status, ArtifactStore artifacts, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("batch_id", status.batch().id());
    manifest.put("count", status.items().size());
    manifest.put("complete", status.items().stream().allMatch(j -> j.status() == JobStatus.SUCCEEDED));
    manifest.put("finished", status.finished());
    ArrayNode items = manifest.putArray("items");
    Set<String> names = new HashSet<>();
    int index = 0;
    for (Job job : status.items()) {
      index++;
      ObjectNode item = items.addObject();
      item.put("index", index);
      item.put("task_id", job.id());
      item.put("status", job.status().label());
      job.error().ifPresent(e -> item.putObject("error").put("code", e.code()).put("message", e.message()));
      if (job.status() != JobStatus.SUCCEEDED || job.result().isEmpty()) {
        continue;
      }
      Optional<InputStream> in = artifacts.open(job.id());
      if (in.isEmpty()) {
        item.put("status", "missing");
        continue;
      }
      String name = unique(String.format(Locale.ROOT, "%03d-%s", index, safe(job.result().get().fileName())), names);
      item.put("file", name);
      item.put("sha256", job.result().get().sha256());
      item.put("size", job.result().get().size());
      try (InputStream bytes = in.get()) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        bytes.transferTo(zip);
        zip.closeEntry();
      }
    }
    ZipEntry m = new ZipEntry("manifest.json");
    m.setTime(ENTRY_TIME);
    zip.putNextEntry(m);
    zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }

  /** A file name with no path, no control characters and nothing but letters, digits, '.', '-' and '_'. */
  static String safe(String fileName) {
    String base = fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    base = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[.-]+", "");
    if (base.length() > 100) {
      int dot = base.lastIndexOf('.');
      String ext = dot > 0 && base.length() - dot <= 6 ? base.substring(dot) : "";
      base = base.substring(0, 100 - ext.length()) + ext;
    }
    return base.isEmpty() || base.equals("manifest.json") ? "document" : base;
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    int dot = name.lastIndexOf('.');
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }
    return candidate;
  }
}
