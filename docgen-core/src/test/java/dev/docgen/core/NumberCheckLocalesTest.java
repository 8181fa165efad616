package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Artifact;
import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationRequest;
import dev.docgen.core.internal.SpecText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The check that every number in the prose comes from the data reads the numbers as the document's language writes
 * them. It read only English, so every German, Spanish or Dutch report from data failed its own checks ("the number
 * 67.946 is not computed from the data"), and a million in Spanish lost its groups to the version-number rule.
 */
class NumberCheckLocalesTest {
  private static final String SALES = "region,month,revenue\nNorth,2026-07,1234567.89\nSouth,2026-07,987654.32\n"
      + "North,2026-08,1100000.00\nSouth,2026-08,45678.90\n";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Umsatzbericht Q3 2026 nach Region|3.367.901,11",
      "Informe de ventas del tercer trimestre de 2026 por región|3.367.901,11",
      "Maak een verkooprapport over het derde kwartaal van 2026, uitgesplitst per regio|3.367.901,11",
      "Rapport des ventes du troisième trimestre 2026 par région|3\u202f367\u202f901,11",
      "Sales report Q3 2026 by region|3,367,901.11"})
  void a_report_from_data_in_any_language_states_its_total_in_that_language_and_passes_its_checks(String prompt,
      String total) {
    Artifact a = DocumentPipeline.builder().build().generate(GenerationRequest.builder(prompt)
        .data(DataInput.csv("sales.csv", SALES)).format("docx")
        .clock(Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC)).build());
    assertThat(SpecText.of(a.spec())).contains(total);
    assertThat(a.quality().findings()).noneMatch(f -> f.code().equals("number.unsupported"));
  }
}
