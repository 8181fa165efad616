package dev.docgen.core.internal;

import dev.docgen.api.model.Section;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds the section a leftover clause of the request is most about, by the word stems they share. */
final class ClausePlacement {
  private static final java.util.regex.Pattern GAIN = java.util.regex.Pattern.compile(
      "(?iu)\\b(?:let(?:s)? us|would let|allow(?:s)? us|enable(?:s)? us|stop(?:s)? us|save(?:s)? us|saving|cut(?:s)? our|reduce(?:s)? our|"
          + "no loss of|more (?:members|customers|people|clients|users)|pays? for itself)\\b");
  private static final java.util.regex.Pattern BENEFITS = java.util.regex.Pattern.compile(
      "(?iu)benefit|vorteil|nutzen|avantage|bénéfice|beneficio|ventaja|voordeel|baten");

  private ClausePlacement() {}

  /** The index of the section whose title (counted twice) and text share most stems with {@code clause}; 0 when none do. */
  static int bestSection(String clause, List<Section> sections) {
    if (GAIN.matcher(clause).find()) {
      // "It'd let us take 16 more members out each week", "stop us renting at £9,800 a year": what the case gains.
      for (int i = 0; i < sections.size(); i++) {
        if (BENEFITS.matcher(sections.get(i).title()).find()) {
          return i;
        }
      }
    }
    Set<String> words = new HashSet<>(LexicalKindClassifier.stems(clause));
    int best = 0;
    int bestScore = 0;
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      int score = 0;
      for (String t : new HashSet<>(LexicalKindClassifier.stems(s.title()))) {
        score += words.contains(t) ? 2 : 0;
      }
      for (String t : new HashSet<>(LexicalKindClassifier.stems(SpecText.of(List.of(s))))) {
        score += words.contains(t) ? 1 : 0;
      }
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return bestScore >= 2 ? best : 0;
  }
}
