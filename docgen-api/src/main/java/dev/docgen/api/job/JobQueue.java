package dev.docgen.api.job;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Carries job ids from those who submit to the workers; the {@link JobStore} holds the jobs
 * themselves. Bounded: {@link #offer} says no when full, so the caller can answer "busy" at once.
 * A reliable queue keeps a taken id until {@link #done} or {@link #release}, so a worker that dies
 * loses nothing.
 */
public interface JobQueue extends AutoCloseable {
  /** Adds a job at the back; false when the queue is full. */
  boolean offer(String jobId);

  /** The next job id, waiting up to {@code wait}; empty if none came. */
  Optional<String> take(Duration wait) throws InterruptedException;

  /** The worker finished with this job (succeeded, failed or cancelled). */
  default void done(String jobId) {}

  /** The worker gives the job back unfinished (it is shutting down): it goes to the front again. */
  void release(String jobId);

  /** Removes a queued job (a cancel); false if it was not waiting. */
  boolean remove(String jobId);

  /** Jobs waiting. */
  int depth();

  /** Jobs taken and not yet done. */
  default int inFlight() {
    return 0;
  }

  /** The most jobs that may wait. */
  int capacity();

  /** A waiting job's place, 1 for the next to run; empty when it is not waiting. */
  default OptionalInt position(String jobId) {
    return OptionalInt.empty();
  }

  /** Whether the queue can be used now, for readiness checks. */
  default boolean reachable() {
    return true;
  }

  @Override
  default void close() {}
}
