package dev.docgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The kinds corpus stays well formed as people add to it: unique ids, a known kind on every line
 * that its {@code expect.kind} repeats, a real format, and no data file (the corpus is about the
 * request and the text). It does not run the engine; {@link CorpusReportRun} does.
 */
class KindsCorpusFileTest {
  private static final Set<String> KINDS = Set.of("invoice", "purchase-order", "quotation", "credit-note",
      "delivery-note", "offer-letter", "job-description", "performance-review", "reference-letter",
      "resignation-letter", "meeting-minutes", "agenda", "policy", "project-charter", "raci-matrix", "risk-register",
      "terms-of-reference", "memo", "letter", "press-release", "newsletter", "incident-report", "release-notes",
      "design-doc", "maintenance-log", "test-plan", "change-request", "sop", "lesson-plan", "course-syllabus", "budget",
      "expense-report", "sales-report", "cash-flow-forecast", "commission-statement", "grant-proposal",
      "business-case", "status-report", "project-plan", "project-proposal", "onboarding-checklist", "training-plan",
      "timesheet", "okr-tracker", "inventory-report", "itinerary", "event-plan", "vendor-comparison",
      "support-ticket-summary", "survey-summary", "report");

  @Test
  void every_line_names_a_known_kind_a_format_and_the_same_expected_kind() throws URISyntaxException {
    Set<String> ids = new HashSet<>();
    for (JsonNode r : requests()) {
      String id = r.path("id").asText();
      assertThat(ids.add(id)).as("id %s is unique", id).isTrue();
      assertThat(KINDS).as("kind of %s", id).contains(r.path("kind").asText());
      assertThat(r.path("expect").path("kind").asText()).as("expect.kind of %s", id).isEqualTo(r.path("kind").asText());
      assertThat(r.path("format").asText()).as("format of %s", id).isIn("docx", "pdf", "xlsx");
      assertThat(r.has("data")).as("%s has no data file", id).isFalse();
      assertThat(r.path("prompt").asText()).as("prompt of %s", id).isNotBlank();
    }
  }

  @Test
  void covers_at_least_ninety_requests_across_forty_five_kinds() throws URISyntaxException {
    List<JsonNode> all = requests();
    assertThat(all).hasSizeGreaterThanOrEqualTo(90);
    assertThat(all.stream().map(r -> r.path("kind").asText()).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(45);
  }

  private static List<JsonNode> requests() throws URISyntaxException {
    Path file = Paths.get(KindsCorpusFileTest.class.getResource("/corpus/prompts-kinds.jsonl").toURI());
    return CorpusRequests.read(file);
  }
}
