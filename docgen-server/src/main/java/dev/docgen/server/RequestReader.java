package dev.docgen.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docgen.api.DataInput;
import dev.docgen.api.job.JobRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the JSON of a generate request, {@code {prompt, format, template?, data?, data_name?, locale?,
 * provider?, async?, wait?}}, into a {@link JobRequest}. {@code data} is inline JSON (an object or
 * an array) or a string of CSV or JSON text. Every fault names its field.
 */
final class RequestReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> FORMATS = Set.of("pdf", "docx", "xlsx");

  private RequestReader() {}

  /** The body, read up to {@code max} bytes whatever the Content-Length said. */
  static byte[] body(HttpServletRequest request, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = request.getInputStream()) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (out.size() + n > max) {
          throw new ApiProblem(413, "LIMIT_EXCEEDED", "the request body is over the limit of " + max
              + " bytes (docgen.server.max-body-bytes)");
        }
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }

  static JsonNode json(byte[] body) {
    if (body.length == 0) {
      throw ApiProblem.badField("body", "the request has no body: send JSON such as {\"prompt\": \"Create a project "
          + "status report for Q4 2025\", \"format\": \"pdf\"}");
    }
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw ApiProblem.badField("body", "the body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      // Some faults (nesting or a string over Jackson's limits) have no place in the text.
      throw ApiProblem.badField("body", "the body is not JSON: " + e.getOriginalMessage() + (e.getLocation() == null
          ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
    } catch (IOException e) {
      throw ApiProblem.badField("body", "the body could not be read: " + e.getMessage());
    }
  }

  /** One request; {@code at} prefixes field names in a batch ("requests[3].prompt"). */
  static JobRequest job(JsonNode o, String at) {
    JsonNode prompt = o.get("prompt");
    if (prompt == null || !prompt.isTextual() || prompt.asText().isBlank()) {
      throw ApiProblem.badField(at + "prompt", "prompt is missing: say what document you want, e.g. \"Create a "
          + "project status report for Q4 2025\"");
    }
    String format = text(o, "format", at).orElse("pdf").toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(format)) {
      throw ApiProblem.badField(at + "format", "format must be pdf, docx or xlsx: " + format);
    }
    Optional<DataInput> data = Optional.empty();
    JsonNode d = o.get("data");
    if (d != null && !d.isNull()) {
      String name = text(o, "data_name", at).orElse("");
      if (d.isObject() || d.isArray()) {
        data = Optional.of(DataInput.json(name.isEmpty() ? "data.json" : name, d.toString()));
      } else if (d.isTextual()) {
        String text = d.asText();
        boolean json = name.endsWith(".json") || name.isEmpty() && (text.stripLeading().startsWith("{")
            || text.stripLeading().startsWith("["));
        data = Optional.of(json ? DataInput.json(name.isEmpty() ? "data.json" : name, text)
            : new DataInput(name.isEmpty() ? "data.csv" : name, DataInput.Kind.CSV, text.getBytes(StandardCharsets.UTF_8)));
      } else {
        throw ApiProblem.badField(at + "data", "data must be JSON (an object or an array) or a string of CSV or JSON");
      }
    }
    Optional<String> locale = text(o, "locale", at);
    locale.ifPresent(l -> {
      if (Locale.forLanguageTag(l).getLanguage().isEmpty()) {
        throw ApiProblem.badField(at + "locale", "locale must be a BCP 47 tag such as en-GB: " + l);
      }
    });
    try {
      return new JobRequest(prompt.asText(), format, text(o, "template", at), data, locale, text(o, "provider", at),
          o.path("relaxed").asBoolean(false));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badField(at + "body", e.getMessage());
    }
  }

  private static Optional<String> text(JsonNode o, String field, String at) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw ApiProblem.badField(at + field, field + " must be a string");
    }
    return Optional.of(v.asText()).filter(s -> !s.isBlank());
  }
}
