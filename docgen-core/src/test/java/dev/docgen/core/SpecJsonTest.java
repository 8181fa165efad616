package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import dev.docgen.api.SpecValidationException;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Image;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecJsonTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "specs");

  static Stream<String> sampleSpecs() {
    return Stream.of("minimal.json", "rich.json", "memo.json");
  }

  private static String example(String name) throws Exception {
    return Files.readString(EXAMPLES.resolve(name));
  }

  private static String minimalWith(String sectionJson) {
    return """
        {"metadata": {"title": "T", "date": "2026-11-28"},
         "sections": [%s]}
        """.formatted(sectionJson);
  }

  @ParameterizedTest
  @MethodSource("sampleSpecs")
  void readsSampleSpec(String name) throws Exception {
    DocumentSpec spec = SpecJson.read(example(name), name);

    assertThat(spec.metadata().title()).isNotBlank();
    assertThat(spec.allSections()).isNotEmpty().allMatch(Section::hasContent);
  }

  @Test
  void readsRichSampleIntoTypedValues() throws Exception {
    DocumentSpec spec = SpecJson.read(example("rich.json"), "rich.json");
    Table table = (Table) spec.sections().get(1).blocks().get(0);

    assertThat(table.columns()).extracting(Column::type).contains(ColumnType.CURRENCY, ColumnType.PERCENT, ColumnType.DATE);
    assertThat(table.rows().get(0)).containsExactly("Beverages", new BigDecimal("1240"), new BigDecimal("684200.00"),
        new BigDecimal("0.3714"), new BigDecimal("1.25"), LocalDate.of(2026, 9, 30));
    assertThat(table.totals()).endsWith("", "");
    assertThat(spec.sections().get(0).blocks().get(3)).isInstanceOfSatisfying(Image.class,
        image -> assertThat(image.data()).startsWith(0x89, 'P', 'N', 'G'));
  }

  @Test
  void rejectsSchemaViolationNamingItsJsonPath() {
    String json = minimalWith("""
        {"title": "Too deep", "level": 4}""");

    assertThatThrownBy(() -> SpecJson.read(json, "deep.json"))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageStartingWith("deep.json is not a valid DocumentSpec: ")
        .hasMessageContaining("$.sections[0].level: ")
        .extracting(e -> ((SpecValidationException) e).problems(), LIST)
        .containsExactly("$.sections[0].level: must have a maximum value of 3");
  }

  @Test
  void reportsEverySchemaViolation() {
    String json = """
        {"metadata": {"date": "2026-11-28", "colour": "red"},
         "sections": [{"title": "A", "level": 1, "blocks": [{"type": "video"}]}]}
        """;

    assertThatThrownBy(() -> SpecJson.read(json, "many.json"))
        .extracting(e -> ((SpecValidationException) e).problems(), LIST)
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).asString().startsWith("$.metadata: required property 'title'"))
        .anySatisfy(p -> assertThat(p).asString().startsWith("$.metadata: property 'colour'"))
        .anySatisfy(p -> assertThat(p).asString().startsWith("$.sections[0].blocks[0].type: "));
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    String json = """
        {"metadata": {"title": "T", "date": "2026-11-28"},
         "sections": [{"title": "A" "level": 1}]}
        """;

    assertThatThrownBy(() -> SpecJson.read(json, "broken.json"))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("broken.json")
        .hasMessageContaining("malformed JSON at line 2, column 29");
  }

  @Test
  void rejectsDuplicateKeysAndTrailingContent() {
    assertThatThrownBy(() -> SpecJson.read("{\"metadata\": {\"title\": \"A\", \"title\": \"B\"}}", "dup.json"))
        .hasMessageContaining("line 1").hasMessageContaining("Duplicate field 'title'");
    assertThatThrownBy(() -> SpecJson.read(minimalWith("") + "{}", "two.json"))
        .hasMessageContaining("malformed JSON at line 3");
  }

  @Test
  void rejectsEmptyInput() {
    assertThatThrownBy(() -> SpecJson.read("  ", "empty.json"))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("$: the input is empty");
  }

  @Test
  void rowWithWrongCellCountNamesTheTablePath() {
    String json = minimalWith("""
        {"title": "A", "level": 1, "blocks": [
          {"type": "paragraph", "runs": [{"text": "Before the table."}]},
          {"type": "table", "columns": [{"header": "Item"}, {"header": "Cost", "type": "CURRENCY", "currency": "EUR"}],
           "rows": [["Paper", 12.5], ["Ink"]]}]}""");

    assertThatThrownBy(() -> SpecJson.read(json, "table.json"))
        .isInstanceOf(SpecValidationException.class)
        .extracting(e -> ((SpecValidationException) e).problems(), LIST)
        .containsExactly("$.sections[0].blocks[1]: row 2 has 1 cells but the table has 2 columns");
  }

  @Test
  void chartSeriesOfWrongLengthNamesTheChartPath() {
    String json = minimalWith("""
        {"title": "A", "level": 1, "subsections": [{"title": "B", "level": 2, "blocks": [
          {"type": "chart", "chartType": "BAR", "categories": ["x", "y"], "series": [{"name": "s", "values": [1]}]}]}]}""");

    assertThatThrownBy(() -> SpecJson.read(json, "chart.json"))
        .hasMessageContaining("$.sections[0].subsections[0].blocks[0]: series 's' has 1 values but the chart has 2");
  }

  @ParameterizedTest
  @MethodSource("sampleSpecs")
  void writeThenReadGivesEqualSpec(String name) throws Exception {
    DocumentSpec spec = SpecJson.read(example(name), name);

    String json = SpecJson.write(spec);

    assertThat(json).endsWith("}\n").contains("\"date\": \"");
    assertThat(SpecJson.read(json, "rewritten.json")).isEqualTo(spec);
  }

  @Test
  void writeThenReadKeepsCodeBuiltValues() {
    DocumentSpec spec = DocumentSpec.builder(Metadata.of("Built in code", LocalDate.of(2026, 3, 31)))
        .section(Section.builder("Numbers")
            .add(Table.builder().column("Day", ColumnType.DATE).column("Rate", ColumnType.PERCENT)
                .row(LocalDate.of(2026, 3, 1), 0.125).row("2026-03-02", new BigDecimal("0.10")).build())
            .add(new Chart(ChartType.PIE, "", List.of("a", "b"),
                List.of(new Series("s", List.of(new BigDecimal("1.50"), BigDecimal.TEN))), "", ""))
            .add(Callout.of(Callout.Kind.SUMMARY, "", "**Bold** and _italic_"))
            .build())
        .build();

    assertThat(SpecJson.read(SpecJson.write(spec), "built.json")).isEqualTo(spec);
  }

  @Test
  void schemaIsThePublishedDraft202012Schema() {
    assertThat(SpecJson.schema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("\"$defs\"");
  }
}
