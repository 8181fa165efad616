package dev.docgen.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docgen.core.DocumentPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/version}: what is running, from the build's own records. */
@RestController
public class VersionController {
  private final DocumentPipeline pipeline;

  public VersionController(DocumentPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @GetMapping("/api/v1/version")
  public ResponseEntity<String> version() {
    Properties build = info();
    ObjectNode o = TaskViews.JSON.createObjectNode();
    o.put("version", build.getProperty("build.version", "unknown"));
    o.put("commit", build.getProperty("git.commit.id.abbrev", "unknown"));
    o.put("commit_time", build.getProperty("git.commit.time", ""));
    o.put("build_time", build.getProperty("build.time", ""));
    o.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    ArrayNode providers = o.putArray("providers");
    pipeline.providers().forEach(providers::add);
    ArrayNode renderers = o.putArray("renderers");
    pipeline.formats().forEach(renderers::add);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(o.toString());
  }

  /** META-INF/build-info.properties (Spring Boot's plug-in) and git.properties (git-commit-id), when built with them. */
  static Properties info() {
    Properties p = new Properties();
    for (String name : new String[] {"META-INF/build-info.properties", "git.properties"}) {
      try (InputStream in = VersionController.class.getClassLoader().getResourceAsStream(name)) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        // a build without the file says "unknown"
      }
    }
    return p;
  }
}
