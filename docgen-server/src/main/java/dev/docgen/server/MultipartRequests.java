package dev.docgen.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docgen.api.DataInput;
import dev.docgen.api.job.JobRequest;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A generate request sent as multipart/form-data: its text fields, and a {@code data} file part. */
final class MultipartRequests {
  private static final Set<String> TEXT = Set.of("prompt", "format", "template", "locale", "provider", "data_name");

  private MultipartRequests() {}

  /** The text fields as the JSON body would hold them; {@code async} and {@code wait} too. */
  static ObjectNode fields(HttpServletRequest http) throws IOException, ServletException {
    ObjectNode o = TaskViews.JSON.createObjectNode();
    for (Part p : http.getParts()) {
      String name = p.getName();
      if (p.getSubmittedFileName() != null && name.equals("data")) {
        continue;
      }
      String value = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
      if (TEXT.contains(name) || name.equals("data")) {
        o.put(name, value);
      } else if (name.equals("async") || name.equals("relaxed")) {
        o.put(name, Boolean.parseBoolean(value));
      } else if (name.equals("wait")) {
        try {
          o.put(name, Double.parseDouble(value));
        } catch (NumberFormatException e) {
          throw ApiProblem.badField("wait", "wait must be a number of seconds: " + value);
        }
      }
    }
    return o;
  }

  /** The request with the {@code data} file part as its data, CSV or JSON by the file's name. */
  static JobRequest withData(HttpServletRequest http, JobRequest request, long max)
      throws IOException, ServletException {
    Part data = http.getPart("data");
    if (data == null || data.getSubmittedFileName() == null) {
      return request;
    }
    if (data.getSize() > max) {
      throw new ApiProblem(413, "LIMIT_EXCEEDED", "the data file is " + data.getSize() + " bytes, over the limit of "
          + max, "data", null);
    }
    String name = data.getSubmittedFileName().replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    if (name.isBlank()) {
      name = "data.csv";
    }
    byte[] bytes;
    try (InputStream in = data.getInputStream()) {
      bytes = in.readAllBytes();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String type = data.getContentType() == null ? "" : data.getContentType().toLowerCase(Locale.ROOT);
    DataInput.Kind kind = lower.endsWith(".json") || type.contains("json") ? DataInput.Kind.JSON : DataInput.Kind.CSV;
    return new JobRequest(request.prompt(), request.format(), request.template(),
        Optional.of(new DataInput(name, kind, bytes)), request.locale(), request.provider(), request.relaxedChecks());
  }
}
