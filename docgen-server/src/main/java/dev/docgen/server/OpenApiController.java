package dev.docgen.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/openapi.json}: the committed {@code docs/openapi.yaml}, as JSON. */
@RestController
public class OpenApiController {
  private final String json;

  public OpenApiController() {
    this.json = load().toString();
  }

  /** The API description packaged with the server. */
  static JsonNode load() {
    try (InputStream in = OpenApiController.class.getResourceAsStream("/docgen/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("docgen/openapi.yaml is missing from the server's jar");
      }
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("docs/openapi.yaml is not valid YAML", e);
    }
  }

  @GetMapping("/api/v1/openapi.json")
  public ResponseEntity<String> openapi() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
  }
}
