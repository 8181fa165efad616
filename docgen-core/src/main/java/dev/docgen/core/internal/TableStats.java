package dev.docgen.core.internal;

import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.core.internal.TableProfile.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Computes the facts reports are written from: totals, groups, trends, extremes, threshold breaches. */
public final class TableStats {
  /** Total, count, mean and extremes of one measure. */
  public record Summary(BigDecimal total, int count, BigDecimal mean, List<Object> minRow, BigDecimal min,
      List<Object> maxRow, BigDecimal max) {}

  /**
   * One group's row count, sum and share of the total (a fraction), and how many of its rows hold a value, which
   * its mean is taken over.
   */
  public record Group(String key, int count, BigDecimal sum, BigDecimal share, int valued) {
    /** The group's mean over the rows that hold a value, to two decimals; zero when none does. */
    public BigDecimal mean() {
      return valued == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(valued), 2, RoundingMode.HALF_UP);
    }

    /** The group's figure for {@code m}: its mean for an averaged measure, else its sum (or count). */
    public BigDecimal figure(Measure m) {
      if (m.averaged() && m.type() == dev.docgen.api.model.ColumnType.PERCENT && valued > 0) {
        // A mean rate keeps its precision: 0.0392 is 3.9%, where two decimals would say 4%.
        return sum.divide(BigDecimal.valueOf(valued), 4, RoundingMode.HALF_UP);
      }
      return m.averaged() ? mean() : sum;
    }
  }

  private TableStats() {}

  public static Optional<Summary> summarize(DataTable t, Measure m) {
    BigDecimal total = BigDecimal.ZERO;
    int count = 0;
    List<Object> minRow = null;
    List<Object> maxRow = null;
    BigDecimal min = null;
    BigDecimal max = null;
    for (List<Object> row : t.rows()) {
      Optional<BigDecimal> v = m.value(row);
      if (v.isEmpty()) {
        continue;
      }
      BigDecimal x = v.get();
      total = total.add(x);
      count++;
      if (min == null || x.compareTo(min) < 0) {
        min = x;
        minRow = row;
      }
      if (max == null || x.compareTo(max) > 0) {
        max = x;
        maxRow = row;
      }
    }
    if (count == 0) {
      return Optional.empty();
    }
    BigDecimal mean = total.divide(BigDecimal.valueOf(count), m.type() == dev.docgen.api.model.ColumnType.PERCENT ? 4 : 2,
        RoundingMode.HALF_UP);
    return Optional.of(new Summary(total, count, mean, minRow, min, maxRow, max));
  }

  /** Groups per distinct key of column {@code dim}, the largest figure (sum, or mean when averaged) first. */
  public static List<Group> groupBy(DataTable t, int dim, Measure m) {
    List<Group> groups = new ArrayList<>(groups(t, dim, m));
    groups.sort(Comparator.comparing((Group g) -> g.figure(m)).reversed().thenComparing(Group::key));
    return groups;
  }

  /** Sums per period, in chronological (sorted key) order. */
  public static List<Group> byPeriod(DataTable t, int period, Measure m) {
    List<Group> groups = new ArrayList<>(groups(t, period, m));
    if (groups.stream().allMatch(g -> g.key().matches("\\d{4}(-\\d{2})?.*"))) {
      groups.sort(Comparator.comparing(Group::key));
    }
    return groups;
  }

  private static List<Group> groups(DataTable t, int col, Measure m) {
    Map<String, BigDecimal[]> acc = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (List<Object> row : t.rows()) {
      Optional<BigDecimal> value = m.value(row);
      BigDecimal v = value.orElse(BigDecimal.ZERO);
      BigDecimal[] a = acc.computeIfAbsent(row.get(col).toString(),
          k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      a[0] = a[0].add(v);
      a[1] = a[1].add(BigDecimal.ONE);
      a[2] = value.isPresent() ? a[2].add(BigDecimal.ONE) : a[2];
      total = total.add(v);
    }
    List<Group> out = new ArrayList<>();
    for (Map.Entry<String, BigDecimal[]> e : acc.entrySet()) {
      BigDecimal[] a = e.getValue();
      out.add(new Group(e.getKey(), a[1].intValue(), a[0], TableProfile.divide(a[0], total), a[2].intValue()));
    }
    return out;
  }

  /** Rows whose value column is below their threshold column. */
  public static List<List<Object>> below(DataTable t, TableProfile.ThresholdPair pair) {
    List<List<Object>> out = new ArrayList<>();
    for (List<Object> row : t.rows()) {
      if (row.get(pair.value()) instanceof BigDecimal v && row.get(pair.threshold()) instanceof BigDecimal th
          && v.compareTo(th) < 0) {
        out.add(row);
      }
    }
    return out;
  }

  /**
   * Every number a truthful document could state about this data: raw values, and for every measure
   * its total, mean, extremes, group sums, counts and shares (shares also as percentages).
   */
  public static Set<BigDecimal> allFacts(Dataset data) {
    Set<BigDecimal> facts = new TreeSet<>();
    data.fields().values().forEach(v -> addNumber(facts, v));
    for (DataTable t : data.tables()) {
      facts.add(BigDecimal.valueOf(t.rows().size()));
      t.rows().forEach(r -> r.forEach(v -> addNumber(facts, v)));
      TableProfile p = TableProfile.of(t);
      for (Measure m : p.measures()) {
        t.rows().forEach(r -> m.value(r).ifPresent(facts::add));
        summarize(t, m).ifPresent(s -> {
          facts.addAll(List.of(s.total(), s.mean(), s.min(), s.max(), BigDecimal.valueOf(s.count())));
          addDerived(data, facts, s.total());
        });
        List<Integer> cols = new ArrayList<>(p.dimensions());
        p.period().ifPresent(cols::add);
        p.label().ifPresent(cols::add);
        for (int d : cols) {
          List<Group> groups = groups(t, d, m);
          for (Group g : groups) {
            facts.addAll(List.of(g.sum(), BigDecimal.valueOf(g.count()), g.share(), g.share().movePointRight(2), g.mean(),
                BigDecimal.valueOf(g.valued())));
          }
          addChanges(facts, groups);
        }
      }
      p.threshold().ifPresent(pair -> facts.add(BigDecimal.valueOf(below(t, pair).size())));
    }
    return facts;
  }

  private static void addChanges(Set<BigDecimal> facts, List<Group> groups) {
    for (int i = 1; i < groups.size(); i++) {
      BigDecimal prev = groups.get(i - 1).sum();
      BigDecimal cur = groups.get(i).sum();
      facts.add(cur.subtract(prev).abs());
      facts.add(TableProfile.divide(cur.subtract(prev), prev).movePointRight(2).abs());
    }
    if (groups.size() > 1) {
      BigDecimal first = groups.get(0).sum();
      BigDecimal last = groups.get(groups.size() - 1).sum();
      facts.add(last.subtract(first).abs());
      facts.add(TableProfile.divide(last.subtract(first), first).movePointRight(2).abs());
    }
  }

  /** Tax and grand total when the data carries a tax rate (invoices). */
  private static void addDerived(Dataset data, Set<BigDecimal> facts, BigDecimal total) {
    data.fields().forEach((k, v) -> {
      if (k.toLowerCase(java.util.Locale.ROOT).contains("tax") && v instanceof BigDecimal rate && rate.compareTo(BigDecimal.ONE) < 0) {
        BigDecimal tax = total.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        facts.addAll(List.of(tax, total.add(tax), rate.movePointRight(2)));
      }
    });
  }

  private static void addNumber(Set<BigDecimal> facts, Object v) {
    if (v instanceof BigDecimal d) {
      facts.add(d);
      facts.add(d.movePointRight(2));
    }
  }
}
