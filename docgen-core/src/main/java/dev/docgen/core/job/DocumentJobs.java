package dev.docgen.core.job;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.IdempotencyConflictException;
import dev.docgen.api.LimitExceededException;
import dev.docgen.api.ServiceBusyException;
import dev.docgen.api.job.ArtifactStore;
import dev.docgen.api.job.Batch;
import dev.docgen.api.job.Job;
import dev.docgen.api.job.JobError;
import dev.docgen.api.job.JobQueue;
import dev.docgen.api.job.JobRequest;
import dev.docgen.api.job.JobStatus;
import dev.docgen.api.job.JobStore;
import dev.docgen.core.DocumentPipeline;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs many documents: submit a {@link JobRequest} and get a job id at once, then ask for its
 * status, wait for it, download it, or cancel it while it waits; submit batches and download them
 * as one ZIP. It stands on three SPIs: a {@link JobQueue} carries job ids to the workers, a
 * {@link JobStore} is the record of every job, an {@link ArtifactStore} keeps the documents. The
 * embedded default is an in-process bounded queue and files under one directory, so queued jobs
 * survive a restart.
 *
 * <pre>{@code
 * try (DocumentJobs jobs = DocumentJobs.builder(pipeline).home(Path.of(".docgen")).workers(2).build().start()) {
 *   Job job = jobs.submit(JobRequest.of("Create a project status report for Q4 2025", "pdf"));
 *   jobs.await(job.id(), Duration.ofSeconds(30));
 *   try (InputStream in = jobs.open(job.id()).orElseThrow()) { ... }
 * }
 * }</pre>
 */
