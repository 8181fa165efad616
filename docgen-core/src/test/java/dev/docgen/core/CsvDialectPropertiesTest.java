package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docgen.api.DataInput;
import dev.docgen.api.data.DataTable;
import dev.docgen.core.internal.DataLoader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random tables written as spreadsheets and other tools export them, in any separator, line ending, byte order mark,
 * quoting and decimal mark, read back to the same header and the same values. The tables come from fixed seeds, so a
 * failure names the seed that reproduces it.
 */
class CsvDialectPropertiesTest {
  /** How a table is written: its separator, line ending, byte order mark, decimal comma and whether every cell is quoted. */
  record Dialect(char separator, String newline, boolean bom, boolean decimalComma, boolean quoteAll) {}

  /** A table: text, integer and two-decimal columns, each with a name. */
  record Sample(List<String> header, List<Character> kinds, List<List<Object>> rows) {}

  private static final int TRIES = 400;

  @Test
  void a_table_reads_back_equal_in_every_dialect() {
    for (long seed = 1; seed <= TRIES; seed++) {
      Random random = new Random(seed);
      Sample table = sample(random);
      Dialect dialect = dialect(random, table);
      byte[] bytes = write(table, dialect);
      String context = "seed " + seed + ", " + dialect + ", file:\n" + new String(bytes, StandardCharsets.UTF_8);
      DataTable read = DataLoader.load(new DataInput("t.csv", DataInput.Kind.CSV, bytes), Limits.DEFAULT).tables().get(0);
      assertThat(read.columns()).as(context).extracting(c -> c.name()).containsExactlyElementsOf(table.header());
      assertThat(read.rows()).as(context).hasSize(table.rows().size());
      for (int r = 0; r < table.rows().size(); r++) {
        for (int c = 0; c < table.header().size(); c++) {
          Object want = table.rows().get(r).get(c);
          Object got = read.rows().get(r).get(c);
          String where = context + "\nrow " + r + " column " + c;
          if (want instanceof BigDecimal n) {
            assertThat(got).as(where).isInstanceOf(BigDecimal.class);
            assertThat(((BigDecimal) got).compareTo(n)).as(where + ": " + got).isZero();
          } else {
            assertThat(got).as(where).isEqualTo(want);
          }
        }
      }
    }
  }

  /**
   * A dialect for the table. A decimal comma is only told from a decimal point by the numbers themselves, so a file
   * written with one holds a column of numbers with cents ("12,50"), as a real export of amounts does.
   */
  private static Dialect dialect(Random random, Sample table) {
    char separator = ",;\t|".charAt(random.nextInt(4));
    boolean comma = separator != ',' && random.nextBoolean() && table.kinds().contains('d');
    return new Dialect(separator, random.nextBoolean() ? "\n" : "\r\n", random.nextBoolean(), comma, random.nextBoolean());
  }

  private static Sample sample(Random random) {
    int width = 2 + random.nextInt(4);
    List<Character> kinds = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      char kind = "tid".charAt(random.nextInt(3));
      kinds.add(kind);
      header.add("col " + (char) ('a' + i) + (kind == 't' ? " name" : " count"));
    }
    List<List<Object>> rows = new ArrayList<>();
    int height = 1 + random.nextInt(12);
    for (int r = 0; r < height; r++) {
      List<Object> row = new ArrayList<>();
      for (char kind : kinds) {
        row.add(cell(random, kind));
      }
      rows.add(row);
    }
    return new Sample(header, kinds, rows);
  }

  private static final String TEXT_CHARS = "abc XYZ,;|\t\"\nä€-.";

  /** A cell of a kind: text that may hold separators, quotes and line breaks; a whole number; a number with cents. */
  private static Object cell(Random random, char kind) {
    long n = random.nextInt(5) == 0 ? random.nextInt(100) - 50 : (long) (random.nextDouble() * 199_999_998L) - 99_999_999L;
    return switch (kind) {
      case 'i' -> BigDecimal.valueOf(n);
      case 'd' -> BigDecimal.valueOf(n, 2);
      default -> {
        StringBuilder text = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
          text.append(TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length())));
        }
        yield text.toString().strip();
      }
    };
  }

  private static byte[] write(Sample table, Dialect d) {
    StringBuilder sb = new StringBuilder(d.bom() ? "\uFEFF" : "");
    sb.append(line(new ArrayList<>(table.header()), d)).append(d.newline());
    for (List<Object> row : table.rows()) {
      sb.append(line(row, d)).append(d.newline());
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String line(List<?> cells, Dialect d) {
    List<String> out = new ArrayList<>();
    for (Object cell : cells) {
      String text = cell instanceof BigDecimal n ? number(n, d) : cell.toString();
      boolean quote = d.quoteAll() || text.indexOf(d.separator()) >= 0 || text.contains("\"") || text.contains("\n")
          || text.contains("\r");
      out.add(quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
    }
    return String.join(String.valueOf(d.separator()), out);
  }

  /** A number as the dialect writes it: "1.234.567,89" with a decimal comma, else "1234567.89". */
  private static String number(BigDecimal n, Dialect d) {
    if (!d.decimalComma()) {
      return n.toPlainString();
    }
    String plain = n.abs().toPlainString();
    String whole = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
    String fraction = plain.contains(".") ? "," + plain.substring(plain.indexOf('.') + 1) : "";
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(whole.charAt(i));
    }
    return (n.signum() < 0 ? "-" : "") + grouped + fraction;
  }
}
