package dev.docgen.kinds.minilm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.core.PromptInterpreter;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.junit.jupiter.api.Test;

class MiniLmKindClassifierTest {
  private static final MiniLmKindClassifier CLASSIFIER = new MiniLmKindClassifier();
  private static final Map<String, List<String>> EXAMPLES = Map.of(
      "lesson-plan", List.of("Plan a class for my pupils on fractions"),
      "delivery-note", List.of("Paperwork to go with the cartons we are shipping to the customer"),
      "credit-note", List.of("We overcharged the client, give them the money back"),
      "meeting-minutes", List.of("Write up what we agreed at yesterday's team meeting"));

  private static String closest(String request) {
    return CLASSIFIER.similarities(request, EXAMPLES).entrySet().stream().max(Entry.comparingByValue())
        .map(Entry::getKey).orElseThrow();
  }

  @Test
  void recognises_paraphrases_that_share_no_keyword_with_the_examples() {
    assertThat(closest("A 45-minute science session on photosynthesis for year 9 students")).isEqualTo("lesson-plan");
    assertThat(closest("Documents for the pallets leaving for Lyon on Friday, with the box counts"))
        .isEqualTo("delivery-note");
    assertThat(closest("Acme was billed twice for March; refund the duplicate charge")).isEqualTo("credit-note");
    assertThat(closest("Record the outcomes of this morning's board discussion")).isEqualTo("meeting-minutes");
  }

  @Test
  void a_paraphrase_scores_above_the_threshold_and_an_unrelated_request_below() {
    Map<String, Double> near = CLASSIFIER.similarities("Plan a lesson on fractions for my class", EXAMPLES);
    Map<String, Double> far = CLASSIFIER.similarities("The weather in Lisbon is lovely in spring", EXAMPLES);
    assertThat(near.get("lesson-plan")).isGreaterThan(CLASSIFIER.threshold());
    assertThat(far.values()).allMatch(s -> s < CLASSIFIER.threshold());
  }

  @Test
  void gives_the_same_scores_every_time() {
    String request = "Paperwork for the shipment to Lyon";
    assertThat(CLASSIFIER.similarities(request, EXAMPLES)).isEqualTo(CLASSIFIER.similarities(request, EXAMPLES));
  }

  @Test
  void the_interpreter_finds_it_on_the_class_path_and_reports_it() {
    assertThat(new PromptInterpreter().version()).contains("minilm").contains("all-minilm-l6-v2-q");
  }
}
