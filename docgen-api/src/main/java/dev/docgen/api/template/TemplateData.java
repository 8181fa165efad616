package dev.docgen.api.template;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.TemplateException;
import dev.docgen.api.model.DocumentSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a template is filled with: a data tree (maps, lists and scalars, as parsed from JSON), the
 * generated document for {@code {{>section}}} tags, the locale for formatters, and whether a
 * missing field is an error ({@code strict}, the default) or blank.
 */
public record TemplateData(Object root, Optional<DocumentSpec> spec, Locale locale, Instant created, boolean strict) {
  public TemplateData {
    requireNonNull(root, "root");
    requireNonNull(spec, "spec");
    requireNonNull(locale, "locale");
    requireNonNull(created, "created");
  }

  public static TemplateData of(Map<String, ?> root, Locale locale, Instant created) {
    return new TemplateData(root, Optional.empty(), locale, created, true);
  }

  /** Looks up paths against the data and the loop items around the tag, innermost first. */
  public final class Scope {
    private final Deque<Object> items = new ArrayDeque<>();
    private final Deque<int[]> positions = new ArrayDeque<>();

    public Scope() {
      items.push(root);
      positions.push(new int[] {0, 1});
    }

    /** Enters one loop pass over {@code item}, number {@code index} of {@code count}. */
    public void enter(Object item, int index, int count) {
      items.push(item);
      positions.push(new int[] {index, count});
    }

    public void leave() {
      items.pop();
      positions.pop();
    }

    /** The value at {@code path}, or null when absent and not strict; a strict miss throws naming the tag. */
    public Object get(String path, String tag, String where) {
      int[] pos = positions.peek();
      switch (path) {
        case "this":
          return items.peek();
        case "@index":
          return BigDecimal.valueOf(pos[0]);
        case "@number":
          return BigDecimal.valueOf(pos[0] + 1);
        case "@first":
          return pos[0] == 0;
        case "@last":
          return pos[0] == pos[1] - 1;
        default:
          break;
      }
      String[] parts = path.split("\\.");
      if (parts[0].equals("this")) {
        Object v = items.peek();
        for (int i = 1; i < parts.length && v != MISSING; i++) {
          v = step(v, parts[i]);
        }
        if (v != MISSING) {
          return v;
        }
        if (strict) {
          throw new TemplateException(where, "tag " + tag + ": data field missing: " + path);
        }
        return null;
      }
      for (Object item : items) {
        Object v = step(item, parts[0]);
        if (v != MISSING) {
          for (int i = 1; i < parts.length && v != MISSING; i++) {
            v = step(v, parts[i]);
          }
          if (v != MISSING) {
            return v;
          }
          break;
        }
      }
      if (strict) {
        throw new TemplateException(where, "tag " + tag + ": data field missing: " + path);
      }
      return null;
    }

    /** The items a loop runs over: a list, or one map as a single item; absent or false runs zero times. */
    public List<?> list(String path, String tag, String where) {
      Object v = get(path, tag, where);
      if (v == null || Boolean.FALSE.equals(v)) {
        return List.of();
      }
      if (v instanceof List<?> l) {
        return l;
      }
      if (v instanceof Collection<?> c) {
        return List.copyOf(c);
      }
      if (v instanceof Map<?, ?>) {
        return List.of(v);
      }
      throw new TemplateException(where, "tag " + tag + ": '" + path + "' is " + Formatters.text(v, locale)
          + ", not a list to loop over");
    }
  }

  private static final Object MISSING = new Object();

  private static Object step(Object from, String key) {
    if (from instanceof Map<?, ?> m) {
      return m.containsKey(key) ? m.get(key) : MISSING;
    }
    if (from instanceof List<?> l && key.chars().allMatch(Character::isDigit)) {
      int i = Integer.parseInt(key);
      return i < l.size() ? l.get(i) : MISSING;
    }
    return MISSING;
  }

  /** Truthiness for conditions: absent, null, false, "", 0, "false", "no" and empty lists are false. */
  public static boolean truthy(Object v) {
    if (v == null || Boolean.FALSE.equals(v)) {
      return false;
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString()).signum() != 0;
    }
    if (v instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    String s = v.toString().strip();
    return !s.isEmpty() && !s.equalsIgnoreCase("false") && !s.equalsIgnoreCase("no") && !s.equals("0");
  }

  /** Evaluates a condition tag against the scope. */
  public boolean test(Tag tag, Scope scope, String where) {
    Object v = tag.operator().isEmpty() ? scope.get(tag.path(), tag.source(), where)
        : scopeValueOrNull(scope, tag, where);
    boolean result;
    if (tag.operator().isEmpty()) {
      result = truthy(v);
    } else {
      result = compare(v, tag.operator(), tag.operand());
    }
    return tag.kind() == Tag.Kind.UNLESS ? !result : result;
  }

  private Object scopeValueOrNull(Scope scope, Tag tag, String where) {
    return scope.get(tag.path(), tag.source(), where);
  }

  private static boolean compare(Object v, String op, String operand) {
    if (v == null) {
      return op.equals("!=");
    }
    BigDecimal a = asNumber(v);
    BigDecimal b = asNumber(operand);
    int cmp;
    if (a != null && b != null) {
      cmp = a.compareTo(b);
    } else {
      String s = v instanceof Boolean ? v.toString() : Formatters.text(v, Locale.ROOT);
      if (op.equals("==") || op.equals("!=")) {
        boolean eq = s.equals(operand);
        return op.equals("==") == eq;
      }
      cmp = s.compareTo(operand);
    }
    return switch (op) {
      case "==" -> cmp == 0;
      case "!=" -> cmp != 0;
      case ">" -> cmp > 0;
      case ">=" -> cmp >= 0;
      case "<" -> cmp < 0;
      default -> cmp <= 0;
    };
  }

  private static BigDecimal asNumber(Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    try {
      return new BigDecimal(v.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A value tag's text: the field through its formatters. */
  public String format(Tag tag, Scope scope, String where) {
    Object v = scope.get(tag.path(), tag.source(), where);
    for (Tag.Formatter f : tag.formatters()) {
      v = Formatters.apply(v, f, locale, where);
    }
    if (v instanceof Map<?, ?> || v instanceof Collection<?>) {
      throw new TemplateException(where, "tag " + tag.source() + ": '" + tag.path()
          + "' is a group of fields, not a value; name one of its fields or loop over it with #each");
    }
    return Formatters.text(v, locale);
  }
}
