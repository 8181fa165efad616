package dev.docgen.core.internal;

import dev.docgen.api.data.DataColumn;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.ColumnType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The figures a model asks docgen to compute, written {@code {= expression}} in its text: a small
 * language over the request's own tables, so the model plans the arithmetic and docgen does it.
 *
 * <pre>
 * count()                                 rows of the main table
 * count(status = "open")                  rows that match
 * sum(amount)   mean(amount)   min(amount)   max(amount)
 * sum(amount where region = "West")       (or sum(amount, region = "West"))
 * share(status = "open")                  matching rows as a share of all rows
 * share(amount, region = "West")          the matching rows' amount as a share of the whole
 * sum(amount) by region                   one figure per region, largest first
 * salary / 12    total_revenue * 0.2      a field of the data or a figure's id, and arithmetic
 * </pre>
 *
 * Conditions compare a column with {@code = != < <= > >=} to a quoted text, a number or a date
 * ({@code "2025-10-01"}), joined with {@code and}, {@code or}, {@code not} and parentheses; text
 * compares without case. A column is named as in the data, case and spaces aside, or in back quotes
 * ({@code `Order total`}). Every expression runs in one pass over one table: no loops, no joins, no
 * access to anything but the request's data. It was chosen over SQL on an embedded engine (H2,
 * DuckDB) for that reason, and because its results keep their column's type and currency, which the
 * document's number formats need.
 */
final class Expressions {
  /** {@code {= sum(amount) by region}}: an expression in a model's text. */
  static final Pattern EXPRESSION = Pattern.compile("\\{=\\s*([^{}]{1,400}?)\\s*\\}");
  private static final int MAX_GROUPS = 12;

  private Expressions() {}

  /** What an expression gave. */
  enum Kind { COUNT, NUMBER, MONEY, PERCENT }

  /**
   * A value, or one value per group ({@code groups} not empty, largest first).
   *
   * @param currency the ISO code of a money value, else empty
   */
  record Value(BigDecimal number, Kind kind, String currency, String groupedBy, Map<String, BigDecimal> groups) {
    static Value of(BigDecimal number, Kind kind, String currency) {
      return new Value(number, kind, currency, "", Map.of());
    }

    boolean grouped() {
      return !groups.isEmpty();
    }
  }

  /** An expression that cannot be computed, and why, in words a model can act on. */
  static final class Problem extends Exception {
    Problem(String message) {
      super(message, null, false, false);
    }
  }

  /** Computes {@code source} over {@code data}; {@code figures} are the computed figures by id. */
  static Value evaluate(String source, Optional<Dataset> data, Map<String, BigDecimal> figures) throws Problem {
    Parser p = new Parser(tokens(source), data, figures);
    Value v = p.expression();
    if (p.at < p.tokens.size()) {
      throw new Problem("unexpected '" + p.tokens.get(p.at).text + "'");
    }
    return v;
  }

  /** The value as the document writes it: {@code €1,593,421.51}, {@code 16}, {@code 32.2%}, or "West €512,000.00, East …". */
  static String format(Value v, Formats f) {
    if (!v.grouped()) {
      return one(v.number, v.kind, v.currency, f);
    }
    List<String> parts = new ArrayList<>();
    v.groups.forEach((k, n) -> parts.add(k + " " + one(n, v.kind, v.currency, f)));
    return String.join(", ", parts);
  }

  static String one(BigDecimal n, Kind kind, String currency, Formats f) {
    return switch (kind) {
      case COUNT -> f.integer(n.longValue());
      case MONEY -> f.money(n, currency);
      case PERCENT -> f.percent(n);
      case NUMBER -> f.decimal(n, integral(n) ? 0 : Math.min(2, n.stripTrailingZeros().scale()));
    };
  }

  private static boolean integral(BigDecimal n) {
    return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
  }

  // ---------------------------------------------------------------------------------------------

  private record Token(String kind, String text) {}

