package dev.docgen.api.template;

import dev.docgen.api.TemplateException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reference to a template: {@code NAME} (the latest version) or {@code NAME@VERSION}. Names are
 * 1–64 characters of letters, digits, dot, dash and underscore, starting with a letter or digit;
 * versions 1–32 of the same. Anything else (paths, spaces, control characters) is refused.
 */
public record TemplateRef(String name, Optional<String> version) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

  public TemplateRef {
    checkName(name);
    version.ifPresent(TemplateRef::checkVersion);
  }

  /** Parses {@code NAME} or {@code NAME@VERSION}. */
  public static TemplateRef parse(String ref) {
    if (ref == null || ref.isBlank()) {
      throw new TemplateException("", "a template reference is empty; use NAME or NAME@VERSION");
    }
    int at = ref.indexOf('@');
    return at < 0 ? new TemplateRef(ref.trim(), Optional.empty())
        : new TemplateRef(ref.substring(0, at).trim(), Optional.of(ref.substring(at + 1).trim()));
  }

  public static TemplateRef of(String name, String version) {
    return new TemplateRef(name, Optional.of(version));
  }

  /** Refuses a name that could escape a store's folder or confuse a shell. */
  public static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
      throw new TemplateException("", "unsafe template name '" + printable(name)
          + "': use 1-64 letters, digits, '.', '-' or '_', starting with a letter or digit, no '..'");
    }
  }

  public static void checkVersion(String version) {
    if (version == null || !VERSION.matcher(version).matches() || version.contains("..")) {
      throw new TemplateException("", "unsafe template version '" + printable(version)
          + "': use 1-32 letters, digits, '.', '-' or '_', starting with a letter or digit, no '..'");
    }
  }

  private static String printable(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder();
    s.codePoints().limit(80).forEach(c -> {
      if (Character.isISOControl(c)) {
        b.append(String.format("\\u%04X", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return s.length() > 80 ? b + "…" : b.toString();
  }

  @Override
  public String toString() {
    return version.map(v -> name + "@" + v).orElse(name);
  }
}
