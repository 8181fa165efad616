package dev.docgen.core.internal;

import dev.docgen.api.DocumentIntent;
import dev.docgen.api.Finding;
import dev.docgen.api.QualityReport;
import dev.docgen.api.Requirement;
import dev.docgen.api.RequirementCoverage;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.api.spi.Inspection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks generated content: every requirement of the prompt is covered, no section is empty, and
 * every number in the prose agrees with the data.
 */
public final class ContentValidator {
  private static final int MAX_ROWS_FOR_NUMBER_CHECK = 200_000;
  // A version ("7.2.1") is no quantity; "1.593.421,51" in Spanish or German is one.
  private static final Pattern NOT_A_QUANTITY = Pattern.compile(
      "\\b(?:19|20)\\d{2}-\\d{2}(?:-\\d{2})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + PeriodParser.MONTHS + "\\s+\\d{4}\\b"
          + "|\\b" + PeriodParser.MONTHS + "\\s+\\d{1,2},?\\s+\\d{4}\\b|\\b" + PeriodParser.MONTHS + "\\s+\\d{4}\\b"
          + "|\\b[QH][1-4]\\b|(?i:\\bweek\\s+\\d+)|\\bv?(?!\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?\\b)\\d+\\.\\d+\\.\\d+\\b|\\b[A-Z]{1,6}-\\d[\\w-]*\\b|\\b[A-Z]+\\d+\\b"
          + "|\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b"
          // "17. Dezember 2026", "3 décembre 2026", "17 de diciembre de 2026"
          + "|(?iu:\\b\\d{1,2}\\.?\\s+(?:de\\s+)?" + PeriodParser.OTHER_MONTH_NAMES + "\\s+(?:de\\s+)?\\d{4}\\b)");
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(\\s?%)?");

  private ContentValidator() {}

  /** Checks {@code spec} against the intent and data; {@code inspection} is what a reader saw in the file. */
  public static QualityReport check(DocumentSpec spec, DocumentIntent intent, Optional<Dataset> data,
      Optional<Inspection> inspection) {
    return check(spec, intent, data, inspection, true);
  }

  /**
   * As {@link #check(DocumentSpec, DocumentIntent, Optional, Optional)}; {@code checkNumbers} false
   * leaves out the number check, for content a model wrote, which {@link FactCheck} checked already.
   */
  public static QualityReport check(DocumentSpec spec, DocumentIntent intent, Optional<Dataset> data,
      Optional<Inspection> inspection, boolean checkNumbers) {
    List<Finding> findings = new ArrayList<>();
    String text = inspection.map(Inspection::text).orElseGet(() -> SpecText.of(spec)).toLowerCase(Locale.ROOT);
    List<String> headings = spec.allSections().stream().map(s -> s.title().toLowerCase(Locale.ROOT)).toList();
    List<RequirementCoverage> coverage = new ArrayList<>();
    for (Requirement r : intent.requirements()) {
      coverage.add(cover(r, spec, text, headings, data.isPresent(), findings, inspection.map(Inspection::charts)));
    }
    for (Section s : spec.allSections()) {
      if (!s.hasContent()) {
        findings.add(Finding.error("section.empty", "section '" + s.title() + "' has no content", s.title()));
      }
    }
    if (checkNumbers) {
      data.ifPresent(d -> checkNumbers(spec, intent, d, findings));
    }
    findings.addAll(ToComplete.of(spec));
    inspection.ifPresent(i -> findings.addAll(i.findings()));
    return QualityReport.of(findings, coverage);
  }

  private static RequirementCoverage cover(Requirement r, DocumentSpec spec, String text, List<String> headings,
      boolean hasData, List<Finding> findings, Optional<Integer> chartsInFile) {
    String want = r.text().toLowerCase(Locale.ROOT);
    String where = "";
    boolean covered;
    switch (r.kind()) {
      case "section" -> {
        where = headings.stream().filter(h -> h.contains(want)).findFirst().orElse("");
        covered = !where.isEmpty();
      }
      case "column" -> {
        covered = tables(spec).stream().anyMatch(t -> t.columns().stream()
            .anyMatch(c -> c.header().toLowerCase(Locale.ROOT).contains(want)));
        where = covered ? "table column" : "";
      }
      case "chart" -> {
        AtomicInteger charts = new AtomicInteger();
        spec.forEachBlock(b -> charts.addAndGet(b instanceof Chart ? 1 : 0));
        // What the file shows when it was read back (a template may leave the charts out).
        chartsInFile.ifPresent(charts::set);
        covered = charts.get() > 0;
        where = covered ? charts.get() + " chart(s)" : "";
      }
      default -> {
        covered = mentions(text, r);
        where = covered ? "text" : "";
      }
    }
    if (!covered) {
      // A missing fact leaves the document incomplete, not wrong: the author is told, the document is kept.
      boolean noData = r.kind().equals("chart") && !hasData;
      String message = "the prompt asks for " + r.kind() + " '" + r.text() + "' but the document does not show it"
          + (noData ? " (a chart needs data)" : "");
      findings.add(Finding.warning("requirement.missing", message, r.kind()));
    }
    return new RequirementCoverage(r.text(), r.kind(), covered, where);
  }

