package dev.docgen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a corpus file (one JSON request a line) and turns a request into the
 * {@link GenerationRequest} a user would make: prompt, format, data file (relative to the corpus
 * file) and, when the request has one, the {@code --locale} the user passed.
 */
final class CorpusRequests {
  /** Every corpus run happens on the same day, so "today" and "next Friday" are stable. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusRequests() {
  }

  /** The requests of {@code file}, in order; blank lines are skipped. */
  static List<JsonNode> read(Path file) {
    List<JsonNode> out = new ArrayList<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new IllegalArgumentException(file + " line " + n + " is not JSON: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The generation request for {@code request}; a data file is resolved against {@code corpusDir}. */
  static GenerationRequest toGenerationRequest(JsonNode request, Path corpusDir) {
    GenerationRequest.Builder b = GenerationRequest.builder(request.get("prompt").asText())
        .format(request.get("format").asText()).clock(CLOCK);
    if (request.hasNonNull("data")) {
      b.data(DataInput.of(corpusDir.resolve(request.get("data").asText())));
    }
    if (request.hasNonNull("locale")) {
      b.locale(Locale.forLanguageTag(request.get("locale").asText()));
    }
    return b.build();
  }
}
