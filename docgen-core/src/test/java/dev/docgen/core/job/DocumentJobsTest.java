package dev.docgen.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docgen.api.DataInput;
import dev.docgen.api.IdempotencyConflictException;
import dev.docgen.api.LimitExceededException;
import dev.docgen.api.ServiceBusyException;
import dev.docgen.api.job.Batch;
import dev.docgen.api.job.Job;
import dev.docgen.api.job.JobRequest;
import dev.docgen.api.job.JobStatus;
import dev.docgen.core.DocumentPipeline;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job service on its embedded default: an in-process queue and files under one directory. */
class DocumentJobsTest {
  static final DocumentPipeline PIPELINE = DocumentPipeline.builder().build();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-01T09:00:00Z"), ZoneOffset.UTC);
  static final JobRequest STATUS = JobRequest.of("Create a project status report for Q4 2025", "docx");
  static final JobRequest SALES = JobRequest.of("Quarterly sales report for Q3 2026 with revenue by region", "docx")
      .withData(DataInput.csv("sales.csv", "region,revenue\nNorth,1200.50\nSouth,980.25\nWest,1510.00\n"));

  @TempDir
  Path home;
  DocumentJobs jobs;

  DocumentJobs.Builder builder() {
    return DocumentJobs.builder(PIPELINE).home(home).workers(2).clock(CLOCK).grace(Duration.ofSeconds(10));
  }

  @AfterEach
  void stop() {
    if (jobs != null) {
      jobs.close();
    }
  }

  static String docxText(InputStream in) throws Exception {
    try (in; XWPFDocument doc = new XWPFDocument(in); XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      return words.getText();
    }
  }

  Job finished(String id) throws Exception {
    Job j = jobs.await(id, Duration.ofSeconds(60)).orElseThrow();
    assertThat(j.status().finished()).as("job %s ended", id).isTrue();
    return j;
  }

  @Test
  void a_submitted_job_runs_and_its_document_is_downloaded_whole() throws Exception {
    jobs = builder().build().start();

    Job queued = jobs.submit(SALES);
    assertThat(queued.status()).isEqualTo(JobStatus.QUEUED);
    Job done = finished(queued.id());

    assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(done.attempts()).isEqualTo(1);
    assertThat(done.startedAt()).isPresent();
    assertThat(done.result().orElseThrow().fileName()).endsWith(".docx");
    assertThat(done.result().get().mediaType()).contains("wordprocessingml");
    assertThat(done.result().get().qualityScore()).isPositive();
    assertThat(docxText(jobs.open(done.id()).orElseThrow())).contains("North").contains("1,510.00");
  }

  @Test
  void the_same_request_and_clock_give_the_same_bytes() throws Exception {
    jobs = builder().build().start();
    Job a = finished(jobs.submit(SALES).id());
    Job b = finished(jobs.submit(SALES).id());
    assertThat(a.id()).isNotEqualTo(b.id());
    assertThat(a.result().orElseThrow().sha256()).isEqualTo(b.result().orElseThrow().sha256());
  }

