package dev.docgen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.DataInput;
import dev.docgen.api.data.DataColumn;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.model.ColumnType;
import dev.docgen.core.Limits;
import dev.docgen.core.internal.ColumnRole.Aggregation;
import dev.docgen.core.internal.DataAnswers.Figure;
import dev.docgen.core.internal.TableProfile.Measure;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each column's role decides how a report may aggregate it; each test names the wrong figure it prevents. */
class ColumnRolesTest {
  private static DataTable csv(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return DataLoader.load(new DataInput("t.csv", DataInput.Kind.CSV, bytes), Limits.DEFAULT).tables().get(0);
  }

  private static ColumnRole role(DataTable t, String column) {
    return TableProfile.of(t).role(t.indexOf(column).orElseThrow());
  }

  private static final String IMPORTS = "Declaration,HS Code,Origin,Quantity,Customs Value EUR\n"
      + "DEC-1,0402.10,NZ,10,1200.50\nDEC-2,8471.30,CN,5,900.00\nDEC-3,0402.10,NZ,7,300.25\n";

  @Test
  void never_sums_tariff_codes_and_keeps_their_leading_zeros() {
    DataTable t = csv(IMPORTS);
    assertThat(t.columns().get(1).type()).isEqualTo(ColumnType.TEXT);
    assertThat(t.rows().get(0).get(1)).isEqualTo("0402.10");
    assertThat(role(t, "HS Code")).isEqualTo(ColumnRole.CODE);
    assertThat(ColumnRole.CODE.aggregation()).isEqualTo(Aggregation.NONE);
    Measure main = TableProfile.of(t).mainMeasure().orElseThrow();
    assertThat(main.name()).isEqualTo("Customs Value");
    assertThat(TableProfile.of(t).measures()).extracting(Measure::name).doesNotContain("HS Code");
  }

  @Test
  void a_column_named_with_its_currency_is_money_in_it() {
    DataColumn value = csv(IMPORTS).columns().get(4);
    assertThat(value).isEqualTo(new DataColumn("Customs Value", ColumnType.CURRENCY, "EUR"));
    DataColumn betrag = csv("Filiale,Betrag (€)\nBerlin,12.50\nHamburg,3\n").columns().get(1);
    assertThat(betrag).isEqualTo(new DataColumn("Betrag", ColumnType.CURRENCY, "EUR"));
    // "Valeur" ends in "eur" but names no currency.
    assertThat(csv("Produit,Valeur\nA,12.50\nB,3\n").columns().get(1).name()).isEqualTo("Valeur");
  }

  @Test
  void averages_ratings_instead_of_summing_them() {
    DataTable t = csv("Respondent,Department,Satisfaction\nR1,Sales,5\nR2,Sales,5\nR3,Sales,4\nR4,Sales,5\n"
        + "R5,HR,3\nR6,HR,4\n");
    assertThat(role(t, "Satisfaction")).isEqualTo(ColumnRole.RATING);
    Measure m = TableProfile.of(t).mainMeasure().orElseThrow();
    assertThat(m.averaged()).isTrue();
    assertThat(m.scale()).isEqualTo(5);
    // Summed, Sales "contributed the most" with 19; averaged, Sales leads with 4.75 and HR is lowest at 3.50.
    List<TableStats.Group> groups = TableStats.groupBy(t, 1, m);
    assertThat(groups).extracting(g -> g.figure(m)).containsExactly(new BigDecimal("4.75"), new BigDecimal("3.50"));
  }

  @Test
  void averages_the_time_each_ticket_took_which_a_reader_never_totals_but_sums_hours_worked() {
    DataTable tickets = csv("Ticket,Team,Resolution Hours\nT1,A,10\nT2,A,20\nT3,B,6\n");
    assertThat(TableProfile.of(tickets).mainMeasure().orElseThrow().aggregation()).isEqualTo(Aggregation.MEAN);
    DataTable timesheet = csv("Employee,Project,Hours\nAna Ruiz,X,7.5\nBen Cole,Y,8\n");
    assertThat(TableProfile.of(timesheet).mainMeasure().orElseThrow().aggregation()).isEqualTo(Aggregation.SUM);
  }

  @Test
  void a_year_is_never_summed_nor_printed_with_a_thousands_separator() {
    DataTable t = csv("Year,Region,Revenue\n2025,North,10.50\n2026,North,12.00\n");
    assertThat(t.columns().get(0).type()).isEqualTo(ColumnType.TEXT);
    assertThat(t.rows().get(1).get(0)).isEqualTo("2026");
    assertThat(role(t, "Year")).isEqualTo(ColumnRole.YEAR);
    assertThat(TableProfile.of(t).period()).hasValue(0);
  }

