package dev.docgen.core.internal;

import dev.docgen.api.DatePeriod;
import dev.docgen.api.DocumentIntent;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.ColumnType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The request's period against what the data covers. A CSV of Q1 to Q3 under a request for Q3 is reported for Q3:
 * the main table keeps the rows in the period, and the document says how many it left out. Data that falls wholly
 * outside the period is kept whole, and the document says plainly what it covers.
 */
final class PeriodScope {
  private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  /**
   * The data in scope, how many main-table rows were in and out of the period, and the first and last day the data
   * covers; {@code kept} and {@code left} are 0 when the data has no dates or no period was asked.
   */
  record Scoped(Dataset data, int kept, int left, Optional<LocalDate> from, Optional<LocalDate> to) {
    boolean filtered() {
      return kept > 0 && left > 0;
    }

    boolean outside() {
      return kept == 0 && left > 0;
    }
  }

  private PeriodScope() {}

  static Scoped of(DocumentIntent intent, Dataset data) {
    Optional<DatePeriod> period = intent.period();
    Optional<DataTable> main = data.mainTable();
    if (period.isEmpty() || main.isEmpty()) {
      return new Scoped(data, 0, 0, Optional.empty(), Optional.empty());
    }
    DataTable t = main.get();
    int col = dateColumn(t);
    if (col < 0) {
      return new Scoped(data, 0, 0, Optional.empty(), Optional.empty());
    }
    List<List<Object>> in = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    int out = 0;
    for (List<Object> row : t.rows()) {
      Optional<LocalDate[]> span = span(row.get(col));
      if (span.isEmpty()) {
        in.add(row);
        continue;
      }
      LocalDate start = span.get()[0];
      LocalDate end = span.get()[1];
      from = from == null || start.isBefore(from) ? start : from;
      to = to == null || end.isAfter(to) ? end : to;
      if (!start.isBefore(period.get().start()) && !end.isAfter(period.get().end())) {
        in.add(row);
      } else {
        out++;
      }
    }
    int kept = t.rows().size() - out;
    Dataset scoped = data;
    if (kept > 0 && out > 0) {
      List<DataTable> tables = new ArrayList<>(data.tables());
      tables.set(tables.indexOf(t), new DataTable(t.name(), t.parent(), t.columns(), in));
      scoped = new Dataset(data.source(), data.fields(), data.lists(), tables);
    }
    return new Scoped(scoped, kept, out, Optional.ofNullable(from), Optional.ofNullable(to));
  }

  // The first date column, else a column of ISO months ("2026-07").
  private static int dateColumn(DataTable t) {
    for (int i = 0; i < t.columns().size(); i++) {
      if (t.columns().get(i).type() == ColumnType.DATE) {
        return i;
      }
    }
    for (int i = 0; i < t.columns().size(); i++) {
      int col = i;
      if (t.columns().get(i).type() == ColumnType.TEXT && !t.rows().isEmpty()
          && t.rows().stream().allMatch(r -> ISO_MONTH.matcher(r.get(col).toString()).matches())) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<LocalDate[]> span(Object cell) {
    if (cell instanceof LocalDate d) {
      return Optional.of(new LocalDate[] {d, d});
    }
    String s = cell.toString();
    if (ISO_MONTH.matcher(s).matches()) {
      YearMonth m = YearMonth.parse(s);
      return Optional.of(new LocalDate[] {m.atDay(1), m.atEndOfMonth()});
    }
    return Optional.empty();
  }
}
