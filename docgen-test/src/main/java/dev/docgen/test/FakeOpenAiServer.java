package dev.docgen.test;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on loopback that speaks the OpenAI chat completions protocol, for tests: it
 * answers {@code POST /v1/chat/completions} with scripted replies (content, HTTP errors with
 * {@code Retry-After}, delays) and {@code GET /v1/models}, and records every request.
 *
 * <pre>{@code
 * try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
 *   server.enqueue(FakeOpenAiServer.Reply.status(429).retryAfter(Duration.ofSeconds(1)));
 *   server.enqueue(FakeOpenAiServer.Reply.content(specJson));
 *   // point the openai provider at server.baseUrl()
 * }
 * }</pre>
 *
 * When the queue is empty, {@link #otherwise} decides (by default a 500 that says no reply was
 * scripted, so a test that calls more often than it planned fails visibly).
 */
public final class FakeOpenAiServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final ConcurrentLinkedQueue<Reply> queue = new ConcurrentLinkedQueue<>();
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger ids = new AtomicInteger();
  private volatile Function<RecordedRequest, Reply> otherwise =
      r -> Reply.status(500).body("{\"error\":{\"message\":\"FakeOpenAiServer: no reply scripted for request "
          + r.index() + "\",\"type\":\"server_error\"}}");
  private volatile String model = "fake-model";
  private volatile String modelVersion = "fake-model-2026-01-01";

  private FakeOpenAiServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts a server on 127.0.0.1 and a free port. */
  public static FakeOpenAiServer start() {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed
    // ACK, adding about 40 ms to every answer on loopback. Read once, when the first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-openai");
        t.setDaemon(true);
        return t;
      });
      http.setExecutor(executor);
      FakeOpenAiServer fake = new FakeOpenAiServer(http, executor);
      http.createContext("/", fake::handle);
      http.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake OpenAI server on loopback", e);
    }
  }

  /** The base URL to give a client: {@code http://127.0.0.1:PORT/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** The model name listed by {@code /v1/models}, and the version its answers report. */
  public FakeOpenAiServer model(String name, String version) {
    this.model = requireNonNull(name, "name");
    this.modelVersion = requireNonNull(version, "version");
    return this;
  }

  /** Adds replies to the queue, answered in order. */
  public FakeOpenAiServer enqueue(Reply... replies) {
    queue.addAll(List.of(replies));
    return this;
  }

  /** What to answer when the queue is empty. */
  public FakeOpenAiServer otherwise(Function<RecordedRequest, Reply> replies) {
    this.otherwise = requireNonNull(replies, "replies");
    return this;
  }

  /** Every chat completion request so far, in arrival order. */
  public List<RecordedRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** How many chat completion requests came. */
  public int requestCount() {
    return requests.size();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String path = ex.getRequestURI().getPath();
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readAllBytes();
      }
      if (ex.getRequestMethod().equals("GET") && path.endsWith("/models")) {
        send(ex, Reply.status(200).body("{\"object\":\"list\",\"data\":[{\"id\":\"" + json(model)
            + "\",\"object\":\"model\",\"created\":0,\"owned_by\":\"docgen-test\"}]}"));
        return;
      }
      if (!ex.getRequestMethod().equals("POST") || !path.endsWith("/chat/completions")) {
        send(ex, Reply.status(404).body("{\"error\":{\"message\":\"no route " + json(path) + "\"}}"));
        return;
      }
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      ex.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
      RecordedRequest request;
      synchronized (requests) {
        request = new RecordedRequest(requests.size() + 1, path, headers, new String(body, StandardCharsets.UTF_8));
        requests.add(request);
      }
      Reply reply = queue.poll();
      send(ex, reply != null ? reply : otherwise.apply(request), request);
    } finally {
      ex.close();
    }
  }

  private void send(HttpExchange ex, Reply reply) throws IOException {
    send(ex, reply, null);
  }

  private void send(HttpExchange ex, Reply reply, RecordedRequest request) throws IOException {
    long wait = reply.delay.toMillis();
    if (reply.tokensPerSecond > 0 && reply.content != null) {
      // A model writes its answer token by token: a long answer takes longer than a short one.
      wait += Math.round(tokens(reply.content) * 1000 / reply.tokensPerSecond);
    }
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    String body = reply.content != null ? completion(reply.content, request) : reply.body;
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    reply.retryAfter.ifPresent(d -> ex.getResponseHeaders().set("Retry-After", d));
    try {
      ex.sendResponseHeaders(reply.status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          if (!reply.stall.isZero()) {
            out.write(bytes, 0, 1);
            out.flush();
            Thread.sleep(reply.stall.toMillis());
            out.write(bytes, 1, bytes.length - 1);
          } else {
            out.write(bytes);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException clientGone) {
      // the client timed out and closed the connection: nothing to answer
    }
  }

  private String completion(String content, RecordedRequest request) {
    int promptTokens = request == null ? 0 : Math.max(1, request.body().length() / 4);
    int completionTokens = tokens(content);
    return "{\"id\":\"chatcmpl-fake-" + ids.incrementAndGet() + "\",\"object\":\"chat.completion\",\"created\":0,"
        + "\"model\":\"" + json(modelVersion) + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
        + "\"content\":\"" + json(content) + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":"
        + promptTokens + ",\"completion_tokens\":" + completionTokens + ",\"total_tokens\":"
        + (promptTokens + completionTokens) + "}}";
  }

  /** About four characters a token, as OpenAI's tokenizers give for English prose and JSON. */
  static int tokens(String content) {
    return Math.max(1, content.length() / 4);
  }

  /** Escapes text for a JSON string literal. */
  static String json(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * A chat completion request as it arrived.
   *
   * @param index 1 for the first request
   */
  public record RecordedRequest(int index, String path, Map<String, String> headers, String body) {
    public RecordedRequest {
      headers = Collections.unmodifiableMap(new TreeMap<>(headers));
    }
  }

  /** One scripted answer. Immutable; each method returns a new reply. */
  public static final class Reply {
    private final int status;
    private final String content;
    private final String body;
    private final Duration delay;
    private final java.util.Optional<String> retryAfter;
    private final Duration stall;

    private final double tokensPerSecond;

    private Reply(int status, String content, String body, Duration delay, java.util.Optional<String> retryAfter) {
      this(status, content, body, delay, retryAfter, Duration.ZERO, 0);
    }

    private Reply(int status, String content, String body, Duration delay, java.util.Optional<String> retryAfter,
        Duration stall, double tokensPerSecond) {
      this.status = status;
      this.content = content;
      this.body = body;
      this.delay = delay;
      this.retryAfter = retryAfter;
      this.stall = stall;
      this.tokensPerSecond = tokensPerSecond;
    }

    /**
     * The same reply written at this many tokens a second (a token being about four characters), after
     * any {@link #delay}: at 60 tokens/s a 2,400-token document takes 40 s, as from a hosted model.
     */
    public Reply tokensPerSecond(double rate) {
      if (!(rate > 0)) {
        throw new IllegalArgumentException("tokens per second must be positive: " + rate);
      }
      return new Reply(status, content, body, delay, retryAfter, stall, rate);
    }

    /** The same reply with its headers sent at once and its body only after this long, as a stuck server does. */
    public Reply stall(Duration stall) {
      return new Reply(status, content, body, delay, retryAfter, requireNonNull(stall, "stall"), tokensPerSecond);
    }

    /** A 200 chat completion whose assistant message is {@code content} (for docgen: the spec JSON). */
    public static Reply content(String content) {
      return new Reply(200, requireNonNull(content, "content"), "", Duration.ZERO, java.util.Optional.empty());
    }

    /** A bare HTTP status with an OpenAI-style error body. */
    public static Reply status(int status) {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("not an HTTP status: " + status);
      }
      return new Reply(status, null, status >= 400 ? "{\"error\":{\"message\":\"fake error " + status
          + "\",\"type\":\"server_error\"}}" : "", Duration.ZERO, java.util.Optional.empty());
    }

    /** The same reply with this raw response body. */
    public Reply body(String body) {
      return new Reply(status, null, requireNonNull(body, "body"), delay, retryAfter);
    }

    /** The same reply sent after waiting this long. */
    public Reply delay(Duration delay) {
      return new Reply(status, content, body, requireNonNull(delay, "delay"), retryAfter, stall, tokensPerSecond);
    }

    /** The same reply with a {@code Retry-After} header in whole seconds (rounded up). */
    public Reply retryAfter(Duration wait) {
      long seconds = Math.max(0, (wait.toMillis() + 999) / 1000);
      return new Reply(status, content, body, delay, java.util.Optional.of(Long.toString(seconds)), stall,
          tokensPerSecond);
    }

    /** The same reply with a raw {@code Retry-After} header value (seconds or an HTTP date). */
    public Reply retryAfter(String value) {
      return new Reply(status, content, body, delay, java.util.Optional.of(value), stall, tokensPerSecond);
    }
  }
}
