package dev.docgen.core.job;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.job.Batch;
import dev.docgen.api.job.Job;
import dev.docgen.api.job.JobStatus;
import dev.docgen.api.job.JobStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Jobs and batches as JSON files under one directory, for one machine: {@code jobs/ID.json} (the
 * request's data beside it as {@code jobs/ID.data}), {@code batches/ID.json}, {@code keys/HASH}
 * for idempotency keys. Every write goes to a temporary file, is forced to disk and moved into
 * place, so a crash leaves the old record or the new one, never half of one.
 */
public final class FileJobStore implements JobStore {
  private final Path jobs;
  private final Path batches;
  private final Path keys;
  private final ReentrantLock[] locks = new ReentrantLock[64];

  private FileJobStore(Path root) {
    this.jobs = root.resolve("jobs");
    this.batches = root.resolve("batches");
    this.keys = root.resolve("keys");
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /** A store under {@code root}, created if missing. */
  public static FileJobStore in(Path root) {
    requireNonNull(root, "root");
    FileJobStore store = new FileJobStore(root);
    try {
      Files.createDirectories(store.jobs);
      Files.createDirectories(store.batches);
      Files.createDirectories(store.keys);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the job store in " + root + ": " + e.getMessage(), e);
    }
    return store;
  }

  @Override
  public void create(Job job) {
    ReentrantLock lock = lock(job.id());
    lock.lock();
    try {
      Path file = jobs.resolve(job.id() + ".json");
      if (Files.exists(file)) {
        throw new IllegalStateException("a job " + job.id() + " exists already");
      }
      if (job.request().data().isPresent()) {
        byte[] data = job.request().data().get().bytes();
        write(jobs.resolve(job.id() + ".data"), data, true);
      }
      write(file, JobCodec.write(job, false).getBytes(StandardCharsets.UTF_8), true);
      // The key last: a reader that finds it finds the job.
      job.idempotencyKey().ifPresent(k -> write(keys.resolve(keyName(job.owner(), k)),
          job.id().getBytes(StandardCharsets.UTF_8), true));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<Job> find(String id) {
    return read(id, true);
  }

  @Override
  public Optional<Job> status(String id) {
    return read(id, false);
  }

  private Optional<Job> read(String id, boolean withData) {
    if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
      return Optional.empty();
    }
    try {
      String json = Files.readString(jobs.resolve(id + ".json"), StandardCharsets.UTF_8);
      return Optional.of(JobCodec.read(json, withData ? () -> data(id) : () -> new byte[0]));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read job " + id + ": " + e.getMessage(), e);
    }
  }

  private byte[] data(String id) {
    try {
      return Files.readAllBytes(jobs.resolve(id + ".data"));
    } catch (IOException e) {
      return new byte[0];
    }
  }

  @Override
  public Optional<Job> update(String id, UnaryOperator<Job> change) {
    ReentrantLock lock = lock(id);
    lock.lock();
    try {
      Optional<Job> current = find(id);
      if (current.isEmpty()) {
        return Optional.empty();
      }
      Job next = change.apply(current.get());
      if (!next.id().equals(id)) {
        throw new IllegalArgumentException("an update cannot change a job's id: " + id + " to " + next.id());
      }
      if (next != current.get()) {
        // Not forced: a crash can lose only the last change of a running job, which then runs again to the same
        // bytes (the job's clock is its creation time).
        write(jobs.resolve(id + ".json"), JobCodec.write(next, false).getBytes(StandardCharsets.UTF_8), false);
      }
      return Optional.of(next);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<Job> list(JobStatus status, int limit) {
    List<Job> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(jobs)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().endsWith(".json"))::iterator) {
        String name = f.getFileName().toString();
        try {
          status(name.substring(0, name.length() - 5)).filter(j -> j.status() == status).ifPresent(out::add);
        } catch (RuntimeException e) {
          // One unreadable record (a disk that lost its last write) must not stop the others or the start.
          LoggerFactory.getLogger("docgen.errors").warn("skipping the unreadable job record {}: {}", f, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the jobs in " + jobs + ": " + e.getMessage(), e);
    }
    out.sort(Comparator.comparing(Job::createdAt).thenComparing(Job::id));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  @Override
  public Optional<Job> findByIdempotencyKey(String owner, String key) {
    try {
      String id = Files.readString(keys.resolve(keyName(owner, key)), StandardCharsets.UTF_8);
      return find(id);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read an idempotency key: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean delete(String id) {
    ReentrantLock lock = lock(id);
    lock.lock();
    try {
      Optional<Job> job = find(id);
      if (job.isEmpty()) {
        return false;
      }
      job.get().idempotencyKey().ifPresent(k -> deleteQuietly(keys.resolve(keyName(job.get().owner(), k))));
      deleteQuietly(jobs.resolve(id + ".data"));
      deleteQuietly(jobs.resolve(id + ".json"));
      return true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void createBatch(Batch batch) {
    Path file = batches.resolve(batch.id() + ".json");
    if (Files.exists(file)) {
      throw new IllegalStateException("a batch " + batch.id() + " exists already");
    }
    write(file, JobCodec.write(batch).getBytes(StandardCharsets.UTF_8), true);
  }

  @Override
  public Optional<Batch> findBatch(String id) {
    if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(JobCodec.readBatch(Files.readString(batches.resolve(id + ".json"), StandardCharsets.UTF_8)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read batch " + id + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean reachable() {
    return Files.isDirectory(jobs) && Files.isWritable(jobs);
  }

  private ReentrantLock lock(String id) {
    return locks[Math.floorMod(id.hashCode(), locks.length)];
  }

  private static String keyName(String owner, String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest((owner + "\n" + key).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes the bytes to a temporary file beside {@code target} and moves them into place; with
   * {@code force}, they are on disk before the move.
   */
  static void write(Path target, byte[] bytes, boolean force) {
    Path tmp = target.resolveSibling(target.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        if (force) {
          ch.force(true);
        }
      }
      move(tmp, target);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a leftover file is harmless: it is written over or listed by no one
    }
  }
}
