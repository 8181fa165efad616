package dev.docgen.cli;

import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.ModelPolicy;
import dev.docgen.llm.openai.OpenAiContentGenerator;
import dev.docgen.llm.openai.OpenAiSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * Options for the openai provider, shared by {@code generate} and {@code health}. Anything not given
 * comes from the environment ({@code DOCGEN_LLM_BASE_URL}, {@code OPENAI_API_KEY}, {@code DOCGEN_LLM_MODEL}...).
 */
final class LlmOptions {
  @Option(names = "--llm-url", paramLabel = "URL",
      description = "OpenAI-compatible endpoint, up to /v1: https://api.openai.com/v1, http://localhost:11434/v1 "
          + "(Ollama), http://localhost:8000/v1 (vLLM). Default: $DOCGEN_LLM_BASE_URL.")
  String url;

  @Option(names = "--model", paramLabel = "NAME", description = "Model name, e.g. gpt-4o-mini or llama3.1. Default: "
      + "$DOCGEN_LLM_MODEL or gpt-4o-mini.")
  String model;

  @Option(names = "--llm-timeout", paramLabel = "SECONDS", description = "Longest one model call may take (default: 60).")
  Double timeout;

  @Option(names = "--llm-parallel", paramLabel = "N",
      description = "Write a document of five or more sections as an outline, then up to N sections at once "
          + "(1 to 16; default: $DOCGEN_LLM_PARALLEL or 1, one call per document).")
  Integer parallel;

  @Option(names = "--deadline", paramLabel = "SECONDS",
      description = "Budget for the model's content, retries and repairs included (default: 120).")
  Double deadline;

  @Option(names = "--fallback-offline",
      description = "If the model fails or the deadline passes, write the document with the offline engine instead.")
  boolean fallbackOffline;

  /** Whether any option asks for the openai provider. */
  boolean given() {
    return url != null || model != null || timeout != null || parallel != null;
  }

  /** Adds a configured openai provider and the model policy to {@code builder}. */
  DocumentPipeline.Builder apply(DocumentPipeline.Builder builder) {
    ModelPolicy.Builder policy = ModelPolicy.builder().fallbackToOffline(fallbackOffline);
    try {
      if (deadline != null) {
        policy.deadline(seconds(deadline, "--deadline"));
      }
      builder.modelPolicy(policy.build());
      if (given()) {
        OpenAiSettings.Builder s = OpenAiSettings.fromEnvironment().toBuilder();
        if (url != null) {
          s.baseUrl(url);
        }
        if (model != null) {
          s.model(model);
        }
        if (timeout != null) {
          s.timeout(seconds(timeout, "--llm-timeout"));
        }
        if (parallel != null) {
          if (parallel < 1 || parallel > 16) {
            throw new IllegalArgumentException("--llm-parallel must be 1 to 16 calls: " + parallel);
          }
          s.parallel(parallel);
        }
        builder.contentGenerator(OpenAiContentGenerator.create(s.build()));
      }
    } catch (IllegalArgumentException e) {
      throw new DocgenCommand.UsageProblem(e.getMessage());
    }
    return builder;
  }

  private static Duration seconds(double value, String option) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(option + " must be a positive number of seconds: " + value);
    }
    return Duration.ofMillis(Math.round(value * 1000));
  }
}
