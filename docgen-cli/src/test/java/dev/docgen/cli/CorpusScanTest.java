package dev.docgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docgen.api.Artifact;
import dev.docgen.core.DocumentPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request of both corpora, written offline: no document shows the catalogue's advice to the
 * author (in any language) or a sentence of the request itself, pasted back. The pass/fail of the
 * kinds corpus's own checks is measured by {@link CorpusReportRun}; this holds for all of it.
 */
class CorpusScanTest {
  private static final DocumentPipeline PIPELINE = DocumentPipeline.builder().build();
  private static final List<String> GUIDES = new ArrayList<>();

  @BeforeAll
  static void readGuides() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode index;
    try (InputStream in = CorpusScanTest.class.getResourceAsStream("/dev/docgen/core/kinds/index.json")) {
      index = json.readTree(in);
    }
    for (JsonNode id : index) {
      try (InputStream in = CorpusScanTest.class.getResourceAsStream("/dev/docgen/core/kinds/" + id.asText() + ".json")) {
        for (JsonNode s : json.readTree(in).path("sections")) {
          JsonNode g = s.path("guide");
          if (g.isObject()) {
            g.forEach(v -> GUIDES.add(RenderedDocument.normalise(v.asText())));
          } else if (!g.asText("").isBlank()) {
            GUIDES.add(RenderedDocument.normalise(g.asText()));
          }
        }
      }
    }
    assertThat(GUIDES).as("the catalogue's advice").hasSizeGreaterThan(100);
  }

  private static final java.util.Set<String> PROSE = java.util.Set.of("letter", "memo", "press-release");
  private static final java.util.regex.Pattern TO_THE_WRITER = java.util.regex.Pattern.compile("(?iu)\\b(?:write|draft|"
      + "create|prepare|include|mention|add|sign|make sure|keep it|could you|can you|please (?:write|draft|do)|memo|letter|"
      + "press release|document)\\b");

  static Stream<Arguments> requests() throws URISyntaxException {
    Path dir = Paths.get(CorpusScanTest.class.getResource("/corpus/prompts-dev.jsonl").toURI()).getParent();
    List<Arguments> out = new ArrayList<>();
    for (String file : List.of("prompts-dev.jsonl", "prompts-kinds.jsonl")) {
      for (JsonNode r : CorpusRequests.read(dir.resolve(file))) {
        out.add(Arguments.of(r.get("id").asText(), r, dir));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void shows_no_advice_and_no_sentence_of_the_request(String id, JsonNode request, Path dir) throws IOException {
    Artifact a = PIPELINE.generate(CorpusRequests.toGenerationRequest(request, dir));
    String text = RenderedDocument.normalise(RenderedDocument.read(request.get("format").asText(), a.bytes()).text())
        .replaceAll("\\s+", " ");
    for (String guide : GUIDES) {
      assertThat(text).as("%s shows the catalogue's advice", id).doesNotContain(guide);
    }
    String prompt = request.get("prompt").asText();
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(prompt);
    int start = sentences.first();
    boolean first = true;
    String kind = request.path("kind").asText("");
    for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next(), first = false) {
      String sentence = RenderedDocument.normalise(prompt.substring(start, end)).replaceAll("\\s+", " ").strip();
      // A letter, memo or press release says the news the request states, as the writer put it: "From 1 January all
      // non-client travel is frozen until further notice." Only such a statement may stand as it was typed; the
      // sentence that asks for the document, and any that tells the writer what to do, never may.
      boolean statedNews = !first && PROSE.contains(kind) && !TO_THE_WRITER.matcher(sentence).find();
      if (sentence.split(" ").length >= 8 && !statedNews) {
        assertThat(text).as("%s pastes the request back", id).doesNotContain(sentence.replaceAll("[.!?]$", ""));
      }
    }
  }
}
