package dev.docgen.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A fast append-only XML writer: encodes straight into a UTF-8 byte buffer and flushes it to the
 * stream in 64 KB chunks, so a sheet of a million rows never sits in memory. Text is escaped for
 * XML 1.0; characters XML cannot carry (C0 controls other than tab and line feed, U+FFFE, U+FFFF,
 * lone surrogates) are written as Excel's {@code _xHHHH_} escapes, and a literal {@code _xHHHH_}
 * in the text is protected so Excel shows it as typed.
 */
public final class Xml {
  private static final int SIZE = 1 << 16;
  private static final int MARGIN = 16;
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private final OutputStream out;
  private final byte[] buf = new byte[SIZE];
  private int pos;

  public Xml(OutputStream out) {
    this.out = out;
  }

  /** Appends markup as is (it must already be valid XML). */
  public Xml raw(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (pos >= SIZE - MARGIN) {
          flush();
        }
        buf[pos++] = (byte) c;
      } else {
        i = encode(s, i);
      }
    }
    return this;
  }

  public Xml raw(char c) {
    if (pos >= SIZE - MARGIN) {
      flush();
    }
    if (c < 0x80) {
      buf[pos++] = (byte) c;
    } else {
      encode(String.valueOf(c), 0);
    }
    return this;
  }

  /** Appends a decimal integer. */
  public Xml raw(long n) {
    if (pos >= SIZE - 24) {
      flush();
    }
    if (n < 0) {
      if (n == Long.MIN_VALUE) {
        return raw(Long.toString(n));
      }
      buf[pos++] = '-';
      n = -n;
    }
    int start = pos;
    do {
      buf[pos++] = (byte) ('0' + n % 10);
      n /= 10;
    } while (n > 0);
    for (int i = start, j = pos - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
    return this;
  }

  /** Appends bytes that are already UTF-8 markup. */
  public Xml raw(byte[] bytes) {
    if (pos + bytes.length >= SIZE - MARGIN) {
      flush();
    }
    if (bytes.length >= SIZE - MARGIN) {
      write(bytes, bytes.length);
      return this;
    }
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
    return this;
  }

  /** Appends {@code s} escaped for element content and attribute values. */
  public Xml text(String s) {
    boolean protect = s.indexOf("_x") >= 0;
    for (int i = 0; i < s.length(); i++) {
      if (pos >= SIZE - MARGIN) {
        flush();
      }
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x80) {
        switch (c) {
          case '<' -> ascii("&lt;");
          case '>' -> ascii("&gt;");
          case '&' -> ascii("&amp;");
          case '"' -> ascii("&quot;");
          case '_' -> {
            if (protect && isEscape(s, i)) {
              ascii("_x005F_");
            } else {
              buf[pos++] = '_';
            }
          }
          default -> buf[pos++] = (byte) c;
        }
      } else if (c == '\t' || c == '\n') {
        buf[pos++] = (byte) c;
      } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
        escape(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i = encode(s, i);
      } else if (Character.isSurrogate(c)) {
        escape(c);
      } else {
        i = encode(s, i);
      }
    }
    return this;
  }

  /** Whether {@code s} has Excel's escape form {@code _xHHHH_} at {@code i}. */
  private static boolean isEscape(String s, int i) {
    if (i + 7 > s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private void escape(char c) {
    ascii("_x");
    buf[pos++] = HEX[(c >> 12) & 0xF];
    buf[pos++] = HEX[(c >> 8) & 0xF];
    buf[pos++] = HEX[(c >> 4) & 0xF];
    buf[pos++] = HEX[c & 0xF];
    buf[pos++] = '_';
  }

  private void ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      buf[pos++] = (byte) s.charAt(i);
    }
  }

  /** Encodes the non-ASCII character (or surrogate pair) at {@code i}; returns the index of its last char. */
  private int encode(String s, int i) {
    if (pos >= SIZE - MARGIN) {
      flush();
    }
    char c = s.charAt(i);
    if (c < 0x800) {
      buf[pos++] = (byte) (0xC0 | (c >> 6));
      buf[pos++] = (byte) (0x80 | (c & 0x3F));
      return i;
    }
    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      buf[pos++] = (byte) (0xF0 | (cp >> 18));
      buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buf[pos++] = (byte) (0x80 | (cp & 0x3F));
      return i + 1;
    }
    if (Character.isSurrogate(c)) {
      buf[pos++] = '?'; // a lone surrogate in markup (never in escaped text)
      return i;
    }
    buf[pos++] = (byte) (0xE0 | (c >> 12));
    buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
    buf[pos++] = (byte) (0x80 | (c & 0x3F));
    return i;
  }

  /** Writes what is buffered to the stream. */
  public void flush() {
    write(buf, pos);
    pos = 0;
  }

  private void write(byte[] bytes, int length) {
    try {
      out.write(bytes, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
