package dev.docgen.core.internal;

import dev.docgen.api.Finding;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.Block;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.Chart;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Image;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.NumberedList;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.TextRun;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a model's spec safe and true to the data: strips markup, drops images, finds numbers that
 * are not facts (and, when asked, removes the sentences that carry them), and puts the data
 * engine's tables and charts into the model's sections.
 */
public final class Grounding {
  private static final Pattern SCRIPT = Pattern.compile("(?is)<\\s*(script|style)\\b[^>]*>.*?<\\s*/\\s*\\1\\s*>");
  private static final Pattern TAG = Pattern.compile("(?s)</?[a-zA-Z][^<>]*>|<!--.*?-->");
  /** A sentence that ends in an abbreviation runs on into the next one. */
  private static final Pattern ABBREVIATION = Pattern.compile("(?i)\\b(?:vs|e\\.g|i\\.e|approx|no|nr|etc|incl|excl|ca|cf|fig)\\.\\s*$");

  private final FactCheck facts;
  private final Locale locale;

  public Grounding(FactCheck facts, Locale locale) {
    this.facts = facts;
    this.locale = locale;
  }

  /** A number that is not a fact, where it was found. */
  public record Unsupported(String number, String section, String text) {
    /** One line for the model: what to fix, and where. */
    public String problem() {
      return "section '" + section + "': the number " + number + " is not one of the facts (in \"" + shorten(text)
          + "\"); use a number given under DRAFT, or write the sentence without it";
    }
  }

  /** Removes HTML and script, images and the theme; returns the cleaned spec and what was removed. */
  public static Cleaned sanitize(DocumentSpec spec, Metadata draftMetadata) {
    return sanitize(spec, draftMetadata, d -> false);
  }

  /**
   * {@link #sanitize(DocumentSpec, Metadata)}, keeping the model's date when the request names it
   * ("the board meeting on 12 March 2026"): {@code named} says whether it does.
   */
  public static Cleaned sanitize(DocumentSpec spec, Metadata draftMetadata, java.util.function.Predicate<java.time.LocalDate> named) {
    List<Finding> findings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Rewriter r = new Rewriter(text -> {
      String out = TAG.matcher(SCRIPT.matcher(text).replaceAll("")).replaceAll("");
      if (!out.equals(text) && seen.add("markup")) {
        findings.add(Finding.warning("llm.markup-removed", "HTML or script in the model's text was removed", ""));
      }
      return out;
    }, b -> {
      if (b instanceof Image) {
        if (seen.add("image")) {
          findings.add(Finding.warning("llm.image-removed", "an image from the model was removed: images come from "
              + "the request's data or template only", ""));
        }
        return List.of();
      }
      return List.of(b);
    });
    Metadata m = spec.metadata();
    String title = r.text(m.title()).isBlank() ? draftMetadata.title() : r.text(m.title());
    // The model's author and subject stand when it gives them, and its date when the request names it; the
    // locale and kind are the request's.
    java.time.LocalDate date = m.date() != null && !m.date().equals(draftMetadata.date()) && named.test(m.date())
        ? m.date() : draftMetadata.date();
    Metadata meta = new Metadata(title, r.text(m.subtitle()), r.text(m.author()).isBlank() ? draftMetadata.author()
        : r.text(m.author()), date, draftMetadata.locale(), draftMetadata.keywords(),
        r.text(m.subject()).isBlank() ? draftMetadata.subject() : r.text(m.subject()), draftMetadata.documentType(),
        draftMetadata.orientation());
    return new Cleaned(new DocumentSpec(meta, null, r.sections(spec.sections())), findings);
  }

