package dev.docgen.api;

import java.util.OptionalLong;

/** The data given with a request cannot be read: missing, empty, ragged, not UTF-8, wrong shape. */
public class DataException extends InvalidRequestException {
  private final String source;
  private final long line;

  /** A problem with the whole source (line unknown or irrelevant). */
  public DataException(String source, String problem) {
    this(source, 0, problem, null);
  }

  /** A problem at a 1-based line of the source; {@code line <= 0} means no particular line. */
  public DataException(String source, long line, String problem, Throwable cause) {
    super(source + (line > 0 ? " line " + line : "") + ": " + problem, cause);
    this.source = source;
    this.line = line;
  }

  /** Name of the data source (usually a file name). */
  public String source() {
    return source;
  }

  /** The 1-based line the problem is on, when there is one. */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }
}
