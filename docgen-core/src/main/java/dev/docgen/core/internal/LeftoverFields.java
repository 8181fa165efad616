package dev.docgen.core.internal;

import dev.docgen.api.model.Block;
import dev.docgen.api.model.BulletList;
import dev.docgen.api.model.Callout;
import dev.docgen.api.model.KeyValue;
import dev.docgen.api.model.ListItem;
import dev.docgen.api.model.Paragraph;
import dev.docgen.api.model.Section;
import dev.docgen.api.model.Table;
import dev.docgen.api.model.TextRun;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts the request gives under their own label that no section has used: "Driver was Stefan Berger", "Likely cause:
 * the faulty reversing camera", "Schaden ca. 7.500 Euro", "Traiteur : Maison Lenôtre". Each fills the author's field
 * its label names (the cause sentence, the harm row, the caterer's line of a table), in any language the catalogue
 * writes; one that names no field becomes a row of a label and value table, not a fragment in a bullet list.
 */
final class LeftoverFields {
  /** A fact with its label: {@code clause} is the request's clause it came from. */
  record Labelled(String label, String value, String clause, boolean fact) {}

  private static final String ARTICLE = "(?:(?:the|a|an|our|der|die|das|unser|unsere|le|la|les|l['’]|el|los|las|de|het|onze)\\s*)?";
  private static final String LABEL_WORDS = "(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,3}?)";
  /** "Driver was Stefan Berger", "Schichtleiter Frühschicht war Ayşe Demir", "Ursache vermutlich defekte Kamera". */
  private static final Pattern COPULA = Pattern.compile("(?iu)^" + ARTICLE + LABEL_WORDS + "\\s+(?:was|were|is|are|will be|"
      + "war|ist|waren|sind|wird|était|est|sera|fut|fue|era|es|será|wordt|(vermutlich|wahrscheinlich|likely|probably|"
      + "probablement|probablemente|waarschijnlijk))\\s+(.+)$");
  /** "Schaden ca. 7.500 Euro", "Budget 65 000 € TTC": a label and an amount. */
  private static final Pattern AMOUNT = Pattern.compile("(?iu)^" + ARTICLE + "(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*)?)\\s+"
      + "((?:ca\\.?|circa|about|around|approx\\.?|approximately|rund|etwa|environ|unos|aproximadamente|ongeveer)?\\s*"
      + "(?:[£$€]|EUR|GBP|USD)?\\s*\\d[\\d.,\\s]*(?:\\s*(?:€|euros?|EUR|£|\\$|USD|GBP|k|m|%|kg|t|TTC|HT|netto|brutto|net)\\b\\.?|\\s*[€£%])*)$");
  /** A value that is a fact: a name, a number, an amount or a date, not a description ("closed off immediately"). */
  private static final Pattern FACT = Pattern.compile("(?u)^(?:\\p{Lu}|\\d|[£$€]|(?i:about|around|approx\\.?|ca\\.?|circa|rund|"
      + "etwa|environ|unos|ongeveer)\\s+(?:[\\d£$€]|EUR|GBP|USD))");
  private static final Set<String> NOT_A_LABEL = Set.of("it", "we", "they", "he", "she", "i", "this", "that", "there", "which",
      "who", "what", "wir", "er", "es", "sie", "il", "elle", "nous", "on", "ils", "elles", "nosotros", "él", "ella", "wij", "hij",
      "zij", "ze", "everyone", "everybody", "nobody", "nothing", "all", "alle", "tous", "todos", "iedereen");
  private static final Set<String> STOP = Set.of("with", "from", "that", "this", "their", "für", "pour", "para", "voor", "über",
      "avec", "sans", "zum", "zur", "einer", "eines", "dans", "sobre", "than", "likely", "total");
  private static final Pattern FIELD = Pattern.compile("\\[[^\\[\\]]+\\]");
  private static final Pattern AMOUNT_COLUMN = Pattern.compile("(?iu).*(?:cost|amount|price|total|budget|betrag|kosten|preis|"
      + "montant|coût|prix|importe|coste|precio|bedrag|kosten|prijs).*");
  private static final Pattern NUMERIC = Pattern.compile("(?u).*\\d.*");

  private LeftoverFields() {}

  /** The label and value {@code clause} gives, if it gives its fact under a label. */
  static Optional<Labelled> labelled(RequestClauses.Clause clause) {
    String text = clause.text().strip();
    String sentence = clause.sentence();
    // "Likely cause: the faulty reversing camera": the clauses lost their label at the colon; the sentence has it.
    Matcher head = Pattern.compile("(?iu)(?:^|[.;,(]\\s*)" + LABEL_WORDS + "\\s*:\\s*" + Pattern.quote(text.length() > 14 ? text.substring(0, 14) : text)).matcher(sentence);
    if (head.find() && isLabel(head.group(1))) {
      return Optional.of(new Labelled(head.group(1), original(text, sentence), clause.text(), true));
    }
    for (Pattern p : List.of(COPULA, AMOUNT)) {
      Matcher m = p.matcher(text);
      String value = m.matches() ? m.group(m.groupCount()) : "";
      if (m.matches() && isLabel(m.group(1)) && RequestClauses.wordCount(value) <= 12) {
        // "Rack was closed off immediately" says what was done, not a value: it may fill a field its label names, but
        // is no row of its own.
        boolean fact = p == AMOUNT || FACT.matcher(value).find() && RequestClauses.wordCount(value) <= 8;
        // "Ursache vermutlich defekte Rückfahrkamera": the value keeps its hedge.
        String hedge = p == COPULA && m.group(2) != null ? m.group(2) + " " : "";
        return Optional.of(new Labelled(m.group(1), hedge + original(value, sentence), clause.text(), fact));
      }
    }
    return Optional.empty();
  }

  /**
   * Fills the fields of {@code sections} that the labelled facts among {@code clauses} name, and adds a table of those
   * that name none to the section each is most about; returns the clauses left for a list.
   */
  static List<String> place(List<RequestClauses.Clause> clauses, List<Section> sections) {
    List<String> left = new ArrayList<>();
    Map<Integer, List<KeyValue.Entry>> details = new TreeMap<>();
    for (RequestClauses.Clause c : clauses) {
      Optional<Labelled> l = labelled(c);
      if (l.isPresent() && fill(l.get(), sections) || l.isEmpty() && opensWithALabel(c.text(), sections)) {
        continue;
      }
      if (l.isEmpty() || !l.get().fact()) {
        // A sentence that is one clause is never listed: that would paste the request back.
        if (!c.whole()) {
          left.add(c.text());
        }
      } else {
        int at = ClausePlacement.bestSection(l.get().label() + " " + l.get().value(), sections);
        details.computeIfAbsent(at, k -> new ArrayList<>())
            .add(new KeyValue.Entry(SlotFiller.capitalise(l.get().label()), asValue(l.get().value())));
      }
    }
    details.forEach((i, entries) -> {
      Section s = sections.get(i);
      List<Block> blocks = new ArrayList<>(s.blocks());
      blocks.add(new KeyValue("", entries));
      sections.set(i, new Section(s.title(), s.level(), blocks, s.subsections()));
    });
    return left;
  }

  /** "applies to all UK employees from 1 Jan 2026" fills the empty "Applies to" row: the clause opens with its label. */
  private static boolean opensWithALabel(String clause, List<Section> sections) {
    String lower = clause.toLowerCase(Locale.ROOT);
    for (int s = 0; s < sections.size(); s++) {
      List<Block> blocks = sections.get(s).blocks();
      for (int b = 0; b < blocks.size(); b++) {
        if (!(blocks.get(b) instanceof KeyValue kv)) {
          continue;
        }
        for (int i = 0; i < kv.entries().size(); i++) {
          KeyValue.Entry e = kv.entries().get(i);
          String label = e.label().toLowerCase(Locale.ROOT);
          boolean distinct = label.contains(" ") || label.length() >= 6;
          if (distinct && FIELD.matcher(e.value()).matches() && lower.startsWith(label + " ")
              && RequestClauses.wordCount(clause.substring(label.length())) >= 1) {
            List<KeyValue.Entry> entries = new ArrayList<>(kv.entries());
            entries.set(i, new KeyValue.Entry(e.label(), asValue(clause.substring(label.length()).strip())));
            List<Block> filled = new ArrayList<>(blocks);
            filled.set(b, new KeyValue(kv.title(), entries));
            Section sec = sections.get(s);
            sections.set(s, new Section(sec.title(), sec.level(), filled, sec.subsections()));
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isLabel(String label) {
    if (label.contains("(") || label.contains(")")) {
      return false;
    }
    String[] words = label.toLowerCase(Locale.ROOT).split("\\s+");
    for (String w : words) {
      if (NOT_A_LABEL.contains(w)) {
        return false;
      }
    }
    return words.length <= 4 && !label.matches("(?iu).*(?:ed|ing)$") || words.length == 1;
  }

  /** {@code value} with the case the request gave it ("the faulty camera", not "The faulty camera"). */
  private static String original(String value, String sentence) {
    int at = sentence.toLowerCase(Locale.ROOT).indexOf(value.toLowerCase(Locale.ROOT));
    return at < 0 ? value : sentence.substring(at, at + value.length());
  }

  /** Fills the one field the label names best; false when none names it. */
  private static boolean fill(Labelled l, List<Section> sections) {
    List<String> label = words(l.label());
    if (label.isEmpty()) {
      return false;
    }
    int bestScore = 0;
    int[] best = null;
    for (int s = 0; s < sections.size(); s++) {
      List<Block> blocks = sections.get(s).blocks();
      for (int b = 0; b < blocks.size(); b++) {
        List<Candidate> candidates = candidates(blocks.get(b), l.value());
        for (int c = 0; c < candidates.size(); c++) {
          int score = score(label, words(candidates.get(c).context()));
          if (score > bestScore) {
            bestScore = score;
            best = new int[] {s, b, c};
          }
        }
      }
    }
    if (best == null) {
      return false;
    }
    Section s = sections.get(best[0]);
    List<Block> blocks = new ArrayList<>(s.blocks());
    blocks.set(best[1], candidates(blocks.get(best[1]), l.value()).get(best[2]).filled().get());
    sections.set(best[0], new Section(s.title(), s.level(), blocks, s.subsections()));
    return true;
  }

  /** A field of a block: the words around it that say what it is, and the block with the value in it. */
  private record Candidate(String context, java.util.function.Supplier<Block> filled) {}

  private static List<Candidate> candidates(Block block, String value) {
    List<Candidate> out = new ArrayList<>();
    if (block instanceof KeyValue kv) {
      for (int i = 0; i < kv.entries().size(); i++) {
        KeyValue.Entry e = kv.entries().get(i);
        if (FIELD.matcher(e.value()).matches()) {
          int at = i;
          out.add(new Candidate(e.label() + " " + e.value(), () -> {
            List<KeyValue.Entry> entries = new ArrayList<>(kv.entries());
            entries.set(at, new KeyValue.Entry(e.label(), asValue(value)));
            return new KeyValue(kv.title(), entries);
          }));
        }
      }
    } else if (block instanceof Paragraph p) {
      runFields(p.runs(), value).forEach(f -> out.add(new Candidate(f.context(), () -> new Paragraph(f.runs()))));
    } else if (block instanceof Callout c) {
      runFields(c.runs(), value).forEach(f -> out.add(new Candidate(f.context(), () -> new Callout(c.kind(), c.title(), f.runs()))));
    } else if (block instanceof BulletList list) {
      for (int i = 0; i < list.items().size(); i++) {
        ListItem item = list.items().get(i);
        int at = i;
        runFields(item.runs(), value).forEach(f -> out.add(new Candidate(f.context(), () -> {
          List<ListItem> items = new ArrayList<>(list.items());
          items.set(at, new ListItem(f.runs(), item.children()));
          return new BulletList(items);
        })));
      }
    } else if (block instanceof Table t) {
      for (int r = 0; r < t.rows().size(); r++) {
        List<Object> row = t.rows().get(r);
        if (row.isEmpty() || !(row.get(0) instanceof String rowLabel) || FIELD.matcher(rowLabel).find()) {
          continue;
        }
        for (int c = 1; c < row.size(); c++) {
          // "Traiteur | [détails] | …": the row's first field takes the value, unless it wants an amount and the value is none.
          if (row.get(c) instanceof String cell && FIELD.matcher(cell).matches()) {
            boolean amount = c < t.columns().size() && AMOUNT_COLUMN.matcher(t.columns().get(c).header()).matches();
            if (amount && !NUMERIC.matcher(value).matches()) {
              break;
            }
            int rowAt = r;
            int cellAt = c;
            out.add(new Candidate(rowLabel, () -> {
              List<List<Object>> rows = new ArrayList<>(t.rows());
              List<Object> filled = new ArrayList<>(row);
              filled.set(cellAt, asValue(value));
              rows.set(rowAt, filled);
              return new Table(t.caption(), t.columns(), rows, t.totals());
            }));
            break;
          }
        }
      }
    }
    return out;
  }

  private record RunField(String context, List<TextRun> runs) {}

  /** Each author field in {@code runs}, with the words of its sentence before it. */
  private static List<RunField> runFields(List<TextRun> runs, String value) {
    List<RunField> out = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      TextRun run = runs.get(i);
      if (!run.placeholder()) {
        continue;
      }
      StringBuilder before = new StringBuilder();
      for (int j = i - 1; j >= 0 && !runs.get(j).placeholder(); j--) {
        before.insert(0, runs.get(j).text());
      }
      String sentence = before.toString().replaceFirst("(?s)^.*(?:[.!?]\\s|\\n)", "");
      boolean opens = sentence.isBlank() || sentence.strip().endsWith(":");
      List<TextRun> filled = new ArrayList<>(runs);
      filled.set(i, TextRun.plain(opens ? asValue(value) : value));
      out.add(new RunField(sentence + " " + run.text(), filled));
    }
    return out;
  }

  /** A value as a field shows it: capitalised, but "ca. 7.500 Euro" and "about £900" keep their small letter. */
  private static String asValue(String value) {
    return value.matches("(?iu)^(?:ca\\.?|circa|about|around|approx\\.?|approximately|rund|etwa|environ|unos|ongeveer)\\s.*")
        ? value : SlotFiller.capitalise(value);
  }

  private static int score(List<String> label, List<String> context) {
    int score = 0;
    for (String w : label) {
      if (context.stream().anyMatch(v -> same(w, v))) {
        score++;
      }
    }
    return score;
  }

  private static boolean same(String w, String v) {
    if (w.equals(v)) {
      return true;
    }
    String a = w.length() > 5 ? w.substring(0, 5) : w;
    String b = v.length() > 5 ? v.substring(0, 5) : v;
    // "Ursache" and "Grundursache", "Schaden" and "Sachschaden": a compound ends with the word it is about.
    // ("because" does not end with a word about a cause: the word before it must be one too).
    return a.equals(b) && Math.min(w.length(), v.length()) >= 4 || w.length() >= 5 && v.length() >= w.length() + 3 && v.endsWith(w);
  }

  private static List<String> words(String text) {
    String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    List<String> out = new ArrayList<>();
    for (String w : plain.split("[^\\p{L}]+")) {
      if (w.length() >= 4 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