  /**
   * Whether {@code prompt} names this date: "12 March 2026", "March 12", "12.03.2026", "2026-03-12",
   * in English or the request's language. Without a year in the prompt, the day and month must name it
   * in {@code year}.
   */
  public static boolean named(java.time.LocalDate date, String prompt, Locale locale, int year) {
    String p = prompt.toLowerCase(Locale.ROOT).replace(',', ' ').replaceAll("\\s+", " ");
    if (p.contains(date.toString())) {
      return true;
    }
    boolean withYear = p.contains(Integer.toString(date.getYear()));
    if (!withYear && date.getYear() != year) {
      return false;
    }
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    List<String> forms = new ArrayList<>();
    for (Locale l : new LinkedHashSet<>(List.of(Locale.ENGLISH, locale))) {
      for (java.time.format.TextStyle style : List.of(java.time.format.TextStyle.FULL, java.time.format.TextStyle.SHORT)) {
        String name = date.getMonth().getDisplayName(style, l).toLowerCase(l).replace(".", "");
        forms.add(day + " " + name);
        forms.add(day + ". " + name);
        forms.add(day + "th " + name);
        forms.add(name + " " + day);
      }
    }
    forms.add(String.format(Locale.ROOT, "%d.%d.%d", day, month, date.getYear()));
    forms.add(String.format(Locale.ROOT, "%02d.%02d.%d", day, month, date.getYear()));
    forms.add(String.format(Locale.ROOT, "%d/%d/%d", day, month, date.getYear()));
    forms.add(String.format(Locale.ROOT, "%02d/%02d/%d", day, month, date.getYear()));
    forms.add(String.format(Locale.ROOT, "%d/%d/%d", month, day, date.getYear()));
    forms.add(String.format(Locale.ROOT, "%02d/%02d/%d", month, day, date.getYear()));
    for (String f : forms) {
      Matcher m = Pattern.compile("(?<![0-9])" + Pattern.quote(f) + "(?![0-9])").matcher(p);
      if (m.find()) {
        return true;
      }
    }
    return false;
  }

  /** A spec and what happened to it. */
  public record Cleaned(DocumentSpec spec, List<Finding> findings) {}

  // "Placeholder text.", "Lorem ipsum …", "TBD", "[Insert summary here]": words that stand in for writing.
  private static final Pattern FILLER = Pattern.compile("(?iu)\\s*(?:placeholder(?: text| content)?|lorem ipsum.*|tbd|tbc|"
      + "to be (?:written|confirmed|determined|completed|added)|insert .{0,60} here|content goes here|text goes here|"
      + "\\[[^\\]]{1,80}\\]|\\.{3}|…|n/a|xxx+)\\s*[.!]?\\s*");

  /**
   * Whether the model's own text is filler: most of its paragraphs, items and callouts are "Placeholder text." or
   * the like, or it wrote none at all. Engine blocks put in later do not make such an answer a document.
   */
  public static boolean isFiller(DocumentSpec model) {
    int[] counts = {0, 0};
    model.forEachBlock(b -> {
      if (b instanceof Table || b instanceof Chart || b instanceof Image) {
        return;
      }
      for (String t : texts(b)) {
        if (!t.isBlank()) {
          counts[1]++;
          if (FILLER.matcher(t).matches()) {
            counts[0]++;
          }
        }
      }
    });
    return counts[1] == 0 || counts[0] * 2 >= counts[1];
  }

  /** A spec with its figure references written out: how many were, and the ids no figure has. */
  public record Resolved(DocumentSpec spec, int resolved, Set<String> unknown) {}

  /** The same rules, with these computed values as facts too. */
  public Grounding with(List<java.math.BigDecimal> computed) {
    return computed.isEmpty() ? this : new Grounding(facts.with(computed), locale);
  }

  /**
   * What the model's expressions gave.
   *
   * @param values every number written for them, for the fact check
   * @param problems one line per expression that could not be computed, for a repair
   */
  public record Computed(DocumentSpec spec, int computed, List<java.math.BigDecimal> values, List<String> problems) {}

