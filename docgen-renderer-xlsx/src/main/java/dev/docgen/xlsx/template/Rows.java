package dev.docgen.xlsx.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the rows of a sheet went after its row blocks were expanded: each block of template rows
 * {@code start..end} was written {@code count} times. References are moved so that a range that
 * covered a block's rows covers every copy, and everything below moves down (or up).
 */
final class Rows {
  /** One expanded block. */
  record Block(int start, int end, int count) {
    int height() {
      return end - start + 1;
    }

    int delta() {
      return (count - 1) * height();
    }
  }

  private final List<Block> blocks = new ArrayList<>();

  void add(Block b) {
    blocks.add(b);
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  private int offset(int row) {
    int off = 0;
    for (Block b : blocks) {
      if (b.end() < row) {
        off += b.delta();
      }
    }
    return off;
  }

  /** Where an original row (or the first copy of a template row) is now. */
  int start(int row) {
    for (Block b : blocks) {
      if (row >= b.start() && row <= b.end()) {
        return row + offset(b.start());
      }
    }
    return row + offset(row);
  }

  /** Where the last copy of a template row is now (for the end of a range). */
  int end(int row) {
    for (Block b : blocks) {
      if (row >= b.start() && row <= b.end()) {
        int last = row + offset(b.start()) + Math.max(0, b.count() - 1) * b.height();
        return b.count() == 0 ? Math.max(start(b.start()) - 1, 1) : last;
      }
    }
    return row + offset(row);
  }

  /**
   * Moves a space-separated list of areas (a conditional format's or validation's sqref): a single
   * cell in a block's template rows becomes the column of all its copies, as the rule applies per row.
   */
  String areas(String sqref, String sheet) {
    if (blocks.isEmpty()) {
      return sqref;
    }
    StringBuilder out = new StringBuilder();
    for (String area : sqref.trim().split("\\s+")) {
      Matcher m = Pattern.compile("(\\$?[A-Z]{1,3})(\\$?)(\\d+)").matcher(area);
      if (m.matches()) {
        int r = Integer.parseInt(m.group(3));
        area = start(r) == end(r) ? m.group(1) + m.group(2) + start(r)
            : m.group(1) + m.group(2) + start(r) + ":" + m.group(1) + m.group(2) + end(r);
      } else {
        area = refs(area, sheet, true);
      }
      out.append(out.length() == 0 ? "" : " ").append(area);
    }
    return out.toString();
  }

  /** A chart series range: a single cell in a block's template rows grows to all its copies. */
  String series(String ref, String sheet) {
    Matcher m = Pattern.compile("((?:'[^']+'|[A-Za-z_][\\w.]*)!)(\\$?[A-Z]{1,3})(\\$?)(\\d+)").matcher(ref.trim());
    if (m.matches() && m.group(1).substring(0, m.group(1).length() - 1).replace("''", "'").replaceAll("^'|'$", "")
        .equals(sheet)) {
      int r = Integer.parseInt(m.group(4));
      if (start(r) != end(r)) {
        return m.group(1) + m.group(2) + m.group(3) + start(r) + ":" + m.group(2) + m.group(3) + end(r);
      }
    }
    return refs(ref, sheet, false);
  }

  private static final Pattern RANGE = Pattern.compile(
      "((?:'[^']+'|[A-Za-z_][\\w.]*)!)?(\\$?[A-Z]{1,3})(\\$?)(\\d+)(?::(\\$?[A-Z]{1,3})(\\$?)(\\d+))?(?![\\w(])");

  /**
   * Moves the references in a formula or range list that point at {@code sheet} (or carry no
   * sheet when {@code local}); text in quotes is left alone.
   */
  String refs(String formula, String sheet, boolean local) {
    if (blocks.isEmpty()) {
      return formula;
    }
    StringBuilder out = new StringBuilder();
    String[] parts = formula.split("\"", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append('"');
      }
      out.append(i % 2 == 1 ? parts[i] : move(parts[i], sheet, local));
    }
    return out.toString();
  }

  private String move(String text, String sheet, boolean local) {
    Matcher m = RANGE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String prefix = m.group(1);
      boolean mine = prefix == null ? local
          : prefix.substring(0, prefix.length() - 1).replace("''", "'").replaceAll("^'|'$", "").equals(sheet);
      if (!mine || (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1)))) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      int r1 = Integer.parseInt(m.group(4));
      String ref;
      if (m.group(5) == null) {
        ref = (prefix == null ? "" : prefix) + m.group(2) + m.group(3) + start(r1);
      } else {
        int r2 = Integer.parseInt(m.group(7));
        ref = (prefix == null ? "" : prefix) + m.group(2) + m.group(3) + start(r1) + ":" + m.group(5) + m.group(6)
            + end(r2);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(ref));
    }
    m.appendTail(out);
    return out.toString();
  }
}
