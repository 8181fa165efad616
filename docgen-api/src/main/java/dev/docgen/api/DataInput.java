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

  /**
   * Reads a data file: {@code .json} is JSON; {@code .csv}, {@code .tsv}, {@code .tab} and {@code .txt} are delimited
   * text (the separator is read from the file). A file with another extension is JSON when it opens with {@code {}
   * or {@code [}, and delimited text otherwise; a spreadsheet workbook or other binary file is refused by name.
   */
  public static DataInput of(Path file) {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DataException(name, "data file not found: " + file.toAbsolutePath());
    } catch (IOException e) {
      throw new DataException(name, 0, "cannot read data file: " + e.getMessage(), e);
    }
    return new DataInput(name, kindOf(name, bytes), bytes);
  }

  /** The kind of data {@code bytes} hold, by the file's extension and, when it names neither, by its content. */
  public static Kind kindOf(String name, byte[] bytes) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Kind.JSON;
    }
    if (lower.matches(".*\\.(csv|tsv|tab|txt)$")) {
      return Kind.CSV;
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
        || lower.matches(".*\\.(xlsx|xlsm|xls|ods|numbers)$")) {
      throw new DataException(name, "a spreadsheet workbook is not read as data; save the sheet as CSV (or JSON)");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new DataException(name, "a binary file is not data docgen reads; send CSV or JSON text");
      }
    }
    for (byte b : bytes) {
      if (b == '{' || b == '[') {
        return Kind.JSON;
      }
      // Skip a byte order mark and white space before the first character.
      if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n' || (b & 0xFF) == 0xEF || (b & 0xFF) == 0xBB || (b & 0xFF) == 0xBF)) {
        return Kind.CSV;
      }
    }
    return Kind.CSV;
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
