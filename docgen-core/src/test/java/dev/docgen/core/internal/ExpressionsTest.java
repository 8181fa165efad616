package dev.docgen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docgen.api.data.DataColumn;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model's {@code {= expression}}s, computed over a request's own tables. */
class ExpressionsTest {
  static final Dataset TICKETS = new Dataset("tickets.csv", Map.of("salary", new BigDecimal("54000")), Map.of(),
      List.of(new DataTable("tickets", List.of(new DataColumn("Ticket", ColumnType.TEXT, ""),
          new DataColumn("Status", ColumnType.TEXT, ""), new DataColumn("Team", ColumnType.TEXT, ""),
          new DataColumn("Order total", ColumnType.CURRENCY, "EUR"), new DataColumn("Opened", ColumnType.DATE, "")),
          List.of(row("T-1", "open", "Billing", "120.50", "2025-10-01"), row("T-2", "closed", "Billing", "80.00", "2025-10-03"),
              row("T-3", "Open", "Support", "300.00", "2025-10-05"), row("T-4", "closed", "Support", "99.50", "2025-11-02"),
              row("T-5", "pending", "St. Louis desk", "50.00", "2025-11-09")))));

  static List<Object> row(String id, String status, String team, String total, String opened) {
    return List.of(id, status, team, new BigDecimal(total), LocalDate.parse(opened));
  }

  static String eval(String source) throws Expressions.Problem {
    return Expressions.format(Expressions.evaluate(source, Optional.of(TICKETS), Map.of("total_tickets",
        new BigDecimal("5"))), new Formats(Locale.UK));
  }

  @Test
  void countsSumsMeansAndSharesOverTheMainTable() throws Exception {
    assertThat(eval("count()")).isEqualTo("5");
    assertThat(eval("count(status = \"open\")")).isEqualTo("2");
    assertThat(eval("count(status != 'open' and team = 'Support')")).isEqualTo("1");
    assertThat(eval("count(not (status = \"open\" or status = \"closed\"))")).isEqualTo("1");
    assertThat(eval("sum(order_total)")).isEqualTo("€650.00");
    assertThat(eval("sum(`Order total` where team = \"Billing\")")).isEqualTo("€200.50");
    assertThat(eval("mean(order total, status = \"closed\")")).isEqualTo("€89.75");
    assertThat(eval("max(OrderTotal)")).isEqualTo("€300.00");
    assertThat(eval("share(status = \"open\")")).isEqualTo("40.0%");
    assertThat(eval("share(order_total, team = \"Support\")")).isEqualTo("61.5%");
    assertThat(eval("count(opened >= \"2025-11-01\")")).isEqualTo("2");
    assertThat(eval("count(order_total > 99.5)")).isEqualTo("2");
  }

  @Test
  void fieldsFiguresAndArithmetic() throws Exception {
    assertThat(eval("salary / 12")).isEqualTo("4,500");
    assertThat(eval("count(status = \"open\") / total_tickets * 100")).isEqualTo("40");
    assertThat(eval("sum(order_total) / count()")).isEqualTo("€130.00");
    assertThat(eval("sum(order_total where team = \"Billing\") - sum(order_total where team = \"Support\")"))
        .isEqualTo("-€199.00");
  }

  @Test
  void groupsAreWrittenLargestFirst() throws Exception {
    assertThat(eval("sum(order_total) by team")).isEqualTo("Support €399.50, Billing €200.50, St. Louis desk €50.00");
    assertThat(eval("count() by status")).isEqualTo("closed 2, open 1, Open 1, pending 1");
  }

  @Test
  void whatCannotBeComputedIsNamed() {
    assertThatThrownBy(() -> eval("sum(amount)")).isInstanceOf(Expressions.Problem.class)
        .hasMessageContaining("no column amount").hasMessageContaining("Order total");
    assertThatThrownBy(() -> eval("sum(status)")).hasMessageContaining("not numbers");
    assertThatThrownBy(() -> eval("median(order_total)")).hasMessageContaining("median() is not known");
    assertThatThrownBy(() -> eval("count(status = \"open\"")).hasMessageContaining("expected ')'");
    assertThatThrownBy(() -> eval("revenue * 2")).hasMessageContaining("no figure id and no field");
    assertThatThrownBy(() -> eval("salary / 0")).hasMessageContaining("division by zero");
    assertThatThrownBy(() -> eval("max(order_total where team = \"Legal\")")).hasMessageContaining("no row matches");
    assertThatThrownBy(() -> eval("sum(order_total) by team + 1")).hasMessageContaining("cannot be computed with");
    assertThatThrownBy(() -> Expressions.evaluate("count()", Optional.empty(), Map.of()))
        .hasMessageContaining("no data table");
  }

  @Test
  void theModelsTextGetsTheValuesAndAGroupedParagraphBecomesATable() {
    DocumentSpec spec = new DocumentSpec(new Metadata("Tickets", "", "", LocalDate.of(2025, 12, 1), "en-GB", List.of(),
        "", ""), null, List.of(Section.of("Summary",
            Paragraph.of("{= count(status = \"open\")} tickets are open. The St. Louis desk holds "
                + "{= sum(order_total where team = \"St. Louis desk\")}. Revenue was {= sum(revenu)}."),
            Paragraph.of("{= sum(order_total) by team}"))));

    Grounding.Computed c = Grounding.resolveExpressions(spec, Optional.of(TICKETS), List.of(), Locale.UK);

    List<dev.docgen.api.model.Block> blocks = c.spec().sections().get(0).blocks();
    // "St. Louis" inside an expression is no sentence end; the sentence with the misspelt column goes.
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("2 tickets are open. The St. Louis desk holds €50.00.");
    Table t = (Table) blocks.get(1);
    assertThat(t.columns()).extracting(dev.docgen.api.model.Column::header).containsExactly("Team", "Order total");
    assertThat(t.rows()).hasSize(3);
    assertThat(t.rows().get(0)).containsExactly("Support", new BigDecimal("399.50"));
    assertThat(c.computed()).isEqualTo(3);
    assertThat(c.problems()).singleElement().asString().contains("{= sum(revenu)}").contains("no column revenu");
    assertThat(c.values()).contains(new BigDecimal("2"), new BigDecimal("50.00"));
  }

  @Test
  void a_total_of_whole_numbers_is_written_whole_and_their_mean_is_not() throws Exception {
    Dataset units = new Dataset("units.csv", Map.of(), Map.of(), List.of(new DataTable("units",
        List.of(new DataColumn("Region", ColumnType.TEXT, ""), new DataColumn("Units", ColumnType.INTEGER, "")),
        List.of(List.of("West", new BigDecimal("3731")), List.of("East", new BigDecimal("3329")),
            List.of("West", new BigDecimal("2"))))));
    Formats f = new Formats(Locale.UK);
    assertThat(Expressions.format(Expressions.evaluate("sum(units)", Optional.of(units), Map.of()), f))
        .isEqualTo("7,062");
    assertThat(Expressions.format(Expressions.evaluate("sum(units) by region", Optional.of(units), Map.of()), f))
        .isEqualTo("West 3,733, East 3,329");
    assertThat(Expressions.format(Expressions.evaluate("mean(units)", Optional.of(units), Map.of()), f))
        .isEqualTo("2,354");
    assertThat(Expressions.format(Expressions.evaluate("mean(units where region = \"West\")", Optional.of(units),
        Map.of()), f)).isEqualTo("1,866.5");
  }
}
