package dev.docgen.core.internal;

import dev.docgen.api.DocumentIntent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills catalogue text such as {@code "Sales{period_in}: {subject|[[the topic]]}"} from an intent. A
 * slot with no value takes its fallback after {@code |}, which may itself hold slots.
 */
final class SlotFiller {
  private final Map<String, String> values = new HashMap<>();
  private final LineItems.Reading lines;
  private final List<String[]> taxBands = new ArrayList<>();
  private final String lang;
  private final LabelledValues labelled;

  private LocalDate today;
  private java.util.Optional<CashFlow.Forecast> cash = java.util.Optional.empty();
  private java.util.Optional<Expenses.Claim> expenses = java.util.Optional.empty();
  private List<StockLines.Item> stock = List.of();
  private List<StatusNotes.Milestone> milestones = List.of();
  private java.util.Optional<BudgetLines.Plan> budget = java.util.Optional.empty();

  /** The budget lines the request states, for a budget. */
  java.util.Optional<BudgetLines.Plan> budget() {
    return budget;
  }

  /** The cash forecast the request states, for a cash-flow forecast. */
  /** A stock count's items, read once; empty unless the request is for an inventory report with reorder points. */
  List<StockLines.Item> stock() {
    return stock;
  }

  /** A status report's milestones, read once from its notes. */
  List<StatusNotes.Milestone> milestones() {
    return milestones;
  }

  java.util.Optional<Expenses.Claim> expenses() {
    return expenses;
  }

  java.util.Optional<CashFlow.Forecast> cash() {
    return cash;
  }

  /** The day the document is made. */
  LocalDate today() {
    return today;
  }

  SlotFiller(DocumentIntent intent, LocalDate today, Formats formats, boolean eventDated) {
    this(intent, today, formats, eventDated, Optional.empty());
  }

