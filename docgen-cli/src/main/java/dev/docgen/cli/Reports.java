package dev.docgen.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.docgen.api.Artifact;
import dev.docgen.api.OutputLocationException;
import dev.docgen.api.QualityReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the {@code --report} JSON: what was generated, how long each stage took, and its quality. */
final class Reports {
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Reports() {}

  static void write(Path target, Artifact a, Path file) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("outcome", "success");
    r.put("file", file.toString());
    r.put("format", a.format());
    r.put("mediaType", a.mediaType());
    r.put("bytes", a.size());
    r.put("sha256", a.sha256());
    r.put("title", a.spec().metadata().title());
    r.put("documentType", a.documentType());
    r.put("template", a.template());
    r.put("provenance", a.provenance());
    r.put("templateReason", a.templateReason().isEmpty()
        ? "no template named; built-in layout for document type '" + a.documentType() + "'" : a.templateReason());
    Map<String, Double> timings = new LinkedHashMap<>();
    a.timings().forEach((k, v) -> timings.put(k, seconds(v)));
    r.put("timingsSeconds", timings);
    r.put("quality", a.quality());
    save(target, r);
  }

  static void writeFailure(Path target, String format, QualityReport quality) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("outcome", "rejected");
    r.put("format", format);
    r.put("quality", quality);
    save(target, r);
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static void save(Path target, Map<String, Object> report) {
    try {
      Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".report", ".part");
      JSON.writeValue(tmp.toFile(), report);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new OutputLocationException("cannot write report " + target + ": " + e.getMessage(), e);
    }
  }
}
