package dev.docgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docgen.api.Artifact;
import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationRequest;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.llm.openai.OpenAiContentGenerator;
import dev.docgen.llm.openai.OpenAiSettings;
import dev.docgen.test.FakeOpenAiServer;
import dev.docgen.test.FakeOpenAiServer.Reply;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers written as a strong model writes them, with the faults real models make (a rounded figure, a derived
 * figure written out, an invented figure, times, Markdown, a table of its own, its own header), merged by docgen
 * over real HTTP to {@link FakeOpenAiServer} and read back from the file: the model's parties, dates and times kept,
 * references written out, no engine placeholder beside the model's text, the invented figure removed and reported.
 */
class LlmFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // The clock the answers were written against: 1 December 2025.
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1764547200L), ZoneOffset.UTC);

  static Path fixtures() throws URISyntaxException {
    return Paths.get(LlmFixturesTest.class.getResource("/llm-fixtures/manifest.jsonl").toURI()).getParent();
  }

  static Stream<JsonNode> entries() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(fixtures().resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out.stream();
  }

  @Test
  void the_fixture_set_covers_fifteen_requests_and_every_fault_a_model_makes() throws Exception {
    List<JsonNode> all = entries().toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(15);
    List<String> faults = all.stream().flatMap(e -> e.path("faults").valueStream()).map(JsonNode::asText).toList();
    assertThat(String.join(" ", faults).toLowerCase(java.util.Locale.ROOT))
        .contains("rounded", "invented", "time", "markdown", "of its own", "header");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void the_merged_document_keeps_the_models_structure_and_only_facts(JsonNode e) throws Exception {
    String answer = Files.readString(fixtures().resolve(e.path("answer").asText()), StandardCharsets.UTF_8);
    String format = e.path("format").asText("pdf");
    Artifact a;
    try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
      server.otherwise(r -> Reply.content(answer));
      DocumentPipeline pipeline = DocumentPipeline.builder().contentGenerator(OpenAiContentGenerator.create(
          OpenAiSettings.builder().baseUrl(server.baseUrl()).apiKey("sk-test").model("gpt-test").build())).build();
      GenerationRequest.Builder request = GenerationRequest.builder(e.path("prompt").asText()).format(format)
          .provider("openai").clock(CLOCK).relaxedChecks(true);
      if (!e.path("data").asText().isEmpty()) {
        Path data = fixtures().resolveSibling("corpus").resolve(e.path("data").asText());
        String name = data.getFileName().toString();
        request.data(new DataInput(name, name.endsWith(".json") ? DataInput.Kind.JSON : DataInput.Kind.CSV,
            Files.readAllBytes(data)));
      }
      a = pipeline.generate(request.build());
      // -Ddocgen.fixtures.out=DIR keeps each document, with the model's answer and offline, to render and read.
      String out = System.getProperty("docgen.fixtures.out", "");
      if (!out.isEmpty()) {
        Path dir = Files.createDirectories(Paths.get(out));
        String id = e.path("id").asText();
        Files.write(dir.resolve(id + "-llm." + format), a.bytes());
        Files.write(dir.resolve(id + "-offline." + format), pipeline.generate(request.provider("offline").build()).bytes());
      }
    }
    // The reader's text, normalised as the corpus checks read it (case and spacing).
    String text = RenderedDocument.read(format, a.bytes()).text();
    JsonNode expect = e.path("expect");
    expect.path("contains").forEach(c -> assertThat(text).as("shows").contains(RenderedDocument.normalise(c.asText())));
    expect.path("absent").forEach(c -> assertThat(text).as("leaves out").doesNotContain(RenderedDocument.normalise(c.asText())));
    // Nothing of the model's notation is left, and no placeholder of the engine's sits beside the model's text.
    for (String notation : List.of("{fact:", "{table:", "{chart:", "**", "[recipients]", "[name, role]", "[action]")) {
      assertThat(text).as("notation").doesNotContain(notation);
    }
    for (JsonNode invented : expect.path("invented")) {
      assertThat(text).as("the invented figure is removed").doesNotContain(RenderedDocument.normalise(invented.asText()));
      assertThat(a.quality().findings()).as("and reported").anyMatch(f -> f.code().equals("llm.invented-number"));
    }
  }
}
