package dev.docgen.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a delimited text file is written: its field separator ({@code ,} {@code ;} tab or {@code |}) and whether its
 * numbers use a decimal comma ("1.234,56", as a German or French Excel export writes them). Read from the file itself:
 * the separator is the one that splits the first lines into the same number of fields, and the decimal comma is what
 * the numbers of a file not separated by commas show.
 */
record CsvDialect(char separator, boolean decimalComma) {
  static final CsvDialect DEFAULT = new CsvDialect(',', false);
  private static final char[] SEPARATORS = {',', ';', '\t', '|'};
  private static final int SAMPLE_LINES = 30;
  // "1.234,56" in German, "2 400,00" in French (a space, a no-break space or a narrow one): the thousands groups.
  private static final String GROUP = "[. \\u00a0\\u202f]";
  // "12,5", "1.234,56", "-0,75 €", "8,5 %": a number written with a decimal comma. "1,234" alone is not one: a comma
  // before three digits is as likely to group thousands.
  private static final Pattern COMMA_DECIMAL = Pattern.compile(
      "[-+]?(?:[$€£¥]\\s?)?(?:\\d{1,3}(?:" + GROUP + "\\d{3})+|\\d+),(?:\\d{1,2}|\\d{4,})(?:\\s?(?:[%€£$¥]|[A-Z]{3}))?");
  // "1.000.000", "-12.345.678 €": two groups after dots are thousands, in any file; one ("1.000") could be a decimal.
  private static final Pattern DOTTED_GROUPS = Pattern.compile(
      "[-+]?(?:[$€£¥]\\s?)?\\d{1,3}(?:\\.\\d{3}){2,}(?:\\s?(?:[€£$¥]|[A-Z]{3}))?");
  // A number as a decimal-comma file writes it, with its sign, its symbol before or after, and its percent sign.
  private static final Pattern LOCAL_NUMBER = Pattern.compile(
      "([-+]?)((?:[$€£¥]|[A-Z]{3})\\s?)?(\\d{1,3}(?:" + GROUP + "\\d{3})+|\\d+)(?:,(\\d+))?(?:\\s?([%€£$¥]|[A-Z]{3}))?");

  /** The dialect of {@code text}, decided from its first lines. */
  static CsvDialect sniff(String text) {
    List<String> lines = sample(text);
    char best = ',';
    int bestScore = 0;
    for (char sep : SEPARATORS) {
      int score = consistency(lines, sep);
      if (score > bestScore) {
        best = sep;
        bestScore = score;
      }
    }
    return new CsvDialect(best, best != ',' && showsDecimalComma(lines, best));
  }

  private static boolean showsDecimalComma(List<String> lines, char separator) {
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      for (String cell : split(line, separator)) {
        String c = cell.strip();
        if (COMMA_DECIMAL.matcher(c).matches() || DOTTED_GROUPS.matcher(c).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A cell as the type reader expects numbers: "1.234,56 €" is "€1234.56", "8,5 %" is "8.5%", "-12,5" is "-12.5".
   * Text, and any cell of a file with decimal points, is unchanged.
   */
  String normalise(String cell) {
    if (!decimalComma || !containsDigit(cell)) {
      return cell;
    }
    Matcher m = LOCAL_NUMBER.matcher(cell.strip());
    if (!m.matches()) {
      return cell;
    }
    String symbol = m.group(2) != null ? m.group(2).strip() : "";
    String after = m.group(5) != null ? m.group(5) : "";
    if (!symbol.isEmpty() && !after.isEmpty()) {
      return cell;
    }
    String number = m.group(3).replaceAll(GROUP, "") + (m.group(4) != null ? "." + m.group(4) : "");
    if (after.equals("%")) {
      return m.group(1) + number + "%";
    }
    String currency = switch (symbol.isEmpty() ? after : symbol) {
      case "EUR" -> "€";
      case "GBP" -> "£";
      case "USD" -> "$";
      case "JPY" -> "¥";
      default -> symbol.isEmpty() ? after : symbol;
    };
    // The type reader knows money by its symbol; another code ("12,50 CHF") leaves the cell as it was written.
    return currency.length() == 3 ? cell : m.group(1) + currency + number;
  }

  private static boolean containsDigit(String cell) {
    return cell.chars().anyMatch(Character::isDigit);
  }

  /** How well a separator splits the sample: the fields per line when most lines agree and there are two or more. */
  private static int consistency(List<String> lines, char sep) {
    if (lines.isEmpty()) {
      return 0;
    }
    int header = split(lines.get(0), sep).size();
    if (header < 2) {
      return 0;
    }
    int agree = 0;
    for (String line : lines) {
      if (split(line, sep).size() == header) {
        agree++;
      }
    }
    // Every line must agree for a sure choice; a ragged sample still counts, less, so that its error names the line.
    return agree == lines.size() ? 1000 + header : agree * 2 > lines.size() ? header : 0;
  }

  /** The first lines of the file, whole records: a quoted field may hold a line break. */
  private static List<String> sample(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length() && lines.size() < SAMPLE_LINES; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if ((c == '\n' || c == '\r') && !quoted) {
        if (!line.toString().isBlank()) {
          lines.add(line.toString());
        }
        line.setLength(0);
      } else {
        line.append(c);
      }
    }
    if (lines.size() < SAMPLE_LINES && !line.toString().isBlank()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The fields of one record split at the separator outside quotes, without their quotes. */
  private static List<String> split(String line, char sep) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        // The quotes are not the cell's text: "\"1.234,56\"" is a number.
        quoted = !quoted;
        continue;
      }
      if (c == sep && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
        continue;
      }
      cell.append(c);
    }
    cells.add(cell.toString());
    return cells;
  }
}