  /**
   * Computes every {@code {= expression}} over the request's data ({@link Expressions}) and writes
   * its value in the locale's format. A paragraph that is only a grouped expression ({@code {= sum(amount)
   * by region}}) becomes a table. A sentence with an expression that cannot be computed goes.
   */
  public static Computed resolveExpressions(DocumentSpec spec, Optional<Dataset> data,
      List<dev.docgen.api.DerivedFigure> figures, Locale locale) {
    Map<String, java.math.BigDecimal> byId = new java.util.HashMap<>();
    figures.forEach(f -> byId.putIfAbsent(f.id(), f.value()));
    Formats formats = new Formats(locale);
    List<java.math.BigDecimal> values = new ArrayList<>();
    Set<String> problems = new LinkedHashSet<>();
    int[] computed = {0};
    java.util.function.Function<String, Expressions.Value> eval = source -> {
      try {
        Expressions.Value v = Expressions.evaluate(source, data, byId);
        computed[0]++;
        if (v.grouped()) {
          values.addAll(v.groups().values());
        } else {
          values.add(v.number());
        }
        return v;
      } catch (Expressions.Problem e) {
        problems.add("{= " + source + "}: " + e.getMessage());
        return null;
      }
    };
    Rewriter r = new Rewriter(text -> {
      if (!text.contains("{=")) {
        return text;
      }
      // Expressions are set aside while the text is cut into sentences: "St. Louis" in one is no sentence end.
      List<String> found = new ArrayList<>();
      String masked = Expressions.EXPRESSION.matcher(text).replaceAll(m -> {
        found.add(m.group(1));
        return "\u0000" + (found.size() - 1) + "\u0000";
      });
      StringBuilder kept = new StringBuilder();
      for (String sentence : masked.split("(?<=[.!?])\\s+(?=\\p{Lu}|\u0000)")) {
        Matcher m = Pattern.compile("\u0000(\\d+)\u0000").matcher(sentence);
        StringBuilder out = new StringBuilder();
        boolean ok = true;
        while (m.find()) {
          Expressions.Value v = eval.apply(found.get(Integer.parseInt(m.group(1))));
          if (v == null) {
            ok = false;
            break;
          }
          m.appendReplacement(out, Matcher.quoteReplacement(Expressions.format(v, formats)));
        }
        if (ok) {
          m.appendTail(out);
          kept.append(kept.length() == 0 ? "" : " ").append(out);
        }
      }
      return kept.toString().replaceAll(" {2,}", " ").replaceAll(" ([,.;:])", "$1");
    }, b -> {
      if (b instanceof Paragraph p) {
        Matcher whole = Expressions.EXPRESSION.matcher(p.text().strip());
        if (whole.matches()) {
          Expressions.Value v = eval.apply(whole.group(1));
          if (v == null) {
            return List.of();
          }
          if (v.grouped()) {
            return List.of(groupTable(whole.group(1), v, formats));
          }
          return List.of(Paragraph.of(Expressions.format(v, formats)));
        }
      }
      return List.of(b);
    });
    DocumentSpec out = new DocumentSpec(spec.metadata(), spec.theme(), r.sections(spec.sections()));
    return new Computed(out, computed[0], values, List.copyOf(problems));
  }

  private static final Pattern CALL = Pattern.compile("(?i)^\\s*(\\w+)\\s*\\(\\s*`?([^`,()=<>!]*?)`?\\s*(?:[,)]|where|=)");

  /** {@code sum(amount) by region}: Region | Amount, one row per region, largest first. */
  private static Table groupTable(String source, Expressions.Value v, Formats formats) {
    Matcher m = CALL.matcher(source);
    String fn = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    String column = m.groupCount() >= 2 && m.group(2) != null ? Names.humanize(m.group(2).strip()) : "";
    String header = switch (fn) {
      case "count" -> "Count";
      case "share" -> "Share";
      case "mean", "avg", "average" -> column.isEmpty() ? "Mean" : "Mean " + column.toLowerCase(Locale.ROOT);
      case "min" -> "Lowest " + column.toLowerCase(Locale.ROOT);
      case "max" -> "Highest " + column.toLowerCase(Locale.ROOT);
      default -> column.isEmpty() ? "Value" : column;
    };
    dev.docgen.api.model.Column measure = switch (v.kind()) {
      case MONEY -> dev.docgen.api.model.Column.currency(header, v.currency());
      case COUNT -> dev.docgen.api.model.Column.of(header, dev.docgen.api.model.ColumnType.INTEGER);
      case NUMBER -> dev.docgen.api.model.Column.of(header, dev.docgen.api.model.ColumnType.DECIMAL);
      case PERCENT -> dev.docgen.api.model.Column.of(header, dev.docgen.api.model.ColumnType.TEXT);
    };
    List<List<Object>> rows = new ArrayList<>();
    v.groups().forEach((k, n) -> rows.add(List.of(k, v.kind() == Expressions.Kind.PERCENT ? formats.percent(n) : n)));
    return new Table("", List.of(dev.docgen.api.model.Column.text(Names.humanize(v.groupedBy())), measure), rows,
        List.of());
  }

  // "{fact:total_revenue}": a figure docgen computed, by its id.
  static final Pattern FACT = Pattern.compile("\\{\\s*fact\\s*:\\s*([^{}\\s]+)\\s*\\}");

