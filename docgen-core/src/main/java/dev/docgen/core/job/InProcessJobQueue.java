package dev.docgen.core.job;

import dev.docgen.api.job.JobQueue;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded first-in, first-out queue in this process, for one machine. It holds only ids: the jobs
 * are in the {@link dev.docgen.api.job.JobStore}, which is how queued jobs survive a restart.
 */
public final class InProcessJobQueue implements JobQueue {
  private final int capacity;
  private final ArrayDeque<String> waiting = new ArrayDeque<>();
  private final Set<String> taken = new HashSet<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();

  private InProcessJobQueue(int capacity) {
    this.capacity = capacity;
  }

  /** A queue that holds at most {@code capacity} waiting jobs. */
  public static InProcessJobQueue withCapacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    return new InProcessJobQueue(capacity);
  }

  @Override
  public boolean offer(String jobId) {
    lock.lock();
    try {
      if (waiting.contains(jobId)) {
        return true; // already waiting (a restart's recovery meeting a new submit): once is enough
      }
      if (waiting.size() >= capacity) {
        return false;
      }
      waiting.addLast(jobId);
      notEmpty.signal();
      return true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<String> take(Duration wait) throws InterruptedException {
    long nanos = wait.toNanos();
    lock.lockInterruptibly();
    try {
      while (waiting.isEmpty()) {
        if (nanos <= 0) {
          return Optional.empty();
        }
        nanos = notEmpty.awaitNanos(nanos);
      }
      String id = waiting.pollFirst();
      taken.add(id);
      return Optional.of(id);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void done(String jobId) {
    lock.lock();
    try {
      taken.remove(jobId);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void release(String jobId) {
    lock.lock();
    try {
      taken.remove(jobId);
      waiting.addFirst(jobId);
      notEmpty.signal();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean remove(String jobId) {
    lock.lock();
    try {
      return waiting.remove(jobId);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int depth() {
    lock.lock();
    try {
      return waiting.size();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int inFlight() {
    lock.lock();
    try {
      return taken.size();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int capacity() {
    return capacity;
  }

  @Override
  public OptionalInt position(String jobId) {
    lock.lock();
    try {
      int i = 1;
      for (Iterator<String> it = waiting.iterator(); it.hasNext(); i++) {
        if (it.next().equals(jobId)) {
          return OptionalInt.of(i);
        }
      }
      return OptionalInt.empty();
    } finally {
      lock.unlock();
    }
  }
}
