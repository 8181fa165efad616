package dev.docgen.core.job;

import dev.docgen.api.Artifact;
import dev.docgen.api.DocgenException;
import dev.docgen.api.job.ArtifactStore;
import dev.docgen.api.job.Job;
import dev.docgen.api.job.JobError;
import dev.docgen.api.job.JobQueue;
import dev.docgen.api.job.JobResult;
import dev.docgen.api.job.JobStatus;
import dev.docgen.api.job.JobStore;
import dev.docgen.core.DocumentPipeline;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker threads of {@link DocumentJobs}: each takes a job id, marks the job processing, makes
 * the document, stores it and records how it ended. On start the jobs a stop left queued or
 * running are queued again, oldest first; on stop running jobs get a grace period.
 */
final class JobWorkers {
  private static final Logger LOG = LoggerFactory.getLogger("docgen.jobs");
  private static final Logger ERRORS = LoggerFactory.getLogger("docgen.errors");
  private static final Duration POLL = Duration.ofMillis(250);
  /** Starts a job may have before a crash or an exhausted worker fails it for good. */
  static final int MAX_ATTEMPTS = 3;

  private final DocumentPipeline pipeline;
  private final JobQueue queue;
  private final JobStore store;
  private final ArtifactStore artifacts;
  private final Clock clock;
  private final int count;
  private final Duration grace;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicInteger running = new AtomicInteger();
  private final List<Thread> threads = new ArrayList<>();
  // One future per awaited job, so a job's end wakes only its own waiters (60 waiting requests once re-read
  // every record on every change).
  private final java.util.concurrent.ConcurrentHashMap<String, CompletableFuture<Void>> waiters =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final List<JobListener> listeners;

  JobWorkers(DocumentPipeline pipeline, JobQueue queue, JobStore store, ArtifactStore artifacts, Clock clock,
      int count, Duration grace, List<JobListener> listeners) {
    this.listeners = List.copyOf(listeners);
    this.pipeline = pipeline;
    this.queue = queue;
    this.store = store;
    this.artifacts = artifacts;
    this.clock = clock;
    this.count = count;
    this.grace = grace;
  }