  /**
   * Writes each {@code {fact:ID}} as the figure's value: as the draft shows that value ("£58,825.00", "95.0%"), else
   * in the locale's digits. A reference to no figure is removed, and its id reported.
   */
  public static Resolved resolveFacts(DocumentSpec spec, List<dev.docgen.api.DerivedFigure> figures, DocumentSpec draft,
      Locale locale) {
    Map<String, java.math.BigDecimal> byId = new java.util.HashMap<>();
    figures.forEach(f -> byId.putIfAbsent(f.id(), f.value()));
    List<Shown> shown = shownValues(draft, locale);
    Formats formats = new Formats(locale);
    int[] resolved = {0};
    Set<String> unknown = new LinkedHashSet<>();
    Rewriter r = new Rewriter(text -> {
      if (text.indexOf('{') < 0) {
        return text;
      }
      // "Margin held at {fact:unknown} across the quarter.": a sentence that names no figure says nothing; it goes.
      StringBuilder kept = new StringBuilder();
      for (String sentence : text.split("(?<=[.!?])\\s+(?=\\p{Lu}|\\{)")) {
        Matcher ref = FACT.matcher(sentence);
        boolean known = true;
        while (ref.find()) {
          if (!byId.containsKey(ref.group(1))) {
            unknown.add(ref.group(1));
            known = false;
          }
        }
        if (known) {
          kept.append(kept.length() == 0 ? "" : " ").append(sentence);
        }
      }
      String out = FACT.matcher(kept.toString()).replaceAll(m -> {
        java.math.BigDecimal v = byId.get(m.group(1));
        if (v == null) {
          unknown.add(m.group(1));
          return "";
        }
        resolved[0]++;
        String display = shown(shown, v);
        return Matcher.quoteReplacement(display != null ? display : formats.decimal(v, Math.min(2, Math.max(0, v.scale()))));
      });
      return out.replaceAll(" {2,}", " ").replaceAll(" ([,.;:])", "$1");
    }, List::of);
    return new Resolved(new DocumentSpec(spec.metadata(), spec.theme(), r.sections(spec.sections())), resolved[0], unknown);
  }

  /** A figure as the draft writes it: its value, the decimals it is written to, and the text. */
  private record Shown(java.math.BigDecimal value, int decimals, String text) {}

  /**
   * How the draft writes {@code v}: exactly, else the closest value shown that {@code v} rounds to at the precision it
   * is written ("81.7%" for 0.8171, never the "80%" of a threshold); null when it shows none.
   */
  private static String shown(List<Shown> shown, java.math.BigDecimal v) {
    Shown best = null;
    java.math.BigDecimal bestGap = null;
    for (Shown s : shown) {
      java.math.BigDecimal gap = v.subtract(s.value()).abs();
      if (gap.signum() == 0) {
        return s.text();
      }
      java.math.BigDecimal half = java.math.BigDecimal.ONE.movePointLeft(s.decimals()).divide(java.math.BigDecimal.valueOf(2));
      if (gap.compareTo(half) <= 0 && (bestGap == null || gap.compareTo(bestGap) < 0)) {
        best = s;
        bestGap = gap;
      }
    }
    return best == null ? null : best.text();
  }

  // The draft's figures as it writes them: "£58,825.00" is 58825 to 2 decimals, "81.7%" is 0.817 to 3.
  private static List<Shown> shownValues(DocumentSpec draft, Locale locale) {
    java.text.DecimalFormatSymbols sym = java.text.DecimalFormatSymbols.getInstance(locale);
    String dec = Pattern.quote(String.valueOf(sym.getDecimalSeparator()));
    String grp = "[" + Pattern.quote(String.valueOf(sym.getGroupingSeparator())) + "\\u00a0\\u202f ]";
    Pattern number = Pattern.compile("(?:[£$€¥][\\s\\u00a0\\u202f]?|(?:CHF|EUR|GBP|USD)[\\s\\u00a0])?-?\\d{1,3}(?:" + grp
        + "\\d{3})*(?:" + dec + "\\d+)?(?:[\\s\\u00a0\\u202f]?%|[\\s\\u00a0\\u202f]?€|[\\s\\u00a0](?:CHF|EUR|GBP|USD)\\b)?");
    List<Shown> out = new ArrayList<>();
    Matcher m = number.matcher(SpecText.of(draft.sections()));
    while (m.find()) {
      String written = m.group().strip();
      String digits = written.replaceAll("[^\\d" + Pattern.quote(String.valueOf(sym.getDecimalSeparator())) + "-]", "")
          .replace(sym.getDecimalSeparator(), '.');
      try {
        java.math.BigDecimal v = new java.math.BigDecimal(digits);
        boolean percent = written.endsWith("%");
        int decimals = Math.max(0, v.scale()) + (percent ? 2 : 0);
        out.add(new Shown(percent ? v.movePointLeft(2) : v, decimals, written));
      } catch (NumberFormatException e) {
        // not a number after all ("-")
      }
    }
    return out;
  }


