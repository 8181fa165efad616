package dev.docgen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.DataInput;
import dev.docgen.api.DerivedFigure;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.core.Limits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The figures a kind exists for, declared in the catalogue and computed from the data: each is checked against the
 * data with arithmetic written out here, not with docgen's own, and each carries its working.
 */
class DerivationsTest {
  private static final String REPS = "Rep,Region,Sales,Target,Commission Rate\n"
      + "Ana Ruiz,North,31714.98,40000,6%\nBen Cole,South,33156.84,50000,5%\nChen Wu,North,62292.00,60000,6%\n";
  private static final String CASH = "Month,Receipts,Payments\n2027-01,£38500.00,£41200.00\n2027-02,£36900.00,£52750.00\n"
      + "2027-03,£41300.00,£47800.00\n2027-04,£44800.00,£39950.00\n";

  private static Dataset csv(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return DataLoader.load(new DataInput("t.csv", DataInput.Kind.CSV, bytes), Limits.DEFAULT);
  }

  private static Derivations.Result derive(String kind, String prompt, String data) {
    return Derivations.apply(KindCatalogue.builtIn().byId(kind).orElseThrow(), csv(data), prompt, "en");
  }

  private static Map<String, DerivedFigure> byId(List<DerivedFigure> figures) {
    return figures.stream().collect(Collectors.toMap(DerivedFigure::id, f -> f));
  }

  @Test
  void a_commission_statement_computes_each_commission_and_the_attainment_that_the_blind_review_missed() {
    Derivations.Result r = derive("commission-statement", "Commission statement for November", REPS);
    Map<String, DerivedFigure> f = byId(r.figures());
    // Independently: sales × rate, rounded to the penny.
    for (String[] rep : new String[][] {{"Ana Ruiz", "31714.98", "0.06"}, {"Ben Cole", "33156.84", "0.05"},
        {"Chen Wu", "62292.00", "0.06"}}) {
      BigDecimal expected = new BigDecimal(rep[1]).multiply(new BigDecimal(rep[2])).setScale(2, RoundingMode.HALF_UP);
      DerivedFigure c = f.get("commission[" + rep[0] + "]");
      assertThat(c.value()).isEqualByComparingTo(expected);
      assertThat(c.working()).isEqualTo("Commission = " + rep[1] + " × " + rep[2] + " = " + expected.toPlainString());
      assertThat(c.formula()).isEqualTo("Commission = Sales × Commission rate");
    }
    assertThat(f.get("total_commission").value()).isEqualByComparingTo("7298.26");
    // Attainment over the whole team is total sales over total target, not an average of the reps' ratios.
    assertThat(f.get("total_attainment").value()).isEqualByComparingTo(new BigDecimal("127163.82")
        .divide(new BigDecimal("150000"), 4, RoundingMode.HALF_UP));
    assertThat(f.get("total_attainment").working()).isEqualTo("Attainment = 127163.82 ÷ 150000 = 0.8478");
    assertThat(f.get("flag_attainment").working()).isEqualTo("Ana Ruiz, Ben Cole");
    DataTable t = r.data().mainTable().orElseThrow();
    assertThat(t.columns()).extracting(c -> c.name()).endsWith("Commission", "Attainment");
  }

  @Test
  void a_cash_flow_runs_its_balance_from_the_opening_the_request_states_and_flags_a_month_below_zero() {
    Derivations.Result r = derive("cash-flow-forecast", "Cash-flow forecast with an opening balance of £25,000", CASH);
    Map<String, DerivedFigure> f = byId(r.figures());
    BigDecimal balance = new BigDecimal("25000");
    String[][] months = {{"2027-01", "38500", "41200"}, {"2027-02", "36900", "52750"}, {"2027-03", "41300", "47800"},
        {"2027-04", "44800", "39950"}};
    for (String[] m : months) {
      balance = balance.add(new BigDecimal(m[1])).subtract(new BigDecimal(m[2]));
      assertThat(f.get("closing[" + m[0] + "]").value()).isEqualByComparingTo(balance);
    }
    assertThat(f.get("closing[2027-02]").working()).isEqualTo("Closing balance = 22300.00 + -15850.00 = 6450.00");
    assertThat(f.get("total_closing").value()).isEqualByComparingTo(balance);
    assertThat(f.get("flag_closing").value()).isEqualByComparingTo("1");
    assertThat(f.get("flag_closing").working()).isEqualTo("2027-03");
  }

  @Test
  void a_budget_against_its_approved_total_gives_the_share_spent_with_its_working() {
    // The blind review's project budget never compared its 936,000 with the 950,000 approved.
    String lines = "Cost type,Year 1,Year 2,Year 3\nStaff,180000,240000,150000\nLicences,45000,38000,38000\n";
    Map<String, DerivedFigure> f = byId(derive("budget", "Project budget for three years, approved budget £700,000", lines)
        .figures());
    assertThat(f.get("total_all_years").value()).isEqualByComparingTo("691000");
    assertThat(f.get("total_of_approved").value()).isEqualByComparingTo("0.9871");
    assertThat(f.get("total_of_approved").working()).endsWith("= 691000.00 ÷ 700000 = 0.9871");
  }

  @Test
  void without_an_opening_balance_no_closing_balance_is_made_up() {
    Map<String, DerivedFigure> f = byId(derive("cash-flow-forecast", "Cash-flow forecast for H1", CASH).figures());
    assertThat(f).containsKey("total_net").doesNotContainKey("total_closing");
  }

  @Test
  void deriving_twice_gives_the_same_table_so_the_composer_can_read_what_the_pipeline_derived() {
    Kind kind = KindCatalogue.builtIn().byId("commission-statement").orElseThrow();
    Dataset once = Derivations.apply(kind, csv(REPS), "", "en").data();
    Derivations.Result twice = Derivations.apply(kind, once, "", "en");
    assertThat(twice.data()).isEqualTo(once);
    assertThat(twice.applied()).hasSize(2);
  }

  @Test
  void a_kind_without_declared_figures_leaves_the_data_alone() {
    Dataset data = csv(REPS);
    assertThat(Derivations.apply(KindCatalogue.builtIn().byId("sales-report").orElseThrow(), data, "", "en").data())
        .isSameAs(data);
  }

  @Test
  void amounts_in_a_request_read_as_their_writers_meant() {
    assertThat(Derivations.amount("25,000", null)).isEqualByComparingTo("25000");
    assertThat(Derivations.amount("25.000", null)).isEqualByComparingTo("25000");
    assertThat(Derivations.amount("1.234,50", null)).isEqualByComparingTo("1234.50");
    assertThat(Derivations.amount("12,5", null)).isEqualByComparingTo("12.5");
    assertThat(Derivations.amount("40", "k")).isEqualByComparingTo("40000");
  }
}
