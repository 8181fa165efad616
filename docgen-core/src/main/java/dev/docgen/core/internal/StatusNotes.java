package dev.docgen.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes of a status request, sorted the way a status report reads them: "amber, api 80% done, auth blocked on
 * vendor, go-live still 15 jan" is an amber overall status, one piece of progress, one issue and one milestone.
 */
final class StatusNotes {
  /** A milestone the notes date: "go-live still 15 jan" is Go-live, forecast 15 January, still on track. */
  record Milestone(String name, LocalDate date, boolean onTrack, String progress) {}

  /** The notes read; {@code read} are the items that went to one of the others. */
  record Notes(String rag, List<String> done, List<String> risks, List<Milestone> milestones, List<String> read) {}

  private static final Pattern RAG = Pattern.compile("(?iu)^(?:(?:overall|status|rag)(?:\\s+status)?[:\\s]+|(?:we(?:'re| are)|it's|it is)\\s+)?"
      + "(green|amber|red|grün|gelb|rot|vert|orange|rouge|verde|ámbar|rojo|groen|oranje|rood)$");
  private static final Pattern DONE = Pattern.compile("(?iu)\\b(?:done|complete|completed|delivered|finished|launched|shipped|"
      + "(?:is|now|went|gone) live|signed off|approved|fertig|abgeschlossen|terminé|livré|terminado|entregado|klaar|afgerond|opgeleverd)\\b");
  private static final Pattern RISK = Pattern.compile("(?iu)\\b(?:blocked|blocking|delayed|slipping|slipped|late|at risk|risk|"
      + "issue|waiting (?:on|for)|stuck|behind|overrun|over budget|short of|blockiert|verzögert|bloqué|retard|bloqueado|retraso|"
      + "geblokkeerd|vertraagd)\\b");
  // "go-live still", "launch moved to", "UAT planned for": the milestone, then the words before its date.
  private static final Pattern MILESTONE = Pattern.compile("(?iu)^((?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?)"
      + "(?:\\s+(?:still|now|moved|slipped|planned|due|is|on|by|set|targeted|target|to|for|am|le|el|op))*\\s*$");
  private static final Pattern PART_DONE = Pattern.compile("(?iu)^(.+?)\\s+(?:(?:is|are|now|at)\\s+)?(\\d{1,2})\\s?%\\s*(?:done|complete|completed|"
      + "finished|through|fertig|terminé|completado|klaar|gereed)?$");
  private static final Pattern STILL = Pattern.compile("(?iu)\\b(?:still|on track|unchanged|as planned)\\b");
  private static final Pattern WEEK_LEAD = Pattern.compile("(?iu)^(?:wk|week|kw|semaine|semana|week)\\s*(\\d{1,2})\\s+(.+)$");

  private StatusNotes() {}

  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
  private static final Pattern NOTE_SPLIT = Pattern.compile("\\s*(?:;|,(?!\\d))\\s*");
  private static final Pattern SPENT = Pattern.compile("(?iu)^(?:we(?:'ve| have)\\s+|have\\s+)?spent\\s+([£$€]\\s?\\d[\\d,.]*\\s?(?:k|m|bn)?)"
      + "(?:\\s+(?:so far|to date))?$");
  private static final Pattern BUDGET = Pattern.compile("(?iu)^(?:the\\s+)?(?:approved\\s+)?budget\\s*(?:is|of|:)?\\s*[£$€]\\s?\\d[\\d,.]*\\s?(?:k|m|bn)?$");
  private static final Pattern RISK_LABEL = Pattern.compile("(?iu)^(?:risks?|issues?|blockers?)\\s*:\\s*");
  private static final Pattern NEXT_LABEL = Pattern.compile("(?iu)^(?:next(?: steps?| week)?|coming up|upcoming)\\s*:");