public final class DocumentJobs implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DocumentPipeline pipeline;
  private final JobQueue queue;
  private final JobStore store;
  private final ArtifactStore artifacts;
  private final Clock clock;
  private final int maxBatch;
  private final JobWorkers workers;
  private final Object[] keyLocks = new Object[64];

  private DocumentJobs(Builder b) {
    this.pipeline = b.pipeline;
    this.queue = b.queue != null ? b.queue : InProcessJobQueue.withCapacity(b.queueCapacity);
    this.store = b.store != null ? b.store : FileJobStore.in(b.home);
    this.artifacts = b.artifacts != null ? b.artifacts : FileArtifactStore.in(b.home.resolve("artifacts"));
    this.clock = b.clock;
    this.maxBatch = b.maxBatch;
    for (int i = 0; i < keyLocks.length; i++) {
      keyLocks[i] = new Object();
    }
    this.workers = new JobWorkers(pipeline, queue, store, artifacts, clock, b.workers, b.grace, b.listeners);
    if (b.registry != null) {
      Gauge.builder("docgen_queue_depth", queue, JobQueue::depth).tag("queue", "document_queue")
          .description("jobs waiting").register(b.registry);
      Gauge.builder("docgen_queue_depth", queue, JobQueue::inFlight).tag("queue", "processing_queue")
          .description("jobs being made").register(b.registry);
    }
  }

  /** A job service running documents through {@code pipeline}. */
  public static Builder builder(DocumentPipeline pipeline) {
    return new Builder(requireNonNull(pipeline, "pipeline"));
  }

  /** Puts back the jobs a stop left queued or running, then starts the workers. Returns this. */
  public DocumentJobs start() {
    workers.start();
    return this;
  }

  /** Submits one document with no owner and no idempotency key. */
  public Job submit(JobRequest request) {
    return submit(request, "", Optional.empty());
  }

  /**
   * Records a job and queues it. The same {@code idempotencyKey} with the same request gives the
   * job it gave before; with another request it fails with {@link IdempotencyConflictException}.
   *
   * @throws ServiceBusyException when the queue is full or the service is stopping; nothing is recorded
   */
  public Job submit(JobRequest request, String owner, Optional<String> idempotencyKey) {
    requireNonNull(request, "request");
    requireNonNull(owner, "owner");
    String hash = JobCodec.hash(request);
    if (idempotencyKey.isEmpty()) {
      return create(request, owner, idempotencyKey, hash);
    }
    // The key's lookup and the job's creation are one step: two requests with one key at once get one job.
    synchronized (keyLocks[Math.floorMod((owner + "\n" + idempotencyKey.get()).hashCode(), keyLocks.length)]) {
      return create(request, owner, idempotencyKey, hash);
    }
  }

  private Job create(JobRequest request, String owner, Optional<String> idempotencyKey, String hash) {
    if (idempotencyKey.isPresent()) {
      Optional<Job> earlier = store.findByIdempotencyKey(owner, idempotencyKey.get());
      if (earlier.isPresent()) {
        if (!earlier.get().requestHash().equals(hash)) {
          throw new IdempotencyConflictException("the Idempotency-Key " + idempotencyKey.get() + " was used for "
              + "another request (job " + earlier.get().id() + "); use a new key for a new request");
        }
        return earlier.get();
      }
    }
    refuseIfBusy(1);
    Job job = Job.queued(newId(), owner, Optional.empty(), idempotencyKey, hash, request, clock.instant());
    store.create(job);
    if (!queue.offer(job.id())) {
      store.delete(job.id());
      throw busy("the queue is full (" + queue.capacity() + " jobs)");
    }
    return job;
  }

  /**
   * Submits the requests as one batch, all or none: when they do not all fit in the queue, none
   * is recorded.
   *
   * @throws LimitExceededException when there are more than {@code maxBatch} requests
   */
  public Batch submitBatch(List<JobRequest> requests, String owner) {
    requireNonNull(owner, "owner");
    if (requests.isEmpty()) {
      throw new dev.docgen.api.InvalidRequestException("the batch has no requests");
    }
    if (requests.size() > maxBatch) {
      throw new LimitExceededException("the batch size", maxBatch, requests.size(),
          "split it, or raise the batch limit (docgen.jobs.max-batch)");
    }
    refuseIfBusy(requests.size());
    String batchId = newId();
    List<Job> jobs = new ArrayList<>();
    for (JobRequest r : requests) {
      jobs.add(Job.queued(newId(), owner, Optional.of(batchId), Optional.empty(), JobCodec.hash(r), r,
          clock.instant()));
    }
    Batch batch = new Batch(batchId, owner, jobs.stream().map(Job::id).toList(), clock.instant());
    jobs.forEach(store::create);
    store.createBatch(batch);
    for (Job j : jobs) {
      // Another submitter may have filled the queue since the check: the job is kept, failed, never lost.
      if (!queue.offer(j.id())) {
        store.update(j.id(), x -> x.failed(clock.instant(), new JobError("QUEUE_FULL", "the queue filled up "
            + "while the batch was being queued; submit this item again"))).ifPresent(workers::tell);
      }
    }
    return batch;
  }

  /** The job, if it exists and belongs to {@code owner} (another owner's job is not found). */
  public Optional<Job> status(String id, String owner) {
    return store.status(id).filter(j -> j.owner().equals(owner));
  }

  /** The job, whoever owns it. */
  public Optional<Job> status(String id) {
    return store.status(id);
  }

  /** Waits up to {@code wait} for the job to end; returns it as it is then (empty if there is no such job). */
  public Optional<Job> await(String id, Duration wait) throws InterruptedException {
    long end = System.nanoTime() + wait.toNanos();
    while (true) {
      java.util.concurrent.CompletableFuture<Void> change = workers.nextChange(id);
      Optional<Job> job = store.status(id);
      long left = end - System.nanoTime();
      if (job.isEmpty() || job.get().status().finished() || left <= 0) {
        workers.forget(id, change);
        return job;
      }
      // A store another process also writes (a second server) changes without telling this one: look again each second.
      try {
        change.get(Math.min(left, Duration.ofSeconds(1).toNanos()), java.util.concurrent.TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
        // look again
      }
    }
  }

  /** A waiting job's place in the queue, 1 for the next to run. */
  public OptionalInt position(String id) {
    return queue.position(id);
  }

  /** The document of a succeeded job, streamed from the artifact store. The caller closes it. */
  public Optional<InputStream> open(String id) throws IOException {
    Optional<Job> job = store.status(id);
    if (job.isEmpty() || job.get().status() != JobStatus.SUCCEEDED) {
      return Optional.empty();
    }
    return artifacts.open(id);
  }

  /**
   * Cancels a job that is still queued. A job already running or ended is left as it is; the
   * returned record says which.
   */
  public Optional<Job> cancel(String id, String owner) {
    Optional<Job> job = status(id, owner);
    if (job.isEmpty() || job.get().status() != JobStatus.QUEUED) {
      return job;
    }
    queue.remove(id);
    boolean[] mine = {false};
    Optional<Job> out = store.update(id, j -> {
      if (j.status() != JobStatus.QUEUED) {
        return j;
      }
      mine[0] = true;
      return j.cancelled(clock.instant(), new JobError(ErrorCodes.CANCELLED, "cancelled before it started"));
    });
    if (mine[0]) {
      out.ifPresent(workers::tell);
    }
    workers.changed(id);
    return out;
  }

  /** The batch and its jobs, if it exists and belongs to {@code owner}. */
  public Optional<BatchStatus> batchStatus(String batchId, String owner) {
    Optional<Batch> batch = store.findBatch(batchId).filter(b -> b.owner().equals(owner));
    if (batch.isEmpty()) {
      return Optional.empty();
    }
    List<Job> items = new ArrayList<>();
    for (String id : batch.get().jobIds()) {
      store.status(id).ifPresent(items::add);
    }
    return Optional.of(new BatchStatus(batch.get(), items));
  }

  /**
   * Writes the batch as a ZIP: the documents made so far and a {@code manifest.json}; false if there
   * is no such batch for {@code owner}.
   */
  public boolean writeArchive(String batchId, String owner, OutputStream out) throws IOException {
    Optional<BatchStatus> status = batchStatus(batchId, owner);
    if (status.isEmpty()) {
      return false;
    }
    BatchArchive.write(status.get(), artifacts, out);
    return true;
  }

  /** The queue, for health checks and gauges. */
  public JobQueue queue() {
    return queue;
  }

  /** The job store, for health checks. */
  public JobStore store() {
    return store;
  }

  /** The artifact store, for health checks. */
  public ArtifactStore artifacts() {
    return artifacts;
  }

  /** Whether the service is stopping: new work is refused. */
  public boolean draining() {
    return workers.stopping();
  }

  /**
   * Stops: new work is refused, running jobs get the grace period to finish, and what is still
   * running then goes back to the queue's record to run on the next start. Queued jobs stay queued.
   */
  @Override
  public void close() {
    workers.stop();
  }

  private void refuseIfBusy(int jobs) {
    if (workers.stopping()) {
      throw busy("the service is shutting down");
    }
    if (queue.capacity() - queue.depth() < jobs) {
      throw busy("the queue is full (" + queue.depth() + " of " + queue.capacity() + " jobs waiting)");
    }
  }

  private ServiceBusyException busy(String why) {
    return new ServiceBusyException(why + "; try again shortly", Duration.ofSeconds(5));
  }

  /** 16 random bytes as 26 lower-case base-32 characters: unguessable, safe in a path and a URL. */
  static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    StringBuilder sb = new StringBuilder(26);
    String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = buffer << 8 | b & 0xff;
      bits += 8;
      while (bits >= 5) {
        sb.append(alphabet.charAt(buffer >> bits - 5 & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(alphabet.charAt(buffer << 5 - bits & 31));
    }
    return sb.toString();
  }

  /** Builds {@link DocumentJobs}; setters reject bad values at once. */
  public static final class Builder {
    private final DocumentPipeline pipeline;
    private Path home = defaultHome();
    private JobQueue queue;
    private JobStore store;
    private ArtifactStore artifacts;
    private int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    private int queueCapacity = 1000;
    private int maxBatch = 1000;
    private Duration grace = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private MeterRegistry registry;
    private final List<JobListener> listeners = new ArrayList<>();

    private Builder(DocumentPipeline pipeline) {
      this.pipeline = pipeline;
    }

    /** {@code DOCGEN_HOME}, else {@code ~/.docgen}. */
    public static Path defaultHome() {
      String env = System.getenv("DOCGEN_HOME");
      return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".docgen");
    }

    /** The directory of the embedded stores: {@code jobs/}, {@code batches/}, {@code artifacts/}. */
    public Builder home(Path dir) {
      this.home = requireNonNull(dir, "dir");
      return this;
    }

    public Builder queue(JobQueue value) {
      this.queue = requireNonNull(value, "queue");
      return this;
    }

    public Builder store(JobStore value) {
      this.store = requireNonNull(value, "store");
      return this;
    }

    public Builder artifacts(ArtifactStore value) {
      this.artifacts = requireNonNull(value, "artifacts");
      return this;
    }

    /** Documents made at once (default: one per core). */
    public Builder workers(int count) {
      if (count < 1 || count > 256) {
        throw new IllegalArgumentException("workers must be 1 to 256: " + count);
      }
      this.workers = count;
      return this;
    }

    /** Jobs that may wait in the embedded queue (default 1,000); more are refused with a busy error. */
    public Builder queueCapacity(int jobs) {
      if (jobs < 1) {
        throw new IllegalArgumentException("queueCapacity must be positive: " + jobs);
      }
      this.queueCapacity = jobs;
      return this;
    }

    /** Requests one batch may hold (default 1,000). */
    public Builder maxBatch(int requests) {
      if (requests < 1) {
        throw new IllegalArgumentException("maxBatch must be positive: " + requests);
      }
      this.maxBatch = requests;
      return this;
    }

    /** How long running jobs get to finish when the service stops (default 30 s). */
    public Builder grace(Duration value) {
      requireNonNull(value, "grace");
      if (value.isNegative()) {
        throw new IllegalArgumentException("grace must not be negative: " + value);
      }
      this.grace = value;
      return this;
    }

    /** The clock that dates jobs (and so their documents). */
    public Builder clock(Clock value) {
      this.clock = requireNonNull(value, "clock");
      return this;
    }

    /** Where the queue gauges go ({@code docgen_queue_depth}). */
    public Builder meterRegistry(MeterRegistry value) {
      this.registry = requireNonNull(value, "registry");
      return this;
    }

    /** Told when each job ends, on the worker's thread. */
    public Builder listener(JobListener value) {
      listeners.add(requireNonNull(value, "listener"));
      return this;
    }

    public DocumentJobs build() {
      return new DocumentJobs(this);
    }
  }
}