  @Test
  void queued_jobs_survive_a_restart_and_a_job_a_crash_left_running_runs_again() throws Exception {
    DocumentJobs first = builder().build(); // never started: the jobs only wait
    Job one = first.submit(STATUS);
    Job two = first.submit(SALES);
    first.close();
    // A process killed mid-job leaves its record processing.
    FileJobStore store = FileJobStore.in(home);
    Job crashed = Job.queued("crashed-job", "", Optional.empty(), Optional.empty(), JobCodec.hash(STATUS), STATUS,
        CLOCK.instant()).started(CLOCK.instant());
    store.create(crashed);

    jobs = builder().build().start();

    assertThat(finished(one.id()).status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(finished(two.id()).status()).isEqualTo(JobStatus.SUCCEEDED);
    Job again = finished("crashed-job");
    assertThat(again.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(again.attempts()).isEqualTo(2);
  }

  @Test
  void a_full_queue_refuses_at_once_and_records_nothing() {
    jobs = builder().queueCapacity(2).build(); // not started: nothing drains the queue
    jobs.submit(STATUS);
    jobs.submit(STATUS);

    assertThatThrownBy(() -> jobs.submit(SALES)).isInstanceOf(ServiceBusyException.class)
        .hasMessageContaining("queue is full").satisfies(e ->
            assertThat(((ServiceBusyException) e).retryAfter()).isPositive());
    assertThat(jobs.store().list(JobStatus.QUEUED, 10)).hasSize(2);
    assertThatThrownBy(() -> jobs.submitBatch(List.of(SALES), "")).isInstanceOf(ServiceBusyException.class);
  }

  @Test
  void an_idempotency_key_gives_the_same_job_for_the_same_request_and_refuses_another() {
    jobs = builder().build();
    Job a = jobs.submit(STATUS, "key-1", Optional.of("order-77"));
    Job b = jobs.submit(STATUS, "key-1", Optional.of("order-77"));
    assertThat(b.id()).isEqualTo(a.id());
    assertThatThrownBy(() -> jobs.submit(SALES, "key-1", Optional.of("order-77")))
        .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining("order-77");
    // Keys belong to their owner: another owner's same key is a new job.
    assertThat(jobs.submit(SALES, "key-2", Optional.of("order-77")).id()).isNotEqualTo(a.id());
  }

  @Test
  void another_owners_job_is_not_found_and_a_queued_job_can_be_cancelled() throws Exception {
    jobs = builder().build();
    Job job = jobs.submit(STATUS, "alice", Optional.empty());
    assertThat(jobs.status(job.id(), "bob")).isEmpty();
    assertThat(jobs.cancel(job.id(), "bob")).isEmpty();
    assertThat(jobs.position(job.id())).hasValue(1);

    Job cancelled = jobs.cancel(job.id(), "alice").orElseThrow();

    assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
    assertThat(cancelled.error().orElseThrow().code()).isEqualTo("CANCELLED");
    assertThat(jobs.position(job.id())).isEmpty();
    jobs.close();
    jobs = builder().build().start();
    Thread.sleep(300);
    assertThat(jobs.status(job.id(), "alice").orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
    assertThat(jobs.open(job.id())).isEmpty();
  }

  @Test
  void bad_input_fails_the_job_with_its_code_and_message() throws Exception {
    jobs = builder().build().start();
    Job job = finished(jobs.submit(JobRequest.of("Sales report", "docx")
        .withData(DataInput.json("sales.json", "{\"rows\": [1, 2"))).id());
    assertThat(job.status()).isEqualTo(JobStatus.FAILED);
    assertThat(job.error().orElseThrow().code()).isEqualTo("INVALID_DATA");
    assertThat(job.error().get().message()).contains("sales.json");
    assertThat(jobs.open(job.id())).isEmpty();
  }

  @Test
  void a_batch_runs_every_item_and_its_zip_holds_the_documents_and_a_manifest() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    jobs = builder().meterRegistry(registry).build().start();
    JobRequest bad = JobRequest.of("Sales report", "docx").withData(DataInput.json("bad.json", "{"));
    Batch batch = jobs.submitBatch(List.of(STATUS, SALES, bad, STATUS), "alice");
    for (String id : batch.jobIds()) {
      finished(id);
    }

    BatchStatus status = jobs.batchStatus(batch.id(), "alice").orElseThrow();
    assertThat(status.finished()).isTrue();
    assertThat(status.counts()).containsEntry(JobStatus.SUCCEEDED, 3).containsEntry(JobStatus.FAILED, 1);
    assertThat(jobs.batchStatus(batch.id(), "bob")).isEmpty();

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    assertThat(jobs.writeArchive(batch.id(), "alice", zip)).isTrue();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    assertThat(entries.keySet()).hasSize(4).contains("manifest.json")
        .allMatch(n -> n.matches("[A-Za-z0-9._-]+")).anyMatch(n -> n.startsWith("001-") && n.endsWith(".docx"))
        .anyMatch(n -> n.startsWith("004-"));
    JsonNode manifest = new ObjectMapper().readTree(new String(entries.get("manifest.json"), StandardCharsets.UTF_8));
    assertThat(manifest.path("complete").asBoolean()).isFalse();
    assertThat(manifest.path("items")).hasSize(4);
    assertThat(manifest.path("items").get(2).path("error").path("code").asText()).isEqualTo("INVALID_DATA");
    JsonNode first = manifest.path("items").get(0);
    assertThat(docxText(new ByteArrayInputStream(entries.get(first.path("file").asText()))))
        .contains("Q4 2025");
    assertThat(first.path("sha256").asText()).isEqualTo(jobs.status(first.path("task_id").asText()).orElseThrow()
        .result().orElseThrow().sha256());
    assertThat(registry.get("docgen_queue_depth").tag("queue", "document_queue").gauge().value()).isZero();
  }

  @Test
  void a_batch_over_the_limit_is_refused_whole() {
    jobs = builder().maxBatch(3).build();
    assertThatThrownBy(() -> jobs.submitBatch(List.of(STATUS, STATUS, STATUS, STATUS), ""))
        .isInstanceOf(LimitExceededException.class).hasMessageContaining("batch size is 4, over the limit of 3");
    assertThat(jobs.store().list(JobStatus.QUEUED, 10)).isEmpty();
  }

  @Test
  void a_stopping_service_refuses_new_work() {
    jobs = builder().build().start();
    jobs.close();
    assertThat(jobs.draining()).isTrue();
    assertThatThrownBy(() -> jobs.submit(STATUS)).isInstanceOf(ServiceBusyException.class)
        .hasMessageContaining("shutting down");
  }

  @Test
  void zip_entry_names_are_safe() {
    assertThat(BatchArchive.safe("../../etc/passwd")).isEqualTo("passwd");
    assertThat(BatchArchive.safe("Rapport d'activité Q4.pdf")).isEqualTo("Rapport-d-activite-Q4.pdf");
    assertThat(BatchArchive.safe("manifest.json")).isEqualTo("document");
    assertThat(BatchArchive.safe("..\\x.docx")).isEqualTo("x.docx");
  }

  @Test
  void one_idempotency_key_sent_at_once_from_many_threads_gives_one_job() throws Exception {
    jobs = builder().build();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Job>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        all.add(pool.submit(() -> jobs.submit(STATUS, "alice", Optional.of("race-1"))));
      }
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (java.util.concurrent.Future<Job> f : all) {
        ids.add(f.get().id());
      }
      assertThat(ids).hasSize(1);
      assertThat(jobs.store().list(JobStatus.QUEUED, 100)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_job_that_exhausts_its_worker_fails_after_three_tries_and_the_worker_goes_on() throws Exception {
    // A content generator that overflows its stack on one request, as a runaway recursion would.
    dev.docgen.api.spi.ContentGenerator offline = new dev.docgen.core.offline.OfflineContentGenerator();
    dev.docgen.api.spi.ContentGenerator bomb = new dev.docgen.api.spi.ContentGenerator() {
      @Override
      public String id() {
        return "bomb";
      }

      @Override
      public dev.docgen.api.model.DocumentSpec generate(dev.docgen.api.spi.GenerationContext ctx) {
        if (ctx.intent().prompt().contains("overflow")) {
          throw new StackOverflowError();
        }
        return offline.generate(ctx);
      }
    };
    DocumentPipeline pipeline = DocumentPipeline.builder().contentGenerator(bomb).build();
    jobs = DocumentJobs.builder(pipeline).home(home).workers(1).clock(CLOCK).build().start();
    JobRequest bad = new JobRequest("A report that will overflow", "docx", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of("bomb"), false);
    Job failed = finished(jobs.submit(bad).id());
    Job after = finished(jobs.submit(new JobRequest("Create a project status report for Q4 2025", "docx",
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("bomb"), false)).id());

    assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(failed.error().orElseThrow().code()).isEqualTo("RESOURCE_EXHAUSTED");
    assertThat(after.status()).as("the one worker is still alive").isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void an_unreadable_record_is_skipped_and_the_service_still_starts() throws Exception {
    DocumentJobs first = builder().build();
    Job ok = first.submit(STATUS);
    first.close();
    java.nio.file.Files.writeString(home.resolve("jobs").resolve("brokenjob.json"), "{\"id\": \"brokenjob\", \"sta");
    jobs = builder().build().start();
    assertThat(finished(ok.id()).status()).isEqualTo(JobStatus.SUCCEEDED);
  }
}
