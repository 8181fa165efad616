package dev.docgen.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
  /** One point per character keeps the expectations readable. */
  private static final ToDoubleFunction<String> MONO = String::length;

  @Test
  void breaks_at_spaces_without_exceeding_the_width() {
    List<String> lines = LineBreaker.lines("the quick brown fox jumps over the lazy dog", 15, MONO);
    assertThat(lines).containsExactly("the quick brown", "fox jumps over", "the lazy dog");
    assertThat(lines).allMatch(l -> l.length() <= 15);
  }

  @Test
  void splits_a_word_longer_than_the_line() {
    assertThat(LineBreaker.lines("abcdefghij", 4, MONO)).containsExactly("abcd", "efgh", "ij");
  }

  @Test
  void breaks_between_cjk_ideographs() {
    List<String> lines = LineBreaker.lines("数据报告生成工具", 3, MONO);
    assertThat(lines).hasSizeGreaterThan(2).allMatch(l -> l.length() <= 3);
    assertThat(String.join("", lines)).isEqualTo("数据报告生成工具");
  }

  @Test
  void keeps_explicit_newlines_and_empty_text() {
    assertThat(LineBreaker.lines("a\nb", 10, MONO)).containsExactly("a", "b");
    assertThat(LineBreaker.lines("", 10, MONO)).containsExactly("");
  }
}
