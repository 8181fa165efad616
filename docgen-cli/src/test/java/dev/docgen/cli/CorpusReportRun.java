package dev.docgen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docgen.api.Artifact;
import dev.docgen.core.DocumentPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the engine against a corpus file without failing the build: every request is
 * generated and checked, and {@code target/corpus-report.txt} gets one PASS or FAIL line per
 * request with its failures, then "N passed, M failed". The files go to
 * {@code target/corpus-out/<id>.<format>}. Runs only when asked:
 * {@code mvn -pl docgen-cli -am verify -Dtest=CorpusReportRun -Dsurefire.failIfNoSpecifiedTests=false
 * -Ddocgen.corpus.report=/path/to/prompts.jsonl}; {@code -am} so that the engine measured is this
 * checkout's, not whatever another checkout last installed in the local repository.
 */
@EnabledIfSystemProperty(named = CorpusReportRun.PROPERTY, matches = ".+")
class CorpusReportRun {
  static final String PROPERTY = "docgen.corpus.report";
  private static final Path OUT = Paths.get("target", "corpus-out");
  private static final Path REPORT = Paths.get("target", "corpus-report.txt");

  @Test
  void writes_a_report_of_every_request() throws IOException {
    Path file = Paths.get(System.getProperty(PROPERTY)).toAbsolutePath();
    DocumentPipeline pipeline = DocumentPipeline.builder().build();
    Files.createDirectories(OUT);
    List<String> lines = new ArrayList<>();
    int passed = 0;
    int failed = 0;
    for (JsonNode request : CorpusRequests.read(file)) {
      List<String> failures = run(pipeline, request, file.getParent());
      String id = request.path("id").asText();
      if (failures.isEmpty()) {
        passed++;
        lines.add("PASS " + id);
      } else {
        failed++;
        lines.add("FAIL " + id + " (" + failures.size() + ")");
        failures.forEach(f -> lines.add("    - " + f.replace('\n', ' ')));
      }
    }
    lines.add(passed + " passed, " + failed + " failed");
    Files.write(REPORT, lines, StandardCharsets.UTF_8);
    System.out.println("corpus report: " + REPORT.toAbsolutePath() + ": " + lines.get(lines.size() - 1));
  }

  private static List<String> run(DocumentPipeline pipeline, JsonNode request, Path corpusDir) {
    Artifact artifact;
    try {
      artifact = pipeline.generate(CorpusRequests.toGenerationRequest(request, corpusDir));
    } catch (RuntimeException e) {
      return List.of("generation failed: " + e);
    }
    artifact.writeTo(OUT.resolve(request.path("id").asText() + "." + request.path("format").asText()));
    return CorpusChecks.check(request, artifact);
  }
}
