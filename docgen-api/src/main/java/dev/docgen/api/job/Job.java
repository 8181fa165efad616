package dev.docgen.api.job;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The record of one job: who asked for what, where it is, and how it ended. Immutable; each change
 * is a new record, written through {@link JobStore#update}.
 *
 * @param owner who submitted it (an API key's id; empty when the service has no keys): another
 *     owner's job is not theirs to see
 * @param requestHash the sha256 of the request as submitted, to tell an idempotent retry from a
 *     different request under the same key
 * @param attempts how many times a worker started it
 */
public record Job(String id, String owner, Optional<String> batchId, Optional<String> idempotencyKey,
    String requestHash, JobRequest request, JobStatus status, int attempts, Instant createdAt,
    Optional<Instant> startedAt, Optional<Instant> finishedAt, Optional<JobError> error, Optional<JobResult> result) {
  public Job {
    requireNonNull(id, "id");
    requireNonNull(owner, "owner");
    batchId = batchId == null ? Optional.empty() : batchId;
    idempotencyKey = idempotencyKey == null ? Optional.empty() : idempotencyKey;
    requireNonNull(requestHash, "requestHash");
    requireNonNull(request, "request");
    requireNonNull(status, "status");
    requireNonNull(createdAt, "createdAt");
    startedAt = startedAt == null ? Optional.empty() : startedAt;
    finishedAt = finishedAt == null ? Optional.empty() : finishedAt;
    error = error == null ? Optional.empty() : error;
    result = result == null ? Optional.empty() : result;
    if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException("a job id is 1 to 64 letters, digits, '-' or '_': " + id);
    }
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative: " + attempts);
    }
  }

  /** A new queued job. */
  public static Job queued(String id, String owner, Optional<String> batchId, Optional<String> idempotencyKey,
      String requestHash, JobRequest request, Instant createdAt) {
    return new Job(id, owner, batchId, idempotencyKey, requestHash, request, JobStatus.QUEUED, 0, createdAt,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Taken by a worker at {@code at}: one more attempt. */
  public Job started(Instant at) {
    return new Job(id, owner, batchId, idempotencyKey, requestHash, request, JobStatus.PROCESSING, attempts + 1,
        createdAt, Optional.of(at), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Back in the queue, as after a worker stopped before finishing it. */
  public Job requeued() {
    return new Job(id, owner, batchId, idempotencyKey, requestHash, request, JobStatus.QUEUED, attempts, createdAt,
        startedAt, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Job succeeded(Instant at, JobResult value) {
    return new Job(id, owner, batchId, idempotencyKey, requestHash, request, JobStatus.SUCCEEDED, attempts,
        createdAt, startedAt, Optional.of(at), Optional.empty(), Optional.of(value));
  }

  public Job failed(Instant at, JobError why) {
    return new Job(id, owner, batchId, idempotencyKey, requestHash, request, JobStatus.FAILED, attempts, createdAt,
        startedAt, Optional.of(at), Optional.of(why), Optional.empty());
  }

  public Job cancelled(Instant at, JobError why) {
    return new Job(id, owner, batchId, idempotencyKey, requestHash, request, JobStatus.CANCELLED, attempts,
        createdAt, startedAt, Optional.of(at), Optional.of(why), Optional.empty());
  }

  /** How long it waited in the queue before its last start (or until now, while queued). */
  public Duration queueWait(Instant now) {
    return Duration.between(createdAt, startedAt.orElse(finishedAt.orElse(now)));
  }

  /** How long its last run took, once finished. */
  public Optional<Duration> runTime() {
    return startedAt.flatMap(s -> finishedAt.map(f -> Duration.between(s, f)));
  }
}
