package dev.docgen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.DataInput;
import dev.docgen.api.data.Dataset;
import dev.docgen.core.Limits;
import dev.docgen.core.PromptInterpreter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A request's period against the data's dates: a Q1–Q3 file under a Q3 request is summed for Q3 only. */
class PeriodScopeTest {
  private static final String MONTHS = "month,region,revenue\n2026-06,North,10\n2026-07,North,20\n2026-08,South,30\n"
      + "2026-09,South,40\n2026-10,North,50\n";

  private static Dataset csv(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return DataLoader.load(new DataInput("t.csv", DataInput.Kind.CSV, bytes), Limits.DEFAULT);
  }

  private static PeriodScope.Scoped scope(String prompt, String data) {
    return PeriodScope.of(new PromptInterpreter().interpret(prompt, LocalDate.of(2026, 12, 3)), csv(data));
  }

  @Test
  void a_q3_request_over_five_months_keeps_the_three_in_q3_and_counts_what_it_left_out() {
    PeriodScope.Scoped s = scope("Sales report for Q3 2026 by region", MONTHS);
    assertThat(s.filtered()).isTrue();
    assertThat(s.kept()).isEqualTo(3);
    assertThat(s.left()).isEqualTo(2);
    assertThat(s.data().mainTable().orElseThrow().rows()).extracting(r -> r.get(0)).containsExactly("2026-07", "2026-08", "2026-09");
    assertThat(s.from()).hasValue(LocalDate.of(2026, 6, 1));
    assertThat(s.to()).hasValue(LocalDate.of(2026, 10, 31));
  }

  @Test
  void data_wholly_outside_the_period_is_kept_and_said_to_be_outside() {
    PeriodScope.Scoped s = scope("Sales report for Q1 2027", MONTHS);
    assertThat(s.outside()).isTrue();
    assertThat(s.data().mainTable().orElseThrow().rows()).hasSize(5);
  }

  @Test
  void without_a_period_or_dates_nothing_is_left_out() {
    assertThat(scope("Sales report by region", MONTHS).filtered()).isFalse();
    assertThat(scope("Sales report for Q3 2026", "region,revenue\nNorth,10\nSouth,5\n").left()).isZero();
  }
}
