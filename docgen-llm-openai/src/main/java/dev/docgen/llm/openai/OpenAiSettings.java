package dev.docgen.llm.openai;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where and how to call an OpenAI-compatible endpoint. Built in code, or read from system properties
 * and environment variables (a system property wins over the variable):
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>variable</th><th>system property</th><th>default</th></tr>
 *   <tr><td>{@code DOCGEN_LLM_BASE_URL} (or {@code OPENAI_BASE_URL})</td><td>{@code docgen.llm.baseUrl}</td>
 *       <td>{@code https://api.openai.com/v1}</td></tr>
 *   <tr><td>{@code OPENAI_API_KEY} (or {@code DOCGEN_LLM_API_KEY})</td><td>{@code docgen.llm.apiKey}</td>
 *       <td>none (Ollama, vLLM and llama.cpp need none)</td></tr>
 *   <tr><td>{@code DOCGEN_LLM_MODEL}</td><td>{@code docgen.llm.model}</td><td>{@code gpt-4o-mini}</td></tr>
 *   <tr><td>{@code DOCGEN_LLM_TIMEOUT}</td><td>{@code docgen.llm.timeout}</td><td>60 s per call</td></tr>
 *   <tr><td>{@code DOCGEN_LLM_MAX_TOKENS}</td><td>{@code docgen.llm.maxTokens}</td><td>4096</td></tr>
 *   <tr><td>{@code DOCGEN_LLM_TEMPERATURE}</td><td>{@code docgen.llm.temperature}</td><td>0.2</td></tr>
 *   <tr><td>{@code DOCGEN_LLM_RESPONSE_FORMAT}</td><td>{@code docgen.llm.responseFormat}</td>
 *       <td>{@code json_schema} (structured output; falls back to {@code json_object} when refused)</td></tr>
 *   <tr><td>{@code DOCGEN_LLM_PARALLEL}</td><td>{@code docgen.llm.parallel}</td><td>1: one call per document;
 *       2 to 16: a long document (five or more sections) is written as an outline, then its sections in up to
 *       this many calls at once</td></tr>
 * </table>
 *
 * Durations are seconds ({@code 20}, {@code 2.5}) or ISO-8601 ({@code PT20S}).
 */
public final class OpenAiSettings {
  public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
  public static final String DEFAULT_MODEL = "gpt-4o-mini";

  /** How the answer is constrained to the document schema. */
  public enum ResponseFormat {
    /** Structured output: the schema goes in {@code response_format}. */
    JSON_SCHEMA,
    /** JSON mode: {@code response_format: json_object}, with the schema in the prompt. */
    JSON_OBJECT
  }

  private final String baseUrl;
  private final String apiKey;
  private final String model;
  private final Duration timeout;
  private final int maxTokens;
  private final double temperature;
  private final ResponseFormat responseFormat;
  private final int draftRows;
  private final int parallel;
  private final boolean explicit;

  private OpenAiSettings(Builder b) {
    this.baseUrl = b.baseUrl;
    this.apiKey = b.apiKey;
    this.model = b.model;
    this.timeout = b.timeout;
    this.maxTokens = b.maxTokens;
    this.temperature = b.temperature;
    this.responseFormat = b.responseFormat;
    this.draftRows = b.draftRows;
    this.parallel = b.parallel;
    this.explicit = b.explicit;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Settings from system properties and environment variables. */
  public static OpenAiSettings fromEnvironment() {
    return fromSources(System::getProperty, System.getenv());
  }

  /** Settings from these sources; visible for tests. */
  static OpenAiSettings fromSources(Function<String, String> properties, Map<String, String> env) {
    Builder b = builder();
    Function<String[], Optional<String>> read = names -> {
      String value = properties.apply(names[0]);
      for (int i = 1; (value == null || value.isBlank()) && i < names.length; i++) {
        value = env.get(names[i]);
      }
      return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    };
    read.apply(new String[] {"docgen.llm.baseUrl", "DOCGEN_LLM_BASE_URL", "OPENAI_BASE_URL"}).ifPresent(b::baseUrl);
    read.apply(new String[] {"docgen.llm.apiKey", "OPENAI_API_KEY", "DOCGEN_LLM_API_KEY"}).ifPresent(b::apiKey);
    read.apply(new String[] {"docgen.llm.model", "DOCGEN_LLM_MODEL"}).ifPresent(b::model);
    read.apply(new String[] {"docgen.llm.timeout", "DOCGEN_LLM_TIMEOUT"})
        .ifPresent(v -> b.timeout(duration(v, "DOCGEN_LLM_TIMEOUT")));
    read.apply(new String[] {"docgen.llm.maxTokens", "DOCGEN_LLM_MAX_TOKENS"})
        .ifPresent(v -> b.maxTokens(integer(v, "DOCGEN_LLM_MAX_TOKENS")));
    read.apply(new String[] {"docgen.llm.temperature", "DOCGEN_LLM_TEMPERATURE"})
        .ifPresent(v -> b.temperature(decimal(v, "DOCGEN_LLM_TEMPERATURE")));
    read.apply(new String[] {"docgen.llm.responseFormat", "DOCGEN_LLM_RESPONSE_FORMAT"})
        .ifPresent(v -> b.responseFormat(format(v)));
    read.apply(new String[] {"docgen.llm.parallel", "DOCGEN_LLM_PARALLEL"})
        .ifPresent(v -> b.parallel(integer(v, "DOCGEN_LLM_PARALLEL")));
    return b.build();
  }

  /**
   * Whether docgen's own endpoint setting is there ({@code DOCGEN_LLM_BASE_URL} or
   * {@code docgen.llm.baseUrl}), which makes the provider the default. An {@code OPENAI_API_KEY}
   * alone does not: data goes to a model only when docgen was pointed at one or asked for it.
   */
  static boolean configuredIn(Function<String, String> properties, Map<String, String> env) {
    String property = properties.apply("docgen.llm.baseUrl");
    String variable = env.get("DOCGEN_LLM_BASE_URL");
    return property != null && !property.isBlank() || variable != null && !variable.isBlank();
  }

  /** A builder pre-filled with these settings. */
  public Builder toBuilder() {
    Builder b = builder().baseUrl(baseUrl).model(model).timeout(timeout).maxTokens(maxTokens).temperature(temperature)
        .responseFormat(responseFormat).draftRows(draftRows).parallel(parallel);
    apiKey().ifPresent(b::apiKey);
    b.explicit = explicit;
    return b;
  }

  /** The endpoint, without a trailing slash: {@code http://localhost:11434/v1}. */
  public String baseUrl() {
    return baseUrl;
  }

  public Optional<String> apiKey() {
    return Optional.ofNullable(apiKey);
  }

  public String model() {
    return model;
  }

  /** The longest one call may take; the pipeline's deadline may cut it shorter. */
  public Duration timeout() {
    return timeout;
  }

  public int maxTokens() {
    return maxTokens;
  }

  public double temperature() {
    return temperature;
  }

  public ResponseFormat responseFormat() {
    return responseFormat;
  }

  /** Rows of each data table shown to the model (the tables themselves come from the data engine). */
  public int draftRows() {
    return draftRows;
  }

  /**
   * How many section calls may run at once for a long document; 1 writes every document in one call.
   * At 60 tokens a second a ten-section report takes about 40 s in one call and about 12 s as an outline
   * and four sections at a time, for about three times the input tokens.
   */
  public int parallel() {
    return parallel;
  }

  @Override
  public String toString() {
    return "OpenAiSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "set")
        + ", timeout=" + timeout + ", maxTokens=" + maxTokens + ", temperature=" + temperature + ", responseFormat="
        + responseFormat + ", parallel=" + parallel + "]";
  }

  private static Duration duration(String v, String name) {
    try {
      if (v.startsWith("P") || v.startsWith("p")) {
        return Duration.parse(v.toUpperCase(Locale.ROOT));
      }
      return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be seconds (20) or an ISO-8601 duration (PT20S): " + v);
    }
  }

  private static int integer(String v, String name) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number: " + v);
    }
  }

  private static double decimal(String v, String name) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number between 0 and 2: " + v);
    }
  }

  private static ResponseFormat format(String v) {
    return switch (v.toLowerCase(Locale.ROOT).replace('-', '_')) {
      case "json_schema" -> ResponseFormat.JSON_SCHEMA;
      case "json_object", "json" -> ResponseFormat.JSON_OBJECT;
      default -> throw new IllegalArgumentException("DOCGEN_LLM_RESPONSE_FORMAT must be json_schema or json_object: " + v);
    };
  }

  /** Builds {@link OpenAiSettings}; setters reject bad values at once. */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private String apiKey;
    private String model = DEFAULT_MODEL;
    private Duration timeout = Duration.ofSeconds(60);
    private int maxTokens = 4096;
    private double temperature = 0.2;
    private ResponseFormat responseFormat = ResponseFormat.JSON_SCHEMA;
    private int draftRows = 20;
    private int parallel = 1;
    private boolean explicit;

    private Builder() {}

    /** The endpoint's base URL, up to and including {@code /v1}. */
    public Builder baseUrl(String url) {
      requireNonNull(url, "url");
      String trimmed = url.trim().replaceAll("/+$", "");
      URI uri;
      try {
        uri = URI.create(trimmed);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the model base URL is not a URL: " + url);
      }
      if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        throw new IllegalArgumentException("the model base URL must be http(s)://host[:port]/path, e.g. "
            + "http://localhost:11434/v1: " + url);
      }
      if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException("the model base URL must not carry credentials or a query (they would "
            + "end up in logs and document properties); put the key in OPENAI_API_KEY: " + uri.getScheme() + "://"
            + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getPath());
      }
      this.baseUrl = trimmed;
      this.explicit = true;
      return this;
    }

    public Builder apiKey(String key) {
      requireNonNull(key, "key");
      if (key.isBlank()) {
        throw new IllegalArgumentException("the API key is blank");
      }
      this.apiKey = key.trim();
      this.explicit = true;
      return this;
    }

    public Builder model(String model) {
      requireNonNull(model, "model");
      if (model.isBlank()) {
        throw new IllegalArgumentException("the model name is blank");
      }
      this.model = model.trim();
      return this;
    }

    public Builder timeout(Duration timeout) {
      requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    public Builder maxTokens(int tokens) {
      if (tokens < 256) {
        throw new IllegalArgumentException("maxTokens must be at least 256 to hold a document: " + tokens);
      }
      this.maxTokens = tokens;
      return this;
    }

    public Builder temperature(double temperature) {
      if (!(temperature >= 0 && temperature <= 2)) {
        throw new IllegalArgumentException("temperature must be between 0 and 2: " + temperature);
      }
      this.temperature = temperature;
      return this;
    }

    public Builder responseFormat(ResponseFormat format) {
      this.responseFormat = requireNonNull(format, "format");
      return this;
    }

    public Builder draftRows(int rows) {
      if (rows < 1 || rows > 1000) {
        throw new IllegalArgumentException("draftRows must be 1 to 1000: " + rows);
      }
      this.draftRows = rows;
      return this;
    }

    /** 1 (one call per document) to 16 section calls at once for a long document. */
    public Builder parallel(int calls) {
      if (calls < 1 || calls > 16) {
        throw new IllegalArgumentException("parallel must be 1 to 16 calls: " + calls);
      }
      this.parallel = calls;
      return this;
    }

    public OpenAiSettings build() {
      return new OpenAiSettings(this);
    }
  }
}
