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
 * lower-cased request, and one that starts with a space (" in ") as a whole word of the request, between spaces once
 * every character that is not a letter or a digit is one. A cue without words always runs.
 */
record Cue(Pattern pattern, List<String> needs, List<String> lowerNeeds, List<String> exactNeeds, List<String> wordNeeds,
    Pattern gate) {
  /** For cues that match only where the request has a digit. */
  static final List<String> DIGIT = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
  /**
   * A gate for ranges: a number, a dash or "to", and a number ("9:00-12:30", "3 to 5 March", "9h30 à 11h"); the
   * year after a quarter ("Q3 2026") is not one.
   */
  static final Pattern NUMBER_RANGE = Pattern.compile(
      "(?iu)\\d\\s*(?:am|pm|uhr|h)?\\s*(?:-|–|—|to|until|till|bis|à|a|au|al|tot)\\s*\\d");

  Cue(Pattern pattern, List<String> needs, Pattern gate) {
    this(pattern, List.copyOf(needs), needs.stream().filter(w -> isLower(w) && !w.startsWith(" ")).toList(),
        needs.stream().filter(w -> !isLower(w)).toList(), needs.stream().filter(w -> isLower(w) && w.startsWith(" ")).toList(),
        gate);
  }

  Cue(Pattern pattern, List<String> needs) {
    this(pattern, needs, null);
  }

  /**
   * A cue whose pattern runs only where a cheaper one, the gate, matches too: a gate that starts with a character class
   * ("\\d…") fails at once at most positions, where the pattern would try its alternatives.
   */
  static Cue of(String regex, List<String> needs, Pattern gate) {
    return new Cue(Pattern.compile(regex), needs, gate);
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
    return holdsAWord(t) && (gate == null || gate.matcher(t.text()).find());
  }

  private boolean holdsAWord(Text t) {
    if (needs.isEmpty()) {
      return true;
    }
    for (String w : wordNeeds) {
      if (t.words().contains(w)) {
        return true;
      }
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

  /** A request as the cues read it: as written, lower-cased once, and as lower-case words between spaces. */
  record Text(String text, String lower, String words) {
    static Text of(String text) {
      // The patterns of one request each ask for it: it is lower-cased and split once per thread, not once per pattern.
      Text last = LAST.get();
      if (last != null && last.text() == text) {
        return last;
      }
      Text made = make(text);
      LAST.set(made);
      return made;
    }

    private static final ThreadLocal<Text> LAST = new ThreadLocal<>();

    private static Text make(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      char[] w = new char[lower.length() + 2];
      w[0] = ' ';
      w[w.length - 1] = ' ';
      for (int i = 0; i < lower.length(); i++) {
        char c = lower.charAt(i);
        w[i + 1] = Character.isLetterOrDigit(c) ? c : ' ';
      }
      return new Text(text, lower, new String(w));
    }
  }
}