  void start() {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("the job service has started already");
    }
    List<String> recovered = recover();
    Thread feeder = new Thread(() -> requeue(recovered), "docgen-jobs-recovery");
    feeder.setDaemon(true);
    feeder.start();
    for (int i = 1; i <= count; i++) {
      Thread t = new Thread(this::loop, "docgen-worker-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  /** Jobs that were running when the last process stopped go back to queued; all queued jobs, oldest first. */
  private List<String> recover() {
    List<String> ids = new ArrayList<>();
    for (Job j : store.list(JobStatus.PROCESSING, Integer.MAX_VALUE)) {
      // A job that stopped its process MAX_ATTEMPTS times (it crashes it) fails with that reason instead of running on.
      Optional<Job> after = store.update(j.id(), x -> x.status() != JobStatus.PROCESSING ? x
          : x.attempts() >= MAX_ATTEMPTS ? x.failed(clock.instant(), new JobError("INTERRUPTED", "the job was stopped "
              + x.attempts() + " times before it finished (its process ended each time); it is not run again"))
          : x.requeued());
      after.filter(x -> x.status() == JobStatus.FAILED).ifPresent(this::tell);
    }
    for (Job j : store.list(JobStatus.QUEUED, Integer.MAX_VALUE)) {
      if (queue.position(j.id()).isEmpty()) {
        ids.add(j.id());
      }
    }
    if (!ids.isEmpty()) {
      LOG.info("{} queued jobs from before the restart are queued again", ids.size());
    }
    return ids;
  }

  private void requeue(List<String> ids) {
    for (String id : ids) {
      try {
        while (!stopping.get() && !queue.offer(id)) {
          Thread.sleep(50);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void loop() {
    while (!stopping.get()) {
      Optional<String> id;
      try {
        id = queue.take(POLL);
      } catch (InterruptedException e) {
        return;
      }
      if (id.isEmpty()) {
        continue;
      }
      if (stopping.get()) {
        queue.release(id.get());
        return;
      }
      running.incrementAndGet();
      try {
        run(id.get());
      } catch (Throwable t) {
        // A worker never dies of a job: a store that failed mid-update, or an error thrown past make().
        ERRORS.error("job {}: the worker caught a failure outside the job itself", id.get(), t);
        queue.done(id.get());
      } finally {
        running.decrementAndGet();
        changed(id.get());
      }
    }
  }

  private void run(String id) {
    org.slf4j.MDC.put("task", id);
    try {
      make(id);
    } finally {
      org.slf4j.MDC.remove("task");
    }
  }

  private void make(String id) {
    boolean[] mine = {false};
    Optional<Job> taken = store.update(id, j -> {
      if (j.status() != JobStatus.QUEUED) {
        return j;
      }
      mine[0] = true;
      return j.started(clock.instant());
    });
    if (taken.isEmpty() || !mine[0]) {
      // Cancelled while queued, or no longer known: nothing to make.
      queue.done(id);
      return;
    }
    Job job = taken.get();
    try {
      Artifact a = pipeline.generate(job.request().toGenerationRequest(job.createdAt()));
      long size = artifacts.put(id, out -> out.write(a.bytes()));
      JobResult result = new JobResult(a.fileName(), a.mediaType(), size, a.sha256(), a.quality().score(),
          a.quality().findings());
      store.update(id, j -> j.succeeded(clock.instant(), result)).ifPresent(this::tell);
      queue.done(id);
    } catch (DocgenException e) {
      finishFailed(id, ErrorCodes.of(e));
    } catch (IOException e) {
      ERRORS.error("job {}: cannot store the document", id, e);
      // The disk's message names paths on the server: errors.log has it, the client gets the what.
      finishFailed(id, new JobError("STORAGE_ERROR", "the document was made but could not be stored; errors.log "
          + "has the details"));
    } catch (VirtualMachineError e) {
      // Out of memory or a stack overflow: the worker lives on. The job runs again, at the back of the queue, until
      // it has been tried MAX_ATTEMPTS times; then it fails with its reason, so one bad job cannot starve the rest.
      ERRORS.error("job {}: {} on attempt {}", id, e.getClass().getSimpleName(), job.attempts());
      if (job.attempts() >= MAX_ATTEMPTS) {
        finishFailed(id, new JobError("RESOURCE_EXHAUSTED", "the job ran out of " + (e instanceof OutOfMemoryError
            ? "memory" : "stack") + " " + job.attempts() + " times; make the request or its data smaller"));
      } else {
        store.update(id, j -> j.status() == JobStatus.PROCESSING ? j.requeued() : j);
        queue.done(id);
        queue.offer(id);
      }
    } catch (LinkageError e) {
      // A class missing from the build (a broken package): the job fails with a clear code, the worker lives on.
      ERRORS.error("job {} failed: a class is missing from this build", id, e);
      finishFailed(id, new JobError(ErrorCodes.INTERNAL_ERROR, "docgen is missing a part it needs ("
          + e.getClass().getSimpleName() + "); errors.log has the details"));
    } catch (RuntimeException e) {
      if (stopping.get() && Thread.currentThread().isInterrupted()) {
        // Stopped past the grace period: the job runs again on the next start.
        store.update(id, j -> j.status() == JobStatus.PROCESSING ? j.requeued() : j);
        queue.release(id);
        return;
      }
      ERRORS.error("job {} failed with an internal error", id, e);
      finishFailed(id, ErrorCodes.of(e));
    }
  }

  private void finishFailed(String id, JobError error) {
    store.update(id, j -> j.failed(clock.instant(), error)).ifPresent(this::tell);
    queue.done(id);
  }

  /** Tells the listeners; a listener that fails is logged, never the job's failure. */
  void tell(Job job) {
    for (JobListener l : listeners) {
      try {
        l.finished(job);
      } catch (RuntimeException e) {
        ERRORS.warn("a job listener failed on job {}", job.id(), e);
      }
    }
  }

  /** Wakes those waiting for this job to change. */
  void changed(String id) {
    CompletableFuture<Void> f = waiters.remove(id);
    if (f != null) {
      f.complete(null);
    }
  }

  /**
   * A future completed the next time this job changes. Take it before reading the job's record, so
   * a change between the read and the wait is not missed.
   */
  CompletableFuture<Void> nextChange(String id) {
    return waiters.computeIfAbsent(id, k -> new CompletableFuture<>());
  }

  /** Drops a wait that is no longer wanted, so a job that already ended leaves no future behind. */
  void forget(String id, CompletableFuture<Void> change) {
    waiters.remove(id, change);
  }

  boolean stopping() {
    return stopping.get();
  }

  void stop() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    long end = System.nanoTime() + grace.toNanos();
    for (Thread t : threads) {
      try {
        t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (Thread t : threads) {
      if (t.isAlive()) {
        t.interrupt();
      }
    }
    if (running.get() > 0) {
      LOG.warn("{} jobs still running after the {} s grace period; they run again on the next start",
          running.get(), grace.toSeconds());
    }
    queue.close();
  }
}