  @Test
  void roles_are_read_from_names_in_the_languages_docgen_writes() {
    DataTable de = csv("Kundennummer,Filiale,Menge,Zufriedenheit,Empfehlung\n00412,Berlin,3,4,ja\n00413,Hamburg,5,2,nein\n"
        + "00414,Berlin,2,5,ja\n");
    assertThat(role(de, "Kundennummer")).isIn(ColumnRole.CODE, ColumnRole.IDENTIFIER);
    assertThat(de.rows().get(0).get(0)).isEqualTo("00412");
    assertThat(role(de, "Filiale")).isEqualTo(ColumnRole.CATEGORY);
    assertThat(role(de, "Menge")).isEqualTo(ColumnRole.QUANTITY);
    assertThat(role(de, "Zufriedenheit")).isEqualTo(ColumnRole.RATING);
    assertThat(role(de, "Empfehlung")).isEqualTo(ColumnRole.BOOLEAN);
    DataTable es = csv("Empleado,Horas,Importe\nAna Ruiz,7,10.50\nLuis Gómez,8,12.25\n");
    assertThat(role(es, "Empleado")).isEqualTo(ColumnRole.PERSON);
    assertThat(role(es, "Horas")).isEqualTo(ColumnRole.DURATION);
    assertThat(role(es, "Importe")).isEqualTo(ColumnRole.AMOUNT);
  }

  @Test
  void a_price_per_unit_is_averaged_not_summed_when_no_quantity_multiplies_it() {
    DataTable t = csv("Product,Unit Price\nA,2.50\nB,3.50\n");
    Measure m = TableProfile.of(t).mainMeasure().orElseThrow();
    assertThat(role(t, "Unit Price")).isEqualTo(ColumnRole.UNIT_PRICE);
    assertThat(m.averaged()).isTrue();
  }

  private static final String TICKETS = "Ticket ID,Team,Severity,Status,Resolution Hours\n"
      + "TCK-1,Platform,S1,Open,\nTCK-2,Platform,S2,Resolved,10\nTCK-3,Payments,S1,Resolved,30\n"
      + "TCK-4,Payments,S3,Open,\nTCK-5,Payments,S3,Closed,5\nTCK-6,Mobile,S1,Open,\n";

  private static List<Figure> figures(String prompt, String data) {
    TableProfile p = TableProfile.of(csv(data));
    return DataAnswers.of(prompt, p, "en").orElseThrow().figures();
  }

  private static BigDecimal value(List<Figure> figures, String id) {
    return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(
        () -> new AssertionError("no figure " + id + " in " + figures)).value();
  }

  @Test
  void counts_tickets_per_team_and_the_open_and_s1_tickets_instead_of_summing_resolution_hours() {
    DataQuestions q = DataQuestions.read("Tickets per team, open tickets and S1 count", csv(TICKETS),
        TableProfile.of(csv(TICKETS)).roles());
    assertThat(q.countRows()).isTrue();
    assertThat(q.filters()).extracting(DataQuestions.Filter::value).containsExactly("Open", "S1");
    List<Figure> f = figures("Tickets per team, open tickets and S1 count", TICKETS);
    assertThat(value(f, "rows")).isEqualByComparingTo("6");
    assertThat(value(f, "count_open")).isEqualByComparingTo("3");
    assertThat(value(f, "count_s1")).isEqualByComparingTo("3");
    assertThat(f).noneMatch(x -> x.id().startsWith("total_"));
  }

  @Test
  void the_average_resolution_time_is_over_the_tickets_that_have_one_and_shows_its_working() {
    List<Figure> f = figures("Average resolution time for November", TICKETS);
    Figure mean = f.stream().filter(x -> x.id().equals("mean_resolution_hours")).findFirst().orElseThrow();
    assertThat(mean.value()).isEqualByComparingTo("15.00");
    assertThat(mean.working()).isEqualTo("mean of Resolution hours over 3 rows with a value: 45 / 3 = 15");
  }

  @Test
  void names_the_ticket_that_took_longest() {
    List<Figure> f = figures("Which ticket had the longest resolution time?", TICKETS);
    Figure max = f.stream().filter(x -> x.id().startsWith("max_")).findFirst().orElseThrow();
    assertThat(max.value()).isEqualByComparingTo("30");
    assertThat(max.row()).isEqualTo("TCK-3");
  }

  @Test
  void flags_everyone_under_80_percent_of_target() {
    String reps = "Rep,Sales,Target\nAna Ruiz,9000,10000\nBen Cole,7900,10000\nChen Wu,4000,5000\nDev Patel,3000,5000\n";
    List<Figure> f = figures("Commission statement for November: flag anyone under 80% of target", reps);
    assertThat(value(f, "under_target")).isEqualByComparingTo("2");
  }

  @Test
  void cost_per_guest_divides_the_total_by_the_guests_the_request_gives() {
    String budget = "Item,Cost\nVenue,4000.00\nCatering,5600.00\nBand,1200.00\n";
    List<Figure> f = figures("Event budget for our gala dinner for 120 guests, with the cost per guest", budget);
    assertThat(value(f, "per_guest")).isEqualByComparingTo("90.00");
    assertThat(f.stream().filter(x -> x.id().equals("per_guest")).findFirst().orElseThrow().working())
        .isEqualTo("10800 / 120 guests = 90");
  }

