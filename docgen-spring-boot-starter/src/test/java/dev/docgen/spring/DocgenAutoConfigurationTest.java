package dev.docgen.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.job.Job;
import dev.docgen.api.job.JobQueue;
import dev.docgen.api.job.JobRequest;
import dev.docgen.api.job.JobStatus;
import dev.docgen.api.spi.ContentGenerator;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.job.DocumentJobs;
import dev.docgen.core.job.InProcessJobQueue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter in a real Spring context, as a host application gets it. */
class DocgenAutoConfigurationTest {
  @TempDir
  Path home;

  ApplicationContextRunner runner() {
    return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(DocgenAutoConfiguration.class))
        .withPropertyValues("docgen.home=" + home, "docgen.jobs.workers=2", "docgen.jobs.queue-capacity=50");
  }

  @Test
  void a_host_gets_a_pipeline_and_a_running_job_service_that_makes_documents() {
    runner().run(ctx -> {
      assertThat(ctx).hasSingleBean(DocumentPipeline.class).hasSingleBean(DocumentJobs.class)
          .hasSingleBean(JobQueue.class);
      DocumentJobs jobs = ctx.getBean(DocumentJobs.class);
      assertThat(jobs.queue().capacity()).isEqualTo(50);
      Job job = jobs.submit(JobRequest.of("Create a project status report for Q4 2025", "docx"));
      Job done = jobs.await(job.id(), Duration.ofSeconds(60)).orElseThrow();
      assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
      try (InputStream in = jobs.open(done.id()).orElseThrow(); XWPFDocument doc = new XWPFDocument(in);
          XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
        assertThat(words.getText()).contains("Q4 2025");
      }
      assertThat(Files.isDirectory(home.resolve("jobs"))).isTrue();
      assertThat(Files.list(home.resolve("artifacts")).count()).isEqualTo(1);
      assertThat(ctx.getBean(DocumentPipeline.class).formats()).contains("docx", "pdf", "xlsx");
    });
  }

  @Test
  void every_bean_backs_off_when_the_host_defines_its_own() {
    DocumentPipeline own = DocumentPipeline.builder().build();
    JobQueue queue = InProcessJobQueue.withCapacity(7);
    runner().withBean(DocumentPipeline.class, () -> own).withBean(JobQueue.class, () -> queue).run(ctx -> {
      assertThat(ctx.getBean(DocumentPipeline.class)).isSameAs(own);
      assertThat(ctx.getBean(DocumentJobs.class).queue()).isSameAs(queue);
    });
  }

  @Test
  void metrics_go_to_the_contexts_registry() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    runner().withBean(MeterRegistry.class, () -> registry).run(ctx -> {
      DocumentJobs jobs = ctx.getBean(DocumentJobs.class);
      Job done = jobs.await(jobs.submit(JobRequest.of("Create a project status report for Q4 2025", "docx")).id(),
          Duration.ofSeconds(60)).orElseThrow();
      assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
      assertThat(registry.get("doc_generation_seconds").timer().count()).isEqualTo(1);
      assertThat(registry.get("docgen_queue_depth").tag("queue", "document_queue").gauge().value()).isZero();
    });
  }

  @Test
  void each_component_has_a_health_indicator_that_tells_the_truth() {
    runner().run(ctx -> {
      Map<String, HealthIndicator> indicators = ctx.getBeansOfType(HealthIndicator.class);
      assertThat(indicators).containsKeys("docgenRenderersHealthIndicator", "docgenProvidersHealthIndicator",
          "docgenStoreHealthIndicator", "docgenQueueHealthIndicator");
      assertThat(indicators.get("docgenRenderersHealthIndicator").health().getStatus()).isEqualTo(Status.UP);
      assertThat(indicators.get("docgenRenderersHealthIndicator").health().getDetails().get("formats").toString())
          .contains("pdf");
      assertThat(indicators.get("docgenStoreHealthIndicator").health().getStatus()).isEqualTo(Status.UP);
      HealthIndicator queue = indicators.get("docgenQueueHealthIndicator");
      assertThat(queue.health().getStatus()).isEqualTo(Status.UP);
      ctx.getBean(DocumentJobs.class).close();
      assertThat(queue.health().getStatus()).isEqualTo(Status.DOWN);
      assertThat(queue.health().getDetails()).containsEntry("draining", true);
    });
  }

  @Test
  void a_model_endpoint_in_the_properties_adds_the_openai_provider() {
    runner().withPropertyValues("docgen.llm.base-url=http://127.0.0.1:9/v1", "docgen.llm.model=llama3.1",
        "docgen.llm.parallel=4").run(ctx -> {
          assertThat(ctx).hasBean("docgenOpenAiGenerator");
          ContentGenerator g = ctx.getBean("docgenOpenAiGenerator", ContentGenerator.class);
          assertThat(g.id()).isEqualTo("openai");
          assertThat(g.configurationKey()).contains("http://127.0.0.1:9/v1").contains("llama3.1");
        });
    runner().run(ctx -> assertThat(ctx).doesNotHaveBean("docgenOpenAiGenerator"));
  }

  @Test
  void a_bad_setting_fails_the_start_with_its_name() {
    runner().withPropertyValues("docgen.jobs.workers=0").run(ctx -> {
      assertThat(ctx).hasFailed();
      assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("workers must be 1 to 256: 0");
    });
  }
}
