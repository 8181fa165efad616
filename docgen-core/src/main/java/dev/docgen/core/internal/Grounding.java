package dev.docgen.core.internal;

import dev.docgen.api.Finding;
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
    Metadata meta = new Metadata(title, r.text(m.subtitle()), draftMetadata.author(), draftMetadata.date(),
        draftMetadata.locale(), draftMetadata.keywords(), draftMetadata.subject(), draftMetadata.documentType(),
        draftMetadata.orientation());
    return new Cleaned(new DocumentSpec(meta, null, r.sections(spec.sections())), findings);
  }

  /** A spec and what happened to it. */
  public record Cleaned(DocumentSpec spec, List<Finding> findings) {}

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
   * Puts the data engine's tables, charts and key-values into the model's sections: into the section
   * with the same (or the most similar) heading, after its prose, else as the draft's own section in
   * the draft's order. A model table with the same headers as an engine table gives way to it.
   */
  public static DocumentSpec merge(DocumentSpec model, DocumentSpec draft) {
    List<Section> out = new ArrayList<>(model.sections());
    Set<String> engineHeaders = new HashSet<>();
    draft.forEachBlock(b -> {
      if (b instanceof Table t) {
        engineHeaders.add(headers(t));
      }
    });
    if (!engineHeaders.isEmpty()) {
      out.replaceAll(s -> withoutTables(s, engineHeaders));
    }
    int insertAt = Math.min(1, out.size());
    for (Section d : draft.sections()) {
      List<Block> data = d.blocks().stream().filter(Grounding::isData).toList();
      if (data.isEmpty() && d.subsections().isEmpty()) {
        continue;
      }
      int target = match(out, d.title());
      if (target >= 0 && !data.isEmpty()) {
        Section s = out.get(target);
        List<Block> blocks = new ArrayList<>(s.blocks());
        blocks.addAll(data);
        out.set(target, new Section(s.title(), s.level(), blocks, s.subsections()));
        insertAt = target + 1;
      } else if (target < 0) {
        out.add(Math.min(insertAt, out.size()), d);
        insertAt = Math.min(insertAt, out.size() - 1) + 1;
      }
    }
    return new DocumentSpec(model.metadata(), draft.theme(), out);
  }

  private static boolean isData(Block b) {
    return b instanceof Table || b instanceof Chart || b instanceof KeyValue || b instanceof Image;
  }

  private static Section withoutTables(Section s, Set<String> engineHeaders) {
    List<Block> blocks = s.blocks().stream()
        .filter(b -> !(b instanceof Table t && engineHeaders.contains(headers(t)))).toList();
    return new Section(s.title(), s.level(), blocks, s.subsections().stream()
        .map(c -> withoutTables(c, engineHeaders)).toList());
  }

  private static String headers(Table t) {
    return t.columns().stream().map(c -> c.header().toLowerCase(Locale.ROOT).trim()).toList().toString();
  }

  /** The top-level section whose heading shares the most words with {@code title} (at least half), or -1. */
  private static int match(List<Section> sections, String title) {
    Set<String> want = words(title);
    int best = -1;
    double bestScore = 0.5;
    for (int i = 0; i < sections.size(); i++) {
      Set<String> have = words(sections.get(i).title());
      if (have.equals(want)) {
        return i;
      }
      Set<String> common = new HashSet<>(have);
      common.retainAll(want);
      double score = want.isEmpty() ? 0 : (double) common.size() / Math.max(want.size(), have.size());
      if (score >= bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }

  private static Set<String> words(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2 && !w.equals("and") && !w.equals("the")) {
        out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
      }
    }
    return out;
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
        if (!t.isEmpty()) {
          out.add(new TextRun(t, r.bold(), r.italic(), r.code(), r.link(), r.placeholder()));
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
        return new KeyValue(text(kv.title()), kv.entries().stream()
            .map(e -> new KeyValue.Entry(text(e.label()), text(e.value()))).toList());
      }
      if (b instanceof Table t) {
        return new Table(text(t.caption()), t.columns().stream()
            .map(c -> new dev.docgen.api.model.Column(text(c.header()).isBlank() ? "Column" : text(c.header()),
                c.type(), c.currency())).toList(), t.rows().stream()
            .map(r -> r.stream().map(c -> c instanceof String s ? (Object) text(s) : c).toList()).toList(), t.totals());
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
