package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docgen.api.Artifact;
import dev.docgen.api.GenerationRequest;
import dev.docgen.api.QualityReport;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.TextRun;
import dev.docgen.core.internal.Kind;
import dev.docgen.core.internal.KindCatalogue;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of the catalogue, written offline in every language from a request that only names it:
 * the body never holds the catalogue's advice to the author or an instruction, and the advice that
 * has a field to stand on reaches the "To complete" list.
 */
class CatalogueTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
  private static final DocumentPipeline PIPELINE = DocumentPipeline.builder().build();
  private static final Pattern INSTRUCTION = Pattern.compile(
      "(?m)(?:^|[.!?]\\s+)(?:Describe|Summari[sz]e|Explain|State the|List the|Give the|Include|Add the|Note any|Name the)\\b");

  static Stream<Arguments> kinds() {
    List<Arguments> out = new ArrayList<>();
    for (Kind k : KindCatalogue.builtIn().all()) {
      for (String lang : List.of("en", "de", "fr", "es", "nl")) {
        out.add(Arguments.of(k.id(), lang));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("kinds")
  void writes_no_advice_and_no_instruction_in_the_body(String id, String lang) throws Exception {
    Kind kind = KindCatalogue.builtIn().byId(id).orElseThrow();
    String name = kind.in(lang).name();
    Locale locale = Locale.forLanguageTag(lang.equals("en") ? "en-GB" : lang);
    Artifact a = PIPELINE.generate(GenerationRequest.builder(name).format("docx").locale(locale).clock(CLOCK).build());
    String body = bodyText(a.spec());
    assertThat(INSTRUCTION.matcher(body).find()).as("an instruction in the body of %s (%s):%n%s", id, lang, body)
        .isFalse();
    for (String guide : guides(id, lang)) {
      assertThat(body).as("advice printed in the body of %s (%s)", id, lang).doesNotContain(guide);
    }
    assertThat(a.quality().findings()).filteredOn(f -> f.code().equals(QualityReport.TO_COMPLETE))
        .as("a document written from its kind's name alone leaves fields to complete").isNotEmpty();
  }

  /** The text a reader sees: every run, cell and entry, but not the notes attached to fields. */
  private static String bodyText(DocumentSpec spec) {
    StringBuilder sb = new StringBuilder(spec.metadata().title()).append('\n');
    spec.forEachBlock(b -> append(b, sb));
    return sb.toString();
  }

  private static void append(Block b, StringBuilder sb) {
    if (b instanceof dev.docgen.api.model.Paragraph p) {
      p.runs().stream().map(TextRun::text).forEach(sb::append);
    } else if (b instanceof dev.docgen.api.model.Callout c) {
      c.runs().stream().map(TextRun::text).forEach(sb::append);
    } else if (b instanceof dev.docgen.api.model.BulletList l) {
      l.items().forEach(i -> i.runs().forEach(r -> sb.append(r.text()).append('\n')));
    } else if (b instanceof dev.docgen.api.model.NumberedList l) {
      l.items().forEach(i -> i.runs().forEach(r -> sb.append(r.text()).append('\n')));
    } else if (b instanceof KeyValue kv) {
      kv.entries().forEach(e -> sb.append(e.label()).append(": ").append(e.value()).append('\n'));
    } else if (b instanceof Table t) {
      t.rows().forEach(r -> sb.append(r).append('\n'));
    }
    sb.append('\n');
  }

  private static List<String> guides(String id, String lang) throws Exception {
    List<String> out = new ArrayList<>();
    try (InputStream in = CatalogueTest.class.getResourceAsStream("/dev/docgen/core/kinds/" + id + ".json")) {
      JsonNode kind = new ObjectMapper().readTree(in);
      for (JsonNode s : kind.path("sections")) {
        JsonNode g = s.path("guide");
        String text = g.isObject() ? g.path(lang).asText(g.path("en").asText("")) : g.asText("");
        if (!text.isBlank()) {
          out.add(text);
        }
      }
    }
    return out;
  }
}
