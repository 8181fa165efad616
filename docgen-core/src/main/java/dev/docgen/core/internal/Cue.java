package dev.docgen.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern and the words a request must hold for it to match at all, one of which is looked for
 * before the pattern runs. Most cues name what few requests contain, and a unicode, case-insensitive
 * pattern tried at every position of every request is what reading a request costs. The words must
 * cover every match: a word with a capital letter is looked for as written ("GmbH"), any other in the
 * lower-cased request. A cue without words always runs.
 */
record Cue(Pattern pattern, List<String> needs, List<String> lowerNeeds, List<String> exactNeeds) {
  /** For cues that match only where the request has a digit. */
  static final List<String> DIGIT = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  Cue(Pattern pattern, List<String> needs) {
    this(pattern, List.copyOf(needs), needs.stream().filter(Cue::isLower).toList(),
        needs.stream().filter(w -> !isLower(w)).toList());
  }

  static Cue of(String regex, List<String> needs) {
    return new Cue(Pattern.compile(regex), needs);
  }

  static Cue of(String regex) {
    return new Cue(Pattern.compile(regex), List.of());
  }

  private static boolean isLower(String word) {
    return word.equals(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the request holds one of the cue's words, so that the pattern may match. */
  boolean mayMatch(Text t) {
    if (needs.isEmpty()) {
      return true;
    }
    for (String w : lowerNeeds) {
      if (t.lower().contains(w)) {
        return true;
      }
    }
    for (String w : exactNeeds) {
      if (t.text().contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The first match in the request; the pattern does not run when none of the cue's words is there. */
  Optional<Matcher> find(Text t) {
    if (!mayMatch(t)) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(t.text());
    return m.find() ? Optional.of(m) : Optional.empty();
  }

  /** A request as the cues read it: as written, and lower-cased once. */
  record Text(String text, String lower) {
    static Text of(String text) {
      return new Text(text, text.toLowerCase(Locale.ROOT));
    }
  }
}
