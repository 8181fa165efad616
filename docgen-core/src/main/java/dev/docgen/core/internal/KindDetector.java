package dev.docgen.core.internal;

import dev.docgen.api.spi.KindClassifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the kind of document a request asks for. A request that names a kind gets it (the earliest
 * name wins, the longer at the same place), in any of the catalogue's languages; one that names
 * none, or names only the generic report, is compared with every kind's examples by the
 * {@link KindClassifier}, and gets the closest kind when it is close enough, else the generic one.
 */
public final class KindDetector {
  private final KindCatalogue catalogue;
  private final KindClassifier classifier;
  private final Map<String, Kind> byPhrase = new LinkedHashMap<>();
  private final Map<String, Kind> byCue = new LinkedHashMap<>();
  private final Pattern anyName;
  private final Map<String, List<String>> examples = new LinkedHashMap<>();
  private final LexicalKindClassifier lexical;
  private final double threshold;
  // What word overlap adds to a model's similarity for a kind a person would call recognised.
  private static final double LEXICAL_ALLOWANCE = 0.17;
  // What cues ("make the case for", "what could go wrong") add to their kind's similarity: the first
  // enough to choose between close kinds, each further one less, and never enough on their own to make
  // an unrelated kind win.
  private static final double CUE_WEIGHT = 0.15;
  private static final double FURTHER_CUE_WEIGHT = 0.07;
  // A cue the request opens with ("Reply to Mr Okafor, …") says what is wanted, not only what it is about.
  private static final double OPENING_CUE_WEIGHT = 0.25;
  private static final int OPENING = 40;
  private static final double CUE_CAP = 0.3;
  // What a kind must score beyond the threshold to replace the generic report a request names.
  private static final double NAMED_REPORT_MARGIN = 0.05;


  /** What was decided, and why: {@code named}, {@code similar} or {@code generic}. */
  public record Decision(Kind kind, String how, double similarity, int nameStart, int nameEnd) {}

