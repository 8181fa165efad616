package dev.docgen.api.job;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * A document to make later: the parts of a {@link GenerationRequest} that can be stored and sent to
 * another machine. The clock is the job's creation time, so a job run twice makes the same bytes.
 *
 * @param locale a BCP 47 tag ({@code en-GB}), or empty for the request's own reading
 */
public record JobRequest(String prompt, String format, Optional<String> template, Optional<DataInput> data,
    Optional<String> locale, Optional<String> provider, boolean relaxedChecks) {
  public JobRequest {
    requireNonNull(prompt, "prompt");
    requireNonNull(format, "format");
    template = template == null ? Optional.empty() : template.filter(t -> !t.isBlank());
    data = data == null ? Optional.empty() : data;
    locale = locale == null ? Optional.empty() : locale.filter(l -> !l.isBlank());
    provider = provider == null ? Optional.empty() : provider.filter(p -> !p.isBlank());
    if (prompt.isBlank()) {
      throw new IllegalArgumentException("the prompt is empty");
    }
    if (format.isBlank()) {
      throw new IllegalArgumentException("the format is empty");
    }
    locale.ifPresent(l -> {
      if (Locale.forLanguageTag(l).getLanguage().isEmpty()) {
        throw new IllegalArgumentException("locale must be a BCP 47 tag such as en-GB: " + l);
      }
    });
  }

  /** A request for this prompt and format, nothing else set. */
  public static JobRequest of(String prompt, String format) {
    return new JobRequest(prompt, format, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  /** The same request with this data. */
  public JobRequest withData(DataInput value) {
    return new JobRequest(prompt, format, template, Optional.of(value), locale, provider, relaxedChecks);
  }

  /** The same request with this template ({@code name} or {@code name@version}). */
  public JobRequest withTemplate(String value) {
    return new JobRequest(prompt, format, Optional.of(value), data, locale, provider, relaxedChecks);
  }

  /** The pipeline's request, dated {@code at}. */
  public GenerationRequest toGenerationRequest(Instant at) {
    GenerationRequest.Builder b = GenerationRequest.builder(prompt).format(format)
        .clock(Clock.fixed(at, ZoneOffset.UTC)).relaxedChecks(relaxedChecks);
    template.ifPresent(b::template);
    data.ifPresent(b::data);
    locale.ifPresent(l -> b.locale(Locale.forLanguageTag(l)));
    provider.ifPresent(b::provider);
    return b.build();
  }
}
