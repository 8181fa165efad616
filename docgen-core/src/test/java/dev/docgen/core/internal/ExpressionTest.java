package dev.docgen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue's derived-figure expressions: exact, and empty rather than wrong when an input is missing. */
class ExpressionTest {
  private static BigDecimal eval(String expr, Map<String, BigDecimal> values) {
    return Expression.parse(expr).evaluate(Expression.of(values)).orElseThrow();
  }

  @Test
  void multiplies_before_it_adds_and_keeps_exact_decimals() {
    assertThat(eval("a + b * 12", Map.of("a", new BigDecimal("0.10"), "b", new BigDecimal("0.20"))))
        .isEqualByComparingTo("2.50");
    assertThat(eval("(a + b) * 12", Map.of("a", new BigDecimal("0.10"), "b", new BigDecimal("0.20"))))
        .isEqualByComparingTo("3.60");
    assertThat(eval("-a - -b", Map.of("a", BigDecimal.ONE, "b", BigDecimal.TEN))).isEqualByComparingTo("9");
  }

  @Test
  void a_missing_input_or_a_zero_divisor_gives_no_figure_instead_of_a_wrong_one() {
    assertThat(Expression.parse("sales / target").evaluate(Expression.of(Map.of("sales", BigDecimal.TEN,
        "target", BigDecimal.ZERO)))).isEmpty();
    assertThat(Expression.parse("sales * rate").evaluate(Expression.of(Map.of("sales", BigDecimal.TEN)))).isEmpty();
  }

  @Test
  void a_malformed_expression_is_refused_with_where_it_went_wrong() {
    assertThatThrownBy(() -> Expression.parse("sales * (rate")).hasMessage("expected ')' at 14 in: sales * (rate");
    assertThatThrownBy(() -> Expression.parse("sales ** rate")).hasMessageContaining("at 8");
    assertThatThrownBy(() -> Expression.parse("a".repeat(501))).hasMessageContaining("longer than 500");
  }

  @Test
  void names_and_rendering_show_what_the_figure_reads() {
    Expression e = Expression.parse("prev(closing, opening) + receipts - payments");
    assertThat(e.names()).containsExactly("closing", "opening", "receipts", "payments");
    assertThat(e.render((name, call) -> call ? "[" + name + "]" : name.toUpperCase()))
        .isEqualTo("[prev(closing)] + RECEIPTS − PAYMENTS");
  }
}
