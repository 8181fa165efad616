package dev.docgen.xlsx.internal;

/** A1-style references. */
public final class Refs {
  private static final String[] COLS = new String[16384];
  private static final byte[][] COL_BYTES = new byte[16384][];

  private Refs() {}

  /** Column letters for a 0-based index: 0 → A, 26 → AA. */
  public static String col(int c) {
    String s = COLS[c];
    if (s == null) {
      StringBuilder b = new StringBuilder();
      for (int n = c + 1; n > 0; n = (n - 1) / 26) {
        b.insert(0, (char) ('A' + (n - 1) % 26));
      }
      s = b.toString();
      COLS[c] = s;
    }
    return s;
  }

  /** Column letters as ASCII bytes. */
  public static byte[] colBytes(int c) {
    byte[] b = COL_BYTES[c];
    if (b == null) {
      b = col(c).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      COL_BYTES[c] = b;
    }
    return b;
  }

  /** {@code A1} for a 0-based column and a 1-based row. */
  public static String cell(int c, int r) {
    return col(c) + r;
  }

  /** {@code $A$1}. */
  public static String abs(int c, int r) {
    return "$" + col(c) + "$" + r;
  }

  /** A sheet name quoted for formulas: {@code 'Sales 2026'}. */
  public static String sheet(String name) {
    return "'" + name.replace("'", "''") + "'";
  }
}
