package dev.docgen.cli;

import dev.docgen.api.OutputLocationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the commands share: the clock from SOURCE_DATE_EPOCH, locale parsing, output checks. */
final class CliSupport {
  private CliSupport() {}

  /** A fixed clock when {@code SOURCE_DATE_EPOCH} is set (reproducible builds), the system clock otherwise. */
  static Clock clock(Map<String, String> env) {
    String epoch = env.get("SOURCE_DATE_EPOCH");
    if (epoch == null || epoch.isBlank()) {
      return Clock.systemUTC();
    }
    try {
      return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch.trim())), ZoneOffset.UTC);
    } catch (NumberFormatException e) {
      throw new DocgenCommand.UsageProblem("SOURCE_DATE_EPOCH must be seconds since 1970: '" + epoch + "'");
    }
  }

  static Locale locale(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    if (locale.getLanguage().isEmpty()) {
      throw new DocgenCommand.UsageProblem("--locale must be a language tag such as en-GB or de-DE: '" + tag + "'");
    }
    return locale;
  }

  /** The template folder: the option, else DOCGEN_TEMPLATE_DIR, else ~/.docgen/templates. */
  static java.nio.file.Path templateDir(java.nio.file.Path option, Map<String, String> env) {
    if (option != null) {
      return option;
    }
    String dir = env.get("DOCGEN_TEMPLATE_DIR");
    if (dir != null && !dir.isBlank()) {
      return java.nio.file.Path.of(dir);
    }
    return java.nio.file.Path.of(System.getProperty("user.home"), ".docgen", "templates");
  }

  /** Fails before any work when the output cannot be written. */
  static void checkWritable(Path output) {
    Path dir = output.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new OutputLocationException("output directory does not exist: " + dir, null);
    }
    if (!Files.isWritable(dir)) {
      throw new OutputLocationException("output directory is not writable: " + dir, null);
    }
    if (Files.isDirectory(output)) {
      throw new OutputLocationException("output path is a directory: " + output, null);
    }
  }

  private static final Set<String> FORMATS = Set.of("docx", "pdf", "xlsx");

  /**
   * The format to write: the one {@code --format} names, else the one the output file's name ends in, else DOCX.
   * A format that contradicts the file's extension is a usage error, so that {@code -o report.pdf} never holds a DOCX.
   */
  static String format(String option, Path output) {
    String name = output.getFileName() == null ? "" : output.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    boolean known = FORMATS.contains(extension);
    if (option == null) {
      return known ? extension : "docx";
    }
    String format = option.toLowerCase(Locale.ROOT);
    if (known && FORMATS.contains(format) && !format.equals(extension)) {
      throw new DocgenCommand.UsageProblem("--format " + format + " does not match the output file " + name
          + ": name it ." + format + ", or drop --format to write " + extension.toUpperCase(Locale.ROOT));
    }
    return format;
  }
}
