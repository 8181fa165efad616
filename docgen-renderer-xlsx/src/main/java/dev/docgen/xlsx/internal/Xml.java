package dev.docgen.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A fast append-only XML text buffer that encodes to UTF-8 and flushes to a stream in chunks, so a
 * sheet of a million rows never sits in memory. Text is escaped for XML 1.0; characters XML cannot
 * carry (most C0 controls, lone surrogates) are written as Excel's {@code _xHHHH_} escapes.
 */
public final class Xml {
  private static final int FLUSH_AT = 1 << 16;
  private final OutputStream out;
  private final StringBuilder sb = new StringBuilder(FLUSH_AT + 1024);

  public Xml(OutputStream out) {
    this.out = out;
  }

  public Xml raw(String s) {
    sb.append(s);
    maybeFlush();
    return this;
  }

  public Xml raw(char c) {
    sb.append(c);
    return this;
  }

  public Xml raw(long n) {
    sb.append(n);
    return this;
  }

  /** Appends {@code s} escaped for element content and attribute values. */
  public Xml text(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '<' && c != '>' && c != '&' && c != '"') {
        sb.append(c);
        continue;
      }
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\t', '\n' -> sb.append(c);
        case '\r' -> sb.append("_x000D_");
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            sb.append(String.format("_x%04X_", (int) c));
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            sb.append("_x").append(String.format("%04X", (int) c)).append('_');
          } else {
            sb.append(c);
          }
        }
      }
    }
    maybeFlush();
    return this;
  }

  /** Escapes a literal "_xHHHH_" in text so Excel does not decode it (it reads the escape as a character). */
  public static String protectEscapes(String s) {
    return s.indexOf("_x") < 0 ? s : s.replaceAll("_(x[0-9A-Fa-f]{4}_)", "_x005F_$1");
  }

  private void maybeFlush() {
    if (sb.length() >= FLUSH_AT) {
      flush();
    }
  }

  /** Writes what is buffered to the stream. */
  public void flush() {
    try {
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sb.setLength(0);
  }
}