  private static List<Token> tokens(String s) throws Problem {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '\'' || c == '\u201c' || c == '\u2018') {
        char close = c == '\u201c' ? '\u201d' : c == '\u2018' ? '\u2019' : c;
        int end = s.indexOf(close, i + 1);
        if (end < 0) {
          throw new Problem("a text in quotes is not closed");
        }
        out.add(new Token("text", s.substring(i + 1, end)));
        i = end + 1;
      } else if (c == '`') {
        int end = s.indexOf('`', i + 1);
        if (end < 0) {
          throw new Problem("a column name in back quotes is not closed");
        }
        out.add(new Token("name", s.substring(i + 1, end)));
        i = end + 1;
      } else if (Character.isDigit(c) || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
        int start = i;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
          i++;
        }
        out.add(new Token("number", s.substring(start, i)));
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "_.[]".indexOf(s.charAt(i)) >= 0)) {
          i++;
        }
        String word = s.substring(start, i);
        String lower = word.toLowerCase(Locale.ROOT);
        out.add(new Token(List.of("and", "or", "not", "where", "by").contains(lower) ? lower : "name", word));
      } else {
        String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
        if (List.of("<=", ">=", "!=", "<>", "==").contains(two)) {
          out.add(new Token("op", two.equals("<>") ? "!=" : two.equals("==") ? "=" : two));
          i += 2;
        } else if ("+-*/(),=<>".indexOf(c) >= 0) {
          out.add(new Token("op", String.valueOf(c)));
          i++;
        } else {
          throw new Problem("'" + c + "' has no meaning here");
        }
      }
    }
    return out;
  }

  private static final class Parser {
    final List<Token> tokens;
    final Optional<Dataset> data;
    final Map<String, BigDecimal> figures;
    int at;

    Parser(List<Token> tokens, Optional<Dataset> data, Map<String, BigDecimal> figures) {
      this.tokens = tokens;
      this.data = data;
      this.figures = figures;
    }

    boolean next(String kind, String text) {
      if (at < tokens.size() && tokens.get(at).kind.equals(kind) && (text == null || tokens.get(at).text.equals(text))) {
        at++;
        return true;
      }
      return false;
    }

    boolean peek(String kind, String text, int ahead) {
      int i = at + ahead;
      return i < tokens.size() && tokens.get(i).kind.equals(kind) && (text == null || tokens.get(i).text.equals(text));
    }

    /** A column's name: one word, or several ("order total"), or one in back quotes. */
    String name() {
      StringBuilder sb = new StringBuilder(tokens.get(at++).text);
      while (peek("name", null, 0) && !peek("op", "(", 1)) {
        sb.append(' ').append(tokens.get(at++).text);
      }
      return sb.toString();
    }

    void expect(String text) throws Problem {
      if (!next("op", text)) {
        throw new Problem("expected '" + text + "'" + (at < tokens.size() ? " before '" + tokens.get(at).text + "'"
            : " at the end"));
      }
    }

    Value expression() throws Problem {
      Value v = term();
      while (peek("op", "+", 0) || peek("op", "-", 0)) {
        String op = tokens.get(at++).text;
        v = arithmetic(v, op, term());
      }
      return v;
    }

    Value term() throws Problem {
      Value v = unary();
      while (peek("op", "*", 0) || peek("op", "/", 0)) {
        String op = tokens.get(at++).text;
        v = arithmetic(v, op, unary());
      }
      return v;
    }

    Value unary() throws Problem {
      if (next("op", "-")) {
        Value v = unary();
        return arithmetic(Value.of(BigDecimal.ZERO, Kind.NUMBER, ""), "-", v);
      }
      return primary();
    }

    Value primary() throws Problem {
      if (next("op", "(")) {
        Value v = expression();
        expect(")");
        return v;
      }
      if (peek("number", null, 0)) {
        return Value.of(new BigDecimal(tokens.get(at++).text), Kind.NUMBER, "");
      }
      if (peek("name", null, 0) && peek("op", "(", 1)) {
        return call();
      }
      if (peek("name", null, 0)) {
        String name = tokens.get(at++).text;
        return scalar(name);
      }
      throw new Problem(at < tokens.size() ? "unexpected '" + tokens.get(at).text + "'" : "the expression ends early");
    }

    /** A figure's id or a field of the data: {@code total_revenue}, {@code salary}, {@code seller.total}. */
    Value scalar(String name) throws Problem {
      BigDecimal figure = figures.get(name);
      if (figure != null) {
        return Value.of(figure, Kind.NUMBER, "");
      }
      if (data.isPresent()) {
        for (Map.Entry<String, Object> e : data.get().fields().entrySet()) {
          if (same(e.getKey(), name)) {
            BigDecimal n = number(e.getValue());
            if (n == null) {
              throw new Problem("the field " + e.getKey() + " is not a number");
            }
            return Value.of(n, Kind.NUMBER, "");
          }
        }
      }
      throw new Problem(name + " is no figure id and no field of the data; use count(), sum(column) and the like "
          + "over a table's columns" + columnsHint());
    }

    Value call() throws Problem {
      String fn = tokens.get(at).text.toLowerCase(Locale.ROOT);
      String written = tokens.get(at).text;
      at += 2;
      DataTable table;
      String column = null;
      Predicate<List<Object>> where = r -> true;
      List<String> names = new ArrayList<>();
      switch (fn) {
        case "count" -> {
          if (!peek("op", ")", 0)) {
            Cond c = condition();
            where = c.test;
            names.addAll(c.columns);
          }
        }
        case "share" -> {
          int words = 0;
          while (peek("name", null, words)) {
            words++;
          }
          boolean columnFirst = words > 0 && (peek("op", ",", words) || peek("where", null, words));
          if (columnFirst) {
            column = name();
            names.add(column);
            if (!next("op", ",")) {
              next("where", null);
            }
          }
          Cond c = condition();
          where = c.test;
          names.addAll(c.columns);
        }
        case "sum", "mean", "avg", "average", "min", "max" -> {
          if (!peek("name", null, 0)) {
            throw new Problem(written + "() needs a column: " + written + "(amount)");
          }
          column = name();
          names.add(column);
          if (next("op", ",") || next("where", null)) {
            Cond c = condition();
            where = c.test;
            names.addAll(c.columns);
          }
        }
        default -> throw new Problem(written + "() is not known; use count, sum, mean, min, max or share");
      }
      expect(")");
      String by = null;
      if (next("by", null)) {
        if (!peek("name", null, 0)) {
          throw new Problem("'by' needs a column: sum(amount) by region");
        }
        by = name();
        names.add(by);
      }
      table = tableWith(names);
      bind(table);
      int measure = column == null ? -1 : index(table, column);
      DataColumn mc = measure < 0 ? null : table.columns().get(measure);
      if (mc != null && !mc.type().isNumeric()) {
        throw new Problem(mc.name() + " holds " + mc.type().name().toLowerCase(Locale.ROOT) + ", not numbers; "
            + written + "() needs a numeric column");
      }
      int group = by == null ? -1 : index(table, by);
      Kind kind = switch (fn) {
        case "count" -> Kind.COUNT;
        case "share" -> Kind.PERCENT;
        // A total, least or most of whole numbers (units) is a whole number; their mean is not.
        default -> mc.type() == ColumnType.CURRENCY && !mc.currency().isEmpty() ? Kind.MONEY
            : mc.type() == ColumnType.PERCENT ? Kind.PERCENT
            : mc.type() == ColumnType.INTEGER && !fn.equals("mean") && !fn.equals("avg") && !fn.equals("average")
                ? Kind.COUNT : Kind.NUMBER;
      };
      String currency = kind == Kind.MONEY ? mc.currency() : "";
      if (group < 0) {
        return Value.of(aggregate(fn, table.rows(), measure, where), kind, currency);
      }
      Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
      for (List<Object> r : table.rows()) {
        Object g = r.get(group);
        rows.computeIfAbsent(g == null ? "(none)" : g.toString(), k -> new ArrayList<>()).add(r);
      }
      if (rows.size() > MAX_GROUPS) {
        throw new Problem(table.columns().get(group).name() + " has " + rows.size() + " values, more than "
            + MAX_GROUPS + " to write in a sentence; name a few with a condition, or place the data engine's table");
      }
      Map<String, BigDecimal> groups = new LinkedHashMap<>();
      Predicate<List<Object>> w = where;
      for (Map.Entry<String, List<List<Object>>> e : rows.entrySet()) {
        groups.put(e.getKey(), fn.equals("share") ? share(e.getValue(), measure, w) : aggregate(fn, e.getValue(),
            measure, w));
      }
      Map<String, BigDecimal> sorted = new LinkedHashMap<>();
      groups.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()))
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      return new Value(BigDecimal.ZERO, kind, currency, table.columns().get(group).name(), sorted);
    }

    private BigDecimal aggregate(String fn, List<List<Object>> rows, int measure, Predicate<List<Object>> where)
        throws Problem {
      if (fn.equals("share")) {
        return share(rows, measure, where);
      }
      long count = 0;
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal min = null;
      BigDecimal max = null;
      for (List<Object> r : rows) {
        if (!where.test(r)) {
          continue;
        }
        if (measure < 0) {
          count++;
          continue;
        }
        BigDecimal n = number(r.get(measure));
        if (n == null) {
          continue;
        }
        count++;
        sum = sum.add(n);
        min = min == null || n.compareTo(min) < 0 ? n : min;
        max = max == null || n.compareTo(max) > 0 ? n : max;
      }
      return switch (fn) {
        case "count" -> BigDecimal.valueOf(count);
        case "sum" -> sum;
        case "min", "max" -> {
          if (count == 0) {
            throw new Problem("no row matches, so " + fn + "() has no value");
          }
          yield fn.equals("min") ? min : max;
        }
        default -> {
          if (count == 0) {
            throw new Problem("no row matches, so the mean has no value");
          }
          yield sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
        }
      };
    }

    private BigDecimal share(List<List<Object>> rows, int measure, Predicate<List<Object>> where) throws Problem {
      BigDecimal all = BigDecimal.ZERO;
      BigDecimal part = BigDecimal.ZERO;
      for (List<Object> r : rows) {
        BigDecimal n = measure < 0 ? BigDecimal.ONE : number(r.get(measure));
        if (n == null) {
          continue;
        }
        all = all.add(n);
        if (where.test(r)) {
          part = part.add(n);
        }
      }
      if (all.signum() == 0) {
        throw new Problem("the whole is zero, so a share has no value");
      }
      return part.divide(all, MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_UP);
    }

    // Conditions are parsed before the table is known; they bind to it afterwards.
    private final List<Runnable> bindings = new ArrayList<>();
    private DataTable bound;

    private record Cond(Predicate<List<Object>> test, List<String> columns) {}

    Cond condition() throws Problem {
      Cond c = and();
      while (next("or", null)) {
        Cond d = and();
        Predicate<List<Object>> a = c.test;
        Predicate<List<Object>> b = d.test;
        c = new Cond(r -> a.test(r) || b.test(r), join(c.columns, d.columns));
      }
      return c;
    }

    Cond and() throws Problem {
      Cond c = not();
      while (next("and", null)) {
        Cond d = not();
        Predicate<List<Object>> a = c.test;
        Predicate<List<Object>> b = d.test;
        c = new Cond(r -> a.test(r) && b.test(r), join(c.columns, d.columns));
      }
      return c;
    }

    Cond not() throws Problem {
      if (next("not", null)) {
        Cond c = not();
        return new Cond(c.test.negate(), c.columns);
      }
      if (next("op", "(")) {
        Cond c = condition();
        expect(")");
        return c;
      }
      if (!peek("name", null, 0)) {
        throw new Problem("a condition starts with a column: status = \"open\"");
      }
      String column = name();
      if (at >= tokens.size() || !tokens.get(at).kind.equals("op") || !List.of("=", "!=", "<", "<=", ">", ">=")
          .contains(tokens.get(at).text)) {
        throw new Problem("after " + column + " comes a comparison: = != < <= > >=");
      }
      String op = tokens.get(at++).text;
      if (at >= tokens.size() || !List.of("text", "number", "name").contains(tokens.get(at).kind)) {
        throw new Problem(column + " " + op + " needs a value");
      }
      Token value = tokens.get(at++);
      int[] index = {-1};
      bindings.add(() -> index[0] = indexOrMinus(bound, column));
      Predicate<List<Object>> test = r -> compare(r.get(index[0]), op, value);
      return new Cond(test, List.of(column));
    }

    private static List<String> join(List<String> a, List<String> b) {
      List<String> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }

    private void bind(DataTable table) {
      bound = table;
      bindings.forEach(Runnable::run);
      bindings.clear();
    }

    /** The first table (the main one first) that has every column named. */
    DataTable tableWith(List<String> names) throws Problem {
      if (data.isEmpty() || data.get().tables().isEmpty()) {
        throw new Problem("the request has no data table to compute over");
      }
      List<DataTable> order = new ArrayList<>();
      data.get().mainTable().ifPresent(order::add);
      data.get().tables().stream().filter(t -> !order.contains(t)).forEach(order::add);
      for (DataTable t : order) {
        boolean all = true;
        for (String n : names) {
          all &= indexOrMinus(t, n) >= 0;
        }
        if (all) {
          return t;
        }
      }
      for (String n : names) {
        if (order.stream().noneMatch(t -> indexOrMinus(t, n) >= 0)) {
          throw new Problem("there is no column " + n + columnsHint());
        }
      }
      throw new Problem("no one table has all of " + String.join(", ", names));
    }

    private String columnsHint() {
      return data.flatMap(Dataset::mainTable).map(t -> "; the columns of " + t.name() + " are "
          + String.join(", ", t.columns().stream().map(DataColumn::name).limit(30).toList())).orElse("");
    }

    private int index(DataTable t, String name) throws Problem {
      int i = indexOrMinus(t, name);
      if (i < 0) {
        throw new Problem("there is no column " + name + columnsHint());
      }
      return i;
    }
  }

  private static int indexOrMinus(DataTable t, String name) {
    for (int i = 0; i < t.columns().size(); i++) {
      if (same(t.columns().get(i).name(), name)) {
        return i;
      }
    }
    return -1;
  }

  /** "Order total", "order_total" and "orderTotal" name one column. */
  static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
  }

  private static boolean compare(Object cell, String op, Token value) {
    if (cell == null) {
      return op.equals("!=");
    }
    int c;
    BigDecimal n = number(cell);
    if (value.kind.equals("number") && n != null) {
      c = n.compareTo(new BigDecimal(value.text));
    } else if (cell instanceof LocalDate d) {
      try {
        c = d.compareTo(LocalDate.parse(value.text));
      } catch (java.time.format.DateTimeParseException e) {
        return op.equals("!=");
      }
    } else {
      String v = value.text;
      String s = cell.toString();
      if (op.equals("=") || op.equals("!=")) {
        boolean eq = s.equalsIgnoreCase(v) || n != null && value.kind.equals("text") && isNumber(v)
            && n.compareTo(new BigDecimal(v)) == 0;
        return op.equals("=") == eq;
      }
      c = s.compareToIgnoreCase(v);
    }
    return switch (op) {
      case "=" -> c == 0;
      case "!=" -> c != 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      default -> c >= 0;
    };
  }

  private static boolean isNumber(String s) {
    return s.matches("-?\\d+(\\.\\d+)?");
  }

  private static BigDecimal number(Object o) {
    if (o instanceof BigDecimal d) {
      return d;
    }
    if (o instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (o instanceof String s && isNumber(s.strip())) {
      return new BigDecimal(s.strip());
    }
    return null;
  }

  private static Value arithmetic(Value a, String op, Value b) throws Problem {
    if (a.grouped() || b.grouped()) {
      throw new Problem("a result 'by' a column is a list and cannot be computed with; write it alone");
    }
    BigDecimal x = a.number;
    BigDecimal y = b.number;
    BigDecimal r = switch (op) {
      case "+" -> x.add(y);
      case "-" -> x.subtract(y);
      case "*" -> x.multiply(y);
      default -> {
        if (y.signum() == 0) {
          throw new Problem("division by zero");
        }
        yield x.divide(y, MathContext.DECIMAL64);
      }
    };
    // Money stays money when scaled or added to money; money over money is a plain ratio.
    Kind kind;
    String currency = "";
    boolean money = a.kind == Kind.MONEY || b.kind == Kind.MONEY;
    if (op.equals("/") && a.kind == Kind.MONEY && b.kind == Kind.MONEY) {
      kind = Kind.NUMBER;
    } else if (money) {
      kind = Kind.MONEY;
      currency = a.kind == Kind.MONEY ? a.currency : b.currency;
    } else if (a.kind == Kind.COUNT && b.kind == Kind.COUNT && !op.equals("/")) {
      kind = Kind.COUNT;
    } else if ((a.kind == Kind.PERCENT || b.kind == Kind.PERCENT) && (op.equals("+") || op.equals("-"))) {
      kind = Kind.PERCENT;
    } else {
      kind = Kind.NUMBER;
    }
    return Value.of(r.setScale(Math.min(Math.max(r.scale(), 0), 6), RoundingMode.HALF_UP), kind, currency);
  }
}