  /** Slots for {@code intent}; {@code dataLines} are the line items of the request's data, when it has them. */
  SlotFiller(DocumentIntent intent, LocalDate today, Formats formats, boolean eventDated,
      Optional<LineItems.Reading> dataLines) {
    this.today = today;
    this.labelled = new LabelledValues(intent.prompt());
    this.lang = intent.facts().language();
    String subject = intent.subject();
    put("subject", subject);
    put("subject_cap", capitalise(subject));
    put("subject_title", capitalise(subject.replaceFirst("(?i)^(the|a|an)\\s+", "")));
    put("subject_for", subject.isEmpty() ? "" : " for " + subject);
    put("subject_sentence", subject.isEmpty() ? "" : "This report covers " + subject + ". ");
    put("message", capitalise(subject));
    intent.period().ifPresent(p -> {
      put("period", p.label());
      put("period_for", " for " + p.label());
      put("period_in", " in " + p.label());
      put("period_at", " at the end of " + p.label());
    });
    values.putIfAbsent("period_at", " as of " + formats.longDate(today));
    // A letter's organisation is the recipient's: the writer's own firm signs it.
    String writer = intent.documentType().equals("letter") ? intent.facts().slot("sender_org").orElse("") : "";
    first(intent.organisations().stream().filter(o -> !o.equals(writer)).toList()).ifPresent(o -> {
      put("org", o);
      put("org_of", " at " + o);
    });
    put("audience", intent.audience());
    first(intent.people()).ifPresent(p -> put("people", p));
    put("date", formats.longDate(today));
    first(intent.dates()).ifPresent(d -> put("dates", d));
    first(intent.amounts()).ifPresent(a -> {
      put("amount", a);
      put("amount_clause", ", with a budget of " + a);
    });
    first(intent.durations()).ifPresent(d -> {
      put("duration", d);
      put("duration_clause", " over " + d);
    });
    if (!values.containsKey("duration")) {
      Counts.workingDays(intent.prompt()).ifPresent(d -> put("duration", d));
    }
    // The customer's order reference is not this document's number.
    intent.identifiers().stream().filter(i -> !i.equals(intent.facts().slots().get("reference"))
            && !i.equals(intent.facts().slots().get("own_number"))).findFirst()
        .ifPresent(i -> put("identifier", i));
    intent.identifiers().stream().filter(i -> i.matches("(?i)(P|SEV)-?[0-4]")).findFirst()
        .ifPresent(s -> put("severity", s));
    List<String> details = intent.listedItems().stream()
        .filter(s -> intent.durations().stream().noneMatch(s::contains)).toList();
    if (!details.isEmpty()) {
      put("details_sentence", ": " + String.join("; ", details) + ".");
      put("cause_sentence", "Initial analysis: " + String.join("; ", details) + ". ");
    }
    first(intent.listedItems()).ifPresent(h -> put("highlight", h));
    // A newsletter's top story left the brief items but is still in the issue.
    List<String> all = new ArrayList<>(intent.listedItems());
    intent.facts().slot("top_story").filter(t -> all.stream().noneMatch(t::equalsIgnoreCase)).ifPresent(t -> all.add(0, lowerStart(t)));
    put("listed", joinAnd(all));
    String role = subject.replaceFirst("(?i)^(?:(?:a|an|the|our|my)\\s+)?(?:new\\s+)?", "").replaceFirst("(?i)\\s+(joining|starting|who|from|on)\\b.*$", "");
    put("role", role);
    intent.facts().slots().forEach(this::put);
    intent.facts().lists().forEach((k, v) -> put(k, joinAnd(v)));
    put("name", intent.documentTypeName());
    put("date", formats.longDate(documentDate(intent, today, eventDated)));
    put("today", formats.longDate(today));
    // A date written with its year stays as the request wrote it; "1 December" gets its year.
    for (String k : List.of("event_date", "start_date", "end_date", "due_date", "valid_until")) {
      String written = intent.facts().slot(k).orElse("");
      intent.facts().slot(k + "_iso").filter(d -> !written.matches(".*\\b(?:19|20)\\d{2}\\b.*"))
          .ifPresent(d -> put(k, formats.longDate(LocalDate.parse(d))));
    }
    this.lines = dataLines.orElseGet(() -> LineItems.read(intent.prompt(), intent.facts().language(),
        ITEMISED.matcher(intent.documentType()).matches()));
    if (!lines.lines().isEmpty() && !lines.mixedCurrencies()) {
      // The amount a commercial document states is the total of its lines, not the first price in the request.
      String code = LineItems.code(lines.currency());
      String total = formats.money(lines.total(), code);
      // Only a document made of its lines states their sum as its amount: an event's ticket income plus its
      // fundraising target is no budget.
      if (!NOT_OF_LINES.matcher(intent.documentType()).matches()) {
        put("amount", total);
      }
      put("total", total);
      put("subtotal", formats.money(lines.subtotal(), code));
      put("currency_name", lang.equals("en") ? switch (code) {
        case "GBP" -> "pounds sterling (GBP)";
        case "EUR" -> "euros (EUR)";
        case "USD" -> "US dollars (USD)";
        default -> code;
      } : code);
      lines.tax().ifPresent(t -> put("tax", formats.money(t, code)));
      lines.service().ifPresent(sc -> put("service", formats.money(sc, code)));
      if (lines.multiRate()) {
        // Books at 0 % beside stationery at 20 %: one line of VAT per rate, each on its own base.
        for (LineItems.Band b : lines.bands()) {
          taxBands.add(new String[] {Phrases.fill("data.tax_band", lang, "rate", percentText(b.rate(), lang),
              "base", formats.money(b.base(), code)), formats.money(b.tax(), code)});
        }
      } else {
        lines.taxRate().ifPresent(r -> put("tax_rate", percentText(r, lang)));
      }
      if (intent.documentType().equals("commission-statement")) {
        // "commission 8% up to £50,000 and 12% above", applied to the deals.
        Commission.plan(intent.prompt()).ifPresent(p -> put("commission_rate", p));
        Commission.of(intent.prompt(), lines.subtotal()).ifPresent(c -> {
          put("commission", formats.money(c.commission(), code));
          List<String> working = new ArrayList<>();
          for (java.math.BigDecimal[] band : c.bands()) {
            working.add(band[0].movePointRight(2).stripTrailingZeros().toPlainString() + "% × " + formats.money(band[1], code) + " = "
                + formats.money(band[2].setScale(2, java.math.RoundingMode.HALF_UP), code));
          }
          put("commission_working", String.join("; ", working));
        });
      }
    }
    if (intent.documentType().equals("event-plan") && intent.amounts().size() == 1) {
      // "budget £38,000": the plan's 10% contingency is £3,800.
      String written = intent.amounts().get(0);
      java.math.BigDecimal total = LineItems.number(written.replaceAll("[^\\d.,]", ""), lang);
      String code = LineItems.code(LineItems.currencyOf(written));
      if (total != null && !code.isEmpty() && !written.matches("(?iu).*\\d\\s*(?:k|m|million)\\b.*")) {
        put("contingency", formats.money(total.movePointLeft(1), code));
      }
    }
    if (intent.documentType().equals("business-case")) {
      CaseFacts.years(intent.facts().slots(), formats, this::put);
    }
    if (intent.documentType().equals("support-ticket-summary")) {
      TicketFigures.read(intent.prompt()).forEach(this::put);
    }
    if (intent.documentType().equals("inventory-report")) {
      stock = StockLines.read(intent.listedItems());
      if (!stock.isEmpty()) {
        put("stock_items", String.valueOf(stock.size()));
        List<String> below = stock.stream().filter(StockLines.Item::reorder).map(StockLines.Item::name).toList();
        put("below_items", below.isEmpty() ? Phrases.get("none", lang) : String.join(", ", below));
      }
    }
    if (intent.documentType().equals("status-report")) {
      milestones = StatusNotes.read(intent.facts().lists().getOrDefault("stated", List.of()), today).milestones();
      milestones.stream().filter(m -> m.date() != null).findFirst()
          .ifPresent(m -> put("next_milestone", m.name() + ", " + formats.longDate(m.date())));
    }
    if (intent.documentType().equals("expense-report")) {
      expenses = Expenses.read(intent.listedItems(), lang);
      if (expenses.isEmpty() && !lines.lines().isEmpty()) {
        // "Train London Euston to Glasgow return £186.40, Hotel Indigo 2 nights £238.00, …" in sentences: the claim's
        // items are the request's priced lines.
        expenses = Expenses.of(lines.lines());
      }
      expenses.ifPresent(e -> put("total_claimed", Expenses.amounts(e.totals(), formats)));
    }
    if (intent.documentType().equals("budget")) {
      budget = BudgetLines.read(intent.listedItems(), intent.prompt());
      budget.ifPresent(b -> put("amount", b.currency().isEmpty() ? formats.decimal(b.total(), 0)
          : formats.money(b.total(), LineItems.code(b.currency()))));
    }
    if (intent.documentType().equals("itinerary")) {
      // A trip dated day by day runs from its first day to its last; its flights leave on them.
      DayPlans.range(intent, today).ifPresent(r -> {
        putIfAbsent("start_date", formats.longDate(r[0]));
        if (values.containsKey("out_carrier")) {
          putIfAbsent("out_date", formats.longDate(r[0]));
        }
        if (r[1] != null) {
          putIfAbsent("end_date", formats.longDate(r[1]));
          if (values.containsKey("back_carrier")) {
            putIfAbsent("back_date", formats.longDate(r[1]));
          }
        }
      });
      String traveller = values.getOrDefault("traveller", "").replaceAll("\\s*\\(.*$", "");
      if (!traveller.isEmpty() && values.getOrDefault("subject", "").contains(traveller)) {
        // "an itinerary for Michael Grant": the traveller is who the trip is for, not what it is for.
        values.remove("subject");
        values.remove("purpose");
      }
    }
    if (intent.documentType().equals("cash-flow-forecast")) {
      cash = CashFlow.read(intent.prompt(), intent.period());
      cash.ifPresent(c -> {
        String code = LineItems.code(c.currency());
        CashFlow.Month low = c.lowest();
        put("amount", formats.money(c.months().get(0).opening(), code));
        put("lowest_balance", formats.money(low.closing(), code));
        put("lowest_month", formats.monthYear(low.month()));
        put("closing_balance", formats.money(c.months().get(c.months().size() - 1).closing(), code));
        List<String> below = c.belowZero().stream().map(m -> formats.monthYear(m.month())).toList();
        put("below_zero", below.isEmpty() ? Phrases.get("none", lang) : String.join(", ", below));
        if (below.isEmpty()) {
          // No month closes below zero, so there is no shortfall to cover.
          put("no_shortfall", "yes");
        }
      });
    }
    Matcher payIn = PAY_WITHIN.matcher(intent.prompt());
    if (!values.containsKey("due_date") && payIn.find()) {
      // "they pay in 14 days", "payment within 30 days", "vencimiento a 30 días": the date it falls due.
      // Counted from the date the document carries: "dated 20 Jan 2026, due in 30 days" is due on 19 February 2026.
      put("due_date", formats.longDate(documentDate(intent, today, false).plusDays(Integer.parseInt(payIn.group(1)))));
    }
    if (payIn.find(0)) {
      put("payment_terms", Phrases.get("n-days", intent.facts().language()).replace("{n}", payIn.group(1)));
    }
    Matcher valid = VALID_FOR.matcher(intent.prompt());
    if (!values.containsKey("valid_until") && valid.find()) {
      // "valid 14 days", "price holds for 30 days": the date it runs to.
      put("valid_until", formats.longDate(documentDate(intent, today, false).plusDays(Integer.parseInt(valid.group(1)))));
    }
    if (!values.containsKey("purpose") && !subject.isEmpty() && values.containsKey("subject")) {
      put("purpose", subject);
    }
    // "Tamworth Ceramics opens a second factory …": news that names its company first is the press release's lead as
    // it stands, not what the company "today announced that Tamworth Ceramics opens".
    String org = values.getOrDefault("org", "");
    if (intent.documentType().equals("press-release") && !org.isEmpty() && !intent.facts().slot("purpose").isEmpty()
        && values.getOrDefault("purpose", "").toLowerCase(Locale.ROOT).startsWith(org.toLowerCase(Locale.ROOT) + " ")) {
      put("news", capitalise(values.get("purpose")));
    }
    // Memos and press releases "announce" their purpose; only there does a statement need "that".
    boolean announces = intent.documentType().matches("memo|press-release|design-doc");
    if (announces && values.containsKey("purpose") && intent.facts().language().equals("en")
        && !intent.facts().slot("purpose").isEmpty()
        && CLAUSE.matcher(values.get("purpose")).find() && !values.get("purpose").startsWith("that ")) {
      // "announces that the lifts will be out of action": a statement, not a noun, follows "that".
      values.put("purpose", "that " + values.get("purpose"));
    }
    // A letter to Mr Carter "confirming his membership renewal" tells him about "your membership renewal".
    if (intent.documentType().equals("letter") && values.containsKey("recipient") && values.containsKey("purpose")
        && lang.equals("en")) {
      values.put("purpose", values.get("purpose").replaceFirst("^(?:his|her|their)\\s+", "your "));
    }
    if (subject.isEmpty() && values.containsKey("purpose")) {
      put("subject_title", capitalise(withoutArticle(values.get("purpose").replaceFirst("^that ", ""))));
    }
  }

