package dev.docgen.core.job;

import dev.docgen.api.ContentCheckException;
import dev.docgen.api.DataException;
import dev.docgen.api.FormatUnavailableException;
import dev.docgen.api.GenerationException;
import dev.docgen.api.InvalidContentException;
import dev.docgen.api.InvalidRequestException;
import dev.docgen.api.LimitExceededException;
import dev.docgen.api.ModelUnavailableException;
import dev.docgen.api.RenderException;
import dev.docgen.api.SpecValidationException;
import dev.docgen.api.TemplateException;
import dev.docgen.api.job.JobError;
import java.util.List;
import java.util.Map;

/**
 * The stable code of each failure, as jobs, logs and problem bodies carry it: the runbook's
 * {@code VALIDATION_FAILED} for content checks, and one code per kind of bad input or failure.
 */
public final class ErrorCodes {
  public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
  public static final String CANCELLED = "CANCELLED";

  private ErrorCodes() {}

  // Most specific first: a ContentCheckException is a GenerationException too.
  private static final List<Map.Entry<Class<? extends Throwable>, String>> CODES = List.of(
      Map.entry(ContentCheckException.class, VALIDATION_FAILED),
      Map.entry(InvalidContentException.class, "INVALID_CONTENT"),
      Map.entry(ModelUnavailableException.class, "MODEL_UNAVAILABLE"),
      Map.entry(GenerationException.class, "GENERATION_FAILED"),
      Map.entry(DataException.class, "INVALID_DATA"),
      Map.entry(TemplateException.class, "TEMPLATE_ERROR"),
      Map.entry(SpecValidationException.class, "INVALID_SPEC"),
      Map.entry(LimitExceededException.class, "LIMIT_EXCEEDED"),
      Map.entry(InvalidRequestException.class, "INVALID_REQUEST"),
      Map.entry(FormatUnavailableException.class, "FORMAT_UNAVAILABLE"),
      Map.entry(RenderException.class, "RENDER_FAILED"));

  /** The code for this failure. */
  public static String code(Throwable e) {
    return CODES.stream().filter(c -> c.getKey().isInstance(e)).map(Map.Entry::getValue).findFirst()
        .orElse(INTERNAL_ERROR);
  }

  /** The job error for this failure: its code and one line; an internal error says no more than that. */
  public static JobError of(Throwable e) {
    String code = code(e);
    String message = code.equals(INTERNAL_ERROR) ? "an internal error stopped this job; errors.log has the details"
        : String.valueOf(e.getMessage()).lines().findFirst().orElse(code);
    return new JobError(code, message);
  }
}
