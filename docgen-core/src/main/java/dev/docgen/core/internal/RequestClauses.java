package dev.docgen.core.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request's statements of fact, one clause each, without its greetings, its request verbs and
 * its thanks: "only client-billable travel will be approved", "Lunch at 12:30". The composer adds
 * those that no section has used, so that no fact of the request is lost.
 */
final class RequestClauses {
  private static final Pattern POLITE = Pattern.compile(
      "(?iu)^(?:(?:hiya|hi|hello|hey)(?: there| all| team| everyone)?|good (?:morning|afternoon|evening)|dear \\w+|sorry to bother you|thanks(?: so much| a lot)?|"
          + "thank you(?: so much)?|cheers|many thanks|merci|danke|gracias|bedankt)\\b\\s*[!,.—–-]*\\s*");
  private static final Pattern ASK = Pattern.compile(
      "(?iu)^(?:(?:could|can|would|will) you(?: please)?|please|would you mind|i(?:'d| would) like you to|we(?:'d| would) like you to|"
          + "i need you to|we need you to|kannst du|können sie|bitte|pouvez-vous|peux-tu|merci de|puedes|podrías|kun je|"
          + "kunt u|graag)\\b[\\s,]*");
  private static final Pattern REQUEST_VERB = Pattern.compile(
      "(?iu)^(?:(?:write|draft|create|prepare|produce|make|generate|compose|put together|draw up|set out|write up|issue|raise|"
          + "send|do|give me|help me(?: write| draft)?|pull together|put|compare|show me|tell me|figure out|look at|go through|"
          + "break down|find|check|erstelle|erstellen|schreibe|verfasse|rédige|rédigez|écris|prépare|préparez|"
          + "crée|créez|rédiger|préparer|écrire|créer|erstellen|schreiben|verfassen|redactar|preparar|escribir|elaborar|"
          + "schrijven|opstellen|maken|redacta|escribe|prepara|crea|elabora|schrijf|maak|stel op)(?:\\s+(?:me|us|up))?\\s+)?"
          + "(?:(?:a|an|the|our|my|some|ein|eine|einen|un|une|le|la|les|el|los|las|una|een|het|de)\\s+)?");
  // What the writer is asked to do, before the facts: "Keep a record of", "Let everyone in X know (that)".
  private static final Pattern TASK = Pattern.compile(
      "(?iu)^(?:(?:we|i)\\s+(?:need|want|would like|'d like)\\s+(?:sign-off\\s+|approval\\s+|you\\s+)?to\\s+|"
          + "let\\s+(?:[\\p{L}'’-]+\\s+){1,6}?know\\s+(?:that\\s+|about\\s+)?|"
          + "(?:tell|inform|remind|notify)\\s+(?:[\\p{L}'’-]+\\s+){1,4}?(?:that|about|of)\\s+|"
          + "(?:keep|make)\\s+(?:a\\s+)?(?:record|note|log|list)\\s+of\\s+|log\\s+|record\\s+|claim\\s+back\\s+|"
          + "set\\s+out\\s+|sort\\s+out\\s+|write\\s+up\\s+|put\\s+together\\s+|work\\s+out\\s+|"
          + "make\\s+(?:the|a|our)\\s+case\\s+(?:to\\s+(?:the\\s+|our\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?\\s+)?for\\s+|cost\\s+out\\s+|plan\\s+|list\\s+|summari[sz]e\\s+|"
          + "quiero\\s+|necesito\\s+|ich\\s+(?:brauche|möchte)\\s+|je\\s+(?:voudrais|veux)\\s+|ik\\s+wil\\s+|"
          // "On organise la soirée des 20 ans …": the event is what follows.
          + "on\\s+organise\\s+|nous\\s+organisons\\s+|wir\\s+organisieren\\s+|organizamos\\s+|we\\s+organiseren\\s+|"
          + "we(?:'re|\\s+are)\\s+organi[sz]ing\\s+)"
          // Resigning is the letter itself: "(Quiero) presentar mi dimisión como jefa de cocina".
          + "(?:presentar\\s+mi\\s+(?:dimisión|renuncia)\\s+|hand\\s+in\\s+my\\s+(?:notice|resignation)\\s+|"
          + "remettre\\s+ma\\s+démission\\s+|meine\\s+kündigung\\s+einreichen\\s+|mijn\\s+ontslag\\s+indienen\\s+)?");
  // Words about the writing itself, not about the subject: such a clause carries no fact.
  private static final Pattern META = Pattern.compile(
      "(?iu)\\b(?:could you|can you|would you|would you mind|grateful if|help me|help us|put it in writing|"
          + "write (?:it|this|them) up|for the post-mortem|so (?:he|she|they) can sign|thanks|thank you|"
          + "keep asking|the document|a document|this document|in (?:pdf|word|excel|docx|xlsx)|as a (?:pdf|spreadsheet|table)|"
          + "team-bot|hiya|needs? to get done|has to get done|need(?:s)? doing)\\b");
  private static final Pattern JOIN = Pattern.compile("\\s+(?:but|so|because|which|whereas|although|aber|mais|pero|maar)\\s+|"
      + "\\s+(?:and|und|et|y|en)\\s+(?=(?:we|they|it|he|she|our|the|only|all|this)\\b)");
  private static final Pattern LABEL = Pattern.compile("(?u)(^|[;,.]\\s*)(?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+(?:\\s+(?:19|20)\\d{2})?:(?!\\d)\\s*");
  // ", die seit 28.10. gemeldet war", ", which failed twice", ", qui a duré 2 heures": a relative clause belongs to the
  // words before it.
  private static final String RELATIVE = "(?!(?iu:which|who|whom|whose|qui|dont|lequel|laquelle|lesquels|que|quien|quienes|"
      + "cuyo|cuya|welke|waarvan)\\b)(?!(?u:die|der|das|den|dem|deren|dessen|dat)\\s(?:[^,.;]|(?<=\\d)\\.)*?\\b(?:war|ist|sind|waren|wurde|"
      + "wurden|wird|werden|hat|hatte|haben|hatten|kann|soll|muss|is|was|zijn|werd|heeft|wordt)(?=[,.;]|$))";
  // Clauses end at ; : — and at a comma before words, but not before a name in apposition
  // ("the Compliance Officer, Ewan Grant") and never inside brackets.
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:;|:(?!\\d)(?![^(]*\\))|\\s[—–-]\\s|,\\s(?=(?:and |but |plus )?\\p{L})" + RELATIVE
      + "(?!\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2}(?:$|[,.;:]))(?![^(]*\\)))\\s*");
  private static final Pattern QUESTION = Pattern.compile("(?iu)(?:how|what|why|when|where|who|which|whether|is|are|do|does|did|"
      + "can|could|would|will|should|wie|was|warum|comment|pourquoi|quel|quelle|cómo|qué|por qué|hoe|wat|waarom)\\b");
  // "(a) quick status update on", "proposal to our board for": the document asked for, before what it is about.
  private static final Pattern DOCUMENT_NOUN = Pattern.compile("(?iu)^(?:[\\p{L}'’-]+\\s+){0,3}?(?:report|update|proposal|memo|"
      + "letter|plan|document|summary|case|charter|note|notes|brief|review|checklist|register|log|agenda|minutes|change|"
      + "newsletter|statement|description|policy)\\b\\s*(?:to\\s+(?:the\\s+|our\\s+)?[\\p{L}'’-]+\\s+)?"
      + "(?:(?:for|on|about|of|regarding|that)\\s+)?");
  // "Who is responsible …", "What's on the shelves at the Hull store": what the request asks, which the document answers.
  private static final Pattern INSTRUCTION = Pattern.compile("(?iu)(?:include|add|mention|attach|quote|use|keep it|make it|"
      + "sign (?:it )?off as|sign it as|sign as|signed off as|address it to|send it to|put|(?:we|i) need (?:a|an)|"
      + "(?:we|i) want (?:a|an)|something (?:to|for)|anything (?:to|for))\\b");
  private static final Pattern ASKING_FOR = Pattern.compile("(?iu)\\b(?:something|anything|a letter|a note|an email|"
      + "to send|to write|draft|write)\\b");
  private static final Pattern INDIRECT_QUESTION = Pattern.compile("(?iu)(?:what|what's|what’s|who|who's|who’s|how|which|where|why)\\b");
  private static final Pattern SCALED = Pattern.compile("[£$€]?(\\d+(?:\\.\\d+)?)(k|m)(?:/[a-z]+)?");
  private static final Pattern LEADING_AND = Pattern.compile("(?iu)^(?:and|but|plus|und|et|y|en|maar|mais|pero)\\s+");
  // "on Friday 4 December": the date is the fact, and the document shows it.
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi",
      "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes",
      "sábado", "domingo", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");
  // Where a long clause may be halved: never inside brackets ("three forklifts (FL-01, FL-02, FL-03) at the depot").
  // "renewing the cert and restarting the LB pool": two things done in one clause are not two clauses.
  private static final Pattern HALF = Pattern.compile("(?:\\s+(?:and|und|et|y|en)\\s+(?!\\p{L}+ing\\b)|,\\s+" + RELATIVE + ")(?![^(]*\\))");
  private static final Pattern INFINITIVE_END = Pattern.compile("(?iu)\\b(?:to|zu|te)\\s+\\p{L}+$");
  private static final Pattern HEAD_COLON = Pattern.compile(":(?!\\d)");
  private static final Set<String> CODE_LABELS = Set.of("sku", "ref", "no", "nr", "id", "po", "upc", "ean", "isbn");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’.,&/-]*[\\p{L}\\d]|\\p{L}|\\d");
  private static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "at",
      "by", "with", "from", "is", "are", "be", "will", "we", "our", "us", "it", "its", "this", "that", "each", "all",
      "please", "write", "up", "needed", "required", "her", "his", "him", "them", "their", "she", "he", "they", "you", "your", "der", "die", "das", "und", "für", "mit", "von", "le", "la", "les", "et", "de", "pour",
      "el", "los", "las", "y", "para", "con", "het", "een", "en", "van", "voor", "met", "un", "una", "uno", "une", "des",
      "du", "au", "ein", "eine", "einen", "zu", "je", "por", "cada", "del", "al", "op", "om", "as", "als", "comme", "como",
      // Words that only lead a date the document shows: "bis spätestens 18.12.2026", "no later than 4 May".
      "until", "before", "bis", "spätestens", "avant", "antes", "hasta", "tot", "uiterlijk", "vor", "later", "than",
      // "yesterday's outage": the document gives the day by its date.
      "yesterday", "yesterday's", "yesterday’s", "today's", "today’s", "gestern", "heute", "gisteren", "vandaag", "ayer", "hoy",
      "hier", "aujourd'hui",
      // "contingency the rest": the line the others leave is computed.
      "rest", "remainder",
      // "2027 IT budget, monthly": how the document is laid out, which its tables show.
      "monthly", "quarterly", "weekly", "yearly", "annual", "only");

  private RequestClauses() {}

  /** The request's clauses, in order, each capitalised, without the words that only ask for the document. */
  static List<Clause> of(String prompt, String kindName) {
    return of(prompt, kindName, List.of());
  }

  /**
   * One clause of a request. A lead clause is the head of the first sentence before its colon ("Paperwork to go with
   * the pallets we ship to Maison Lacroix on Friday 4 December: …"): it asks for the document, and what it states are
   * its names, dates and numbers.
   */
  /**
   * One clause of the request; {@code whole} when it is a whole sentence of eight words or more, which no document
   * repeats as a bullet but a letter may say in the writer's words.
   */
  record Clause(String text, boolean lead, String sentence, boolean whole) {}

  // "reviewed annually by HR. applies to all UK employees": a sentence typed without its capital still ends at the stop.
  private static final Pattern WORD_STOP_NUMBER = Pattern.compile("(?<=\\p{Ll}{3}\\.)\\s+(?=\\d)|(?<=\\b\\p{Lu}{2,5}\\.)\\s+(?=\\p{Ll}{3,}\\s)");

  /**
   * The request's clauses as {@link #of(String, String)} gives them, without a leading phrase that only names the
   * kind ({@code cues}: "paperwork to go with the pallets we ship …" keeps "the pallets we ship …").
   */
  static List<Clause> of(String prompt, String kindName, List<String> cues) {
    List<Clause> out = new ArrayList<>();
    boolean firstSentence = true;
    // "Apologies: Rob Kinsella. 1. Minutes of last meeting approved. 2. Forklift near-miss …": the numbers of a list are
    // not parts of its sentences.
    String text = NUMBERING.matcher(Abbreviations.expand(prompt.strip().replaceAll("\\s+", " "))).replaceAll(" ");
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    List<String> all = new ArrayList<>();
    int start = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
      // "payment 30 days. 3 days UX workshop …": a full stop after a word ends a sentence, even before a number.
      all.addAll(List.of(WORD_STOP_NUMBER.split(text.substring(start, end).strip())));
    }
    for (String sentence : all) {
      boolean question = sentence.endsWith("?");
      String s = sentence.replaceAll("[.!?]+$", "");
      s = POLITE.matcher(s).replaceFirst("");
      boolean asked = !s.equals(s = ASK.matcher(s).replaceFirst(""));
      s = REQUEST_VERB.matcher(s).replaceFirst("");
      // "Could you put together a proposal … for the 60 staff at Tidewater Design?" asks for the document and
      // states its facts; "How did the shop do in November?" only asks.
      if (question && !sentence.contains(":") && (!asked || QUESTION.matcher(s).lookingAt())) {
        continue;
      }
      if (question) {
        s = DOCUMENT_NOUN.matcher(s).replaceFirst("");
      }
      if (s.endsWith("?") || s.isBlank() || POLITE.matcher(s + " ").matches()) {
        continue;
      }
      // "Present: A, B" and "Topics: x, y": a short head before a colon is a label, not a fact.
      s = LABEL.matcher(s).replaceAll("$1");
      boolean headed = firstSentence && HEAD_COLON.matcher(s).find();
      firstSentence = false;
      // The sentence as the writer put it, without a greeting or a "could you": what a letter may say in their words.
      String said = Abbreviations.restore(asReaders(POLITE.matcher(sentence.replaceAll("[.!?]+$", "")).replaceFirst("")));
      boolean firstPart = true;
      for (String part : SPLIT.split(s)) {
        boolean lead = headed && firstPart;
        firstPart = false;
        String clause = LEADING_AND.matcher(TASK.matcher(ASK.matcher(POLITE.matcher(part.strip()).replaceFirst(""))
            .replaceFirst("")).replaceFirst("").strip()).replaceFirst("").replaceAll("[.!?,]+$", "");
        if (META.matcher(clause).find() || clause.endsWith("?") || INDIRECT_QUESTION.matcher(clause).lookingAt()) {
          continue;
        }
        clause = withoutCue(clause, cues);
        if (wordCount(clause) < 1 || clause.equalsIgnoreCase(kindName)) {
          continue;
        }
        // "Lesson plan for a 45-minute Year 8 science lesson": the request names the document, then its topic.
        clause = clause.replaceFirst("(?iu)^" + Pattern.quote(kindName) + "\\s+(?:for|on|about|of|to|für|zu|pour|sur|de|para|sobre|"
            + "voor|over|van)\\s+(?:(?:a|an|the|our)\\s+)?", "");
        if (aboutTheDocument(new Clause(clause, false, said, false))) {
          // "Need to circulate a write-up to engineering leadership and the customer success team": neither half is a fact.
          continue;
        }
        // A long clause is two statements joined ("charged for 40 cases but only 32 arrived"): a document
        // states them apart, and never repeats a sentence of the request as it was typed.
        for (String piece : wordCount(clause) >= 8 ? halves(clause) : new String[] {clause}) {
          String p = piece.strip();
          boolean whole = wordCount(p) >= 8 && sentence.toLowerCase(Locale.ROOT).startsWith(p.toLowerCase(Locale.ROOT))
              && wordCount(sentence) - wordCount(p) <= 1;
          if (wordCount(p) >= 1) {
            out.add(new Clause(SlotFiller.capitalise(Abbreviations.restore(p)), lead, said, whole));
          }
        }
      }
    }
    return out;
  }

  private static final Pattern NUMBERING = Pattern.compile("(?<=[.;:!?])\\s+\\d{1,2}[.)]\\s+(?=\\p{L})");
  private static final Pattern PLEASE = Pattern.compile("(?iu)^please\\s+");

  /**
   * A sentence without its "could you": "Please cancel any bookings you have made for January" asks the readers, and
   * keeps its "Please"; "Please write a memo …" and "please include …" ask the writer, and lose it.
   */
  private static String asReaders(String sentence) {
    String rest = ASK.matcher(sentence).replaceFirst("");
    Matcher please = PLEASE.matcher(sentence);
    if (!please.lookingAt() || !rest.equals(sentence.substring(please.end()))) {
      return rest;
    }
    Matcher verb = REQUEST_VERB.matcher(rest);
    boolean toWriter = verb.lookingAt() && verb.end() > 0 || !TASK.matcher(rest).replaceFirst("").equals(rest)
        || INSTRUCTION.matcher(rest).lookingAt() || META.matcher(rest).find();
    return toWriter ? rest : "Please " + SlotFiller.lowerStart(rest);
  }

  private static String withoutCue(String clause, List<String> cues) {
    String lower = clause.toLowerCase(Locale.ROOT);
    for (String cue : cues) {
      if (cue.indexOf(' ') > 0 && lower.startsWith(cue + " ")) {
        return clause.substring(cue.length()).strip();
      }
    }
    return clause;
  }

  /** A long clause in two: where two statements join, else at the first "and" or comma with three words each side. */
  private static String[] halves(String clause) {
    String[] joined = JOIN.split(clause, 2);
    if (joined.length == 2) {
      return joined;
    }
    Matcher m = HALF.matcher(clause);
    while (m.find()) {
      String left = clause.substring(0, m.start());
      String right = clause.substring(m.end());
      // "needs to sign and return by 18 July": two verbs of one "to" share what follows.
      if (wordCount(left) >= 3 && wordCount(right) >= 3 && !INFINITIVE_END.matcher(left).find()) {
        return new String[] {left, right};
      }
    }
    return new String[] {clause};
  }

  /** Whether a listed item is an instruction to the writer ("write up what the role involves") or only a topic. */
  static boolean asksTheWriter(String item) {
    String s = item.strip();
    String rest = TASK.matcher(REQUEST_VERB.matcher(s).replaceFirst("")).replaceFirst("");
    // "what we're looking for in the person" names a part of the document, not a fact; "how we migrate 40 million
    // rows" holds one.
    boolean topicOnly = INDIRECT_QUESTION.matcher(s).lookingAt() && !s.substring(1).matches("(?s).*(?:\\d|(?<![\\p{L}])\\p{Lu}).*");
    return !rest.equals(s) && INDIRECT_QUESTION.matcher(rest).lookingAt() || topicOnly || TOLD.matcher(s).lookingAt();
  }

  /** "include a quote from CEO Martin Ellery", "sign off as …": an instruction whose facts other slots read. */
  private static final Pattern TOLD = Pattern.compile("(?iu)(?:include|add)\\s+(?:a\\s+)?(?:quote|statement|comment)s?\\s+(?:from|by)\\b"
      + "|sign(?:ed)?\\s+(?:it\\s+)?(?:off\\s+)?as\\b");

  /** {@code text} without the greeting, the asking and the task verb in front of what it is about. */
  static String withoutAsking(String text) {
    String s = POLITE.matcher(text.strip()).replaceFirst("");
    s = ASK.matcher(s).replaceFirst("");
    s = REQUEST_VERB.matcher(s).replaceFirst("");
    return TASK.matcher(s).replaceFirst("").strip();
  }

  private static final Pattern ASKING_SENTENCE = Pattern.compile("(?iu)\\b(?:please|pls|could you|can you|would you|bitte|"
      + "kannst du|können sie|merci de|pouvez-vous|peux-tu|por favor|puedes|podrías|graag|kun je|kunt u|daraus machen)\\b");
  private static final Pattern WITH_PARTS = Pattern.compile("(?iu)^(?:with|including|mit|inklusive|samt|avec|en incluant|con|"
      + "incluyendo|met|inclusief)\\s+\\S.*");
  private static final Pattern DOCUMENT_WORDS = Pattern.compile("(?iu)(?:\\b(?:report|plan|write-up|writeup|letter|document|memo|"
      + "summary|overview|version|draft|rapport|informe|verslag|brief|lettre|carta|note|plan|documento|document)\\b|"
      + "bericht\\b|plan\\b|schreiben\\b)");
  // "(einen Bericht für) die Werksleitung daraus machen": the asking verb closes a German or Dutch request.
  private static final Pattern VERB_LAST = Pattern.compile("(?iu)\\b(?:daraus\\s+|davon\\s+|ervan\\s+)?(?:machen|erstellen|schreiben|"
      + "verfassen|aufsetzen|maken|opstellen|schrijven)$");
  private static final Pattern MAKE_THE_DOCUMENT = Pattern.compile("(?iu)^(?:(?:make|write|draft|create|prepare|produce|put together|"
      + "give|send|circulate|share)\\s+(?:(?:me|him|her|us|them)\\s+)?(?:a|an|the|some)\\s+|(?:need|have|want)\\s+to\\s+(?:circulate|send|share|"
      + "write|produce|prepare|get out)\\s+)");

  // "Ask her to confirm acceptance by 28 November 2025": what the letter asks its reader, once its date is in it.
  private static final Pattern TELL_THEM = Pattern.compile("(?iu)^(?:ask|tell|remind|invite|get)\\s+(?:her|him|them|the\\s+\\p{L}+)"
      + "\\s+to\\s+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private static boolean numbersShown(String clause, String doc) {
    Matcher m = NUMBER.matcher(clause);
    boolean any = false;
    while (m.find()) {
      any = true;
      if (!doc.contains(m.group())) {
        return false;
      }
    }
    return any;
  }

  /**
   * "Make him a day-by-day travel plan", "Vorfallbericht für die Werksleitung … daraus machen", "with immediate actions
   * and next steps" in the sentence that asks: what the writer is told to produce, not a fact the document states.
   */
  private static boolean aboutTheDocument(Clause clause) {
    String c = clause.text();
    if (c.matches("(?s).*\\d.*")) {
      return false;
    }
    if (MAKE_THE_DOCUMENT.matcher(c).lookingAt() && DOCUMENT_WORDS.matcher(c).find()) {
      return true;
    }
    // "Draft the letter we send to Priya Raman confirming …": the sentence opens by asking for the document the clause names.
    Matcher make = MAKE_THE_DOCUMENT.matcher(clause.sentence());
    boolean asking = ASKING_SENTENCE.matcher(clause.sentence()).find() || make.lookingAt()
        && clause.sentence().substring(make.end()).toLowerCase(Locale.ROOT).startsWith(c.toLowerCase(Locale.ROOT));
    return asking && (WITH_PARTS.matcher(c).matches() && wordCount(c) <= 8 || DOCUMENT_WORDS.matcher(c).find()
        || VERB_LAST.matcher(c).find());
  }

  /** The clauses whose words the document mostly does not show yet. */
  /**
   * The request's own sentences that hold a clause the document does not show, in order, each once: what a letter's
   * body says in the writer's words ("Heating has been off since 19 November 2026.").
   */
  static List<String> unusedSentences(List<Clause> clauses, String documentText) {
    java.util.Set<String> unused = new java.util.HashSet<>(unused(clauses, documentText));
    List<Clause> whole = clauses.stream().filter(Clause::whole).toList();
    unused.addAll(unused(whole.stream().map(c -> new Clause(c.text(), false, c.sentence(), false)).toList(), documentText));
    String first = clauses.isEmpty() ? "" : clauses.get(0).sentence();
    // The clauses of each part of a sentence, in order: a part the document shows some of says only the rest.
    java.util.Map<String, List<Clause>> parts = new java.util.LinkedHashMap<>();
    for (Clause c : clauses) {
      if (!c.whole() || clauses.stream().noneMatch(o -> o != c && o.sentence().equals(c.sentence()) && !o.whole())) {
        parts.computeIfAbsent(part(c), k -> new ArrayList<>()).add(c);
      }
    }
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    parts.forEach((part, in) -> {
      // "Need something to send the landlord about the broken heating": the request for the document is not its content.
      boolean head = first.strip().startsWith(part.strip()) && SEGMENT.split(first).length > 1;
      boolean asking = !in.isEmpty() && in.get(0).sentence().equals(first)
          && (head ? DOCUMENT_WORD.matcher(part).find() : SEGMENT.split(first).length == 1 && ASKING_FOR.matcher(first).find());
      List<Clause> said = in.stream().filter(c -> unused.contains(c.text()) && !c.lead() && !asking).toList();
      if (said.isEmpty()) {
        return;
      }
      if (said.size() == in.size()) {
        out.add(recast(part.strip().replaceAll("[.!?]+$", "")));
      } else {
        // "xmas party fri 18 dec, the Old Vic Tavern, 7pm": the party is shown already, the rest is not.
        StringBuilder rest = new StringBuilder();
        for (Clause c : said) {
          // A clause has the case it had in its sentence: "rsvp to Jo", but "Bristol BS1 5TT".
          String next = c.sentence().contains(SlotFiller.lowerStart(c.text())) ? SlotFiller.lowerStart(c.text()) : c.text();
          rest.append(rest.length() == 0 ? c.text() : ", " + next);
        }
        out.add(rest.toString().replaceAll("[.!?,]+$", "") + ".");
      }
    });
    return List.copyOf(out);
  }

  private static final Pattern SEGMENT = Pattern.compile("\\s*(?:;|:(?!\\d)|\\s[—–-]\\s)\\s*");
  // "Can you do a memo to all staff from Karen Whitlock - the Leeds office …": the head names the document.
  private static final Pattern DOCUMENT_WORD = Pattern.compile("(?iu)\\b(?:memo|memorandum|letter|note|notice|email|"
      + "announcement|press release|report|minutes|document|something|anything)\\b");

  /**
   * The part of its sentence a clause is in, between semicolons and colons: "Memo to all heads from Karen Mills, CFO: a
   * travel freeze …; only client-billable travel will be approved" says "only client-billable travel will be approved"
   * in the writer's words, not its head again.
   */
  private static String part(Clause c) {
    String[] parts = SEGMENT.split(c.sentence());
    if (parts.length < 2) {
      return c.sentence();
    }
    String clause = c.text().toLowerCase(Locale.ROOT);
    String head = clause.substring(0, Math.min(clause.length(), 20));
    for (String p : parts) {
      if (p.toLowerCase(Locale.ROOT).contains(head)) {
        return p;
      }
    }
    return c.sentence();
  }

  private static final Pattern COMMA_CLAUSE = Pattern.compile(",\\s+(?=(?-i:I\\b)|(?i:we|it|they|he|she|nobody|no one|the|my|our|this)\\b)");
  private static final Pattern AND_CLAUSE = Pattern.compile("(?iu)\\s+and\\s+(?=(?-i:I\\b)|(?:we|they|he|she|nobody|no one)\\b)");
  private static final Pattern OR_CLAUSE = Pattern.compile("(?iu)\\s+or\\s+(?=(?-i:I\\b)|(?:we)\\b)");
  private static final Pattern BUT_CLAUSE = Pattern.compile("(?iu),?\\s+but\\s+(?=(?-i:I\\b)|(?:we|they|he|she|nobody|no one|it)\\b)");

  /**
   * A sentence as a writer would put it in a letter: its independent clauses as sentences of their own ("Heating has
   * been off since 19 November 2026. I reported it by phone on 20 November and by email on 24 November. Nobody came.").
   */
  static String recast(String sentence) {
    String s = COMMA_CLAUSE.matcher(sentence).replaceAll("\u0001");
    s = AND_CLAUSE.matcher(s).replaceAll("\u0001");
    s = OR_CLAUSE.matcher(s).replaceAll("\u0001Otherwise, ");
    s = BUT_CLAUSE.matcher(s).replaceAll("\u0001But ");
    StringBuilder out = new StringBuilder();
    for (String part : s.split("\u0001")) {
      if (!part.isBlank()) {
        out.append(out.length() == 0 ? "" : " ").append(SlotFiller.capitalise(part.strip())).append('.');
      }
    }
    return out.toString();
  }

  static List<String> unused(List<Clause> clauses, String documentText) {
    String doc = documentText.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Clause clause : clauses) {
      String c = clause.text();
      if (clause.whole()) {
        continue;
      }
      if (clause.lead() && aboutTheDocument(clause)) {
        continue;
      }
      if (clause.lead()) {
        if (!missesAName(c, doc)) {
          continue;
        }
        out.add(c);
        continue;
      }
      // "Include a quote from CEO Martin Ellery", "Sign off as Graham Whitlock": what the writer is told to do, once its
      // names are in the document, is done, not a fact to list.
      if (INSTRUCTION.matcher(c).lookingAt() && !missesAName(c, doc)) {
        continue;
      }
      if (aboutTheDocument(clause) || TELL_THEM.matcher(c).lookingAt() && numbersShown(c, doc)) {
        continue;
      }
      List<String> content = contentWords(c);
      if (content.isEmpty() || !seen.add(c.toLowerCase(Locale.ROOT))) {
        continue;
      }
      // "meets monthly" is shown by a "Meetings" table whose frequency is "Monthly".
      long missing = content.stream().filter(w -> !doc.contains(w) && !scaledShown(w, doc)
          && !(w.length() > 4 && w.endsWith("s") && doc.contains(w.substring(0, w.length() - 1)))).count();
      // In a clause of two or three words ("debate final"), one missing word is half its content.
      boolean mostly = content.size() <= 3 ? missing * 2 >= content.size() : missing * 2 > content.size();
      if (mostly || missing >= 3 || missesAName(c, doc)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether a name, number, code or address of the clause is missing: those are the facts a reader checks. */
  private static boolean missesAName(String clause, String doc) {
    Matcher m = WORD.matcher(clause);
    boolean first = true;
    while (m.find()) {
      String w = m.group();
      boolean significant = !first && Character.isUpperCase(w.charAt(0)) || w.matches(".*[\\d@_].*");
      first = false;
      // "£850/day" is shown as its price, "£850.00", in a table of lines.
      String shown = w.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "").replaceFirst("(?<=\\d)/\\p{L}+$", "");
      // "(SKU TEA-EG-250)": the label of a code is not a fact; the code is.
      if (scaledShown(shown, doc) || CODE_LABELS.contains(shown) || WEEKDAYS.contains(shown)) {
        continue;
      }
      // "45-minute" is shown as "45 minutes".
      if (significant && w.length() > 1 && !doc.contains(shown) && !doc.contains(shown.replace('-', ' '))) {
        return true;
      }
    }
    return false;
  }

  /** Whether "4k/mo" or "£9.5k" is shown as the number it stands for ("4,000", "9,500"). */
  private static boolean scaledShown(String word, String doc) {
    Matcher scaled = SCALED.matcher(word);
    if (!scaled.matches()) {
      return false;
    }
    java.math.BigDecimal v = new java.math.BigDecimal(scaled.group(1))
        .multiply(java.math.BigDecimal.valueOf(scaled.group(2).equals("k") ? 1_000 : 1_000_000));
    return doc.contains(String.format(Locale.UK, "%,d", v.longValue())) || doc.contains(v.toBigInteger().toString());
  }

  private static List<String> contentWords(String clause) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(clause.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (!FUNCTION.contains(w) && !WEEKDAYS.contains(w) && (w.length() > 2 || Character.isDigit(w.charAt(0)))) {
        out.add(w);
      }
    }
    return out;
  }

  static int wordCount(String s) {
    return s.isBlank() ? 0 : s.split("\\s+").length;
  }
}