  /**
   * The date a document carries: for a kind dated by its event (minutes, an agenda, a press release),
   * the date the request gives for the event; for others the date the request says the document
   * bears ("dated 3 May"); else today.
   */
  static LocalDate documentDate(DocumentIntent intent, LocalDate today, boolean eventDated) {
    java.util.Optional<String> dated = intent.facts().slot("dated_iso");
    if (dated.isPresent()) {
      return LocalDate.parse(dated.get());
    }
    return eventDated ? intent.facts().slot("event_date_iso").map(LocalDate::parse).orElse(today) : today;
  }

  /** The priced lines the request gives, read once per document. */
  LineItems.Reading lines() {
    return lines;
  }

  /** The value of a slot, when it has one. */
  java.util.Optional<String> value(String slot) {
    return java.util.Optional.ofNullable(values.get(slot));
  }

  /** Kinds whose every figure is a line: an invoice, a quote, an order, a credit note, a claim. */
  private static final Pattern ITEMISED = Pattern.compile("invoice|quotation|purchase-order|credit-note|expense-report");
  /** Kinds that are not made of their lines: the sum of the amounts they mention is not their amount. */
  private static final Pattern NOT_OF_LINES = Pattern.compile("event-plan|report|status-report|business-case|project-proposal|"
      + "grant-proposal|project-charter|press-release|newsletter|memo|letter|meeting-minutes|performance-review|"
      + "job-description|offer-letter|incident-report|risk-register|itinerary|lesson-plan|training-plan|policy|"
      + "terms-of-reference");

