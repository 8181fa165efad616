package dev.docgen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.Finding;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.TextRun;
import dev.docgen.core.SpecJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What happens to a model's spec whose numbers are not all facts. */
class GroundingTest {
  final Grounding g = new Grounding(FactCheckTest.facts(Locale.UK), Locale.UK);
  static final Paragraph OK = Paragraph.of("North sold 608 units.");

  static Metadata meta(String subtitle) {
    return new Metadata("Sales report", subtitle, "", LocalDate.of(2026, 10, 5), "en-GB", List.of(), "", "");
  }

  static DocumentSpec spec(String subtitle, Section... sections) {
    return new DocumentSpec(meta(subtitle), null, List.of(sections));
  }

  String after(DocumentSpec spec) {
    return SpecJson.write(g.removeUnsupported(spec).spec());
  }

  @Test
  void headingsAndTitlesLoseOnlyTheNumber() {
    Grounding.Cleaned c = g.removeUnsupported(spec("Revenue up 87%", Section.of("Top 6 regions, 2031", OK),
        Section.of("2031", OK), Section.of("Summary", Callout.of(Callout.Kind.SUMMARY, "Revenue up 87%", "North sold 608 units.")),
        Section.of("Targets", new KeyValue("Target 87,654 units", List.of(new KeyValue.Entry("Units", "608"))))));
    String json = SpecJson.write(c.spec());
    assertThat(json).doesNotContain("87").doesNotContain("2031").contains("Top 6 regions").contains("\"Notes\"")
        .contains("Revenue up").contains("608");
    assertThat(c.findings()).hasSizeGreaterThanOrEqualTo(5).allMatch(f -> f.severity() == Finding.Severity.WARNING);
  }

  @Test
  void tablesAndChartsWithAnyUnsupportedValueGo() {
    Table table = new Table("", List.of(Column.of("Change", ColumnType.DECIMAL)),
        List.of(List.<Object>of(new BigDecimal("-98765"))), List.of());
    Chart chart = new Chart(ChartType.BAR, "Units", List.of("Store 4444"), List.of(new Series("Units",
        List.of(new BigDecimal("608")))), "", "");
    String json = after(spec("", Section.of("Summary", OK, table, chart)));
    assertThat(json).doesNotContain("98765").doesNotContain("4444").contains("608 units");
    assertThat(g.unsupported(spec("", Section.of("Summary", table, chart)))).extracting(Grounding.Unsupported::number)
        .contains("-98765", "4444");
  }

  @Test
  void anAbbreviationDoesNotEndTheSentence() {
    String json = after(spec("", Section.of("Summary",
        Paragraph.of("North sold 608 units vs. a target of 9,999 units. South sold 1,493 units."))));
    assertThat(json).contains("South sold 1,493 units.").doesNotContain("vs.").doesNotContain("9,999");
  }

  @Test
  void formattingAndLinksOfTheKeptSentencesStay() {
    String json = after(spec("", Section.of("Summary", Paragraph.of(TextRun.plain("Sales rose 41.3%. "),
        TextRun.bold("North"), TextRun.plain(" sold 608 units, see "), TextRun.link("the plan", "https://x.example/p"),
        TextRun.plain(".")))));
    assertThat(json).doesNotContain("41.3").contains("\"bold\": true").contains("https://x.example/p")
        .contains("sold 608 units");
  }

  @Test
  void markupLeavesNoHeadingBehindAndHeadersAreCleaned() {
    DocumentSpec html = spec("", Section.of("<img src=x onerror=alert(1)>", OK, new Table("", List.of(Column.text(
        "<b>Region</b>")), List.of(List.<Object>of("North")), List.of())));
    String json = SpecJson.write(Grounding.sanitize(html, meta("")).spec());
    assertThat(json).doesNotContain("<").doesNotContain("onerror").contains("\"Region\"");
  }
}
