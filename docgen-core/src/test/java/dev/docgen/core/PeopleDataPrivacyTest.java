package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Artifact;
import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationRequest;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A survey summary for leadership printed every response with its timestamp, department and tenure (blind review):
 * a summary of people's answers shows aggregates, never a row, and never a group small enough to tell who said what.
 */
class PeopleDataPrivacyTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);
  private static final String SURVEY = "Respondent,Submitted,Department,Tenure,Satisfaction\n"
      + "R001,2026-11-03 09:14,Sales,1-3 years,4\nR002,2026-11-03 10:02,Sales,5+ years,5\nR003,2026-11-04 11:40,Sales,<1 year,3\n"
      + "R004,2026-11-04 12:05,Finance,3-5 years,2\nR005,2026-11-05 08:55,Finance,1-3 years,4\nR006,2026-11-05 09:30,Finance,5+ years,3\n"
      + "R007,2026-11-06 16:20,Legal,5+ years,1\n";

  private static String text(String prompt) throws Exception {
    Artifact a = DocumentPipeline.builder().build().generate(GenerationRequest.builder(prompt).format("docx").clock(CLOCK)
        .data(DataInput.csv("survey.csv", SURVEY)).build());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(a.bytes()));
        XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      return x.getText();
    }
  }

  @Test
  void a_survey_summary_shows_averages_and_no_respondent_row_and_merges_a_group_of_one() throws Exception {
    String text = text("Staff survey summary for leadership with the average satisfaction by department");
    assertThat(text).contains("out of 5").contains("Sales").contains("Finance");
    // The one Legal respondent's score (1) must not be readable off the breakdown.
    assertThat(text).doesNotContain("Legal").doesNotContain("R007").doesNotContain("2026-11-06 16:20")
        .doesNotContain("R001");
    assertThat(text).contains("shown as totals and averages only");
  }

  @Test
  void the_rows_appear_when_the_request_asks_for_every_response() throws Exception {
    assertThat(text("Staff survey summary with every response listed")).contains("R001").contains("R007");
  }
}
