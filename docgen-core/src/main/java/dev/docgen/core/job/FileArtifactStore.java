package dev.docgen.core.job;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.job.ArtifactStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Documents as files under one directory ({@code ID.bin}), written to a temporary file, forced to
 * disk and moved into place: a reader sees a whole document or none.
 */
public final class FileArtifactStore implements ArtifactStore {
  private final Path dir;

  private FileArtifactStore(Path dir) {
    this.dir = dir;
  }

  /** A store in {@code dir}, created if missing. */
  public static FileArtifactStore in(Path dir) {
    requireNonNull(dir, "dir");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the artifact store in " + dir + ": " + e.getMessage(), e);
    }
    return new FileArtifactStore(dir);
  }

  @Override
  public long put(String id, Content content) throws IOException {
    Path target = file(id);
    Path tmp = dir.resolve(id + "." + Thread.currentThread().getId() + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 64 * 1024);
      content.writeTo(out);
      out.flush();
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      FileJobStore.deleteQuietly(tmp);
      throw e;
    }
    FileJobStore.move(tmp, target);
    return Files.size(target);
  }

  @Override
  public Optional<InputStream> open(String id) throws IOException {
    try {
      return Optional.of(Files.newInputStream(file(id)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean delete(String id) throws IOException {
    return Files.deleteIfExists(file(id));
  }

  @Override
  public boolean reachable() {
    return Files.isDirectory(dir) && Files.isWritable(dir);
  }

  private Path file(String id) {
    if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException("not a job id: " + id);
    }
    return dir.resolve(id + ".bin");
  }
}
