package dev.docgen.core.internal;

import dev.docgen.api.spi.KindClassifier;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The classifier core ships: word overlap between the request and each kind's examples, weighted by
 * how rare a word is across the catalogue (TF-IDF over word stems), the best example deciding. It
 * needs no model, so it is what a host app without {@code docgen-kinds-minilm} gets.
 */
public final class LexicalKindClassifier implements KindClassifier {
  private static final Set<String> STOP = Set.of("the", "a", "an", "for", "of", "and", "to", "with", "on", "in", "at",
      "our", "we", "is", "are", "be", "it", "this", "that", "please", "can", "you", "could", "me", "us", "my", "i",
      "write", "create", "make", "draft", "prepare", "put", "together", "up", "need", "by", "from", "all", "der",
      "die", "das", "und", "für", "mit", "ein", "eine", "le", "la", "les", "un", "une", "des", "pour", "et", "de",
      "el", "los", "las", "para", "con", "y", "del", "het", "een", "voor", "met", "en", "van");
  // One catalogue per interpreter in practice: the last index is kept, keyed by the map's identity.
  private volatile Map<String, List<String>> indexed;
  private volatile Index index;

  @Override
  public String id() {
    return "lexical";
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public int priority() {
    return -100;
  }

  @Override
  public double threshold() {
    return 0.34;
  }

  @Override
  public Map<String, Double> similarities(String request, Map<String, List<String>> examples) {
    Index index = indexFor(examples);
    Map<String, Double> q = index.vector(stems(request));
    Map<String, Double> out = new LinkedHashMap<>();
    index.vectors.forEach((kind, vectors) -> {
      double best = 0;
      for (Map<String, Double> v : vectors) {
        best = Math.max(best, cosine(q, v));
      }
      out.put(kind, best);
    });
    return out;
  }

  private Index indexFor(Map<String, List<String>> examples) {
    synchronized (this) {
      if (indexed != examples) {
        index = new Index(examples);
        indexed = examples;
      }
      return index;
    }
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (var e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }

  /** Lower-case, accents off, function words out, words cut to a 5-letter stem. */
  static List<String> stems(String text) {
    // "45 minutes" is a length of time, not a word that says what the document is.
    String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replaceAll("\\d+[\\s-]*(?:minutes?|mins?|hours?|days?|weeks?|months?|minuten|stunden|tage|wochen)\\b", " ");
    List<String> out = new ArrayList<>();
    for (String w : plain.split("[^\\p{L}]+")) {
      if (w.length() > 2 && !STOP.contains(w)) {
        out.add(w.length() > 5 ? w.substring(0, 5) : w);
      }
    }
    return out;
  }

  /** Normalised TF-IDF vectors of every example, by kind. */
  private static final class Index {
    final Map<String, List<Map<String, Double>>> vectors = new LinkedHashMap<>();
    final Map<String, Double> idf = new HashMap<>();

    Index(Map<String, List<String>> examples) {
      Map<String, Integer> df = new HashMap<>();
      int docs = 0;
      Map<String, List<List<String>>> tokens = new LinkedHashMap<>();
      for (var e : examples.entrySet()) {
        List<List<String>> list = new ArrayList<>();
        for (String ex : e.getValue()) {
          List<String> s = stems(ex);
          list.add(s);
          new HashSet<>(s).forEach(t -> df.merge(t, 1, Integer::sum));
          docs++;
        }
        tokens.put(e.getKey(), list);
      }
      int n = docs;
      df.forEach((t, d) -> idf.put(t, Math.log(1.0 + n / (double) d)));
      tokens.forEach((kind, list) -> vectors.put(kind, list.stream().map(this::vector).toList()));
    }

    Map<String, Double> vector(List<String> stems) {
      Map<String, Double> v = new HashMap<>();
      for (String s : stems) {
        Double w = idf.get(s);
        if (w != null) {
          v.merge(s, w, Double::sum);
        }
      }
      double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
      if (norm > 0) {
        v.replaceAll((k, x) -> x / norm);
      }
      return v;
    }
  }
}