  /** Every number in the spec's text, headings, lists, key-values, tables and charts that is not a fact. */
  public List<Unsupported> unsupported(DocumentSpec spec) {
    List<Unsupported> out = new ArrayList<>();
    for (String n : facts.unsupported(spec.metadata().title() + " \u2016 " + spec.metadata().subtitle())) {
      out.add(new Unsupported(n, "title", spec.metadata().title()));
    }
    for (Section s : spec.allSections()) {
      facts.unsupported(s.title()).forEach(n -> out.add(new Unsupported(n, s.title(), s.title())));
      for (Block b : s.blocks()) {
        for (String text : texts(b)) {
          facts.unsupported(text).forEach(n -> out.add(new Unsupported(n, s.title(), text)));
        }
        values(b).stream().filter(v -> !facts.supports(v))
            .forEach(v -> out.add(new Unsupported(v.toPlainString(), s.title(), "a " + kind(b) + " value")));
      }
    }
    return out;
  }

  private static String kind(Block b) {
    return b instanceof Table ? "table" : "chart";
  }

  /** The typed numbers of a table or chart, checked as numbers rather than as text. */
  private static List<java.math.BigDecimal> values(Block b) {
    List<java.math.BigDecimal> out = new ArrayList<>();
    if (b instanceof Table t) {
      t.rows().forEach(r -> r.forEach(c -> {
        if (c instanceof java.math.BigDecimal d) {
          out.add(d);
        }
      }));
      t.totals().forEach(c -> {
        if (c instanceof java.math.BigDecimal d) {
          out.add(d);
        }
      });
    } else if (b instanceof Chart c) {
      c.series().forEach(se -> out.addAll(se.values()));
    }
    return out;
  }

  /**
   * Removes every sentence, list item, key-value entry, table or chart that holds a number that is
   * not a fact; headings and titles lose just the number. Each removal is a warning finding.
   */
  public Cleaned removeUnsupported(DocumentSpec spec) {
    List<Finding> findings = new ArrayList<>();
    String[] section = {"title"};
    Rewriter r = new Rewriter(text -> text, b -> List.of(b)) {
      @Override
      List<TextRun> runs(List<TextRun> runs) {
        return dropSentences(runs, section[0], findings);
      }

      @Override
      List<Block> block(Block b) {
        if (b instanceof Table || b instanceof Chart) {
          List<String> bad = new ArrayList<>();
          texts(b).forEach(t -> bad.addAll(facts.unsupported(t)));
          values(b).stream().filter(v -> !facts.supports(v)).forEach(v -> bad.add(v.toPlainString()));
          if (!bad.isEmpty()) {
            findings.add(Finding.warning("llm.invented-number", (b instanceof Table ? "a table" : "a chart")
                + " written by the model was removed: " + String.join(", ", distinct(bad))
                + " not in the data", "section '" + section[0] + "'"));
            return List.of();
          }
          return List.of(b);
        }
        if (b instanceof KeyValue kv) {
          List<KeyValue.Entry> kept = new ArrayList<>();
          for (KeyValue.Entry e : kv.entries()) {
            List<String> bad = facts.unsupported(e.label() + " \u2016 " + e.value());
            if (bad.isEmpty()) {
              kept.add(e);
            } else {
              findings.add(Finding.warning("llm.invented-number", "removed \"" + e.label() + ": " + e.value()
                  + "\": " + String.join(", ", bad) + " not in the data", "section '" + section[0] + "'"));
            }
          }
          return kept.isEmpty() ? List.of()
              : List.of(new KeyValue(title(kv.title(), "the key-value title", section[0], findings), kept));
        }
        List<Block> out = super.block(b);
        if (out.size() == 1 && out.get(0) instanceof Callout c) {
          return List.of(new Callout(c.kind(), title(c.title(), "the callout title", section[0], findings), c.runs()));
        }
        return out;
      }

      @Override
      Section section(Section s) {
        section[0] = s.title();
        Section out = super.section(s);
        String title = title(s.title(), "the heading", s.title(), findings);
        return new Section(title.isBlank() ? "Notes" : title, out.level(), out.blocks(), out.subsections());
      }
    };
    Metadata m = spec.metadata();
    String title = title(m.title(), "the document title", "title", findings);
    Metadata meta = new Metadata(title.isBlank() ? m.title().replaceAll("[\\d.,%]+", " ").trim() : title,
        title(m.subtitle(), "the subtitle", "title", findings), m.author(), m.date(), m.locale(), m.keywords(),
        m.subject(), m.documentType(), m.orientation());
    List<Section> sections = r.sections(spec.sections()).stream().filter(Section::hasContent).toList();
    return new Cleaned(new DocumentSpec(meta, spec.theme(), sections), findings);
  }

