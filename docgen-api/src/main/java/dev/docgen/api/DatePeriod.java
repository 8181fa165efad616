package dev.docgen.api;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A reporting period as the prompt named it ({@code "Q4 2025"}) with its first and last day. */
public record DatePeriod(String label, LocalDate start, LocalDate end) {
  public DatePeriod {
    requireNonNull(label, "label");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period ends before it starts: " + start + " > " + end);
    }
  }
}
