package dev.docgen.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.Table;
import dev.docgen.api.spi.CellFormatter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
  @Test
  void a_seventh_column_is_never_left_with_what_the_others_did_not_take() {
    // The commission statement's "Attainment" column got 188 twips (3 mm) and vanished in LibreOffice.
    Table t = new Table("", List.of(Column.text("Representative"), Column.text("Region"),
        Column.of("Sales", ColumnType.CURRENCY), Column.of("Target", ColumnType.CURRENCY),
        Column.of("Commission rate", ColumnType.PERCENT), Column.of("Commission", ColumnType.CURRENCY),
        Column.of("Attainment", ColumnType.PERCENT)),
        List.of(List.<Object>of("Femi Adeyemi-Okonkwo", "North-East", new BigDecimal("41230.55"), new BigDecimal("50000"),
            new BigDecimal("0.06"), new BigDecimal("2473.83"), new BigDecimal("0.8246"))), List.of());
    int total = 9638;
    int[] widths = ColumnWidths.of(t, new CellFormatter(Locale.UK), total);
    assertThat(Arrays.stream(widths).sum()).isEqualTo(total);
    assertThat(Arrays.stream(widths).min().orElseThrow()).isGreaterThanOrEqualTo(total / 7 / 2);
  }
}
