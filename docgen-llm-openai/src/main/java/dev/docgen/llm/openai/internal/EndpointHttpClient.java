package dev.docgen.llm.openai.internal;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * LangChain4j's HTTP client, over {@code java.net.http}, that keeps what docgen needs and LangChain4j
 * drops: each call's timeout is cut to the time left before the request's deadline (set per thread
 * with {@link #withDeadline}), and an error response keeps its status, body and {@code Retry-After}.
 */
public final class EndpointHttpClient implements HttpClient {
  private static final ThreadLocal<Duration> TIME_LEFT = new ThreadLocal<>();

  private final java.net.http.HttpClient http;
  private final Duration readTimeout;

  EndpointHttpClient(Duration connectTimeout, Duration readTimeout) {
    this.http = java.net.http.HttpClient.newBuilder().connectTimeout(connectTimeout)
        .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
    this.readTimeout = readTimeout;
  }

  /** A builder LangChain4j's model builder accepts. */
  public static HttpClientBuilder builder() {
    return new Builder();
  }

  /** Runs {@code call} with every HTTP call on this thread limited to {@code timeLeft}. */
  public static <T> T withDeadline(Duration timeLeft, java.util.function.Supplier<T> call) {
    Duration before = TIME_LEFT.get();
    TIME_LEFT.set(timeLeft);
    try {
      return call.get();
    } finally {
      if (before == null) {
        TIME_LEFT.remove();
      } else {
        TIME_LEFT.set(before);
      }
    }
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    Duration timeout = readTimeout;
    Duration left = TIME_LEFT.get();
    if (left != null && left.compareTo(timeout) < 0) {
      timeout = left.isZero() || left.isNegative() ? Duration.ofMillis(1) : left;
    }
    java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
        .timeout(timeout);
    request.headers().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("host")) {
        values.forEach(v -> b.header(name, v));
      }
    });
    String body = request.body();
    switch (request.method()) {
      case GET -> b.GET();
      case DELETE -> b.DELETE();
      default -> b.method(request.method().name(), body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
          : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<byte[]> response;
    // The request timeout of java.net.http ends when the headers arrive; the whole exchange, body
    // included, is bounded here.
    java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> pending =
        http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    try {
      response = pending.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      pending.cancel(true);
      throw new TransportFailure(request.url(), timeout, new java.net.http.HttpTimeoutException(
          "no complete answer within " + timeout.toMillis() + " ms"));
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new TransportFailure(request.url(), timeout, cause instanceof Exception x ? x : new IOException(cause));
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new TransportFailure(request.url(), timeout, e);
    }
    String text = new String(response.body(), StandardCharsets.UTF_8);
    if (response.statusCode() < 200 || response.statusCode() > 299) {
      throw new StatusFailure(request.url(), response.statusCode(), text, retryAfter(response.headers().map()));
    }
    return SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map())
        .body(text).build();
  }

  @Override
  public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    listener.onError(new UnsupportedOperationException("docgen does not stream model answers"));
  }

  /** {@code retry-after-ms} (OpenAI), else {@code Retry-After} in seconds or as an HTTP date. */
  static Optional<Duration> retryAfter(Map<String, List<String>> headers) {
    Optional<String> ms = header(headers, "retry-after-ms");
    if (ms.isPresent()) {
      try {
        return Optional.of(Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(ms.get())))));
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    Optional<String> value = header(headers, "retry-after");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(value.get()) * 1000))));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (java.time.format.DateTimeParseException ignored) {
        return Optional.empty();
      }
    }
  }

  private static Optional<String> header(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0).trim()).findFirst();
  }

  /** A response with a status outside 2xx, with what the server said. */
  public static final class StatusFailure extends HttpException {
    private final String url;
    private final String body;
    private final Duration retryAfter;

    StatusFailure(String url, int status, String body, Optional<Duration> retryAfter) {
      super(status, body);
      this.url = url;
      this.body = body;
      this.retryAfter = retryAfter.orElse(null);
    }

    public String url() {
      return url;
    }

    public String body() {
      return body;
    }

    public Optional<Duration> retryAfter() {
      return Optional.ofNullable(retryAfter);
    }
  }

  /** No response: refused, unresolved, reset, or timed out. */
  public static final class TransportFailure extends RuntimeException {
    private final String url;
    private final Duration timeout;

    TransportFailure(String url, Duration timeout, Exception cause) {
      super(cause.toString(), cause);
      this.url = url;
      this.timeout = timeout;
    }

    public String url() {
      return url;
    }

    public Duration timeout() {
      return timeout;
    }

    public boolean timedOut() {
      return getCause() instanceof java.net.http.HttpTimeoutException;
    }
  }

  private static final class Builder implements HttpClientBuilder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
      if (timeout != null) {
        this.connectTimeout = timeout;
      }
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
      if (timeout != null) {
        this.readTimeout = timeout;
      }
      return this;
    }

    @Override
    public HttpClient build() {
      return new EndpointHttpClient(connectTimeout, readTimeout);
    }
  }
}
