package dev.docgen.core.internal;

import dev.docgen.api.model.Section;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of a document's sections a section the request names is: "procedure steps" is the Procedure, "role purpose"
 * About the Role, "skills and experience" the Requirements.
 */
final class SectionNames {
  /** Words that name no section on their own. */
  private static final Set<String> GENERAL = Set.of("about", "steps", "details", "information", "section", "sections", "notes",
      "other", "general", "the", "and", "our", "your", "key", "main", "for", "with", "of", "und", "der", "die", "das", "et",
      "les", "des", "y", "los", "las", "en", "het", "de", "van");
  /** Words that name the same section. */
  private static final List<Set<String>> SAME = List.of(
      Set.of("skill", "experie", "qualifi", "require", "compete", "profile"),
      Set.of("purpose", "overvie", "summary", "introdu", "backgro"),
      Set.of("respons", "duties", "duty", "tasks"),
      Set.of("offer", "benefit", "package", "rewards"),
      Set.of("apply", "applica"),
      Set.of("cost", "costs", "budget", "pricing", "price", "prices", "fees"),
      Set.of("timelin", "schedul", "milesto"),
      Set.of("record", "records"));

  private SectionNames() {}

  /** The index of the section {@code wanted} names, -1 when none does. */
  static int match(String wanted, List<Section> sections) {
    String w = wanted.toLowerCase(Locale.ROOT);
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).title().toLowerCase(Locale.ROOT).contains(w)) {
        return i;
      }
    }
    Set<String> stems = stems(w);
    for (int i = 0; i < sections.size(); i++) {
      Set<String> title = stems(sections.get(i).title().toLowerCase(Locale.ROOT));
      // Every distinctive word must be the section's: "approval limits" is not the sign-off "Approval".
      if (!stems.isEmpty() && stems.stream().allMatch(s -> title.stream().anyMatch(t -> s.equals(t) || same(s, t)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean same(String a, String b) {
    return SAME.stream().anyMatch(g -> g.contains(a) && g.contains(b));
  }

  private static Set<String> stems(String words) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String word : words.split("[^\\p{L}]+")) {
      if (word.length() >= 4 && !GENERAL.contains(word)) {
        String w = word.endsWith("s") && word.length() > 5 ? word.substring(0, word.length() - 1) : word;
        out.add(w.length() > 7 ? w.substring(0, 7) : w);
      }
    }
    return out;
  }
}
