package dev.docgen.server;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure the API answers with an RFC 9457 problem: the HTTP status, a stable upper-case code,
 * one line of detail, and the request field at fault if there is one.
 */
public final class ApiProblem extends RuntimeException {
  private final int status;
  private final String code;
  private final String field;
  private final Duration retryAfter;

  public ApiProblem(int status, String code, String detail) {
    this(status, code, detail, null, null);
  }

  public ApiProblem(int status, String code, String detail, String field, Duration retryAfter) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
    this.field = field;
    this.retryAfter = retryAfter;
  }

  /** A field of the request is missing or wrong: 400. */
  public static ApiProblem badField(String field, String detail) {
    return new ApiProblem(400, "INVALID_REQUEST", detail, field, null);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
