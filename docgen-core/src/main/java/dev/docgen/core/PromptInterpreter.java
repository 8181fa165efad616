package dev.docgen.core;

import dev.docgen.api.DocumentIntent;
import dev.docgen.api.RequestFacts;
import dev.docgen.api.Requirement;
import dev.docgen.api.spi.KindClassifier;
import dev.docgen.core.internal.Abbreviations;
import dev.docgen.core.internal.KindCatalogue;
import dev.docgen.core.internal.KindDetector;
import dev.docgen.core.internal.LanguageDetector;
import dev.docgen.core.internal.LexicalKindClassifier;
import dev.docgen.core.internal.Plugins;
import dev.docgen.core.internal.PromptPatterns;
import dev.docgen.core.internal.RequestReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads a natural-language prompt offline and deterministically: the kind of document (named, or
 * recognised from the catalogue's examples, or generic), its language, title, period and audience,
 * the facts it gives in their roles (parties, dates, times, places, amounts, lists), and the
 * requirements a finished document must meet. Thread-safe.
 */
public final class PromptInterpreter {
  private final KindCatalogue catalogue;
  private final KindDetector detector;

  /** The built-in catalogue, with the best {@link KindClassifier} on the class path. */
  public PromptInterpreter() {
    this(KindCatalogue.builtIn(), defaultClassifier());
  }

  private PromptInterpreter(KindCatalogue catalogue, KindClassifier classifier) {
    this.catalogue = catalogue;
    this.detector = new KindDetector(catalogue, classifier);
  }

  /** A builder for an interpreter with another classifier. */
  public static Builder builder() {
    return new Builder();
  }

  /** The catalogue's kinds, for the composer. */
  KindCatalogue catalogue() {
    return catalogue;
  }

  /** The interpreter's id and version, as artifacts report it in their provenance. */
  public String version() {
    return detector.version();
  }

  private static KindClassifier defaultClassifier() {
    return Plugins.load(KindClassifier.class, "kind classifier", KindClassifier::id, KindClassifier::priority,
        List.of(new LexicalKindClassifier()), PromptInterpreter.class.getClassLoader()).best().orElseThrow();
  }

  /** Interprets {@code prompt} with today's date (UTC) for dates written without a year. */
  public DocumentIntent interpret(String prompt) {
    return interpret(prompt, LocalDate.now(ZoneOffset.UTC));
  }

  /** Interprets {@code prompt}; never fails on odd text, falling back to a generic document. */
  public DocumentIntent interpret(String prompt, LocalDate today) {
    String text = Abbreviations.expand(prompt.strip().replaceAll("\\s+", " "));
    String language = LanguageDetector.detect(text);
    KindDetector.Decision decision = detector.detect(text);
    RequestReader.Reading r = RequestReader.read(prompt, text, today, decision, language);
    List<Requirement> requirements = requirements(r);
    UnaryOperator<String> u = Abbreviations::restore;
    Map<String, String> slots = new LinkedHashMap<>();
    r.slots().forEach((k, v) -> slots.put(k, u.apply(v)));
    Map<String, List<String>> lists = new LinkedHashMap<>();
    r.lists().forEach((k, v) -> lists.put(k, restored(v)));
    RequestFacts facts = new RequestFacts(language, slots, lists, version() + ";kind=" + decision.how());
    return new DocumentIntent(prompt, decision.kind().id(), decision.kind().in(language).name(), u.apply(r.title()),
        u.apply(r.subject()), r.period(), u.apply(r.audience()), restored(r.organisations()), restored(r.people()),
        restored(r.places()), restored(r.amounts()), restored(r.durations()), restored(r.dates()),
        restored(r.identifiers()), restored(r.sections()), restored(r.columns()), restored(r.listed()),
        restored(r.groupBy()), r.chart(),
        requirements.stream().map(q -> new Requirement(q.kind(), u.apply(q.text()))).toList(), facts);
  }

  /** The request was read with the dots of "Dr." and "15. Februar" held apart; the intent has them back. */
  private static List<String> restored(List<String> values) {
    for (String v : values) {
      if (!Abbreviations.restore(v).equals(v)) {
        return values.stream().map(Abbreviations::restore).toList();
      }
    }
    return values;
  }

  private static List<Requirement> requirements(RequestReader.Reading r) {
    List<Requirement> requirements = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    r.period().ifPresent(p -> addText(requirements, seen, p.label()));
    r.dates().forEach(d -> {
      if (seen.add(d.toLowerCase(Locale.ROOT))) {
        requirements.add(new Requirement("date", d));
      }
    });
    for (List<String> group : List.of(r.amounts(), r.identifiers(), r.organisations(), r.people(), r.places(),
        r.quoted())) {
      group.forEach(s -> addText(requirements, seen, s));
    }
    if (!r.audience().isEmpty()) {
      addText(requirements, seen, r.audience());
    }
    r.sections().forEach(s -> requirements.add(Requirement.section(s)));
    r.columns().forEach(c -> requirements.add(new Requirement("column", c)));
    r.chart().ifPresent(c -> requirements.add(new Requirement("chart", c.name().toLowerCase(Locale.ROOT))));
    return requirements;
  }

  private static void addText(List<Requirement> out, Set<String> seen, String text) {
    if (seen.add(text.toLowerCase(Locale.ROOT))) {
      out.add(Requirement.text(text));
    }
  }

  /** Builds an interpreter with a classifier of the host's choosing. */
  public static final class Builder {
    private KindCatalogue catalogue = KindCatalogue.builtIn();
    private KindClassifier classifier;

    private Builder() {}

    /** The classifier for requests that name no kind; default: the best one on the class path. */
    public Builder classifier(KindClassifier classifier) {
      this.classifier = java.util.Objects.requireNonNull(classifier, "classifier");
      return this;
    }

    public PromptInterpreter build() {
      return new PromptInterpreter(catalogue, classifier == null ? defaultClassifier() : classifier);
    }
  }
}
