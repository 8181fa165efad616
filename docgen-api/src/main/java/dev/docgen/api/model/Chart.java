package dev.docgen.api.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A bar, line or pie chart over named series that share one list of categories. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Chart(ChartType chartType, String title, List<String> categories, List<Series> series,
    String xAxisTitle, String yAxisTitle) implements Block {
  public Chart {
    requireNonNull(chartType, "chartType");
    title = title == null ? "" : title;
    categories = categories == null ? List.of() : List.copyOf(categories);
    series = series == null ? List.of() : List.copyOf(series);
    xAxisTitle = xAxisTitle == null ? "" : xAxisTitle;
    yAxisTitle = yAxisTitle == null ? "" : yAxisTitle;
    if (categories.isEmpty() || series.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one category and one series: " + title);
    }
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
            + " values but the chart has " + categories.size() + " categories");
      }
    }
    if (chartType == ChartType.PIE && series.size() != 1) {
      throw new IllegalArgumentException("a pie chart takes exactly one series: " + title);
    }
  }
}
