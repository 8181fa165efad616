package dev.docgen.api.job;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The authoritative record of every job and batch. A job is recorded here before its id goes on a
 * {@link JobQueue}, so no queue entry exists without a record. Implementations are thread-safe and
 * make each {@link #update} atomic for its job.
 */
public interface JobStore {
  /** Records a new job; fails with {@link IllegalStateException} if its id exists. */
  void create(Job job);

  Optional<Job> find(String id);

  /**
   * The job for a status read: a store may leave out the request's data bytes (the data's name and
   * kind stay, its bytes are empty), so a poll never loads a large file. Workers use {@link #find}.
   */
  default Optional<Job> status(String id) {
    return find(id);
  }

  /**
   * Changes a job atomically: {@code change} gets the current record and returns the new one (or the
   * same one to leave it). Empty when there is no such job.
   */
  Optional<Job> update(String id, UnaryOperator<Job> change);

  /** Jobs in this status, oldest first, at most {@code limit}; their data may be left out, as in {@link #status}. */
  List<Job> list(JobStatus status, int limit);

  /** The job an owner submitted under this idempotency key, if any. */
  Optional<Job> findByIdempotencyKey(String owner, String key);

  /** Removes a job's record (and its key); true if there was one. */
  boolean delete(String id);

  void createBatch(Batch batch);

  Optional<Batch> findBatch(String id);

  /** Whether the store can be read and written now, for health checks. */
  default boolean reachable() {
    return true;
  }
}
