package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.docgen.api.GenerationException;
import dev.docgen.api.GenerationRequest;
import dev.docgen.api.ModelUnavailableException;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.spi.ContentGenerator;
import dev.docgen.api.spi.GenerationContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** How the pipeline drives model-backed generators, whatever the provider. */
class ModelPolicyTest {
  /** A model that waits for a signal, then fails with an Error (not an exception). */
  static final class BrokenModel implements ContentGenerator {
    final CountDownLatch go = new CountDownLatch(1);

    @Override
    public String id() {
      return "broken";
    }

    @Override
    public boolean modelBacked() {
      return true;
    }

    @Override
    public DocumentSpec generate(GenerationContext context) {
      try {
        go.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new StackOverflowError("model client bug");
    }
  }

  @Test
  void requestsWaitingOnAFailedIdenticalRequestAreReleased() {
    BrokenModel model = new BrokenModel();
    DocumentPipeline pipeline = DocumentPipeline.builder().contentGenerator(model).build();
    GenerationRequest request = GenerationRequest.builder("Create a project status report for Q4 2025")
        .provider("broken").build();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      CompletableFuture<Throwable> leader = CompletableFuture.supplyAsync(() -> failure(pipeline, request));
      Thread.sleep(300);
      CompletableFuture<Throwable> follower = CompletableFuture.supplyAsync(() -> failure(pipeline, request));
      Thread.sleep(300);
      model.go.countDown();
      assertThat(leader.get()).isInstanceOf(Error.class);
      assertThat(follower.get()).isInstanceOf(GenerationException.class).hasMessageContaining("StackOverflowError");
    });
  }

  @Test
  void aModelOutageReachesTheCallerOnlyAndIsNotCached() {
    AtomicInteger calls = new AtomicInteger();
    ContentGenerator down = new ContentGenerator() {
      @Override
      public String id() {
        return "down";
      }

      @Override
      public boolean modelBacked() {
        return true;
      }

      @Override
      public DocumentSpec generate(GenerationContext context) {
        calls.incrementAndGet();
        throw new ModelUnavailableException("cannot reach the model endpoint http://127.0.0.1:9/v1", 0, false, null,
            null);
      }
    };
    DocumentPipeline pipeline = DocumentPipeline.builder().contentGenerator(down).build();
    GenerationRequest request = GenerationRequest.builder("Create a project status report for Q4 2025")
        .provider("down").build();
    // Libraries such as Caffeine log through System.Logger, which is java.util.logging unless a host app routes it.
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
          logged.add(r);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    root.addHandler(handler);
    try {
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> pipeline.generate(request)).isInstanceOf(ModelUnavailableException.class)
            .hasMessageContaining("http://127.0.0.1:9/v1");
      }
    } finally {
      root.removeHandler(handler);
    }
    assertThat(logged).extracting(r -> r.getLoggerName() + ": " + r.getMessage()).isEmpty();
    assertThat(calls).as("a failure is not kept in the cache").hasValue(2);
  }

  @Test
  void aBuggyModelFallsBackWhenAskedAndOtherwiseFailsTyped() {
    ContentGenerator buggy = new ContentGenerator() {
      @Override
      public String id() {
        return "buggy";
      }

      @Override
      public boolean modelBacked() {
        return true;
      }

      @Override
      public DocumentSpec generate(GenerationContext context) {
        throw new IllegalStateException("null pointer in the model client");
      }
    };
    GenerationRequest request = GenerationRequest.builder("Create a project status report for Q4 2025")
        .provider("buggy").build();
    assertThatThrownBy(() -> DocumentPipeline.builder().contentGenerator(buggy).build().generate(request))
        .isInstanceOf(GenerationException.class).hasMessageContaining("buggy failed unexpectedly");
    DocumentPipeline withFallback = DocumentPipeline.builder().contentGenerator(buggy)
        .modelPolicy(ModelPolicy.builder().fallbackToOffline(true).build()).build();
    assertThat(withFallback.generate(request).provenance()).containsEntry("provider", "offline");
  }

  @Test
  void badPolicyValuesAreRefusedWithTheValue() {
    assertThatThrownBy(() -> ModelPolicy.builder().deadline(Duration.ZERO)).hasMessageContaining("PT0S");
    assertThatThrownBy(() -> ModelPolicy.builder().maxRetries(-1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> ModelPolicy.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("shorter");
  }

  private static Throwable failure(DocumentPipeline pipeline, GenerationRequest request) {
    try {
      pipeline.generate(request);
      return null;
    } catch (Throwable t) {
      return t;
    }
  }
}
