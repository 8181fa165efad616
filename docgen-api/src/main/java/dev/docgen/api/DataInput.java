package dev.docgen.api;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Raw data given with a request: a name, a kind (CSV or JSON) and the bytes. */
public record DataInput(String name, Kind kind, byte[] bytes) {
  /** The data formats docgen reads. */
  public enum Kind { CSV, JSON }

  public DataInput {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(bytes, "bytes");
  }

  /** Reads a {@code .csv} or {@code .json} file. */
  public static DataInput of(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    Kind kind = lower.endsWith(".csv") ? Kind.CSV : lower.endsWith(".json") ? Kind.JSON : null;
    if (kind == null) {
      throw new DataException(name, "unsupported data file type; use a .csv or .json file");
    }
    try {
      return new DataInput(name, kind, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new DataException(name, "data file not found: " + file.toAbsolutePath());
    } catch (IOException e) {
      throw new DataException(name, 0, "cannot read data file: " + e.getMessage(), e);
    }
  }

  public static DataInput csv(String name, String content) {
    return new DataInput(name, Kind.CSV, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public static DataInput json(String name, String content) {
    return new DataInput(name, Kind.JSON, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "DataInput[" + name + ", " + kind + ", " + bytes.length + " bytes]";
  }
}