  /** Whether lower-case {@code text} shows a text or date requirement; a date may appear as ISO 8601. */
  static boolean mentions(String text, Requirement r) {
    if (text.contains(r.text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return r.kind().equals("date") && PeriodParser.dates(r.text()).stream()
        .anyMatch(d -> text.contains(d.date().toString()));
  }

  private static List<Table> tables(DocumentSpec spec) {
    List<Table> out = new ArrayList<>();
    spec.forEachBlock(b -> {
      if (b instanceof Table t) {
        out.add(t);
      }
    });
    return out;
  }

  private static void checkNumbers(DocumentSpec spec, DocumentIntent intent, Dataset data, List<Finding> findings) {
    if (data.rowCount() > MAX_ROWS_FOR_NUMBER_CHECK) {
      findings.add(Finding.info("number.check-skipped", "numbers in the prose were not checked: over "
          + MAX_ROWS_FOR_NUMBER_CHECK + " data rows", ""));
      return;
    }
    NavigableSet<BigDecimal> allowed = new TreeSet<>(TableStats.allFacts(data));
    PeriodScope.Scoped scope = PeriodScope.of(intent, data);
    Dataset scoped = scope.data();
    if (scoped != data) {
      allowed.addAll(TableStats.allFacts(scoped));
      allowed.addAll(List.of(BigDecimal.valueOf(scope.kept()), BigDecimal.valueOf(scope.left())));
    }
    allowed.addAll(DataAnswers.figureValues(intent.prompt(), scoped, intent.facts().language()));
    DataDerivation.figures(intent, data).forEach(fig -> allowed.add(fig.value()));
    // "-£4,350.00" is read as its digits after the sign and the symbol: a negative fact supports its size.
    new ArrayList<>(allowed).stream().filter(v -> v.signum() < 0).forEach(v -> allowed.add(v.negate()));
    // The document writes its numbers as its locale does ("67.946,05 €" in German); the request may be written either way.
    Pattern local = numberPattern(Locale.forLanguageTag(java.util.Objects.requireNonNullElse(spec.metadata().locale(), "")));
    numbersIn(intent.prompt(), NUMBER).forEach(n -> allowed.add(n.value));
    numbersIn(intent.prompt(), local).forEach(n -> allowed.add(n.value));
    dataText(data).forEach(t -> numbersIn(t, NUMBER).forEach(n -> allowed.add(n.value)));
    spec.forEachBlock(b -> addTableValues(b, allowed));
    for (Section s : spec.allSections()) {
      for (Block b : s.blocks()) {
        for (Num n : numbersIn(SpecText.prose(b), local)) {
          if (!supported(n, allowed)) {
            findings.add(Finding.error("number.unsupported", "the number " + n.text
                + " in the text is not computed from the data", "section '" + s.title() + "'"));
          }
        }
      }
    }
  }

  /** Text in the data can carry numbers of its own ("Adopt Redis 7.2"); quoting them is not inventing. */
  private static List<String> dataText(Dataset data) {
    List<String> out = new ArrayList<>();
    data.fields().values().forEach(v -> out.add(v.toString()));
    data.lists().values().forEach(out::addAll);
    data.tables().forEach(t -> t.rows().forEach(r -> r.forEach(v -> {
      if (v instanceof String s && !s.isEmpty()) {
        out.add(s);
      }
    })));
    return out;
  }

  private static void addTableValues(Block b, NavigableSet<BigDecimal> allowed) {
    if (b instanceof Table t) {
      t.rows().forEach(r -> r.forEach(v -> addValue(v, allowed)));
      t.totals().forEach(v -> addValue(v, allowed));
    } else if (b instanceof Chart c) {
      c.series().forEach(s -> allowed.addAll(s.values()));
    }
  }

  private static void addValue(Object v, NavigableSet<BigDecimal> allowed) {
    if (v instanceof BigDecimal d) {
      allowed.add(d);
      allowed.add(d.movePointRight(2));
    }
  }

  private record Num(String text, BigDecimal value, int decimals) {}

  private static final java.util.concurrent.ConcurrentMap<String, Pattern> NUMBER_BY_LOCALE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A number as {@code locale} writes it: groups of three after its grouping separator, decimals after its own. */
  private static Pattern numberPattern(Locale locale) {
    java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(locale);
    char group = symbols.getGroupingSeparator();
    char decimal = symbols.getDecimalSeparator();
    if (group == ',' && decimal == '.') {
      return NUMBER;
    }
    return NUMBER_BY_LOCALE.computeIfAbsent(group + "" + decimal, k -> Pattern.compile("(\\d{1,3}(?:"
        + Pattern.quote(String.valueOf(group)) + "\\d{3})+|\\d+)(" + Pattern.quote(String.valueOf(decimal))
        + "\\d+)?(\\s?%)?"));
  }

  private static List<Num> numbersIn(String prose, Pattern number) {
    String cleaned = NOT_A_QUANTITY.matcher(prose).replaceAll(" ");
    List<Num> out = new ArrayList<>();
    Matcher m = number.matcher(cleaned);
    while (m.find()) {
      // Digits only, and the decimals after a point: "67.946,05" in German is 67946.05.
      String digits = m.group(1).replaceAll("\\D", "") + (m.group(2) == null ? "" : "." + m.group(2).substring(1));
      int decimals = m.group(2) == null ? 0 : m.group(2).length() - 1;
      out.add(new Num(m.group().trim(), new BigDecimal(digits), decimals));
    }
    return out;
  }

  /** Whether a fact rounds to the number as written (to its decimals). */
  private static boolean supported(Num n, NavigableSet<BigDecimal> allowed) {
    if (n.value.compareTo(BigDecimal.TEN) <= 0 && n.decimals == 0) {
      return true;
    }
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(n.decimals).multiply(new BigDecimal("0.5")).add(new BigDecimal("1e-9"));
    return !allowed.subSet(n.value.subtract(tolerance), true, n.value.add(tolerance), true).isEmpty();
  }
}
