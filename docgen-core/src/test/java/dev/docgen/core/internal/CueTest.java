package dev.docgen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A cue's words and gate only ever skip a pattern that could not have matched. */
class CueTest {
  private static final Cue IN_OR_AT = new Cue(Pattern.compile("(?iu)\\b(?:in|at)\\s+(\\p{Lu}\\p{L}+)"), List.of(" in ", " at "));

  @Test
  void aWholeWordIsFoundAtEitherEndAndBesidePunctuation() {
    assertThat(IN_OR_AT.find(Cue.Text.of("In Leeds, the team meets")).map(m -> m.group(1))).contains("Leeds");
    assertThat(IN_OR_AT.find(Cue.Text.of("Offsite (at Bermondsey)")).map(m -> m.group(1))).contains("Bermondsey");
    assertThat(IN_OR_AT.find(Cue.Text.of("a plan for the team, held at\nHarrogate")).map(m -> m.group(1))).contains("Harrogate");
  }

  @Test
  void aWordInsideAnotherWordDoesNotLetThePatternRun() {
    // "Quarterly" and "chart" hold "at"; "region" holds "in": none of them is the word.
    assertThat(IN_OR_AT.mayMatch(Cue.Text.of("Quarterly sales by region with a chart"))).isFalse();
  }

  @Test
  void theRangeGateOpensForTimesAndDaysButNotForAQuarterAndItsYear() {
    Pattern gate = Cue.NUMBER_RANGE;
    assertThat(gate.matcher("from 9:00 to 17:00").find()).isTrue();
    assertThat(gate.matcher("9h30 à 11h le 3 février").find()).isTrue();
    assertThat(gate.matcher("10am-12pm").find()).isTrue();
    assertThat(gate.matcher("3–5 June").find()).isTrue();
    assertThat(gate.matcher("Quarterly sales report for Q3 2026").find()).isFalse();
  }

  @Test
  void aGatedCueRunsOnlyWhereTheGateMatches() {
    Cue range = Cue.of("(\\d{1,2})\\s*(?:-|to)\\s*(\\d{1,2})\\s+June", List.of(), Cue.NUMBER_RANGE);
    assertThat(range.find(Cue.Text.of("Planning days 3 to 5 June")).map(m -> m.group(1) + "/" + m.group(2))).contains("3/5");
    assertThat(range.mayMatch(Cue.Text.of("Planning in June 2027"))).isFalse();
  }
}
