package dev.docgen.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.docgen.api.template.TemplateField;
import dev.docgen.api.template.TemplateInfo;
import dev.docgen.api.template.TemplateRef;
import dev.docgen.api.template.TemplateUpload;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.template.TemplateLibrary;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The runbook's template management: upload a version (the publish-time safety checks apply; a
 * rejection is a 422 naming why), list, download, delete; and the parsed-template cache: warm it,
 * read its hit rate.
 */
@RestController
@RequestMapping("/api/v1")
public class TemplateController {
  private static final Map<String, String> MEDIA_TYPES = Map.of(
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final TemplateLibrary templates;

  public TemplateController(DocumentPipeline pipeline) {
    this.templates = pipeline.templates();
  }

  @PostMapping("/templates")
  public ResponseEntity<String> upload(@RequestParam(value = "template", required = false) MultipartFile file,
      @RequestParam(value = "name", required = false) String name,
      @RequestParam(value = "version", required = false) String version,
      @RequestParam(value = "description", required = false) String description) throws IOException {
    if (file == null || file.isEmpty()) {
      throw ApiProblem.badField("template", "send the template file as the multipart field 'template' "
          + "(curl -F \"template=@report.docx\")");
    }
    if (name == null || name.isBlank()) {
      throw ApiProblem.badField("name", "name is missing: -F \"name=quarterly-report\"");
    }
    if (version == null || version.isBlank()) {
      throw ApiProblem.badField("version", "version is missing: -F \"version=2.0\"");
    }
    TemplateUpload upload;
    try {
      upload = new TemplateUpload(name.strip(), version.strip(), file.getOriginalFilename(), file.getBytes(),
          description == null ? "" : description, List.of(), List.of());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badField(e.getMessage().contains("version") ? "version" : "name", e.getMessage());
    }
    TemplateInfo info = templates.publish(upload);
    return ResponseEntity.status(201).header(HttpHeaders.LOCATION, "/api/v1/templates/" + info.name() + "/"
        + info.version()).contentType(MediaType.APPLICATION_JSON).body(version(info).toString());
  }

  @GetMapping("/templates")
  public ResponseEntity<String> list() {
    Map<String, ObjectNode> byName = new LinkedHashMap<>();
    for (TemplateInfo t : templates.list()) {
      ObjectNode o = byName.computeIfAbsent(t.name() + "\u0000" + t.source(), k -> {
        ObjectNode n = TaskViews.JSON.createObjectNode();
        n.put("name", t.name());
        n.put("format", t.format());
        n.put("source", t.source());
        n.put("description", t.description());
        n.putArray("versions");
        return n;
      });
      ((ArrayNode) o.get("versions")).add(version(t));
    }
    ObjectNode out = TaskViews.JSON.createObjectNode();
    ArrayNode list = out.putArray("templates");
    byName.values().forEach(list::add);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.toString());
  }

  @GetMapping("/templates/{name}/{version}")
  public ResponseEntity<byte[]> download(@PathVariable String name, @PathVariable String version) {
    TemplateRef ref = ref(name, version);
    TemplateInfo info = templates.find(ref);
    byte[] bytes = templates.export(ref);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(MEDIA_TYPES.getOrDefault(info.format(),
        "application/octet-stream"))).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename(info.name() + "-" + info.version() + "." + info.format()).build().toString())
        .eTag("\"" + info.sha256() + "\"").body(bytes);
  }

  @DeleteMapping("/templates/{name}/{version}")
  public ResponseEntity<Void> delete(@PathVariable String name, @PathVariable String version) {
    if (!templates.delete(ref(name, version))) {
      throw new ApiProblem(404, "NOT_FOUND", "there is no published template " + name + "@" + version);
    }
    return ResponseEntity.noContent().build();
  }

  /** Parses every template into the cache; GET as the runbook calls it, or POST. */
  @RequestMapping(value = "/cache/warm", method = {org.springframework.web.bind.annotation.RequestMethod.GET,
      org.springframework.web.bind.annotation.RequestMethod.POST})
  public ResponseEntity<String> warm() {
    long start = System.nanoTime();
    int cached = templates.warm();
    ObjectNode o = TaskViews.JSON.createObjectNode();
    o.put("cached", cached);
    o.put("templates", templates.list().size());
    o.put("seconds", (System.nanoTime() - start) / 1e9);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(o.toString());
  }

  @GetMapping("/cache/stats")
  public ResponseEntity<String> stats() {
    CacheStats s = templates.cacheStats();
    ObjectNode o = TaskViews.JSON.createObjectNode();
    o.put("hits", s.hitCount());
    o.put("misses", s.missCount());
    o.put("hit_rate", s.requestCount() == 0 ? 0.0 : s.hitRate());
    o.put("evictions", s.evictionCount());
    o.put("load_seconds", s.totalLoadTime() / 1e9);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(o.toString());
  }

  private static ObjectNode version(TemplateInfo t) {
    ObjectNode v = TaskViews.JSON.createObjectNode();
    v.put("name", t.name());
    v.put("version", t.version());
    v.put("format", t.format().toLowerCase(Locale.ROOT));
    v.put("sha256", t.sha256());
    v.put("size", t.size());
    v.put("created", t.created().toString());
    ArrayNode fields = v.putArray("fields");
    for (TemplateField f : t.fields()) {
      fields.add(f.path());
    }
    return v;
  }

  private static TemplateRef ref(String name, String version) {
    try {
      return TemplateRef.of(name, version);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badField("name", e.getMessage());
    }
  }
}
