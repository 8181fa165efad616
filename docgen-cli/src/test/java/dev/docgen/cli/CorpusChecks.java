package dev.docgen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docgen.api.Artifact;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one corpus request's {@code expect} entry against the document generated for it, as the
 * corpus README defines each key, and returns every failure in words a reviewer can act on (an
 * empty list when the document meets them all) rather than stopping at the first.
 */
final class CorpusChecks {
  private static final Set<String> KEYS = Set.of("contains", "absent", "headings", "heading_count", "title_contains",
      "title_absent", "kind", "numbers", "min_tables", "min_charts", "min_pages");
  private static final int CONTEXT = 40;

  private CorpusChecks() {
  }

  /** The failures of {@code artifact} against {@code request}'s {@code expect}; empty when it passes. */
  static List<String> check(JsonNode request, Artifact artifact) {
    List<String> failures = new ArrayList<>();
    JsonNode expect = request.path("expect");
    for (Iterator<String> it = expect.fieldNames(); it.hasNext();) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        failures.add("unknown expect key '" + key + "' (the corpus README lists the keys)");
      }
    }
    if (!artifact.quality().passed()) {
      failures.add("quality report failed: " + artifact.quality().findings());
    }
    if (expect.has("kind")) {
      String wanted = expect.get("kind").asText();
      String got = artifact.spec().metadata().documentType();
      if (!wanted.equals(got)) {
        failures.add("kind: expected '" + wanted + "', got '" + got + "'");
      }
    }
    RenderedDocument doc;
    try {
      doc = RenderedDocument.read(request.path("format").asText(), artifact.bytes());
    } catch (IOException | RuntimeException e) {
      failures.add("cannot read the " + request.path("format").asText() + " file back: " + e);
      return failures;
    }
    checkText(doc, expect, failures);
    checkHeadings(doc, expect, failures);
    checkTitle(doc, expect, failures);
    checkCounts(doc, expect, failures);
    return failures;
  }

  private static void checkText(RenderedDocument doc, JsonNode expect, List<String> failures) {
    for (JsonNode entry : expect.path("contains")) {
      List<String> forms = alternatives(entry);
      if (forms.stream().noneMatch(doc.text()::contains)) {
        failures.add("missing text " + quoted(forms));
      }
    }
    for (JsonNode entry : expect.path("absent")) {
      String phrase = RenderedDocument.normalise(entry.asText());
      int at = doc.text().indexOf(phrase);
      if (at >= 0) {
        failures.add("forbidden text '" + entry.asText() + "' present: \"…" + around(doc.text(), at, phrase.length())
            + "…\"");
      }
    }
    for (JsonNode n : expect.path("numbers")) {
      if (numberForms(n.decimalValue()).stream().noneMatch(doc.text()::contains)) {
        failures.add("missing number " + n.asText() + " in any usual form");
      }
    }
  }

  private static void checkHeadings(RenderedDocument doc, JsonNode expect, List<String> failures) {
    for (JsonNode group : expect.path("headings")) {
      List<String> words = alternatives(group);
      if (doc.headings().stream().noneMatch(h -> words.stream().anyMatch(h::contains))) {
        failures.add("no heading contains any of " + words + " (headings: " + doc.headings() + ")");
      }
    }
    for (JsonNode count : expect.path("heading_count")) {
      String word = RenderedDocument.normalise(count.path("contains").asText());
      Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
      List<String> matching = doc.sectionHeadings().stream().filter(h -> whole.matcher(h).find()).toList();
      int n = matching.size();
      String bound = null;
      if (count.has("equals") && n != count.get("equals").asInt()) {
        bound = "exactly " + count.get("equals").asInt();
      } else if (count.has("min") && n < count.get("min").asInt()) {
        bound = "at least " + count.get("min").asInt();
      } else if (count.has("max") && n > count.get("max").asInt()) {
        bound = "at most " + count.get("max").asInt();
      }
      if (bound != null) {
        failures.add(n + " headings contain the word '" + word + "', expected " + bound + ": " + matching);
      }
    }
  }

  private static void checkTitle(RenderedDocument doc, JsonNode expect, List<String> failures) {
    String title = RenderedDocument.normalise(doc.title());
    for (JsonNode entry : expect.path("title_contains")) {
      List<String> forms = alternatives(entry);
      if (forms.stream().noneMatch(title::contains)) {
        failures.add("title '" + doc.title() + "' lacks " + quoted(forms));
      }
    }
    for (JsonNode entry : expect.path("title_absent")) {
      if (title.contains(RenderedDocument.normalise(entry.asText()))) {
        failures.add("title '" + doc.title() + "' contains forbidden '" + entry.asText() + "'");
      }
    }
  }

  private static void checkCounts(RenderedDocument doc, JsonNode expect, List<String> failures) {
    atLeast("tables", doc.tables(), expect.path("min_tables").asInt(0), failures);
    atLeast("charts", doc.charts(), expect.path("min_charts").asInt(0), failures);
    if (doc.pages() >= 0) {
      atLeast("pages", doc.pages(), expect.path("min_pages").asInt(1), failures);
    }
  }

  private static void atLeast(String what, int got, int min, List<String> failures) {
    if (got < min) {
      failures.add(what + ": " + got + ", expected at least " + min);
    }
  }

  /** A string, or a list of strings any one of which will do; normalised like the document text. */
  private static List<String> alternatives(JsonNode entry) {
    List<String> forms = new ArrayList<>();
    if (entry.isArray()) {
      entry.forEach(e -> forms.add(RenderedDocument.normalise(e.asText())));
    } else {
      forms.add(RenderedDocument.normalise(entry.asText()));
    }
    return forms;
  }

  private static String quoted(List<String> forms) {
    return forms.size() == 1 ? "'" + forms.get(0) + "'" : "any of " + forms;
  }

  private static String around(String text, int at, int length) {
    int from = Math.max(0, at - CONTEXT);
    int to = Math.min(text.length(), at + length + CONTEXT);
    return text.substring(from, to).replace('\n', ' ');
  }

  /**
   * 1593421.51 as 1593421.51, 1,593,421.51, 1.593.421,51 and 1 593 421,51 as French writes it, with the no-break
   * space the text is normalised to a space (and without decimals when whole).
   */
  private static List<String> numberForms(BigDecimal value) {
    List<String> forms = new ArrayList<>();
    forms.add(value.toPlainString());
    for (Locale l : List.of(Locale.UK, Locale.GERMANY)) {
      for (String pattern : List.of("#,##0.00", "#,##0")) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(l));
        if (pattern.endsWith("0.00") || value.stripTrailingZeros().scale() <= 0) {
          forms.add(f.format(value));
        }
      }
    }
    DecimalFormatSymbols french = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    french.setGroupingSeparator(' ');
    for (String pattern : List.of("#,##0.00", "#,##0")) {
      if (pattern.endsWith("0.00") || value.stripTrailingZeros().scale() <= 0) {
        forms.add(new DecimalFormat(pattern, french).format(value));
      }
    }
    return forms;
  }
}
