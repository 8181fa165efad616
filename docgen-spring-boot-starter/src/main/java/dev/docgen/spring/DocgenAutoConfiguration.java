package dev.docgen.spring;

import dev.docgen.api.job.ArtifactStore;
import dev.docgen.api.job.JobQueue;
import dev.docgen.api.job.JobStore;
import dev.docgen.api.spi.ContentGenerator;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.Limits;
import dev.docgen.core.ModelPolicy;
import dev.docgen.core.job.DocumentJobs;
import dev.docgen.core.job.FileArtifactStore;
import dev.docgen.core.job.FileJobStore;
import dev.docgen.core.job.InProcessJobQueue;
import dev.docgen.core.job.JobListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link DocumentPipeline} and a {@link DocumentJobs} service from {@code docgen.*} properties, on
 * the embedded default: an in-process bounded queue and files under {@code docgen.home}. Every bean
 * backs off when the application defines its own; a {@link JobQueue}, {@link JobStore} or
 * {@link ArtifactStore} bean of the application's (Redis, PostgreSQL) replaces the embedded one.
 * Metrics go to the context's {@link MeterRegistry} when there is one.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@EnableConfigurationProperties(DocgenProperties.class)
public class DocgenAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  public DocumentPipeline docgenPipeline(DocgenProperties properties, ObjectProvider<MeterRegistry> registry,
      ObjectProvider<ContentGenerator> generators) {
    DocumentPipeline.Builder b = DocumentPipeline.builder()
        .limits(new Limits(properties.getLimits().getMaxPromptChars(), properties.getLimits().getMaxDataBytes(),
            properties.getLimits().getMaxDataRows()))
        .templateDirectory(properties.getTemplates().getDirectory() != null ? properties.getTemplates().getDirectory()
            : properties.getHome().resolve("templates"))
        .templateCacheBytes(properties.getTemplates().getCacheBytes())
        .modelPolicy(ModelPolicy.builder().deadline(properties.getLlm().getDeadline())
            .fallbackToOffline(properties.getLlm().isFallbackOffline()).build());
    registry.ifAvailable(b::meterRegistry);
    generators.orderedStream().forEach(b::contentGenerator);
    return b.build();
  }

  @Bean
  @ConditionalOnMissingBean
  public JobQueue docgenJobQueue(DocgenProperties properties) {
    return InProcessJobQueue.withCapacity(properties.getJobs().getQueueCapacity());
  }

  @Bean
  @ConditionalOnMissingBean
  public JobStore docgenJobStore(DocgenProperties properties) {
    return FileJobStore.in(properties.getHome());
  }

  @Bean
  @ConditionalOnMissingBean
  public ArtifactStore docgenArtifactStore(DocgenProperties properties) {
    return FileArtifactStore.in(properties.getHome().resolve("artifacts"));
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public DocumentJobs docgenJobs(DocumentPipeline pipeline, DocgenProperties properties, JobQueue queue,
      JobStore store, ArtifactStore artifacts, ObjectProvider<MeterRegistry> registry,
      ObjectProvider<JobListener> listeners) {
    DocgenProperties.Jobs jobs = properties.getJobs();
    DocumentJobs.Builder b = DocumentJobs.builder(pipeline).queue(queue).store(store).artifacts(artifacts)
        .workers(jobs.getWorkers()).maxBatch(jobs.getMaxBatch()).grace(jobs.getGrace());
    registry.ifAvailable(b::meterRegistry);
    listeners.orderedStream().forEach(b::listener);
    return b.build();
  }

  /** Starts the workers with the context, and stops them first on shutdown: new work is refused, running jobs finish. */
  @Bean
  @ConditionalOnMissingBean(name = "docgenJobsLifecycle")
  public SmartLifecycle docgenJobsLifecycle(DocumentJobs jobs) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        jobs.start();
        running = true;
      }

      @Override
      public void stop() {
        jobs.close();
        running = false;
      }

      @Override
      public boolean isRunning() {
        return running;
      }
    };
  }

  /** The openai provider, when {@code docgen.llm.base-url} is set and docgen-llm-openai is on the classpath. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.docgen.llm.openai.OpenAiContentGenerator")
  @ConditionalOnProperty(prefix = "docgen.llm", name = "base-url")
  static class OpenAi {
    @Bean
    @ConditionalOnMissingBean(name = "docgenOpenAiGenerator")
    ContentGenerator docgenOpenAiGenerator(DocgenProperties properties) {
      return OpenAiGenerators.create(properties.getLlm());
    }
  }

  /** One health indicator per component: renderers, providers, job store, artifact store, queue. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class Health {
    @Bean
    @ConditionalOnMissingBean(name = "docgenRenderersHealthIndicator")
    org.springframework.boot.health.contributor.HealthIndicator docgenRenderersHealthIndicator(DocumentPipeline p) {
      return DocgenHealth.renderers(p);
    }

    @Bean
    @ConditionalOnMissingBean(name = "docgenProvidersHealthIndicator")
    org.springframework.boot.health.contributor.HealthIndicator docgenProvidersHealthIndicator(DocumentPipeline p) {
      return DocgenHealth.providers(p);
    }

    @Bean
    @ConditionalOnMissingBean(name = "docgenStoreHealthIndicator")
    org.springframework.boot.health.contributor.HealthIndicator docgenStoreHealthIndicator(DocumentJobs jobs) {
      return DocgenHealth.store(jobs);
    }

    @Bean
    @ConditionalOnMissingBean(name = "docgenQueueHealthIndicator")
    org.springframework.boot.health.contributor.HealthIndicator docgenQueueHealthIndicator(DocumentJobs jobs) {
      return DocgenHealth.queue(jobs);
    }
  }
}