  public KindDetector(KindCatalogue catalogue, KindClassifier classifier) {
    this.catalogue = catalogue;
    this.classifier = classifier;
    boolean model = !(classifier instanceof LexicalKindClassifier);
    this.lexical = model ? new LexicalKindClassifier() : null;
    this.threshold = classifier.threshold() + (model ? LEXICAL_ALLOWANCE : 0);
    for (Kind k : catalogue.all()) {
      k.names().values().forEach(list -> list.forEach(phrase -> byPhrase.putIfAbsent(normal(phrase), k)));
      k.cues().forEach(cue -> byCue.putIfAbsent(normal(cue), k));
      if (!k.examples().isEmpty()) {
        List<String> ex = new ArrayList<>(k.examples());
        k.names().values().forEach(ex::addAll);
        examples.put(k.id(), List.copyOf(ex));
      }
    }
    // One alternation for every name, longest first, so that at any place the longest name matches. Cues are looked
    // up as plain text, and only when the request names no specific kind.
    List<String> phrases = new ArrayList<>(byPhrase.keySet());
    phrases.sort(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
    StringBuilder alternation = new StringBuilder();
    for (String phrase : phrases) {
      alternation.append(alternation.length() == 0 ? "" : "|")
          .append(Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"));
    }
    this.anyName = Pattern.compile("(?<![\\p{L}\\d-])(?:" + alternation + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The interpreter's id and version, for provenance: the rules and the classifier. */
  public String version() {
    return "rules-2+" + classifier.id() + "-" + classifier.version() + (lexical == null ? "" : "+lexical-" + lexical.version());
  }

  public Decision detect(String request) {
    Kind named = null;
    int bestEnd = -1;
    int bestAt = -1;
    Matcher m = anyName.matcher(request);
    int from = 0;
    while (from < request.length() && m.find(from)) {
      String phrase = normal(m.group());
      Kind name = byPhrase.get(phrase);
      if (name != null && !isDuration(request, m.start(), phrase) && !isReference(request, m.start(), m.end())) {
        named = name;
        bestAt = m.start();
        bestEnd = m.end();
        break;
      }
      from = m.start() + 1;
    }
    Map<String, java.util.Set<String>> cued = null;
    // "Invoice to Harlow & Finch …", "Quarterly sales report for Q3": a name in the request's opening words is what it
    // asks for; only a plain "letter" there may still be a letter of a particular kind.
    boolean decisive = named != null && bestAt <= OPENING && !request.substring(0, bestAt).matches("(?s).*[.!?]\\s.*")
        && !named.id().equals("letter");
    if (named != null && !named.id().equals(KindCatalogue.GENERIC) && decisive) {
      return new Decision(named, "named", 1.0, bestAt, bestEnd);
    }
    if (named != null && !named.id().equals(KindCatalogue.GENERIC)) {
      cued = cues(request);
      Optional<Kind> instead = outweighing(named, cued, request);
      return instead.map(k -> new Decision(k, "similar", 1.0, -1, -1))
          .orElse(new Decision(named, "named", 1.0, bestAt, bestEnd));
    }
    cued = cued != null ? cued : cues(request);
    Map<String, Double> scores = scores(request);
    String best = null;
    double bestScore = 0;
    for (var e : scores.entrySet()) {
      double score = e.getValue() + cueWeight(cued.getOrDefault(e.getKey(), java.util.Set.of()));
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    double needed = threshold + (named != null ? NAMED_REPORT_MARGIN : 0);
    if (best != null && bestScore >= needed && !best.equals(KindCatalogue.GENERIC)) {
      return new Decision(catalogue.byId(best).orElseThrow(), "similar", bestScore, -1, -1);
    }
    return named != null ? new Decision(named, "named", 1.0, bestAt, bestEnd)
        : new Decision(catalogue.generic(), "generic", bestScore, -1, -1);
  }

  // How far a particular letter's similarity must clear the threshold and the plain letter's to be taken for it.
  private static final double PARTICULAR_LETTER_MARGIN = 0.15;

  // How many of its cues another kind needs to outweigh a name the request uses in passing.
  private static final int OUTWEIGHING_CUES = 3;

  /**
   * A kind the request's cues make plain, over the one it names: "a letter to Ms Kowalczyk … offering her the position"
   * is an offer letter, and "Ledgerly 4.2.0 goes out 9 Dec. New: bulk invoice export … Fixed: … Known issue: …" is
   * release notes that mention invoices. A letter yields to any letter of a particular kind it holds a cue of; another
   * name yields only to a kind with three cues, when the named kind has none, and the model finds it close enough.
   */
  private Optional<Kind> outweighing(Kind named, Map<String, java.util.Set<String>> cued, String request) {
    if (named.id().equals("letter") && !cued.containsKey(named.id())) {
      // "Could you draft the letter we send to Priya Raman confirming we'd like her to join us …": a plain "letter"
      // is the particular letter the request reads as, when the model finds one clearly.
      Map<String, Double> scores = scores(request);
      Optional<String> particular = scores.entrySet().stream().filter(e -> e.getKey().endsWith("-letter"))
          .filter(e -> e.getValue() >= threshold + PARTICULAR_LETTER_MARGIN
              && e.getValue() >= scores.getOrDefault(named.id(), 0.0) + PARTICULAR_LETTER_MARGIN)
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
      if (particular.isPresent()) {
        return catalogue.byId(particular.get());
      }
    }
    if (cued.isEmpty() || cued.containsKey(named.id())) {
      return Optional.empty();
    }
    if (named.id().equals("letter")) {
      Optional<Kind> letter = cued.keySet().stream().filter(id -> id.endsWith("-letter")).findFirst()
          .flatMap(catalogue::byId);
      if (letter.isPresent()) {
        return letter;
      }
    }
    Optional<String> strong = cued.entrySet().stream()
        .filter(e -> e.getValue().size() - (e.getValue().contains(OPENS) ? 1 : 0) >= OUTWEIGHING_CUES)
        .map(Map.Entry::getKey).findFirst();
    if (strong.isEmpty()) {
      return Optional.empty();
    }
    double score = scores(request).getOrDefault(strong.get(), 0.0) + cueWeight(cued.get(strong.get()));
    return score >= threshold ? catalogue.byId(strong.get()) : Optional.empty();
  }

  private static final String OPENS = "\u0000opens";

  /** The cues the request holds, whole words or phrases, by kind; a cue it opens with is marked. */
  private Map<String, java.util.Set<String>> cues(String request) {
    String lower = request.toLowerCase(Locale.ROOT);
    Map<String, java.util.Set<String>> cued = new LinkedHashMap<>();
    for (var e : byCue.entrySet()) {
      String cue = e.getKey();
      for (int at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) {
        int end = at + cue.length();
        boolean starts = at == 0 || !isWordChar(lower.charAt(at - 1));
        boolean ends = end >= lower.length() || !Character.isLetter(lower.charAt(end)) || !Character.isLetter(cue.charAt(cue.length() - 1));
        if (starts && ends) {
          java.util.Set<String> found = cued.computeIfAbsent(e.getValue().id(), k -> new java.util.HashSet<>());
          found.add(cue);
          if (at <= OPENING && at <= request.length() && opens(request, at)) {
            found.add(OPENS);
          }
          break;
        }
      }
    }
    return cued;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }

  private static double cueWeight(java.util.Set<String> cues) {
    int n = cues.size() - (cues.contains(OPENS) ? 1 : 0);
    if (n == 0) {
      return 0;
    }
    double first = cues.contains(OPENS) ? OPENING_CUE_WEIGHT : CUE_WEIGHT;
    return Math.min(CUE_CAP, first + FURTHER_CUE_WEIGHT * (n - 1));
  }

  /** Whether the words before {@code at} only greet or ask: "Reply to …", "Could you please make the case …". */
  private static boolean opens(String request, int at) {
    return at <= OPENING && RequestClauses.withoutAsking(request.substring(0, at) + "x").strip().equals("x");
  }

  /**
   * The classifier's similarities, plus the word-overlap ones when the classifier is a model: the
   * two err on different requests (a model on rare words, word overlap on paraphrases), and their
   * sum recognised 73 of the 97 corpus requests where either alone managed 51 and 72.
   */
  private Map<String, Double> scores(String request) {
    Map<String, Double> model = classifier.similarities(request, examples);
    if (lexical == null) {
      return model;
    }
    Map<String, Double> words = lexical.similarities(request, examples);
    Map<String, Double> sum = new LinkedHashMap<>();
    model.forEach((k, v) -> sum.put(k, v + words.getOrDefault(k, 0.0)));
    return sum;
  }

  /** "on invoice 7781" and "against PO-4471" refer to another document; they do not name this one's kind. */
  private static boolean isReference(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
    String after = text.substring(end, Math.min(text.length(), end + 14));
    return REFERENCE_AFTER.matcher(after).lookingAt() && REFERENCE_BEFORE.matcher(before).find();
  }

  // "(facture n° CP-2025-388, …)": a numbered document in brackets is one the request refers to.
  private static final Pattern REFERENCE_BEFORE = Pattern.compile("(?:\\b(?:on|against|from|per|under|re|for|to|with|of|auf|"
      + "zur|sur|de la|du|de|op|van|bij)\\s+(?:the\\s+|our\\s+|their\\s+|your\\s+|la\\s+|le\\s+|die\\s+|der\\s+|de\\s+)?|\\(\\s*)$");
  private static final Pattern REFERENCE_AFTER = Pattern.compile("\\s*(?:no\\.?\\s*|n°\\s*|nr\\.?\\s*|number\\s+|#)?[A-Z]*-?\\d");
  private static final Pattern DURATION_BEFORE = Pattern.compile("(?:\\d[\\s-]*|\\b(?:a few|several|few|ten|five|twenty|thirty)\\s+)$");

  private static String normal(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }

  /** "45 minutes" is a duration, not meeting minutes; "2026 newsletter" is a year and a name. */
  private static boolean isDuration(String text, int at, String phrase) {
    if (!phrase.startsWith("minut")) {
      return false;
    }
    String before = text.substring(Math.max(0, at - 8), at).toLowerCase(Locale.ROOT);
    return DURATION_BEFORE.matcher(before).find();
  }
}
