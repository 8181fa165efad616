package dev.docgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docgen.api.Artifact;
import dev.docgen.core.DocumentPipeline;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every request of the shared corpus through the pipeline and checks each {@code expect} entry
 * as the corpus README defines it, reading the output file back with POI's own model rather than
 * docgen's inspector. Every failure of a request is listed, not just the first.
 */
class CorpusEndToEndTest {
  private static final DocumentPipeline PIPELINE = DocumentPipeline.builder().build();
  private static final Path OUT = Paths.get("target", "corpus-out");

  static Stream<Arguments> requests() throws URISyntaxException {
    return CorpusRequests.read(corpus().resolve("prompts-dev.jsonl")).stream()
        .map(r -> Arguments.of(r.get("id").asText(), r));
  }

  /** The kinds corpus's requests that passed once (kinds-passing.txt): a regression in any fails the build. */
  static Stream<Arguments> passingKindsRequests() throws URISyntaxException, IOException {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (String line : Files.readAllLines(corpus().resolve("kinds-passing.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        ids.add(line.strip());
      }
    }
    List<Arguments> out = CorpusRequests.read(corpus().resolve("prompts-kinds.jsonl")).stream()
        .filter(r -> ids.contains(r.get("id").asText())).map(r -> Arguments.of(r.get("id").asText(), r)).toList();
    assertThat(out).as("every id of kinds-passing.txt names a request").hasSameSizeAs(ids);
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passingKindsRequests")
  void kinds_corpus_request_that_passed_still_passes(String id, JsonNode request) throws IOException, URISyntaxException {
    corpus_request_meets_every_expectation(id, request);
  }

  private static Path corpus() throws URISyntaxException {
    return Paths.get(CorpusEndToEndTest.class.getResource("/corpus/prompts-dev.jsonl").toURI()).getParent();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void corpus_request_meets_every_expectation(String id, JsonNode request) throws IOException, URISyntaxException {
    Artifact artifact = PIPELINE.generate(CorpusRequests.toGenerationRequest(request, corpus()));
    Files.createDirectories(OUT);
    artifact.writeTo(OUT.resolve(id + "." + request.get("format").asText()));
    List<String> failures = CorpusChecks.check(request, artifact);
    assertThat(failures).as("failures of %s", id).isEmpty();
  }
}
