package dev.docgen.api.job;

import static java.util.Objects.requireNonNull;

/**
 * Why a job failed or was cancelled: a stable upper-case code ({@code INVALID_DATA},
 * {@code VALIDATION_FAILED}, {@code MODEL_UNAVAILABLE}, {@code CANCELLED}) and a one-line message.
 */
public record JobError(String code, String message) {
  public JobError {
    requireNonNull(code, "code");
    requireNonNull(message, "message");
    if (!code.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException("an error code is upper case with underscores: " + code);
    }
  }
}
