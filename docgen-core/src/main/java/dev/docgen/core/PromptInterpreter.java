package dev.docgen.core;

import dev.docgen.api.DatePeriod;
import dev.docgen.api.DocumentIntent;
import dev.docgen.api.Requirement;
import dev.docgen.api.model.ChartType;
import dev.docgen.core.internal.DocumentType;
import dev.docgen.core.internal.DocumentTypes;
import dev.docgen.core.internal.PromptPatterns;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads a natural-language prompt offline and deterministically: the document type, title, period,
 * audience, the organisations, people, amounts, durations, dates and identifiers it names, and the
 * sections, columns and charts it asks for. Thread-safe.
 */
public final class PromptInterpreter {
  /** Interprets {@code prompt}; never fails on odd text, falling back to a generic report. */
  public DocumentIntent interpret(String prompt) {
    String text = prompt.strip().replaceAll("\\s+", " ");
    DocumentType type = DocumentTypes.detect(text);
    Optional<DatePeriod> period = PromptPatterns.period(text);
    List<String> dates = PromptPatterns.dates(text);
    List<String> amounts = PromptPatterns.all(PromptPatterns.AMOUNT, text);
    List<String> durations = PromptPatterns.all(PromptPatterns.DURATION, text);
    List<String> identifiers = PromptPatterns.identifiers(text);
    List<String> organisations = PromptPatterns.organisations(text);
    List<String> people = PromptPatterns.people(text, organisations);
    List<String> places = PromptPatterns.places(text);
    String audience = PromptPatterns.audience(text);
    Matcher keyword = PromptPatterns.keywordMatch(type, text);
    String subject = PromptPatterns.subject(text, keyword, period, audience);
    List<String> listed = PromptPatterns.listedItems(text);
    List<String> columns = PromptPatterns.requestedColumns(text);
    List<String> sections = PromptPatterns.requestedSections(text);
    List<String> groupBy = PromptPatterns.groupBy(text);
    Optional<ChartType> chart = PromptPatterns.chart(text);
    String title = PromptPatterns.title(text, type, keyword, subject, period);

    List<Requirement> requirements = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    period.ifPresent(p -> addText(requirements, seen, p.label()));
    dates.forEach(d -> {
      if (seen.add(d.toLowerCase(Locale.ROOT))) {
        requirements.add(new Requirement("date", d));
      }
    });
    for (List<String> group : List.of(amounts, durations, identifiers, organisations, people, places,
        PromptPatterns.quoted(text))) {
      group.forEach(s -> addText(requirements, seen, s));
    }
    if (!audience.isEmpty()) {
      addText(requirements, seen, audience);
    }
    PromptPatterns.names(subject).forEach(s -> addText(requirements, seen, s));
    // "duration 25 minutes" is a label for an entity already required; only the rest must appear as written.
    listed.stream().filter(s -> !containsAny(s, durations, amounts, dates, identifiers))
        .forEach(s -> addText(requirements, seen, s));
    columns.forEach(c -> requirements.add(new Requirement("column", c)));
    sections.forEach(s -> requirements.add(Requirement.section(s)));
    chart.ifPresent(c -> requirements.add(new Requirement("chart", c.name().toLowerCase(Locale.ROOT))));
    return new DocumentIntent(prompt, type.id(), type.name(), title, subject, period, audience, organisations, people,
        places, amounts, durations, dates, identifiers, sections, columns, listed, groupBy, chart, requirements);
  }

  @SafeVarargs
  private static boolean containsAny(String item, List<String>... entities) {
    for (List<String> list : entities) {
      if (list.stream().anyMatch(item::contains)) {
        return true;
      }
    }
    return false;
  }

  private static void addText(List<Requirement> out, Set<String> seen, String text) {
    if (seen.add(text.toLowerCase(Locale.ROOT))) {
      out.add(Requirement.text(text));
    }
  }
}