  /** A title without its numbers that are not facts, with a finding when one goes. */
  private String title(String text, String what, String section, List<Finding> findings) {
    String stripped = facts.strip(text);
    if (!stripped.equals(text)) {
      findings.add(Finding.warning("llm.invented-number", what + " '" + text + "' lost "
          + String.join(", ", facts.unsupported(text)) + ", not in the data", "section '" + section + "'"));
    }
    return stripped;
  }

  private List<TextRun> dropSentences(List<TextRun> runs, String section, List<Finding> findings) {
    StringBuilder all = new StringBuilder();
    runs.forEach(t -> all.append(t.text()));
    String text = all.toString();
    if (facts.unsupported(text).isEmpty()) {
      return runs;
    }
    // Sentence spans to cut, in characters of the joined text ("vs." and "e.g." do not end one).
    List<int[]> cut = new ArrayList<>();
    java.text.BreakIterator sentences = java.text.BreakIterator.getSentenceInstance(locale);
    sentences.setText(text);
    int start = sentences.first();
    for (int end = sentences.next(); end != java.text.BreakIterator.DONE; start = end, end = sentences.next()) {
      String sentence = text.substring(start, end);
      if (ABBREVIATION.matcher(sentence).find() && end < text.length()) {
        int next = sentences.next();
        if (next != java.text.BreakIterator.DONE) {
          end = next;
          sentence = text.substring(start, end);
        }
      }
      List<String> bad = facts.unsupported(sentence);
      if (!bad.isEmpty()) {
        cut.add(new int[] {start, end});
        findings.add(Finding.warning("llm.invented-number", "removed \"" + shorten(sentence.trim()) + "\": "
            + String.join(", ", distinct(bad)) + " not in the data", "section '" + section + "'"));
      }
    }
    List<TextRun> out = new ArrayList<>();
    int pos = 0;
    for (TextRun run : runs) {
      int from = pos;
      int to = pos + run.text().length();
      StringBuilder kept = new StringBuilder();
      for (int i = from; i < to; i++) {
        int at = i;
        if (cut.stream().noneMatch(c -> at >= c[0] && at < c[1])) {
          kept.append(text.charAt(i));
        }
      }
      if (kept.length() > 0) {
        out.add(new TextRun(kept.toString(), run.bold(), run.italic(), run.code(), run.link(), run.placeholder()));
      }
      pos = to;
    }
    return out;
  }

  /**
   * Puts the data engine's tables and charts into the model's document, whose structure wins. A paragraph that is
   * only a reference ({@code {table:breakdown_by_team}}, {@code {chart:revenue_by_month}}) becomes the block it names;
   * the engine's tables and charts the model does not place go, in the draft's order, in one section at the end
   * (titled {@code dataTitle}), never into a model section by heading. A table the model wrote with the same headers
   * as an engine table stands for it. Key-values (the draft's header and key-detail blocks), placeholder-only blocks
   * and whole draft sections are never added beside the model's own.
   */
  public static DocumentSpec merge(DocumentSpec model, DocumentSpec draft, String dataTitle) {
    Map<String, Block> engine = dev.docgen.api.model.BlockReferences.of(draft);
    Set<String> placed = new HashSet<>();
    Set<String> modelHeaders = new HashSet<>();
    List<Section> out = new ArrayList<>();
    for (Section s : model.sections()) {
      Section resolved = resolve(s, engine, placed);
      if (resolved.hasContent()) {
        out.add(resolved);
      }
    }
    out.forEach(s -> collectHeaders(s, modelHeaders));
    List<Block> rest = new ArrayList<>();
    engine.forEach((id, b) -> {
      if (!placed.contains(id) && !(b instanceof Table t && modelHeaders.contains(headers(t))) && !placeholderOnly(b)) {
        rest.add(b);
      }
    });
    if (!rest.isEmpty()) {
      out.add(new Section(dataTitle, 1, rest, List.of()));
    }
    return new DocumentSpec(model.metadata(), draft.theme(), out);
  }

  /** {@link #merge(DocumentSpec, DocumentSpec, String)} with the data section titled in English. */
  public static DocumentSpec merge(DocumentSpec model, DocumentSpec draft) {
    return merge(model, draft, "Data");
  }

