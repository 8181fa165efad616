package dev.docgen.api;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * What to generate: a prompt, an output format, and optionally data, a template, a locale, a
 * content provider and a clock. Immutable; build one with {@link #builder(String)}.
 */
public final class GenerationRequest {
  private final String prompt;
  private final String format;
  private final DataInput data;
  private final String template;
  private final String provider;
  private final Locale locale;
  private final boolean localeGiven;
  private final Clock clock;
  private final boolean relaxedChecks;
  private final dev.docgen.api.model.PageOrientation orientation;

  private GenerationRequest(Builder b) {
    this.prompt = b.prompt;
    this.format = b.format;
    this.data = b.data;
    this.template = b.template;
    this.provider = b.provider;
    this.locale = b.locale;
    this.localeGiven = b.localeGiven;
    this.clock = b.clock;
    this.relaxedChecks = b.relaxedChecks;
    this.orientation = b.orientation;
  }

  /** A builder for a request with this prompt; the format defaults to {@code docx}. */
  public static Builder builder(String prompt) {
    return new Builder(prompt);
  }

  public String prompt() {
    return prompt;
  }

  /** The lower-case format id: {@code docx}, {@code pdf}, {@code xlsx}. */
  public String format() {
    return format;
  }

  public Optional<DataInput> data() {
    return Optional.ofNullable(data);
  }

  /** A template reference {@code NAME[@VERSION]}. */
  public Optional<String> template() {
    return Optional.ofNullable(template);
  }

  /** The content generator id to use ({@code offline}, {@code openai}); empty picks the best available. */
  public Optional<String> provider() {
    return Optional.ofNullable(provider);
  }

  /** The locale: the one given, else en-GB (the pipeline then follows the prompt's language, see {@link #localeGiven()}). */
  public Locale locale() {
    return locale;
  }

  /** Whether the caller chose the locale; when not, documents follow the language the prompt is written in. */
  public boolean localeGiven() {
    return localeGiven;
  }

  /** The clock for dates in the content and properties; fix it for reproducible output. */
  public Clock clock() {
    return clock;
  }

  /** When true, failed content checks are reported but do not fail the generation. */
  public boolean relaxedChecks() {
    return relaxedChecks;
  }

  /** The page orientation the caller asked for; empty leaves it to the content (portrait). */
  public Optional<dev.docgen.api.model.PageOrientation> orientation() {
    return Optional.ofNullable(orientation);
  }

  /** A builder pre-filled with this request. */
  public Builder toBuilder() {
    Builder b = new Builder(prompt).format(format).clock(clock).relaxedChecks(relaxedChecks);
    b.data = data;
    b.template = template;
    b.provider = provider;
    b.orientation = orientation;
    b.locale = locale;
    b.localeGiven = localeGiven;
    return b;
  }

  @Override
  public String toString() {
    return "GenerationRequest[format=" + format + ", prompt=" + (prompt.length() > 60 ? prompt.substring(0, 60) + "…" : prompt)
        + ", data=" + data + ", template=" + template + "]";
  }

  /** Builds a {@link GenerationRequest}; setters reject bad values at once. */
  public static final class Builder {
    private final String prompt;
    private String format = "docx";
    private DataInput data;
    private String template;
    private String provider;
    private Locale locale = Locale.UK;
    private boolean localeGiven;
    private Clock clock = Clock.systemUTC();
    private boolean relaxedChecks;
    private dev.docgen.api.model.PageOrientation orientation;

    private Builder(String prompt) {
      this.prompt = requireNonNull(prompt, "prompt");
    }

    public Builder format(String format) {
      requireNonNull(format, "format");
      this.format = format.trim().toLowerCase(Locale.ROOT);
      return this;
    }

    public Builder data(DataInput data) {
      this.data = requireNonNull(data, "data");
      return this;
    }

    public Builder template(String template) {
      requireNonNull(template, "template");
      if (template.isBlank()) {
        throw new IllegalArgumentException("template reference must not be blank");
      }
      this.template = template;
      return this;
    }

    public Builder provider(String provider) {
      requireNonNull(provider, "provider");
      this.provider = provider.trim().toLowerCase(Locale.ROOT);
      return this;
    }

    public Builder locale(Locale locale) {
      this.locale = requireNonNull(locale, "locale");
      this.localeGiven = true;
      return this;
    }

    /** Portrait or landscape pages (PDF, DOCX) or print setup (XLSX). */
    public Builder orientation(dev.docgen.api.model.PageOrientation orientation) {
      this.orientation = requireNonNull(orientation, "orientation");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    public Builder relaxedChecks(boolean relaxed) {
      this.relaxedChecks = relaxed;
      return this;
    }

    public GenerationRequest build() {
      return new GenerationRequest(this);
    }
  }
}
