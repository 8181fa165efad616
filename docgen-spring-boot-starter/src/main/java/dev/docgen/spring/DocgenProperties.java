package dev.docgen.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** docgen's settings under {@code docgen.*}; every one has a working default. */
@ConfigurationProperties("docgen")
public class DocgenProperties {
  /** The data directory of the embedded stores: jobs, batches, artifacts, templates. Default: $DOCGEN_HOME or ~/.docgen. */
  private Path home;

  private final Templates templates = new Templates();
  private final Limits limits = new Limits();
  private final Jobs jobs = new Jobs();
  private final Llm llm = new Llm();

  /** The data directory: {@code docgen.home}, else {@code DOCGEN_HOME}, else {@code ~/.docgen}. */
  public Path getHome() {
    if (home != null) {
      return home;
    }
    String env = System.getenv("DOCGEN_HOME");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".docgen");
  }

  public void setHome(Path home) {
    this.home = home;
  }

  public Templates getTemplates() {
    return templates;
  }

  public Limits getLimits() {
    return limits;
  }

  public Jobs getJobs() {
    return jobs;
  }

  public Llm getLlm() {
    return llm;
  }

  /** Where published templates live. */
  public static class Templates {
    /** The template directory. Default: HOME/templates. */
    private Path directory;
    /** Memory bound of the parsed-template cache, in bytes. */
    private long cacheBytes = 64L << 20;

    public Path getDirectory() {
      return directory;
    }

    public void setDirectory(Path directory) {
      this.directory = directory;
    }

    public long getCacheBytes() {
      return cacheBytes;
    }

    public void setCacheBytes(long cacheBytes) {
      this.cacheBytes = cacheBytes;
    }
  }

  /** What one request may be. */
  public static class Limits {
    /** Longest prompt, in characters. */
    private int maxPromptChars = dev.docgen.core.Limits.DEFAULT.maxPromptChars();
    /** Largest data file, in bytes. */
    private long maxDataBytes = dev.docgen.core.Limits.DEFAULT.maxDataBytes();
    /** Most data rows. */
    private int maxDataRows = dev.docgen.core.Limits.DEFAULT.maxDataRows();

    public int getMaxPromptChars() {
      return maxPromptChars;
    }

    public void setMaxPromptChars(int maxPromptChars) {
      this.maxPromptChars = maxPromptChars;
    }

    public long getMaxDataBytes() {
      return maxDataBytes;
    }

    public void setMaxDataBytes(long maxDataBytes) {
      this.maxDataBytes = maxDataBytes;
    }

    public int getMaxDataRows() {
      return maxDataRows;
    }

    public void setMaxDataRows(int maxDataRows) {
      this.maxDataRows = maxDataRows;
    }
  }

  /** The job service. */
  public static class Jobs {
    /** Documents made at once. Default: one per core. */
    private int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Jobs that may wait; more are refused with 503 and Retry-After. */
    private int queueCapacity = 1000;
    /** Requests one batch may hold. */
    private int maxBatch = 1000;
    /** How long running jobs get to finish on shutdown. */
    private Duration grace = Duration.ofSeconds(30);

    public int getWorkers() {
      return workers;
    }

    public void setWorkers(int workers) {
      this.workers = workers;
    }

    public int getQueueCapacity() {
      return queueCapacity;
    }

    public void setQueueCapacity(int queueCapacity) {
      this.queueCapacity = queueCapacity;
    }

    public int getMaxBatch() {
      return maxBatch;
    }

    public void setMaxBatch(int maxBatch) {
      this.maxBatch = maxBatch;
    }

    public Duration getGrace() {
      return grace;
    }

    public void setGrace(Duration grace) {
      this.grace = grace;
    }
  }

  /** An OpenAI-compatible model, used when base-url is set and docgen-llm-openai is on the classpath. */
  public static class Llm {
    /** The endpoint up to /v1, e.g. http://localhost:11434/v1. */
    private String baseUrl;
    /** The API key, if the endpoint needs one. */
    private String apiKey;
    /** The model name. */
    private String model = "gpt-4o-mini";
    /** Longest one model call may take. */
    private Duration timeout = Duration.ofSeconds(60);
    /** Sections of a long document written at once (1: one call per document). */
    private int parallel = 1;
    /** Budget for the model's content, retries and repairs included. */
    private Duration deadline = Duration.ofSeconds(120);
    /** Write the document with the offline engine when the model fails. */
    private boolean fallbackOffline;

    public String getBaseUrl() {
      return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    public String getApiKey() {
      return apiKey;
    }

    public void setApiKey(String apiKey) {
      this.apiKey = apiKey;
    }

    public String getModel() {
      return model;
    }

    public void setModel(String model) {
      this.model = model;
    }

    public Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }

    public int getParallel() {
      return parallel;
    }

    public void setParallel(int parallel) {
      this.parallel = parallel;
    }

    public Duration getDeadline() {
      return deadline;
    }

    public void setDeadline(Duration deadline) {
      this.deadline = deadline;
    }

    public boolean isFallbackOffline() {
      return fallbackOffline;
    }

    public void setFallbackOffline(boolean fallbackOffline) {
      this.fallbackOffline = fallbackOffline;
    }
  }
}
