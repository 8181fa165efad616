package dev.docgen.api.spi;

import dev.docgen.api.Finding;
import java.util.List;

/**
 * What an independent reader saw in a rendered file: its text, its headings, how many tables,
 * charts and pages, and any problems found.
 *
 * @param pages the page count, or 0 where the format has no fixed pages (DOCX before layout)
 */
public record Inspection(String text, List<String> headings, int tables, int charts, int pages,
    List<Finding> findings) {
  public Inspection {
    headings = List.copyOf(headings);
    findings = List.copyOf(findings);
  }
}
