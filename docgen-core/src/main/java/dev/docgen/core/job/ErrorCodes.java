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

/**
 * The stable code of each failure, as jobs, logs and problem bodies carry it: the runbook's
 * {@code VALIDATION_FAILED} for content checks, and one code per kind of bad input or failure.
 */
public final class ErrorCodes {
  public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
  public static final String CANCELLED = "CANCELLED";

  private ErrorCodes() {}

  /** The code for this failure. */
  public static String code(Throwable e) {
    if (e instanceof ContentCheckException) {
      return VALIDATION_FAILED;
    }
    if (e instanceof InvalidContentException) {
      return "INVALID_CONTENT";
    }
    if (e instanceof ModelUnavailableException) {
      return "MODEL_UNAVAILABLE";
    }
    if (e instanceof GenerationException) {
      return "GENERATION_FAILED";
    }
    if (e instanceof DataException) {
      return "INVALID_DATA";
    }
    if (e instanceof TemplateException) {
      return "TEMPLATE_ERROR";
    }
    if (e instanceof SpecValidationException) {
      return "INVALID_SPEC";
    }
    if (e instanceof LimitExceededException) {
      return "LIMIT_EXCEEDED";
    }
    if (e instanceof InvalidRequestException) {
      return "INVALID_REQUEST";
    }
    if (e instanceof FormatUnavailableException) {
      return "FORMAT_UNAVAILABLE";
    }
    if (e instanceof RenderException) {
      return "RENDER_FAILED";
    }
    return INTERNAL_ERROR;
  }

  /** The job error for this failure: its code and one line; an internal error says no more than that. */
  public static JobError of(Throwable e) {
    String code = code(e);
    String message = code.equals(INTERNAL_ERROR) ? "an internal error stopped this job; errors.log has the details"
        : String.valueOf(e.getMessage()).lines().findFirst().orElse(code);
    return new JobError(code, message);
  }
}
