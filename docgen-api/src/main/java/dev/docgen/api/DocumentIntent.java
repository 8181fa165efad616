package dev.docgen.api;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.model.ChartType;
import java.util.List;
import java.util.Optional;

/**
 * What a prompt asks for, as the interpreter understood it: the document type, title, period,
 * audience, the concrete things it names, the sections, columns and charts it asks for, and the
 * requirements a finished document must meet.
 *
 * @param documentType a stable id such as {@code status-report} or {@code invoice}
 * @param subject the topic phrase, e.g. {@code "migrating Acme Corp's billing system to the cloud"}
 * @param listedItems items the prompt enumerates ("search, social, events, content")
 * @param groupBy what the prompt wants data grouped by ("region", "category")
 * @param facts the facts in their roles (parties, dates, times, places, purpose, lists) and the language
 */
public record DocumentIntent(String prompt, String documentType, String documentTypeName, String title,
    String subject, Optional<DatePeriod> period, String audience, List<String> organisations, List<String> people,
    List<String> places, List<String> amounts, List<String> durations, List<String> dates,
    List<String> identifiers, List<String> requestedSections, List<String> requestedColumns,
    List<String> listedItems, List<String> groupBy, Optional<ChartType> chart, List<Requirement> requirements,
    RequestFacts facts) {
  /** An intent without role facts, in English. */
  public DocumentIntent(String prompt, String documentType, String documentTypeName, String title,
      String subject, Optional<DatePeriod> period, String audience, List<String> organisations, List<String> people,
      List<String> places, List<String> amounts, List<String> durations, List<String> dates,
      List<String> identifiers, List<String> requestedSections, List<String> requestedColumns,
      List<String> listedItems, List<String> groupBy, Optional<ChartType> chart, List<Requirement> requirements) {
    this(prompt, documentType, documentTypeName, title, subject, period, audience, organisations, people, places,
        amounts, durations, dates, identifiers, requestedSections, requestedColumns, listedItems, groupBy, chart,
        requirements, RequestFacts.NONE);
  }

  public DocumentIntent {
    requireNonNull(prompt, "prompt");
    requireNonNull(documentType, "documentType");
    requireNonNull(documentTypeName, "documentTypeName");
    requireNonNull(title, "title");
    subject = subject == null ? "" : subject;
    requireNonNull(period, "period");
    audience = audience == null ? "" : audience;
    organisations = List.copyOf(organisations);
    people = List.copyOf(people);
    places = List.copyOf(places);
    amounts = List.copyOf(amounts);
    durations = List.copyOf(durations);
    dates = List.copyOf(dates);
    identifiers = List.copyOf(identifiers);
    requestedSections = List.copyOf(requestedSections);
    requestedColumns = List.copyOf(requestedColumns);
    listedItems = List.copyOf(listedItems);
    groupBy = List.copyOf(groupBy);
    requireNonNull(chart, "chart");
    requirements = List.copyOf(requirements);
    facts = facts == null ? RequestFacts.NONE : facts;
  }
}