  /**
   * The notes of a status request written in sentences, after the one that asks for the report: each clause a note, a
   * labelled risk ("Risk: the copywriter leaves at Christmas") a risk; "spent £31k" fills the spend, and a budget
   * ("Budget £48k") is the request's amount already. Clauses after "Next:" are the next steps the request states.
   */
  static List<String> sentences(String text, java.util.Map<String, String> slots) {
    List<String> notes = new ArrayList<>();
    String[] sentences = SENTENCE.split(text.strip());
    for (int i = 1; i < sentences.length; i++) {
      String sentence = sentences[i].strip().replaceAll("[.!?]+$", "");
      if (NEXT_LABEL.matcher(sentence).lookingAt()) {
        continue;
      }
      Matcher risk = RISK_LABEL.matcher(sentence);
      if (risk.lookingAt()) {
        for (String r : NOTE_SPLIT.split(sentence.substring(risk.end()))) {
          if (!r.isBlank()) {
            notes.add("risk: " + r.strip());
          }
        }
        continue;
      }
      for (String note : NOTE_SPLIT.split(sentence)) {
        Matcher spent = SPENT.matcher(note.strip());
        if (spent.matches()) {
          slots.putIfAbsent("spent", spent.group(1).strip());
        } else if (!note.isBlank() && !BUDGET.matcher(note.strip()).matches()) {
          notes.add(note.strip());
        }
      }
    }
    return notes;
  }

  static Notes read(List<String> listed, LocalDate today) {
    String rag = "";
    List<String> done = new ArrayList<>();
    List<String> risks = new ArrayList<>();
    List<Milestone> milestones = new ArrayList<>();
    List<String> read = new ArrayList<>();
    for (String raw : listed) {
      String item = raw.strip();
      Matcher r = RAG.matcher(item);
      List<DateFinder.Found> dates = DateFinder.find(item, today);
      if (r.matches() && rag.isEmpty()) {
        rag = SlotFiller.capitalise(r.group(1).toLowerCase(java.util.Locale.ROOT));
        read.add(raw);
      } else if (RISK.matcher(item).find()) {
        risks.add(acronyms(SlotFiller.capitalise(RISK_LABEL.matcher(item).replaceFirst(""))));
        read.add(raw);
      } else if (!dates.isEmpty() && !DONE.matcher(item).find()) {
        Matcher m = MILESTONE.matcher(item.substring(0, dates.get(0).start()).strip());
        if (m.matches()) {
          milestones.add(new Milestone(SlotFiller.capitalise(m.group(1).replaceFirst("(?iu)^the\\s+", "")),
              dates.get(0).date(), STILL.matcher(item).find(), ""));
          read.add(raw);
        }
      } else if (PART_DONE.matcher(item).matches()) {
        // "api 80% done" is work in progress, not a delivery.
        Matcher p = PART_DONE.matcher(item);
        p.matches();
        milestones.add(new Milestone(acronyms(SlotFiller.capitalise(p.group(1))), null, false, p.group(2) + "%"));
        read.add(raw);
      } else if (DONE.matcher(item).find()) {
        done.add(acronyms(SlotFiller.capitalise(item)));
      }
    }
    return new Notes(rag, done, risks, milestones, read);
  }

  // "api 80% done": the letters a team types in lower case are still an acronym.
  private static final Pattern ACRONYM = Pattern.compile("(?iu)\\b(api|apis|ui|ux|crm|erp|sso|mvp|kpi|sla|qa|uat|ci|cd|db|"
      + "ios|sdk|seo|vpn|hr|it|gdpr|poc)\\b");

  static String acronyms(String text) {
    return ACRONYM.matcher(text).replaceAll(m -> m.group(1).equals("ios") ? "iOS"
        : m.group(1).equalsIgnoreCase("apis") ? "APIs" : m.group(1).toUpperCase(java.util.Locale.ROOT));
  }

  /** "week 48 project Falcon": the week, then what the report is about; empty when the subject does not lead with a week. */
  static Optional<String[]> week(String subject) {
    Matcher m = WEEK_LEAD.matcher(subject.strip());
    return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
  }
}
