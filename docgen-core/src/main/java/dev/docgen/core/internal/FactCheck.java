package dev.docgen.core.internal;

import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.Column;
import dev.docgen.api.model.ColumnType;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Series;
import dev.docgen.api.model.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a model may write: every number in the data, in the data engine's draft (its totals,
 * shares, changes and counts), in the prompt, and the dates around the request. {@link #unsupported}
 * finds the numbers in a text that are none of these, allowing for rounding ("1.2 million" for
 * 1,234,567; "36%" for a share of 0.357) and for scale words.
 */
public final class FactCheck {
  /** Data cells read for facts; beyond this the draft's totals and breakdowns still count. */
  static final int MAX_DATA_CELLS = 500_000;

  private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
      // "17. Dezember", "17 décembre", "17 de diciembre", "17 december": the months of the other languages.
      + "|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre"
      + "|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
      + "|diciembre|januari|februari|maart|mei|augustus";
  /**
   * A number not glued to letters or other digits: optional currency sign, digits with or without
   * group separators, decimals, then an optional percent or scale word.
   */
  private static final java.util.concurrent.ConcurrentMap<Character, Pattern> NUMBER_BY_GROUPING =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A number not glued to letters or other digits: optional currency sign, digits with or without
   * the locale's group separator, decimals, then an optional percent or scale word.
   */
  private static Pattern number(char grouping) {
    return NUMBER_BY_GROUPING.computeIfAbsent(grouping, g -> Pattern.compile(
        // not inside a word, an identifier (SKU-1042), a decimal, a date part or a fraction (24/7)
        "(?<![\\p{L}\\p{N}_.,/#])(?<![\\p{L}]-)(?<!\\d{4}-)(?<!\\d{4}-\\d{2}-)([€$£¥₹]\\s?)?(\\d{1,3}(?:[\\" + g
            + (Character.isSpaceChar(g) ? " " : "") + "\\u00a0\\u202f']\\d{3})+|\\d+)([.,]\\d+)?"
            + "(?:\\s?(" + SCALE_WORDS + "))?(?![\\p{L}\\p{N}]|[.,]\\d|/\\d)"));
  }

  /** Percent, ratio and scale words after a number, longest first so the alternation takes the whole word. */
  private static final String SCALE_WORDS = "per cent|percent|Prozent|pour cent|thousands|thousand|Tausend|Tsd\\.?"
      + "|millions|millionen|million|Millionen|Million|Mio\\.?|milliards|milliard|Milliarden|Mrd\\.?|billions|billion"
      + "|bn|mn|MM|pp|%|x|×|k|K|m|M|B";

  /** Words before a number that make it a label, not a quantity: "Phase 2", "Table 3", "ISO 9001". */
  private static final Pattern LABEL_WORD = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:phase|step|stage|option|priority|tier|level|part|section|chapter|appendix|figure|table|item"
          + "|week|sprint|release|version|round|wave|page|no\\.|number|quarter|top|bottom|iso|en|din|soc|rfc|windows"
          + "|java|python|article|clause|rule|room|floor|building|gate|line|unit)\\s*$");
  /** Words just before a year that make it a period: "Q4 2025", "FY 2026", "September 2026". */
  private static final Pattern PERIOD_BEFORE = Pattern.compile("(?iu)(?:\\b[QH][1-4]|\\bFY|\\b(?:" + MONTHS
      + ")\\.?|\\b(?:year|since|until|from|to|in|of|and|vs\\.?))\\s*$");

  private static final Pattern MONTH_BEFORE = Pattern.compile("(?iu)\\b(?:" + MONTHS + ")\\.?\\s*$");
  private static final Pattern MONTH_AFTER = Pattern.compile("(?iu)^(?:st|nd|rd|th|\\.)?\\s*(?:of\\s+|de\\s+)?(?:" + MONTHS + ")\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\b");

  private final double[] facts;
  /** The shares, rates and changes the request states or computes, as fractions: what a percentage must be. */
  private final double[] ratios;
  private final Set<Integer> days;
  private final char decimal;
  private final char grouping;
  private final Locale locale;

  private FactCheck(double[] facts, double[] ratios, Set<Integer> days, Locale locale) {
    this.locale = locale;
    this.facts = facts;
    this.ratios = ratios;
    this.days = days;
    java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(locale);
    this.decimal = symbols.getDecimalSeparator();
    this.grouping = symbols.getGroupingSeparator();
  }

  /** Collects the facts of one request. */
  public static FactCheck of(Optional<DocumentSpec> draft, Optional<Dataset> data, String prompt, List<LocalDate> dates,
      Locale locale) {
    return of(draft, data, prompt, dates, locale, List.of());
  }

  /** The facts of one request and the figures computed from its data (a rate also as its percentage). */
  public static FactCheck of(Optional<DocumentSpec> draft, Optional<Dataset> data, String prompt, List<LocalDate> dates,
      Locale locale, List<java.math.BigDecimal> figures) {
    Collector c = new Collector(locale);
    for (java.math.BigDecimal v : figures) {
      c.values.add(v.doubleValue());
      c.values.add(v.movePointRight(2).doubleValue());
      if (v.abs().compareTo(java.math.BigDecimal.TEN) < 0) {
        c.ratios.add(v.abs().doubleValue());
      }
    }
    c.text(prompt);
    for (LocalDate d : dates) {
      c.date(d);
    }
    draft.ifPresent(c::spec);
    data.ifPresent(c::data);
    double[] sorted = Arrays.stream(c.values.stream().mapToDouble(Double::doubleValue).toArray()).sorted().distinct()
        .toArray();
    double[] ratios = c.ratios.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
    return new FactCheck(sorted, ratios, c.days, locale);
  }

  /** These facts and {@code more} (values docgen computed for the model's expressions), a percentage's fraction too. */
  public FactCheck with(List<java.math.BigDecimal> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Double> values = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (double d : facts) {
      values.add(d);
    }
    for (double d : ratios) {
      shares.add(d);
    }
    for (java.math.BigDecimal v : more) {
      values.add(v.doubleValue());
      values.add(v.movePointRight(2).doubleValue());
      if (v.abs().compareTo(java.math.BigDecimal.TEN) < 0) {
        shares.add(v.abs().doubleValue());
      }
    }
    return new FactCheck(values.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray(),
        shares.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray(), days, locale);
  }

  /** How many distinct facts there are. */
  public int size() {
    return facts.length;
  }

  /** The numbers in {@code text} that are not facts, as written. */
  public List<String> unsupported(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens(text, decimal, grouping)) {
      if (!supported(t)) {
        out.add(t.written());
      }
    }
    return out;
  }

  /** Whether a typed value (a table cell, a chart point) is a fact, to its own precision. */
  public boolean supports(BigDecimal value) {
    BigDecimal abs = value.abs();
    int decimals = Math.max(0, abs.stripTrailingZeros().scale());
    double tolerance = 0.5 * Math.pow(10, -decimals) + 1e-9;
    return near(abs.doubleValue(), tolerance);
  }

  /**
   * {@code text} without the numbers that are not facts (cut by position, with the space and
   * brackets around them tidied); for headings and titles, which keep their words.
   */
  public String strip(String text) {
    List<Token> bad = new ArrayList<>();
    for (Token t : tokens(text, decimal, grouping)) {
      if (!supported(t)) {
        bad.add(t);
      }
    }
    if (bad.isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text);
    for (int i = bad.size() - 1; i >= 0; i--) {
      sb.replace(bad.get(i).start(), bad.get(i).end(), "");
    }
    return sb.toString().replaceAll("\\(\\s*\\)", "").replaceAll("\\s+([,.;:!?)])", "$1")
        .replaceAll("\\s{2,}", " ").replaceAll("^[\\s,;:–—-]+|[\\s,;:–—-]+$", "").trim();
  }

  private boolean supported(Token t) {
    if (t.label() || t.time()) {
      return true;
    }
    if (t.dateYear() > 0) {
      return near(t.dateYear(), 0.001) || near(t.dateYear() - 1, 0.001) || near(t.dateYear() + 1, 0.001);
    }
    if (t.dayOfMonth() && t.scale() == 1 && !t.percent() && days.contains((int) t.value())) {
      return true;
    }
    if (t.year() && (near(t.value() - 1, 0.001) || near(t.value() + 1, 0.001))) {
      return true; // "Q4 2025" beside a 2026 report: the period before or after is a reference, not a figure
    }
    double v = t.value() * t.scale();
    double tolerance = 0.5 * Math.pow(10, -t.decimals()) * t.scale() * (1 + 1e-9) + 1e-9;
    if (t.approximate()) {
      tolerance = Math.max(tolerance, Math.abs(v) * APPROX_SHARE);
    }
    if (t.percent()) {
      // "rose 12%" is a share or a change: it must be one the request states or docgen computed, not any 12 in the
      // data (a dense table has almost every small number somewhere).
      return near(ratios, v / 100, tolerance / 100);
    }
    return near(v, tolerance);
  }

  private boolean near(double v, double tolerance) {
    return near(facts, v, tolerance);
  }

  private static boolean near(double[] sorted, double v, double tolerance) {
    int i = Arrays.binarySearch(sorted, v - tolerance);
    int from = i >= 0 ? i : -i - 1;
    return from < sorted.length && sorted[from] <= v + tolerance;
  }

  /** One number as written, with what it means. */
  record Token(String written, int start, int end, double value, int decimals, double scale, boolean percent,
      boolean label, boolean dayOfMonth, boolean year, boolean time, int dateYear, boolean approximate) {
    Token(String written, int start, int end, double value, int decimals, double scale, boolean percent,
        boolean label, boolean dayOfMonth, boolean year) {
      this(written, start, end, value, decimals, scale, percent, label, dayOfMonth, year, false, 0, false);
    }
  }

  // "9:30", "13:00", "14h30", "9.30 am", "3 pm": a time of day, which is a reading of the clock, not a data figure.
  private static final Pattern TIME = Pattern.compile("(?iu)(?<![\\d.,:])(?:[01]?\\d|2[0-3])(?::|h)[0-5]\\d"
      + "(?:\\s?(?:am|pm|uhr|h))?(?![\\d])|(?<![\\d.,:])(?:1[0-2]|0?[1-9])(?:[.:][0-5]\\d)?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)"
      + "(?![\\p{L}])");
  // "2026-12-28", "28/12/2026", "28.12.2026": a date in digits, which stands when its year is one the request knows.
  private static final Pattern DIGIT_DATE = Pattern.compile("(?<![\\d])(?:((?:19|20)\\d{2})-[01]\\d-[0-3]\\d"
      + "|[0-3]?\\d[/.][01]?\\d[/.]((?:19|20)\\d{2}))(?![\\d])");
  // "about £20,000" for £19,979.70: a figure said to be near, within five per cent.
  private static final Pattern APPROX = Pattern.compile("(?iu)\\b(?:about|around|approximately|approx\\.?|roughly|nearly|"
      + "almost|some|circa|ca\\.|close to|just (?:under|over|below|above)|etwa|rund|ungefähr|knapp|fast|environ|près de|"
      + "presque|alrededor de|aproximadamente|casi|cerca de|ongeveer|bijna|zo'n)\\s*(?:[£$€¥]\\s?)?$");
  private static final double APPROX_SHARE = 0.05;

  static List<Token> tokens(String text, char decimal, char grouping) {
    List<Token> out = new ArrayList<>();
    List<int[]> times = new ArrayList<>();
    List<int[]> dates = new ArrayList<>();
    Matcher tm = TIME.matcher(text);
    while (tm.find()) {
      times.add(new int[] {tm.start(), tm.end()});
    }
    Matcher dm = DIGIT_DATE.matcher(text);
    while (dm.find()) {
      dates.add(new int[] {dm.start(), dm.end(), Integer.parseInt(dm.group(1) != null ? dm.group(1) : dm.group(2))});
    }
    Matcher m = number(grouping).matcher(text);
    while (m.find()) {
      String digits = m.group(2);
      String fraction = m.group(3);
      String suffix = m.group(4) == null ? "" : m.group(4);
      // "1,5" in a locale with a decimal comma is one and a half; "1,500" in English is a group.
      if (fraction != null && fraction.charAt(0) != decimal) {
        if (fraction.length() == 4 && fraction.charAt(0) == grouping) {
          digits = digits + fraction;
          fraction = null;
        } else if (fraction.charAt(0) == grouping || fraction.charAt(0) != '.' && fraction.charAt(0) != ',') {
          fraction = null;
        }
      }
      String plain = digits.replaceAll("[^0-9]", "");
      double value;
      try {
        value = new BigDecimal(plain + (fraction == null ? "" : "." + fraction.substring(1))).doubleValue();
      } catch (NumberFormatException e) {
        continue;
      }
      int decimals = fraction == null ? 0 : fraction.length() - 1;
      String lower = suffix.toLowerCase(Locale.ROOT).replace(".", "");
      double scale = switch (lower) {
        case "k", "thousand", "thousands", "tausend", "tsd" -> 1e3;
        case "m", "mn", "mm", "million", "millions", "millionen", "mio" -> 1e6;
        case "bn", "billion", "billions", "milliard", "milliards", "milliarden", "mrd" -> 1e9;
        default -> suffix.equals("B") ? 1e9 : 1;
      };
      boolean percent = lower.equals("%") || lower.startsWith("per") || lower.equals("pp") || lower.equals("prozent")
          || lower.equals("pour cent");
      String before = text.substring(Math.max(0, m.start() - 12), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 14));
      boolean label = m.group(1) == null && !percent && scale == 1 && LABEL_WORD.matcher(before).find();
      boolean day = m.group(1) == null && fraction == null && value >= 1 && value <= 31
          && (MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after).find());
      boolean year = m.group(1) == null && fraction == null && suffix.isEmpty() && value >= 1900 && value <= 2100
          && plain.length() == 4 && PERIOD_BEFORE.matcher(before).find();
      int at = m.start();
      boolean time = m.group(1) == null && !percent && times.stream().anyMatch(r -> r[0] <= at && at < r[1]);
      int dateYear = dates.stream().filter(r -> r[0] <= at && at < r[1]).mapToInt(r -> r[2]).findFirst().orElse(0);
      boolean approximate = APPROX.matcher(before).find();
      out.add(new Token(m.group(), m.start(), m.end(), value, decimals, scale, percent, label, day, year, time, dateYear,
          approximate));
    }
    return out;
  }

  /** Gathers fact values from text, typed cells, dates and specs. */
  private static final class Collector {
    final List<Double> values = new ArrayList<>();
    final List<Double> ratios = new ArrayList<>();
    final Set<Integer> days = new HashSet<>();
    final char decimal;
    final char grouping;
    int cells;

    Collector(Locale locale) {
      java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(locale);
      this.decimal = symbols.getDecimalSeparator();
      this.grouping = symbols.getGroupingSeparator();
    }

    void text(String text) {
      if (text == null || text.isEmpty()) {
        return;
      }
      for (Token t : tokens(text, decimal, grouping)) {
        double v = t.value() * t.scale();
        values.add(v);
        if (t.percent()) {
          values.add(v / 100);
          ratios.add(Math.abs(v / 100));
        }
        if (t.dayOfMonth()) {
          days.add((int) t.value());
        }
      }
      // Both readings of a separator, so a fact written "1,5" or "1.500" counts either way.
      for (Token t : tokens(text, decimal == '.' ? ',' : '.', grouping == ',' ? '.' : ',')) {
        values.add(t.value() * t.scale());
      }
      Matcher iso = ISO_DATE.matcher(text);
      while (iso.find()) {
        if (iso.group(3) != null) {
          days.add(Integer.parseInt(iso.group(3)));
        }
        values.add(Double.parseDouble(iso.group(1)));
        values.add(Double.parseDouble(iso.group(2)));
      }
    }

    void number(BigDecimal d, boolean percent) {
      double v = d.abs().doubleValue();
      values.add(v);
      if (percent) {
        values.add(v * 100);
        ratios.add(v);
      }
    }

    void date(LocalDate d) {
      values.add((double) d.getYear());
      values.add((double) d.getMonthValue());
      values.add((double) d.getDayOfMonth());
      days.add(d.getDayOfMonth());
    }

    void cell(Object o, boolean percent) {
      if (o instanceof BigDecimal d) {
        number(d, percent);
      } else if (o instanceof Number n) {
        number(new BigDecimal(n.toString()), percent);
      } else if (o instanceof LocalDate d) {
        date(d);
      } else if (o instanceof TemporalAccessor) {
        text(o.toString());
      } else if (o != null) {
        text(o.toString());
      }
    }

    void data(Dataset data) {
      TableStats.allFacts(data).forEach(d -> {
        values.add(d.abs().doubleValue());
        // The shares and changes among the data's facts are fractions.
        if (d.abs().compareTo(BigDecimal.TEN) < 0 && d.stripTrailingZeros().scale() > 0) {
          ratios.add(d.abs().doubleValue());
        }
      });
      data.fields().values().forEach(v -> cell(v, false));
      data.lists().values().forEach(l -> l.forEach(this::text));
      for (DataTable t : data.tables()) {
        values.add((double) t.rows().size());
        values.add((double) t.columns().size());
        for (List<Object> row : t.rows()) {
          if (cells > MAX_DATA_CELLS) {
            return;
          }
          for (int i = 0; i < row.size(); i++) {
            cell(row.get(i), i < t.columns().size() && t.columns().get(i).type() == ColumnType.PERCENT);
            cells++;
          }
        }
      }
    }

    void spec(DocumentSpec spec) {
      text(spec.metadata().title());
      text(spec.metadata().subtitle());
      date(spec.metadata().date());
      spec.sections().forEach(this::section);
    }

    void section(Section s) {
      text(s.title());
      s.blocks().forEach(this::block);
      s.subsections().forEach(this::section);
    }

    void block(Block b) {
      if (b instanceof Paragraph p) {
        text(p.text());
      } else if (b instanceof Callout c) {
        text(c.title());
        text(c.text());
      } else if (b instanceof BulletList l) {
        items(l.items());
      } else if (b instanceof NumberedList l) {
        values.add((double) l.items().size());
        items(l.items());
      } else if (b instanceof KeyValue kv) {
        kv.entries().forEach(e -> {
          text(e.label());
          text(e.value());
        });
      } else if (b instanceof Table t) {
        table(t);
      } else if (b instanceof Chart c) {
        text(c.title());
        values.add((double) c.categories().size());
        c.categories().forEach(this::text);
        for (Series s : c.series()) {
          s.values().forEach(v -> number(v, false));
        }
      }
    }

    void items(List<ListItem> items) {
      values.add((double) items.size());
      for (ListItem i : items) {
        text(i.text());
        items(i.children());
      }
    }

    void table(Table t) {
      text(t.caption());
      values.add((double) t.rows().size());
      List<Column> cols = t.columns();
      for (List<Object> row : t.rows()) {
        if (cells > MAX_DATA_CELLS) {
          break; // a detail table repeats the data rows, which data() reads; totals below still count
        }
        cells += row.size();
        for (int i = 0; i < row.size(); i++) {
          cell(row.get(i), i < cols.size() && cols.get(i).type() == ColumnType.PERCENT);
        }
      }
      for (int i = 0; i < t.totals().size(); i++) {
        cell(t.totals().get(i), i < cols.size() && cols.get(i).type() == ColumnType.PERCENT);
      }
    }
  }
}
