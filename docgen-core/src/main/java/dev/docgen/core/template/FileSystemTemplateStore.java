package dev.docgen.core.template;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.docgen.api.TemplateException;
import dev.docgen.api.template.TemplateField;
import dev.docgen.api.template.TemplateInfo;
import dev.docgen.api.template.TemplateRef;
import dev.docgen.api.template.TemplateStore;
import dev.docgen.api.template.TemplateUpload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Templates in a folder: {@code DIR/NAME/VERSION/template.docx} (or {@code .xlsx}) beside a
 * {@code meta.json}. A version is written to a temporary folder and moved into place, so readers
 * never see half a template; a published version is never overwritten.
 */
public final class FileSystemTemplateStore implements TemplateStore {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
  private final Path dir;
  private final TemplateLimits limits;
  private final BiFunction<byte[], String, List<TemplateField>> analyzer;
  private final Clock clock;

  /**
   * @param analyzer reads a template's fields from its bytes and format (and rejects malformed tags) before it
   *     is stored
   */
  public FileSystemTemplateStore(Path dir, TemplateLimits limits, BiFunction<byte[], String, List<TemplateField>> analyzer,
      Clock clock) {
    this.dir = requireNonNull(dir, "dir");
    this.limits = requireNonNull(limits, "limits");
    this.analyzer = requireNonNull(analyzer, "analyzer");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public String id() {
    return "filesystem";
  }

  public Path directory() {
    return dir;
  }

  @Override
  public boolean writable() {
    return true;
  }

  @Override
  public List<TemplateInfo> list() {
    List<TemplateInfo> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> names = Files.newDirectoryStream(dir, Files::isDirectory)) {
      for (Path name : names) {
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(name, Files::isDirectory)) {
          for (Path v : versions) {
            readMeta(v).ifPresent(out::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list templates in " + dir, e);
    }
    out.sort(Comparator.comparing(TemplateInfo::name).thenComparing(TemplateInfo::version, Versions.ORDER));
    return out;
  }

  private static Optional<TemplateInfo> readMeta(Path versionDir) {
    Path meta = versionDir.resolve("meta.json");
    if (!Files.isRegularFile(meta) || versionDir.getFileName().toString().startsWith(".")) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(meta.toFile(), TemplateInfo.class));
    } catch (IOException e) {
      return Optional.empty(); // a damaged entry is skipped, not fatal to listing
    }
  }

  @Override
  public Optional<TemplateInfo> find(TemplateRef ref) {
    if (ref.version().isPresent()) {
      return readMeta(dir.resolve(ref.name()).resolve(ref.version().get()));
    }
    return list().stream().filter(t -> t.name().equals(ref.name())).reduce((a, b) -> b);
  }

  @Override
  public byte[] read(TemplateInfo info) {
    Path file = dir.resolve(info.name()).resolve(info.version()).resolve("template." + info.format());
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new TemplateException("", "template " + info.id() + " cannot be read from " + file + ": " + e.getMessage());
    }
  }

  @Override
  public synchronized TemplateInfo publish(TemplateUpload upload) {
    String format = TemplateSafety.check(upload.name(), upload.bytes(), limits);
    String sha = sha256(upload.bytes());
    Optional<TemplateInfo> existing = find(TemplateRef.of(upload.name(), upload.version()));
    if (existing.isPresent()) {
      if (existing.get().sha256().equals(sha)) {
        return existing.get();
      }
      throw new TemplateException("template '" + upload.name() + "@" + upload.version() + "'",
          "conflict: this version is already published with other content (sha256 " + existing.get().sha256()
              .substring(0, 12) + "…); publish a new version instead");
    }
    List<TemplateField> fields = analyzer.apply(upload.bytes(), format);
    TemplateInfo info = new TemplateInfo(upload.name(), upload.version(), format, upload.description(),
        upload.documentTypes(), upload.keywords(), fields, clock.instant().truncatedTo(ChronoUnit.SECONDS), sha,
        upload.bytes().length, id());
    Path target = dir.resolve(upload.name()).resolve(upload.version());
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempDirectory(target.getParent(), ".publish-");
      Files.write(tmp.resolve("template." + format), upload.bytes());
      JSON.writeValue(tmp.resolve("meta.json").toFile(), info);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store template " + info.id() + " in " + dir, e);
    }
    return info;
  }

  @Override
  public synchronized boolean delete(TemplateRef ref) {
    if (ref.version().isEmpty()) {
      throw new TemplateException("template '" + ref.name() + "'", "name the version to delete: " + ref.name() + "@VERSION");
    }
    Path target = dir.resolve(ref.name()).resolve(ref.version().get());
    if (!Files.isDirectory(target)) {
      return false;
    }
    try {
      Path tmp = target.resolveSibling(".delete-" + ref.version().get() + "-" + System.nanoTime());
      Files.move(target, tmp);
      try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp)) {
        for (Path f : files) {
          Files.delete(f);
        }
      }
      Files.delete(tmp);
      try (DirectoryStream<Path> left = Files.newDirectoryStream(target.getParent())) {
        if (!left.iterator().hasNext()) {
          Files.delete(target.getParent());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete template " + ref + " in " + dir, e);
    }
    return true;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