  private static final Pattern CLAUSE = Pattern.compile(
      "\\b(?:will|is|are|was|were|has|have|had|stays|stay|closes|opens|moves|starts|ends|must|can|cannot|won't)\\b");
  private static final Pattern PAY_WITHIN = Pattern.compile(
      "(?iu)\\b(?:pay(?:s|able|ment)?(?:\\s+(?:is\\s+)?due)?|due|net|zahlbar|zahlungsziel|paiement|payable|vencimiento|pago|"
          + "betaling|betaaltermijn)\\s+(?:in|within|innerhalb(?: von)?|sous|à|a|en|binnen)?\\s*(\\d{1,3})\\s*"
          + "(?:days|tage|tagen|jours|días|dias|dagen)\\b");
  private static final Pattern VALID_FOR = Pattern.compile(
      "(?iu)\\b(?:valid|holds?|good|stands?|gültig|valable|válido|válida|geldig|validity|validité|gültigkeit|validez|"
          + "geldigheid)\\s*:?\\s+(?:for\\s+|für\\s+|pendant\\s+|durante\\s+|gedurende\\s+|of\\s+|de\\s+|von\\s+|van\\s+)?"
          + "(\\d{1,3})\\s*(?:days|tage|jours|días|dias|dagen)\\b");

  private void put(String key, String value) {
    if (value != null && !value.isEmpty()) {
      values.put(key, value);
    }
  }