  // "{table:breakdown_by_team}": a paragraph that only names an engine block.
  private static final Pattern REFERENCE = Pattern.compile("\\s*\\{\\s*(table|chart)\\s*:\\s*([\\w.-]+)\\s*\\}\\s*");

  private static Section resolve(Section s, Map<String, Block> engine, Set<String> placed) {
    List<Block> blocks = new ArrayList<>();
    for (Block b : s.blocks()) {
      Matcher m = b instanceof Paragraph p ? REFERENCE.matcher(p.text()) : null;
      if (m != null && m.matches()) {
        // A reference to a block the engine does not have is dropped: it would print as "{table:…}".
        Block target = engine.get(m.group(2));
        if (target != null && placed.add(m.group(2))) {
          blocks.add(target);
        }
      } else {
        blocks.add(b);
      }
    }
    return new Section(s.title(), s.level(), blocks, s.subsections().stream().map(c -> resolve(c, engine, placed))
        .filter(Section::hasContent).toList());
  }

  private static void collectHeaders(Section s, Set<String> out) {
    s.blocks().forEach(b -> {
      if (b instanceof Table t) {
        out.add(headers(t));
      }
    });
    s.subsections().forEach(c -> collectHeaders(c, out));
  }

  /** A table with an author's field in it ("[Action]", "[[owner]]"): no data a reader can use unplaced. */
  static boolean placeholderOnly(Block b) {
    if (!(b instanceof Table t)) {
      return false;
    }
    // "[lead]", "[amount]": one field left for the author makes a table of the engine's scaffolding, not of data; it
    // stands only where the model places it.
    return t.rows().stream().flatMap(List::stream).anyMatch(c -> c != null
        && c.toString().strip().matches("(?s).*\\[\\[?[^\\[\\]]{1,80}\\]\\]?.*"));
  }

  private static String headers(Table t) {
    return t.columns().stream().map(c -> c.header().toLowerCase(Locale.ROOT).trim()).toList().toString();
  }

  /** The pieces of text a block shows, each checked on its own. */
  static List<String> texts(Block b) {
    List<String> out = new ArrayList<>();
    if (b instanceof Paragraph p) {
      out.add(p.text());
    } else if (b instanceof Callout c) {
      out.add(c.title());
      out.add(c.text());
    } else if (b instanceof BulletList l) {
      items(l.items(), out);
    } else if (b instanceof NumberedList l) {
      items(l.items(), out);
    } else if (b instanceof KeyValue kv) {
      out.add(kv.title());
      kv.entries().forEach(e -> out.add(e.label() + " " + e.value()));
    } else if (b instanceof Table t) {
      out.add(t.caption());
      t.columns().forEach(c -> out.add(c.header()));
      t.rows().forEach(r -> r.forEach(c -> {
        if (!(c instanceof java.math.BigDecimal)) {
          out.add(String.valueOf(c));
        }
      }));
      t.totals().forEach(c -> {
        if (!(c instanceof java.math.BigDecimal)) {
          out.add(String.valueOf(c));
        }
      });
    } else if (b instanceof Chart c) {
      out.add(c.title());
      out.addAll(c.categories());
      c.series().forEach(se -> out.add(se.name()));
      out.add(c.xAxisTitle());
      out.add(c.yAxisTitle());
    }
    return out;
  }

  private static void items(List<ListItem> items, List<String> out) {
    for (ListItem i : items) {
      out.add(i.text());
      items(i.children(), out);
    }
  }

  private static List<String> distinct(List<String> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }

  private static String shorten(String s) {
    return s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }

  /** Rebuilds a section tree, mapping text and blocks. */
  // "**bold**", "__bold__", "*italic*", "_italic_": Markdown emphasis in a model's text, not glued to a word inside.
  private static final Pattern EMPHASIS = Pattern.compile(
      "\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|(?<![\\p{L}\\d_])__(?=\\S)(.+?)(?<=\\S)__(?![\\p{L}\\d_])"
          + "|(?<![\\p{L}\\d*])\\*(?=[^\\s*])([^*]+?)(?<=\\S)\\*(?![\\p{L}\\d*])|(?<![\\p{L}\\d_])_(?=[^\\s_])([^_]+?)(?<=\\S)_(?![\\p{L}\\d_])");

