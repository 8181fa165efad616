package dev.docgen.core.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.docgen.api.DataException;
import dev.docgen.api.LimitExceededException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses delimited text (RFC 4180 quoting) into a header and rows, rejecting ragged rows by line. The separator and the
 * decimal comma are read from the file ({@link CsvDialect}); numbers written with a decimal comma are given to the type
 * reader with a decimal point.
 */
final class CsvReader {
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  record Parsed(List<String> header, List<List<String>> rows) {}

  private CsvReader() {}

  static Parsed read(String source, String text, int maxRows) {
    CsvDialect dialect = CsvDialect.sniff(text);
    List<String> header = null;
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class)
        .with(CsvSchema.emptySchema().withColumnSeparator(dialect.separator())).readValues(new StringReader(text))) {
      long line = 1;
      while (it.hasNextValue()) {
        String[] cells = it.nextValue();
        long rowLine = line;
        line = it.getCurrentLocation().getLineNr();
        if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
          continue;
        }
        if (header == null) {
          header = header(source, cells);
          continue;
        }
        if (cells.length != header.size()) {
          throw new DataException(source, rowLine, "row has " + cells.length + " fields but the header has "
              + header.size() + " (" + String.join(", ", header) + ")" + separatorName(dialect), null);
        }
        if (rows.size() >= maxRows) {
          throw new LimitExceededException("data rows in " + source, maxRows, rows.size() + 1L,
              "raise Limits.maxDataRows or send fewer rows");
        }
        if (dialect.decimalComma()) {
          for (int i = 0; i < cells.length; i++) {
            cells[i] = dialect.normalise(cells[i]);
          }
        }
        rows.add(Arrays.asList(cells));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof DataException || e instanceof LimitExceededException) {
        throw (RuntimeException) e;
      }
      throw new DataException(source, 0, "malformed CSV: " + e.getMessage(), e);
    }
    if (header == null) {
      throw new DataException(source, "data file is empty");
    }
    if (rows.isEmpty()) {
      throw new DataException(source, "CSV has a header but no data rows");
    }
    return new Parsed(header, rows);
  }

  private static String separatorName(CsvDialect dialect) {
    return switch (dialect.separator()) {
      case ';' -> "; fields are separated by semicolons";
      case '\t' -> "; fields are separated by tabs";
      case '|' -> "; fields are separated by '|'";
      default -> "";
    };
  }

  private static List<String> header(String source, String[] cells) {
    Set<String> seen = new HashSet<>();
    List<String> header = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      String name = cells[i].trim();
      if (name.isEmpty()) {
        throw new DataException(source, 1, "header column " + (i + 1) + " has no name", null);
      }
      if (!seen.add(TypeInference.normaliseKey(name))) {
        throw new DataException(source, 1, "header names column '" + name + "' twice", null);
      }
      header.add(name);
    }
    return header;
  }
}
