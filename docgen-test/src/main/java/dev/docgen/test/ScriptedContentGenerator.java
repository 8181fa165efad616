package dev.docgen.test;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.GenerationException;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.spi.ContentGenerator;
import dev.docgen.api.spi.GenerationContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Stands in for an LLM content generator in host applications' tests: it answers with the specs
 * (or failures) it was scripted with, in order, and records every request it saw.
 *
 * <pre>{@code
 * ScriptedContentGenerator llm = ScriptedContentGenerator.replying(spec);
 * DocumentPipeline pipeline = DocumentPipeline.builder().contentGenerator(llm).build();
 * pipeline.generate(GenerationRequest.builder("Q4 status report").provider("scripted").build());
 * assertThat(llm.calls()).hasSize(1);
 * }</pre>
 */
public final class ScriptedContentGenerator implements ContentGenerator {
  /** The provider id to request it by. */
  public static final String ID = "scripted";
  private final Deque<Function<GenerationContext, DocumentSpec>> script = new ArrayDeque<>();
  private final List<GenerationContext> calls = Collections.synchronizedList(new ArrayList<>());
  private final int priority;
  private volatile boolean modelBacked;

  private ScriptedContentGenerator(int priority) {
    this.priority = priority;
  }

  /** A generator that answers each call with the next spec, then repeats the last one. */
  public static ScriptedContentGenerator replying(DocumentSpec... specs) {
    ScriptedContentGenerator g = new ScriptedContentGenerator(1000);
    for (DocumentSpec s : specs) {
      g.then(s);
    }
    return g;
  }

  /** Queues a spec as the next answer. */
  public synchronized ScriptedContentGenerator then(DocumentSpec spec) {
    requireNonNull(spec, "spec");
    script.addLast(ctx -> spec);
    return this;
  }

  /** Queues an answer computed from the request (for example echoing its title). */
  public synchronized ScriptedContentGenerator then(Function<GenerationContext, DocumentSpec> answer) {
    script.addLast(requireNonNull(answer, "answer"));
    return this;
  }

  /** Queues a failure, as a provider that times out or returns garbage would fail. */
  public synchronized ScriptedContentGenerator thenFail(String message) {
    script.addLast(ctx -> {
      throw new GenerationException(message, false, null);
    });
    return this;
  }

  /**
   * Makes the pipeline treat this generator as a language model: it gets the data engine's draft,
   * its results are cached, retriable failures are retried, and its numbers are checked against
   * the data, as for the {@code openai} provider. Identical requests are then answered from the
   * cache, so script different prompts where a test needs several answers.
   */
  public ScriptedContentGenerator asModel() {
    this.modelBacked = true;
    return this;
  }

  /** Queues a model endpoint failure: retriable, as a 429 or 5xx is, with an optional wait it asks for. */
  public synchronized ScriptedContentGenerator thenUnavailable(int status, java.time.Duration retryAfter) {
    script.addLast(ctx -> {
      throw new dev.docgen.api.ModelUnavailableException("scripted endpoint failure (HTTP " + status + ")", status, true,
          retryAfter, null);
    });
    return this;
  }

  @Override
  public boolean modelBacked() {
    return modelBacked;
  }

  @Override
  public String configurationKey() {
    return ID + "@" + System.identityHashCode(this);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int priority() {
    return priority;
  }

  @Override
  public synchronized DocumentSpec generate(GenerationContext context) {
    calls.add(context);
    if (script.isEmpty()) {
      throw new GenerationException("the scripted generator has no answer left for call " + calls.size(), false, null);
    }
    Function<GenerationContext, DocumentSpec> next = script.size() > 1 ? script.pollFirst() : script.peekFirst();
    return next.apply(context);
  }

  /** Every request seen, in order. */
  public List<GenerationContext> calls() {
    return List.copyOf(calls);
  }
}
