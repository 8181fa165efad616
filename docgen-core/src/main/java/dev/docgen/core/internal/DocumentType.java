package dev.docgen.core.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A kind of document docgen knows how to write: its id, name, the phrases that name it in a
 * prompt, and the standard sections it has when there is no data.
 */
public record DocumentType(String id, String name, List<String> keywords, List<SectionPlan> sections) {
  /**
   * One standard section. {@code kind} is {@code text}, {@code bullets}, {@code numbered}, {@code table},
   * {@code checklist}, {@code keyvalue}, or {@code callout}. Text may hold slots such as
   * {@code {period|this period}} and author fields as {@code [[Owner]]}.
   */
  public record SectionPlan(String title, String kind, String text, List<String> items, List<String> columns,
      List<List<String>> rows, String note) {
    public SectionPlan {
      text = text == null ? "" : text;
      items = items == null ? List.of() : List.copyOf(items);
      columns = columns == null ? List.of() : List.copyOf(columns);
      rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
      note = note == null ? "" : note;
    }
  }

  public DocumentType {
    keywords = List.copyOf(keywords);
    sections = List.copyOf(sections);
  }

  /**
   * Where this type is named in the prompt: the earliest keyword position, ties going to the longer
   * keyword, encoded as {@code position * 1000 - length}; {@code Integer.MAX_VALUE} when not named.
   */
  int match(String lowerPrompt) {
    int best = Integer.MAX_VALUE;
    for (String k : keywords) {
      java.util.regex.Matcher m = Pattern.compile("\\b" + k + "\\b").matcher(lowerPrompt);
      if (m.find()) {
        best = Math.min(best, m.start() * 1000 - k.length());
      }
    }
    return best;
  }
}
