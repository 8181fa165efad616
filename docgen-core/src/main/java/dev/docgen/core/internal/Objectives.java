package dev.docgen.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Objectives and their key results as a request lists them: "1) Grow self-serve revenue (KR: MRR from £120k to
 * £180k)", "Reduce churn (KR: monthly churn under 2.5%)". A key result's baseline and target are read from
 * "from X to Y" and "under X".
 */
final class Objectives {
  private static final Pattern OBJECTIVE = Pattern.compile(
      "(?iu)^(?:\\d{1,2}[).:]\\s*)?(.+?)\\s*\\(\\s*(?:krs?|key results?)\\s*:\\s*(.+?)\\)?$");
  private static final Pattern FROM_TO = Pattern.compile("(?iu)^(.+?)\\s+from\\s+(\\S+)\\s+to\\s+(\\S+)$");
  private static final Pattern BOUND = Pattern.compile(
      "(?iu)^(.+?)\\s+((?:under|below|above|over|at least|at most|less than|more than|no more than)\\s+\\S+)$");

  /** One key result of an objective; empty strings where the request does not say. */
  record KeyResult(String objective, String result, String baseline, String target) {}

  private Objectives() {}

  /** The key results of the listed objectives, or an empty list when the items are not objectives with results. */
  static List<KeyResult> of(List<String> listed) {
    List<KeyResult> out = new ArrayList<>();
    for (String item : listed) {
      Matcher m = OBJECTIVE.matcher(item.strip());
      if (!m.matches()) {
        return List.of();
      }
      String objective = SlotFiller.capitalise(m.group(1).strip());
      for (String kr : m.group(2).split("\\s*;\\s*")) {
        Matcher ft = FROM_TO.matcher(kr.strip());
        Matcher bound = BOUND.matcher(kr.strip());
        if (ft.matches()) {
          out.add(new KeyResult(objective, SlotFiller.capitalise(ft.group(1)), ft.group(2), ft.group(3)));
        } else if (bound.matches()) {
          out.add(new KeyResult(objective, SlotFiller.capitalise(bound.group(1)), "", bound.group(2)));
        } else {
          out.add(new KeyResult(objective, SlotFiller.capitalise(kr.strip()), "", ""));
        }
        objective = "";
      }
    }
    return out;
  }
}
