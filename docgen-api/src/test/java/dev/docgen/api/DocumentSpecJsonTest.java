package dev.docgen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Image;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.PageBreak;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.TextRun;
import dev.docgen.api.model.Theme;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON form of the model: Jackson round trips, and the published schema agrees with both. */
class DocumentSpecJsonTest {
  private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAACAAAAAQCAIAAAD4YuoOAAAAM0lEQVR42mP4TyVw79U3rIhh1IJRCzAAw7xirGjUAupb8Gw"
      + "+A1Y0agH1LZD3q8SKhowFAM0O2Q2LjOB0AAAAAElFTkSuQmCC";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static final JsonSchema SCHEMA = loadSchema();

  private static JsonSchema loadSchema() {
    try (InputStream in = DocumentSpec.class.getResourceAsStream("/dev/docgen/api/document-spec.schema.json")) {
      assertThat(in).as("schema resource").isNotNull();
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
          .locale(Locale.ENGLISH).pathType(PathType.JSON_PATH).formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), config);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<String> sampleSpecs() {
    return Stream.of("minimal.json", "rich.json", "memo.json");
  }

  private static String sample(String name) throws Exception {
    try (InputStream in = DocumentSpecJsonTest.class.getResourceAsStream("/specs/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<ValidationMessage> validate(JsonNode json) {
    return SCHEMA.validate(json);
  }

  /** The JSON text Jackson writes, parsed back (valueToTree would keep byte[] as a binary node). */
  private static JsonNode jsonOf(DocumentSpec spec) throws Exception {
    return MAPPER.readTree(MAPPER.writeValueAsString(spec));
  }

  private static ObjectNode minimalJson() throws Exception {
    return (ObjectNode) MAPPER.readTree(sample("minimal.json"));
  }

  /** A spec that uses every block type, a custom theme and three heading levels. */
  static DocumentSpec everyBlockType() {
    Table table = Table.builder()
        .caption("Spend by channel")
        .column(Column.text("Channel"))
        .column("Clicks", ColumnType.INTEGER)
        .column(Column.currency("Spend", "USD"))
        .column("CTR", ColumnType.PERCENT)
        .column("CPC", ColumnType.DECIMAL)
        .column("Launched", ColumnType.DATE)
        .row("Search", 12000, new BigDecimal("5400.00"), 0.031, new BigDecimal("0.45"), LocalDate.of(2026, 1, 5))
        .row("Social", 8000, new BigDecimal("3100.50"), 0.0125, "", "2026-02-01")
        .totals("Total", 20000, new BigDecimal("8500.50"), "", "", "")
        .build();
    Section detail = Section.builder("Detail").level(3).paragraph("Level three `code` here.").build();
    Section results = Section.builder("Results").level(2)
        .add(table)
        .add(new Chart(ChartType.BAR, "Spend", List.of("Search", "Social"),
            List.of(new Series("Spend", List.of(new BigDecimal("5400.00"), new BigDecimal("3100.50")))), "Channel", "USD"))
        .add(new Chart(ChartType.LINE, "", List.of("Jan", "Feb", "Mar"), List.of(
            new Series("2025", List.of(BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("2.5"))),
            new Series("2026", List.of(BigDecimal.ZERO, new BigDecimal("-1"), new BigDecimal("1E+3")))), "", ""))
        .add(new Chart(ChartType.PIE, "Share", List.of("A", "B"),
            List.of(new Series("Share", List.of(new BigDecimal("0.6"), new BigDecimal("0.4")))), "", ""))
        .subsection(detail)
        .build();
    Section overview = Section.builder("Overview")
        .add(Paragraph.of(TextRun.bold("Bold"), TextRun.italic(" italic"), TextRun.code(" code"),
            TextRun.link(" link", "https://example.com"), TextRun.placeholder("client name")))
        .add(BulletList.of("one", "**two**"))
        .add(new NumberedList(List.of(ListItem.of("first", List.of(ListItem.of("nested", List.of(ListItem.of("deeper"))))))))
        .add(new KeyValue("Details", List.of(new KeyValue.Entry("Client", "Acme"), new KeyValue.Entry("Ref", "A-1"))))
        .add(Callout.of(Callout.Kind.WARNING, "Careful", "Budget is _tight_."))
        .add(Callout.of(Callout.Kind.NOTE, "", "A note without a title."))
        .add(new Image(Base64.getDecoder().decode(PNG), "image/png", "Logo", "Our logo", 72))
        .add(new PageBreak())
        .subsection(results)
        .build();
    Metadata metadata = new Metadata("Campaign Report", "Q1", "Marketing", LocalDate.of(2026, 4, 2), "en-US",
        List.of("ads", "q1"), "Ads", "report");
    Theme theme = new Theme("aa3300", "FFF2CC", "Georgia", "Arial", 10.5, List.of("112233", "445566"));
    return DocumentSpec.builder(metadata).theme(theme).section(overview).section(Section.of("Empty")).build();
  }

  static Stream<DocumentSpec> codeBuiltSpecs() {
    return Stream.of(
        everyBlockType(),
        DocumentSpec.builder(Metadata.of("Just a title", LocalDate.of(2026, 11, 28))).build(),
        DocumentSpec.builder(Metadata.of("One paragraph", LocalDate.of(2026, 1, 1)))
            .section(Section.of("Intro", Paragraph.of("Hello"))).build());
  }

  @ParameterizedTest
  @MethodSource("codeBuiltSpecs")
  void codeBuiltSpecSurvivesJsonRoundTrip(DocumentSpec spec) throws Exception {
    String json = MAPPER.writeValueAsString(spec);

    assertThat(MAPPER.readValue(json, DocumentSpec.class)).isEqualTo(spec);
  }

  @ParameterizedTest
  @MethodSource("codeBuiltSpecs")
  void jsonWrittenByJacksonMatchesSchema(DocumentSpec spec) throws Exception {
    assertThat(validate(jsonOf(spec))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("sampleSpecs")
  void sampleSpecMatchesSchema(String name) throws Exception {
    assertThat(validate(MAPPER.readTree(sample(name)))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("sampleSpecs")
  void sampleSpecBindsAndRewritesToSchemaValidJson(String name) throws Exception {
    DocumentSpec spec = MAPPER.readValue(sample(name), DocumentSpec.class);

    assertThat(validate(jsonOf(spec))).isEmpty();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(spec), DocumentSpec.class)).isEqualTo(spec);
  }

  @ParameterizedTest
  @MethodSource("sampleSpecs")
  void examplesFolderHoldsTheSameSampleSpecs(String name) throws Exception {
    Path example = Path.of("..", "examples", "specs", name);

    assertThat(Files.readString(example)).isEqualTo(sample(name));
  }

  @Test
  void richSampleUsesEveryBlockTypeAndChartType() throws Exception {
    JsonNode rich = MAPPER.readTree(sample("rich.json"));

    assertThat(rich.findValuesAsText("type")).contains("paragraph", "bulletList", "numberedList", "table", "chart",
        "image", "keyValue", "callout", "pageBreak", "CURRENCY", "PERCENT", "DATE");
    assertThat(rich.findValuesAsText("chartType")).contains("BAR", "LINE", "PIE");
  }

  @Test
  void schemaRejectsLevelFour() throws Exception {
    ObjectNode json = minimalJson();
    ((ObjectNode) json.get("sections").get(0)).put("level", 4);

    assertThat(validate(json)).extracting(m -> m.getInstanceLocation().toString()).containsExactly("$.sections[0].level");
  }

  @Test
  void schemaRejectsUnknownBlockType() throws Exception {
    ObjectNode json = minimalJson();
    ((ObjectNode) json.at("/sections/0/blocks/0")).put("type", "video");

    assertThat(validate(json)).extracting(ValidationMessage::getMessage)
        .containsExactly("$.sections[0].blocks[0].type: does not have a value in the enumeration [\"paragraph\", "
            + "\"bulletList\", \"numberedList\", \"table\", \"chart\", \"image\", \"keyValue\", \"callout\", \"pageBreak\"]");
  }

  @Test
  void schemaRejectsMissingTitle() throws Exception {
    ObjectNode json = minimalJson();
    ((ObjectNode) json.get("metadata")).remove("title");

    assertThat(validate(json)).extracting(ValidationMessage::getMessage)
        .containsExactly("$.metadata: required property 'title' not found");
  }

  @Test
  void schemaRejectsColourWithHash() throws Exception {
    ObjectNode json = minimalJson();
    json.set("theme", MAPPER.valueToTree(Theme.DEFAULT));
    ((ObjectNode) json.get("theme")).put("accentColor", "#1F4E79");

    assertThat(validate(json)).extracting(m -> m.getInstanceLocation().toString()).containsExactly("$.theme.accentColor");
  }

  @Test
  void schemaRejectsUnknownPropertyAndBlockPropertiesOfAnotherType() throws Exception {
    ObjectNode json = minimalJson();
    ((ObjectNode) json.at("/sections/0/blocks/0")).putArray("items");

    assertThat(validate(json)).extracting(m -> m.getInstanceLocation().toString()).containsExactly("$.sections[0].blocks[0]");
  }

  @Test
  void schemaRejectsPieChartWithTwoSeries() throws Exception {
    ObjectNode json = minimalJson();
    ObjectNode chart = MAPPER.valueToTree(new Chart(ChartType.BAR, "", List.of("a"),
        List.of(new Series("x", List.of(BigDecimal.ONE)), new Series("y", List.of(BigDecimal.TEN))), "", ""));
    chart.put("chartType", "PIE");
    ((ArrayNode) json.at("/sections/0/blocks")).add(chart);

    assertThat(validate(json)).extracting(m -> m.getInstanceLocation().toString())
        .containsExactly("$.sections[0].blocks[1].series");
  }

  @Test
  void schemaRejectsSubsectionNotDeeperThanParent() throws Exception {
    ObjectNode json = minimalJson();
    ObjectNode section = (ObjectNode) json.get("sections").get(0);
    section.put("level", 2);
    section.putArray("subsections").addObject().put("title", "Same level").put("level", 2);

    assertThat(validate(json)).extracting(m -> m.getInstanceLocation().toString())
        .containsExactly("$.sections[0].subsections[0].level");
  }

  @Test
  void schemaRejectsLowerCaseEnumsAndNonIsoDate() throws Exception {
    ObjectNode json = minimalJson();
    ((ObjectNode) json.get("metadata")).put("date", "28/11/2026");
    ((ArrayNode) json.at("/sections/0/blocks")).addObject().put("type", "callout").put("kind", "note")
        .putArray("runs").addObject().put("text", "x");

    assertThat(validate(json)).extracting(m -> m.getInstanceLocation().toString())
        .containsOnly("$.metadata.date", "$.sections[0].blocks[1].kind");
  }
}
