package dev.docgen.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docgen.api.DocgenException;
import dev.docgen.api.IdempotencyConflictException;
import dev.docgen.api.LimitExceededException;
import dev.docgen.api.ServiceBusyException;
import dev.docgen.api.job.JobError;
import dev.docgen.core.job.ErrorCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error as an RFC 9457 {@code application/problem+json} body: {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, and docgen's stable {@code code} and the
 * offending {@code field}. Never a stack trace.
 */
@RestControllerAdvice
public class Problems {
  static final String PROBLEM_JSON = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger ERRORS = LoggerFactory.getLogger("docgen.errors");

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<String> problem(ApiProblem e, HttpServletRequest request) {
    return answer(e, request.getRequestURI());
  }

  @ExceptionHandler(DocgenException.class)
  ResponseEntity<String> docgen(DocgenException e, HttpServletRequest request) {
    return answer(of(e), request.getRequestURI());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<String> notFound(NoResourceFoundException e, HttpServletRequest request) {
    return answer(new ApiProblem(404, "NOT_FOUND", "there is nothing at " + request.getRequestURI()),
        request.getRequestURI());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<String> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return answer(new ApiProblem(405, "METHOD_NOT_ALLOWED", request.getMethod() + " is not allowed on "
        + request.getRequestURI()), request.getRequestURI());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<String> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return answer(new ApiProblem(415, "UNSUPPORTED_MEDIA_TYPE", "send application/json (or JSON Lines for a batch): "
        + e.getMessage()), request.getRequestURI());
  }

  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  ResponseEntity<String> tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e,
      HttpServletRequest request) {
    return answer(new ApiProblem(413, "LIMIT_EXCEEDED", "the upload is over the limit (spring.servlet.multipart."
        + "max-file-size, 20 MB by default)"), request.getRequestURI());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
    ERRORS.error("unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), e);
    return answer(new ApiProblem(500, ErrorCodes.INTERNAL_ERROR, "an internal error stopped this request; "
        + "errors.log has the details"), request.getRequestURI());
  }

  /** The problem a docgen failure is over HTTP. */
  static ApiProblem of(DocgenException e) {
    if (e instanceof ServiceBusyException busy) {
      return new ApiProblem(503, "SERVICE_BUSY", busy.getMessage(), null, busy.retryAfter());
    }
    if (e instanceof IdempotencyConflictException) {
      return new ApiProblem(422, "IDEMPOTENCY_KEY_REUSED", e.getMessage(), "Idempotency-Key", null);
    }
    if (e instanceof LimitExceededException limit) {
      return new ApiProblem(413, "LIMIT_EXCEEDED", e.getMessage(), limit.limit(), null);
    }
    return of(ErrorCodes.of(e));
  }

  /** The problem a failed job's error is over HTTP. */
  static ApiProblem of(JobError error) {
    int status = status(error.code());
    return new ApiProblem(status, error.code(), error.message(), null, status == 503 ? Duration.ofSeconds(5) : null);
  }

  /** The HTTP status for a job error code. */
  static int status(String code) {
    return switch (code) {
      case "INVALID_REQUEST" -> 400;
      case "LIMIT_EXCEEDED" -> 413;
      case "INVALID_DATA", "INVALID_SPEC", "TEMPLATE_ERROR", "VALIDATION_FAILED", "INVALID_CONTENT",
          "FORMAT_UNAVAILABLE" -> 422;
      case "MODEL_UNAVAILABLE" -> 502;
      case "QUEUE_FULL", "SERVICE_BUSY" -> 503;
      case "CANCELLED" -> 410;
      default -> 500;
    };
  }

  static ResponseEntity<String> answer(ApiProblem p, String instance) {
    ResponseEntity.BodyBuilder b = ResponseEntity.status(p.status()).header(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON);
    p.retryAfter().ifPresent(d -> b.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, d.toSeconds()))));
    if (p.status() == 401) {
      b.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"docgen\"");
    }
    return b.body(body(p, instance));
  }

  /** Writes a problem straight to a servlet response, for filters. */
  static void write(HttpServletResponse response, ApiProblem p, String instance) throws IOException {
    response.setStatus(p.status());
    response.setContentType(PROBLEM_JSON);
    p.retryAfter().ifPresent(d -> response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, d.toSeconds()))));
    if (p.status() == 401) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"docgen\"");
    }
    byte[] bytes = body(p, instance).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static String body(ApiProblem p, String instance) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", "https://docgen.dev/problems/" + p.code().toLowerCase(Locale.ROOT).replace('_', '-'));
    o.put("title", title(p.status()));
    o.put("status", p.status());
    o.put("detail", p.getMessage());
    o.put("instance", instance);
    o.put("code", p.code());
    p.field().ifPresent(f -> o.put("field", f));
    p.retryAfter().map(Duration::toSeconds).ifPresent(s -> o.put("retry_after_seconds", Math.max(1, s)));
    return o.toString();
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 409 -> "Not ready";
      case 410 -> "Gone";
      case 413 -> "Too large";
      case 415 -> "Unsupported media type";
      case 422 -> "Cannot be done";
      case 429 -> "Too many requests";
      case 502 -> "Model unavailable";
      case 503 -> "Service unavailable";
      default -> "Internal error";
    };
  }
}
