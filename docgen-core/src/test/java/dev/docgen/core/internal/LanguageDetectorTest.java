package dev.docgen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Short requests with no function word are read in their own language, not taken for English. */
class LanguageDetectorTest {
  @Test
  void a_terse_dutch_or_german_request_is_not_english() {
    assertThat(LanguageDetector.detect("Urenoverzicht november 2026 per medewerker")).isEqualTo("nl");
    assertThat(LanguageDetector.detect("Verkooprapport Q3 2026 per regio")).isEqualTo("nl");
    assertThat(LanguageDetector.detect("Umsatzbericht Q3 2026 nach Filiale")).isEqualTo("de");
    assertThat(LanguageDetector.detect("Informe de ventas Q3 2026")).isEqualTo("es");
  }

  @Test
  void english_requests_stay_english() {
    assertThat(LanguageDetector.detect("Sales report Q3 2026 by region")).isEqualTo("en");
    assertThat(LanguageDetector.detect("Timesheet summary week of 2 March 2026 for client billing")).isEqualTo("en");
    assertThat(LanguageDetector.detect("Quarterly report per region")).isEqualTo("en");
  }
}
