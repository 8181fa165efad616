package dev.docgen.spring;

import dev.docgen.api.spi.ContentGenerator;
import dev.docgen.llm.openai.OpenAiContentGenerator;
import dev.docgen.llm.openai.OpenAiSettings;

/** The openai provider from {@code docgen.llm.*}; kept apart so the class loads only when the module is there. */
final class OpenAiGenerators {
  private OpenAiGenerators() {}

  static ContentGenerator create(DocgenProperties.Llm llm) {
    OpenAiSettings.Builder s = OpenAiSettings.builder().baseUrl(llm.getBaseUrl()).model(llm.getModel())
        .timeout(llm.getTimeout()).parallel(llm.getParallel());
    if (llm.getApiKey() != null && !llm.getApiKey().isBlank()) {
      s.apiKey(llm.getApiKey());
    }
    return OpenAiContentGenerator.create(s.build());
  }
}