  private static String inner(java.util.regex.MatchResult m) {
    for (int g = 1; g <= 4; g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return m.group();
  }

  /** {@code text} as runs, with its Markdown emphasis as bold and italic runs on top of the run's own. */
  static List<TextRun> emphasis(String text, boolean bold, boolean italic) {
    List<TextRun> out = new ArrayList<>();
    Matcher m = EMPHASIS.matcher(text);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(new TextRun(text.substring(at, m.start()), bold, italic, false, null, false));
      }
      boolean strong = m.group(1) != null || m.group(2) != null;
      out.add(new TextRun(inner(m), bold || strong, italic || !strong, false, null, false));
      at = m.end();
    }
    if (at < text.length()) {
      out.add(new TextRun(text.substring(at), bold, italic, false, null, false));
    }
    return out;
  }

  private static class Rewriter {
    private final java.util.function.UnaryOperator<String> text;
    private final java.util.function.Function<Block, List<Block>> filter;

    Rewriter(java.util.function.UnaryOperator<String> text, java.util.function.Function<Block, List<Block>> filter) {
      this.text = text;
      this.filter = filter;
    }

    String text(String s) {
      return text.apply(s);
    }

    /** A cell's or a label's text: emphasis has no runs there, so its markers go. */
    String plain(String s) {
      return EMPHASIS.matcher(text(s)).replaceAll(m -> Matcher.quoteReplacement(inner(m)));
    }

    List<Section> sections(List<Section> sections) {
      return sections.stream().map(this::section).toList();
    }

    Section section(Section s) {
      List<Block> blocks = new ArrayList<>();
      s.blocks().forEach(b -> blocks.addAll(block(b)));
      List<Section> subs = sections(s.subsections()).stream().filter(Section::hasContent).toList();
      return new Section(text(s.title()).isBlank() ? "Section" : text(s.title()), s.level(), blocks, subs);
    }

    List<TextRun> runs(List<TextRun> runs) {
      List<TextRun> out = new ArrayList<>();
      for (TextRun r : runs) {
        String t = text(r.text());
        if (t.isEmpty()) {
          continue;
        }
        if (r.code() || r.placeholder() || r.link() != null && !r.link().isEmpty()) {
          out.add(new TextRun(t, r.bold(), r.italic(), r.code(), r.link(), r.placeholder()));
        } else {
          out.addAll(emphasis(t, r.bold(), r.italic()));
        }
      }
      return out;
    }

    List<ListItem> items(List<ListItem> items) {
      List<ListItem> out = new ArrayList<>();
      for (ListItem i : items) {
        List<TextRun> runs = runs(i.runs());
        List<ListItem> children = items(i.children());
        if (!runs.isEmpty() && runs.stream().anyMatch(r -> !r.text().isBlank())) {
          out.add(new ListItem(runs, children));
        } else {
          out.addAll(children);
        }
      }
      return out;
    }

    List<Block> block(Block b) {
      List<Block> out = new ArrayList<>();
      for (Block f : filter.apply(b)) {
        Block mapped = map(f);
        if (mapped != null) {
          out.add(mapped);
        }
      }
      return out;
    }

    private Block map(Block b) {
      if (b instanceof Paragraph p) {
        List<TextRun> runs = runs(p.runs());
        return runs.stream().allMatch(r -> r.text().isBlank()) ? null : new Paragraph(runs);
      }
      if (b instanceof Callout c) {
        List<TextRun> runs = runs(c.runs());
        return runs.stream().allMatch(r -> r.text().isBlank()) ? null : new Callout(c.kind(), text(c.title()), runs);
      }
      if (b instanceof BulletList l) {
        List<ListItem> items = items(l.items());
        return items.isEmpty() ? null : new BulletList(items);
      }
      if (b instanceof NumberedList l) {
        List<ListItem> items = items(l.items());
        return items.isEmpty() ? null : new NumberedList(items);
      }
      if (b instanceof KeyValue kv) {
        return new KeyValue(plain(kv.title()), kv.entries().stream()
            .map(e -> new KeyValue.Entry(plain(e.label()), plain(e.value()))).toList());
      }
      if (b instanceof Table t) {
        return new Table(text(t.caption()), t.columns().stream()
            .map(c -> new dev.docgen.api.model.Column(text(c.header()).isBlank() ? "Column" : text(c.header()),
                c.type(), c.currency())).toList(), t.rows().stream()
            .map(r -> r.stream().map(c -> c instanceof String s ? (Object) plain(s) : c).toList()).toList(), t.totals());
      }
      if (b instanceof Chart c) {
        return new Chart(c.chartType(), text(c.title()), c.categories().stream().map(this::text).toList(),
            c.series().stream().map(se -> new dev.docgen.api.model.Series(text(se.name()), se.values())).toList(),
            text(c.xAxisTitle()), text(c.yAxisTitle()));
      }
      return b;
    }
  }
}
