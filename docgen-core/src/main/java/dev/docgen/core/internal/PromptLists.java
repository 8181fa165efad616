package dev.docgen.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled lists a request gives ("Three objectives: go live by 1 October, cut errors by 80%",
 * "Topics: results, pricing", "Out of scope: the HR module"), so that each lands in the section
 * its label names instead of being lost.
 */
final class PromptLists {
  private static final Pattern LABELLED = Pattern.compile(
      "(?u)(?:^|[.;!?]\\s+|,\\s+|\\s[—–]\\s)((?:[\\p{L}\\d'’-]+\\s+){0,3}[\\p{L}'’-]{3,}(?:\\s+(?:19|20)\\d{2})?):(?!\\d)\\s*"
          + "((?:[^.;!?]|\\.(?=\\d))+)");

  private PromptLists() {}

  /** Each label, lower case, with its items in order. */
  static Map<String, List<String>> of(String prompt) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Matcher m = LABELLED.matcher(prompt.replaceAll("\\s+", " "));
    while (m.find()) {
      List<String> items = FactExtractor.split(m.group(2), false);
      if (!items.isEmpty()) {
        out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT).strip(), items);
      }
    }
    return out;
  }

  /**
   * The items whose label shares a word stem with {@code title}: "three objectives" for
   * "Objectives", "out of scope" for "Out of Scope", "topics" for "Agenda Topics".
   */
  static Optional<List<String>> forSection(Map<String, List<String>> lists, String title) {
    String t = title.toLowerCase(Locale.ROOT);
    for (var e : lists.entrySet()) {
      String label = e.getKey();
      if (t.equals(label) || t.contains(label)) {
        return Optional.of(e.getValue());
      }
    }
    for (var e : lists.entrySet()) {
      String[] words = e.getKey().split("\\s+");
      String last = words[words.length - 1];
      String stem = last.length() > 5 ? last.substring(0, last.length() - 2) : last;
      if (stem.length() >= 4 && t.matches("(?u).*\\b" + java.util.regex.Pattern.quote(stem) + ".*")) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }
}