  /** The value the request gives under a row's label ("Apologies from Sian Roberts" for "Apologies"). */
  java.util.Optional<String> underRowLabel(String label) {
    return labelled.ofRow(label);
  }

  private void putIfAbsent(String key, String value) {
    if (!values.containsKey(key)) {
      put(key, value);
    }
  }

  private static java.util.Optional<String> first(List<String> list) {
    return list.stream().findFirst();
  }

  private static String joinAnd(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  static String withoutArticle(String s) {
    return s.replaceFirst("(?iu)^(the|a|an|der|die|das|ein|eine|le|la|les|un|une|el|los|las|una|de|het|een)\\s+", "");
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** "We won …" inside a sentence: "we won …"; a name or an acronym ("CEO", "Harbour View") keeps its capital. */
  static String lowerStart(String s) {
    return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
        ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
  }

  // "5.5%" in English, "5,5 %" in French.
  static String percentText(java.math.BigDecimal rate, String lang) {
    return rate.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', lang.equals("en") ? '.' : ',')
        + (lang.equals("en") ? "%" : " %");
  }

  /** The VAT lines of a document whose lines are taxed at several rates, as label and amount; empty for one rate. */
  List<String[]> taxBands() {
    return List.copyOf(taxBands);
  }

  /** Gives {@code slot} a value found after a first rendering (a letter's facts in the writer's words). */
  void set(String slot, String value) {
    put(slot, value);
  }

  /** Whether the slot has a value of its own. */
  boolean has(String slot) {
    return values.containsKey(slot);
  }

  String fill(String template) {
    String filled = contracted(fill(template, values));
    if (filled.contains("[[")) {
      // "[[test lead]]" is "Zofia Nowak" when the request says "Test lead: Zofia Nowak", "[[reviewer]]" is "Mark
      // Stevens" when it says "Reviewer is Mark Stevens".
      return FIELD.matcher(filled).replaceAll(m -> Matcher.quoteReplacement(Optional.ofNullable(values.get(named(m.group(1))))
          .or(() -> labelled.of(m.group(1))).orElse(m.group())));
    }
    return filled;
  }

  private static final Pattern FR_DE_LE = Pattern.compile("\\b([dD]e|[àÀ]) (le|les) (?=\\p{L})");
  private static final Pattern ES_DE_EL = Pattern.compile("\\b([dD]e|[aA]) el (?=\\p{L})");

  /**
   * A slot after a preposition can leave "de le lave-linge" or "a el gerente": French and Spanish contract
   * those ("du lave-linge", "al gerente").
   */
  private String contracted(String s) {
    if (lang.equals("fr")) {
      return FR_DE_LE.matcher(s).replaceAll(m -> {
        boolean de = m.group(1).equalsIgnoreCase("de");
        String out = m.group(2).equals("le") ? (de ? "du" : "au") : (de ? "des" : "aux");
        return (Character.isUpperCase(m.group(1).charAt(0)) ? SlotFiller.capitalise(out) : out) + " ";
      });
    }
    if (lang.equals("es")) {
      return ES_DE_EL.matcher(s).replaceAll(m -> (m.group(1).equalsIgnoreCase("de") ? "del" : "al") + " ");
    }
    return s;
  }

  /** The slot prefix of people the request names by their part ("Author: Kenji Watanabe" is {@code named_author}). */
  static final String NAMED = "named_";

  /** The slot of a part, from the request's label or a field's words: "Trainers", "[[trainer names]]" are both {@code named_trainer}. */
  static String named(String part) {
    String key = part.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+names?$", "").replaceAll("(?<=[a-z]{3})s$", "");
    return NAMED + key.replaceAll("[ -]+", "_");
  }
  private static final Pattern CONDITION = Pattern.compile("([a-z_]+)([?!])");
  private static final Pattern FIELD = Pattern.compile("\\[\\[([^\\]]+)\\]\\]");

  /**
   * Fills {@code template} from {@code values}; a slot with no value takes its fallback after {@code |};
   * {@code {slot?words}} writes the words, which may hold slots, only when the slot has a value, and
   * {@code {slot!words}} only when it has none.
   */
  static String fill(String template, Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int end = matching(template, i);
      String body = template.substring(i + 1, end);
      Matcher cond = CONDITION.matcher(body);
      if (cond.lookingAt()) {
        // "{funded_from?, from {funded_from}}" writes its words only when the slot has a value; "{person![[organisation]]}"
        // only when it has none.
        String name = cond.group(1);
        boolean has = values.containsKey(name) && !values.get(name).isEmpty();
        out.append(has == cond.group(2).equals("?") ? fill(body.substring(cond.end()), values) : "");
        i = end + 1;
        continue;
      }
      int bar = topLevelBar(body);
      String name = bar < 0 ? body : body.substring(0, bar);
      String fallback = bar < 0 ? "" : body.substring(bar + 1);
      out.append(values.containsKey(name) ? values.get(name) : fill(fallback, values));
      i = end + 1;
    }
    return out.toString();
  }

  private static int matching(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == '{') {
        depth++;
      } else if (s.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("unbalanced slot in catalogue text: " + s);
  }

  private static int topLevelBar(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (c == '|' && depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
