package dev.docgen.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docgen.api.DocumentIntent;
import dev.docgen.api.Health;
import dev.docgen.core.DocumentPipeline;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The runbook's AI model operations, mapped onto docgen: the "model" that reads a request is the
 * offline interpreter (and, when configured, an OpenAI-compatible model writes the prose).
 * {@code /predict} shows what the interpreter reads, {@code /model/version} what answers, and
 * {@code /validate} runs prompts with known answers through the interpreter.
 */
@RestController
@RequestMapping("/api/v1")
public class ModelController {
  /** Prompts with known readings: the kind the interpreter must find, and the period where there is one. */
  static final List<Map<String, String>> KNOWN = List.of(
      Map.of("prompt", "Create a project status report for Q4 2025", "type", "status-report", "period", "Q4 2025"),
      Map.of("prompt", "Quarterly sales report for Q3 2026 with revenue totals by region and a chart",
          "type", "sales-report", "period", "Q3 2026"),
      Map.of("prompt", "Generate invoice INV-2026-0142 for Contoso Retail GmbH", "type", "invoice"),
      Map.of("prompt", "Write a memo to all staff about the office move on 12 January 2026", "type", "memo"),
      Map.of("prompt", "Minutes of the board meeting held on 3 March 2026", "type", "meeting-minutes"),
      Map.of("prompt", "Agenda for the Q1 2027 sales kickoff on 14 January 2027", "type", "agenda"),
      Map.of("prompt", "Press release: Northwind opens a factory in Sunderland", "type", "press-release"),
      Map.of("prompt", "Incident report for the payment outage on 2 November 2026", "type", "incident-report"));

  private final DocumentPipeline pipeline;
  private final Timer inference;

  public ModelController(DocumentPipeline pipeline, ObjectProvider<MeterRegistry> registry) {
    this.pipeline = pipeline;
    MeterRegistry r = registry.getIfAvailable();
    this.inference = r == null ? null : Timer.builder("model_inference_seconds")
        .description("time the interpreter (the request-reading model) takes per prompt").register(r);
  }

  @PostMapping("/predict")
  public ResponseEntity<String> predict(HttpServletRequest http) throws Exception {
    TaskController.requireJson(http);
    JsonNode body = RequestReader.json(RequestReader.body(http, 1L << 20));
    JsonNode prompt = body.get("prompt");
    if (prompt == null || !prompt.isTextual() || prompt.asText().isBlank()) {
      throw ApiProblem.badField("prompt", "prompt is missing: {\"prompt\": \"Create a project status report for Q4 2025\"}");
    }
    long start = System.nanoTime();
    DocumentIntent intent = read(prompt.asText());
    ObjectNode o = reading(intent);
    o.put("seconds", (System.nanoTime() - start) / 1e9);
    return json(o);
  }

  @GetMapping("/model/version")
  public ResponseEntity<String> version() {
    DocumentIntent probe = pipeline.interpret("Create a project status report for Q4 2025");
    ObjectNode o = TaskViews.JSON.createObjectNode();
    o.put("interpreter", probe.facts().interpreter());
    o.put("docgen_version", VersionController.info().getProperty("build.version", "unknown"));
    ArrayNode providers = o.putArray("providers");
    for (Health.Component c : pipeline.health().components()) {
      if (c.name().startsWith("provider:")) {
        ObjectNode p = providers.addObject();
        p.put("id", c.name().substring("provider:".length()));
        p.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
        c.info().forEach(p::put);
      }
    }
    return json(o);
  }

  @PostMapping("/validate")
  public ResponseEntity<String> validate() {
    int passed = 0;
    ArrayNode failures = TaskViews.JSON.createArrayNode();
    for (Map<String, String> k : KNOWN) {
      DocumentIntent intent = read(k.get("prompt"));
      boolean typeOk = intent.documentType().equals(k.get("type"));
      boolean periodOk = !k.containsKey("period") || intent.period().map(p -> p.label().equals(k.get("period")))
          .orElse(false);
      if (typeOk && periodOk) {
        passed++;
      } else {
        failures.addObject().put("prompt", k.get("prompt")).put("expected_type", k.get("type"))
            .put("read_type", intent.documentType()).put("expected_period", k.getOrDefault("period", ""))
            .put("read_period", intent.period().map(p -> p.label()).orElse(""));
      }
    }
    ObjectNode o = TaskViews.JSON.createObjectNode();
    o.put("total", KNOWN.size());
    o.put("passed", passed);
    o.put("pass_rate", passed / (double) KNOWN.size());
    o.set("failures", failures);
    return json(o);
  }

  private DocumentIntent read(String prompt) {
    return inference == null ? pipeline.interpret(prompt) : inference.record(() -> pipeline.interpret(prompt));
  }

  static ObjectNode reading(DocumentIntent intent) {
    ObjectNode o = TaskViews.JSON.createObjectNode();
    o.put("type", intent.documentType());
    o.put("type_name", intent.documentTypeName());
    o.put("title", intent.title());
    o.put("language", intent.facts().language());
    intent.period().ifPresent(p -> o.putObject("period").put("label", p.label()).put("start", p.start().toString())
        .put("end", p.end().toString()));
    ObjectNode entities = o.putObject("entities");
    put(entities, "organisations", intent.organisations());
    put(entities, "people", intent.people());
    put(entities, "places", intent.places());
    put(entities, "amounts", intent.amounts());
    put(entities, "dates", intent.dates());
    put(entities, "identifiers", intent.identifiers());
    ArrayNode sections = o.putArray("sections");
    intent.requestedSections().forEach(sections::add);
    o.put("interpreter", intent.facts().interpreter());
    return o;
  }

  private static void put(ObjectNode o, String name, List<String> values) {
    ArrayNode a = o.putArray(name);
    values.forEach(a::add);
  }

  private static ResponseEntity<String> json(ObjectNode o) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(o.toString());
  }
}