  @Test
  void a_yes_no_column_is_summed_up_by_its_yeses() {
    String survey = "Respondent,Department,Satisfaction,Would Recommend\nR1,Sales,4,Yes\nR2,HR,3,No\nR3,HR,5,Yes\n";
    Figure yes = figures("Survey summary", survey).stream().filter(x -> x.id().startsWith("yes_")).findFirst().orElseThrow();
    assertThat(yes.value()).isEqualByComparingTo("2");
    assertThat(yes.of()).isEqualTo(3);
  }

  @Test
  void open_defined_as_anything_not_resolved_or_closed_counts_every_other_status() {
    // The blind review's tickets: 9 "Open" but 18 not Resolved or Closed, which is what the request called open.
    String data = "Ticket,Team,Status\nT1,A,Open\nT2,A,In Progress\nT3,B,Waiting\nT4,B,Resolved\nT5,B,Closed\nT6,A,Open\n";
    List<Figure> f = figures("How many tickets are still open (anything not Resolved/Closed), by team", data);
    assertThat(value(f, "rows")).isEqualByComparingTo("6");
    assertThat(value(f, "count_open")).isEqualByComparingTo("4");
  }

  @Test
  void a_value_merely_mentioned_is_no_question() {
    // "Of these, 4 IT.": a department named in passing was counted.
    String data = "Respondent,Department,Satisfaction\nR1,IT,4\nR2,IT,5\nR3,Sales,3\nR4,Sales,2\n";
    assertThat(figures("Survey results for the IT and Sales leadership, average by department", data))
        .noneMatch(x -> x.id().startsWith("count_"));
  }

  private static final String SALES = "Order ID,Order Date,Region,Sales Rep,Revenue\n"
      + "SO-1,2024-01-08,North,Emma Clark,3600.00\nSO-2,2024-03-02,South,Noah Wilson,9975.00\n"
      + "SO-3,2024-03-19,North,Emma Clark,7575.00\nSO-4,2024-06-11,West,Noah Wilson,2000.00\n"
      + "SO-5,2024-05-11,West,Liam Patel,9980.00\n";

  @Test
  void the_best_month_is_the_month_with_the_largest_total_not_the_largest_order() {
    // The blind review's sales report answered "which month had the highest revenue" with its largest order.
    List<Figure> f = figures("Sales report: which month had the highest revenue?", SALES);
    Figure month = f.stream().filter(x -> x.id().startsWith("max_revenue_by_")).findFirst().orElseThrow();
    assertThat(month.value()).isEqualByComparingTo("17550.00");
    assertThat(month.row()).isEqualTo("March 2024");
  }

  @Test
  void the_top_sales_rep_is_the_rep_with_the_largest_total() {
    Figure rep = figures("Sales report with the top sales rep", SALES).stream()
        .filter(x -> x.id().startsWith("max_") && x.id().endsWith("_by_sales_rep")).findFirst().orElseThrow();
    // Liam Patel has the largest single order (9,980.00); Noah Wilson sold the most in all.
    assertThat(rep.value()).isEqualByComparingTo("11975.00");
    assertThat(rep.row()).isEqualTo("Noah Wilson");
  }

  @Test
  void the_longest_job_is_still_a_row_not_a_group() {
    String jobs = "Job,Technician,Duration Hours\nJ1,Ana,2.5\nJ2,Ben,6.0\nJ3,Ana,4.0\n";
    Figure longest = figures("Maintenance log with the longest job", jobs).stream()
        .filter(x -> x.id().startsWith("max_")).findFirst().orElseThrow();
    assertThat(longest.row()).isEqualTo("J2");
    assertThat(longest.value()).isEqualByComparingTo("6.0");
  }

  @Test
  void survey_answers_beside_a_respondent_are_averaged_though_no_name_says_rating() {
    // The blind review's Dutch survey summed 1-5 answers per department ("Werkdruk: in totaal 25").
    DataTable t = csv("Afdeling;Respondent;Werkdruk;Samenwerking\nICT;R01;3;4\nICT;R02;2;5\nVerkoop;R03;1;3\n");
    assertThat(role(t, "Werkdruk")).isEqualTo(ColumnRole.RATING);
    assertThat(TableProfile.of(t).mainMeasure().orElseThrow().averaged()).isTrue();
  }

  @Test
  void an_item_without_a_receipt_is_a_row_that_does_not_say_yes() {
    String claims = "Description,Category,Amount,Receipt\nTrain,Travel,86.40,Y\nTaxi,Travel,18.50,N\nHotel,Stay,129.00,Y\n";
    Figure without = figures("Expense report: point out any item without a receipt", claims).stream()
        .filter(x -> x.id().startsWith("sum_")).findFirst().orElseThrow();
    assertThat(without.value()).isEqualByComparingTo("18.50");
    assertThat(without.label()).isEqualTo("Without a receipt");
  }
}
