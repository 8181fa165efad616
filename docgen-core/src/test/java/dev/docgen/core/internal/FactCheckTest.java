package dev.docgen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.DataInput;
import dev.docgen.api.data.Dataset;
import dev.docgen.core.Limits;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactCheckTest {
  static final String CSV = """
      region,month,revenue,units
      North,2026-07,131813.24,608
      North,2026-08,143171.76,398
      South,2026-07,95060.81,1493
      South,2026-08,89279.83,1339
      """;

  static FactCheck facts(Locale locale) {
    Dataset data = DataLoader.load(DataInput.csv("sales.csv", CSV), Limits.DEFAULT);
    return FactCheck.of(Optional.empty(), Optional.of(data), "Sales report for Q3 2026",
        List.of(LocalDate.of(2026, 10, 5)), locale);
  }

  @Test
  void numbersFromTheDataAndTheirRoundingsAreFacts() {
    FactCheck f = facts(Locale.UK);
    assertThat(f.unsupported("North sold 131,813.24 in July and 143,171.76 in August.")).isEmpty();
    assertThat(f.unsupported("Total revenue came to 459,325.64, about 459.3k or 0.46 million.")).isEmpty();
    assertThat(f.unsupported("Units: 608 and 1,493.")).isEmpty();
  }

  @Test
  void inventedNumbersAreFound() {
    FactCheck f = facts(Locale.UK);
    assertThat(f.unsupported("Revenue grew 18.5% and we hired 57 people for €2.7m.")).containsExactly("18.5%", "57",
        "€2.7m");
  }

  @Test
  void labelsIdentifiersAndKnownDatesAreNotQuantities() {
    FactCheck f = facts(Locale.UK);
    assertThat(f.unsupported("In Q3 2026, phase 2 of SKU-1042 closed on 5 October.")).isEmpty();
    assertThat(f.unsupported("The review is on 13 November.")).containsExactly("13");
  }

  @Test
  void decimalCommaLocalesReadTheirOwnSeparators() {
    FactCheck f = facts(Locale.GERMANY);
    assertThat(f.unsupported("Der Norden erzielte 131.813,24 im Juli.")).isEmpty();
    assertThat(f.unsupported("Ein Plus von 18,5 %.")).containsExactly("18,5 %");
  }
}
