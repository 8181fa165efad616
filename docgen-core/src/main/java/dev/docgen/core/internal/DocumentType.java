package dev.docgen.core.internal;

import java.util.List;

/**
 * One kind of document in one language, as the composer uses it: its id, name, title pattern, the
 * phrases it must never print, and its sections. {@link Kind} holds every language.
 */
public record DocumentType(String id, String name, String family, String titlePattern, List<String> absent,
    List<SectionPlan> sections, boolean eventDated) {
  /**
   * One standard section in one language (docs/kinds.md). Text may hold slots such as
   * {@code {period|[[period]]}} and author fields as {@code [[owner]]}; {@code guide} is advice that
   * never reaches the body; {@code match} picks the request's listed items for a {@code listed} section,
   * which is left out when none are its own unless it is {@code kept} (a job's requirements).
   */
  public record SectionPlan(String title, String kind, String text, List<String> items, List<String> columns,
      List<List<String>> rows, String match, String guide, boolean optional, boolean kept) {
    public SectionPlan {
      text = text == null ? "" : text;
      items = items == null ? List.of() : List.copyOf(items);
      columns = columns == null ? List.of() : List.copyOf(columns);
      rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
      match = match == null ? "" : match;
      guide = guide == null ? "" : guide;
    }
  }

  public DocumentType {
    absent = List.copyOf(absent);
    sections = List.copyOf(sections);
    titlePattern = titlePattern == null ? "" : titlePattern;
  }
}
