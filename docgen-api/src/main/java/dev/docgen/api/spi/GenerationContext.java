package dev.docgen.api.spi;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.DerivedFigure;
import dev.docgen.api.DocumentIntent;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.template.TemplateInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything a content generator gets: the interpreted prompt, the loaded data, locale, clock and
 * format; and, for generators backed by a model, what the pipeline prepared for them.
 *
 * @param draft the data engine's content for this request: the facts, tables and charts computed
 *     from the data. A model writes the prose around them; every number it uses must be in here.
 * @param template the template the document will be filled into, with its fields
 * @param specReader parses and schema-checks a JSON answer
 * @param revision set when the pipeline asks again: the previous answer and what was wrong with it
 * @param deadline when the whole request must be done (wall clock); calls should time out before it
 * @param listener told about every model call, for metrics
 * @param figures every figure docgen computed from the data, with its id and working: a model writes one as
 *     {@code {fact:ID}}, and docgen writes its value
 */
public record GenerationContext(DocumentIntent intent, Optional<Dataset> data, Locale locale, Clock clock,
    String format, Optional<DocumentSpec> draft, Optional<TemplateInfo> template, SpecReader specReader,
    Optional<Revision> revision, Optional<Instant> deadline, ModelCallListener listener, List<DerivedFigure> figures) {
  public GenerationContext {
    figures = figures == null ? List.of() : List.copyOf(figures);
    requireNonNull(intent, "intent");
    requireNonNull(data, "data");
    requireNonNull(locale, "locale");
    requireNonNull(clock, "clock");
    requireNonNull(format, "format");
    requireNonNull(draft, "draft");
    requireNonNull(template, "template");
    requireNonNull(specReader, "specReader");
    requireNonNull(revision, "revision");
    requireNonNull(deadline, "deadline");
    requireNonNull(listener, "listener");
  }

  /** A context without computed figures. */
  public GenerationContext(DocumentIntent intent, Optional<Dataset> data, Locale locale, Clock clock,
      String format, Optional<DocumentSpec> draft, Optional<TemplateInfo> template, SpecReader specReader,
      Optional<Revision> revision, Optional<Instant> deadline, ModelCallListener listener) {
    this(intent, data, locale, clock, format, draft, template, specReader, revision, deadline, listener, List.of());
  }

  /** A context with no draft, template, revision or deadline, for the offline engine and tests. */
  public GenerationContext(DocumentIntent intent, Optional<Dataset> data, Locale locale, Clock clock, String format) {
    this(intent, data, locale, clock, format, Optional.empty(), Optional.empty(), json -> {
      throw new IllegalStateException("no spec reader in this context");
    }, Optional.empty(), Optional.empty(), ModelCallListener.NONE);
  }

  /** The same context asking again, with what was wrong the last time. */
  public GenerationContext withRevision(Revision revision) {
    return new GenerationContext(intent, data, locale, clock, format, draft, template, specReader,
        Optional.of(revision), deadline, listener, figures);
  }

  /** Time left before the deadline (never negative), or {@code fallback} when there is none. */
  public Duration timeLeft(Duration fallback) {
    return deadline.map(d -> {
      Duration left = Duration.between(Instant.now(), d);
      return left.isNegative() ? Duration.ZERO : left;
    }).orElse(fallback);
  }

  /**
   * A request to try again.
   *
   * @param attempt 2 for the first repair, 3 for the next
   * @param previousOutput the answer that was not good enough, verbatim
   * @param problems what to fix, one line each
   */
  public record Revision(int attempt, String previousOutput, List<String> problems) {
    public Revision {
      requireNonNull(previousOutput, "previousOutput");
      problems = List.copyOf(problems);
    }
  }

  /** Told about each call a generator makes to a model. */
  @FunctionalInterface
  public interface ModelCallListener {
    ModelCallListener NONE = call -> { };

    void onCall(ModelCall call);
  }

  /**
   * One call to a model.
   *
   * @param outcome {@code success}, {@code invalid}, {@code rate-limited}, {@code server-error},
   *     {@code timeout}, {@code unreachable}, {@code error}
   */
  public record ModelCall(String provider, String model, Duration duration, String outcome, long inputTokens,
      long outputTokens) {
    public ModelCall {
      requireNonNull(provider, "provider");
      requireNonNull(model, "model");
      requireNonNull(duration, "duration");
      requireNonNull(outcome, "outcome");
    }
  }
}
