package dev.docgen.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A small arithmetic expression over named values, as the catalogue declares derived figures: numbers, names,
 * {@code + - * /}, parentheses and function calls ({@code prev(closing, opening)}, {@code sum(sales)}). It is parsed
 * once and evaluated with exact decimals; a name without a value, or a division by zero, gives no result rather
 * than a wrong one. Nothing in it can reach outside the values it is given.
 */
final class Expression {
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final int MAX_LENGTH = 500;

  /** A parsed node. */
  private sealed interface Node permits Num, Name, Binary, Negate, Call {}

  private record Num(BigDecimal value) implements Node {}

  private record Name(String name) implements Node {}

  private record Binary(char op, Node left, Node right) implements Node {}

  private record Negate(Node operand) implements Node {}

  private record Call(String function, List<Node> args) implements Node {}

  /**
   * What evaluates an expression: the value of a name, and of a function call given its arguments' names
   * (for {@code sum(sales)}) and values.
   */
  interface Scope {
    Optional<BigDecimal> value(String name);

    default Optional<BigDecimal> call(String function, List<String> argNames, List<Optional<BigDecimal>> args) {
      throw new IllegalArgumentException("unknown function " + function + "()");
    }
  }

  private final String source;
  private final Node root;

  private Expression(String source, Node root) {
    this.source = source;
    this.root = root;
  }

  /** Parses {@code source}; a malformed expression is an {@link IllegalArgumentException} naming where. */
  static Expression parse(String source) {
    if (source.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("expression longer than " + MAX_LENGTH + " characters");
    }
    Parser p = new Parser(source);
    Node n = p.expr();
    p.skipSpaces();
    if (p.at < source.length()) {
      throw new IllegalArgumentException("unexpected '" + source.charAt(p.at) + "' at " + (p.at + 1) + " in: " + source);
    }
    return new Expression(source, n);
  }

  String source() {
    return source;
  }

  /** The names the expression reads, in order, function arguments included. */
  Set<String> names() {
    Set<String> out = new LinkedHashSet<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node n, Set<String> out) {
    if (n instanceof Name name) {
      out.add(name.name());
    } else if (n instanceof Binary b) {
      collect(b.left(), out);
      collect(b.right(), out);
    } else if (n instanceof Negate neg) {
      collect(neg.operand(), out);
    } else if (n instanceof Call c) {
      c.args().forEach(a -> collect(a, out));
    }
  }

  /** The value in {@code scope}, or empty when a name has no value or a divisor is zero. */
  Optional<BigDecimal> evaluate(Scope scope) {
    return eval(root, scope);
  }

  /**
   * The expression written with each name replaced by what {@code shown} gives it, operators as a reader writes
   * them: {@code "31,714.98 × 6% "}.
   */
  String render(BiFunction<String, Boolean, String> shown) {
    return render(root, shown, 0);
  }

  private static String render(Node n, BiFunction<String, Boolean, String> shown, int parentPrecedence) {
    if (n instanceof Num num) {
      return num.value().toPlainString();
    }
    if (n instanceof Name name) {
      return shown.apply(name.name(), false);
    }
    if (n instanceof Negate neg) {
      return "−" + render(neg.operand(), shown, 3);
    }
    if (n instanceof Call c) {
      if ((c.function().equals("prev") || c.function().equals("sum")) && c.args().get(0) instanceof Name first) {
        return shown.apply(c.function() + "(" + first.name() + ")", true);
      }
      return c.function() + "(" + String.join(", ", c.args().stream().map(a -> render(a, shown, 0)).toList()) + ")";
    }
    Binary b = (Binary) n;
    int p = b.op() == '+' || b.op() == '-' ? 1 : 2;
    String sign = b.op() == '*' ? " × " : b.op() == '/' ? " ÷ " : b.op() == '-' ? " − " : " + ";
    String out = render(b.left(), shown, p) + sign + render(b.right(), shown, p + 1);
    return p < parentPrecedence ? "(" + out + ")" : out;
  }

  private static Optional<BigDecimal> eval(Node n, Scope scope) {
    if (n instanceof Num num) {
      return Optional.of(num.value());
    }
    if (n instanceof Name name) {
      return scope.value(name.name());
    }
    if (n instanceof Negate neg) {
      return eval(neg.operand(), scope).map(BigDecimal::negate);
    }
    if (n instanceof Call c) {
      // sum(x) and prev(x, …) take the name x itself: the scope knows the column or the previous row.
      boolean byName = c.function().equals("sum") || c.function().equals("prev");
      List<String> names = new ArrayList<>();
      List<Optional<BigDecimal>> args = new ArrayList<>();
      for (int i = 0; i < c.args().size(); i++) {
        Node a = c.args().get(i);
        names.add(a instanceof Name nm ? nm.name() : "");
        args.add(byName && i == 0 ? Optional.empty() : eval(a, scope));
      }
      return scope.call(c.function(), names, args);
    }
    Binary b = (Binary) n;
    Optional<BigDecimal> l = eval(b.left(), scope);
    Optional<BigDecimal> r = eval(b.right(), scope);
    if (l.isEmpty() || r.isEmpty()) {
      return Optional.empty();
    }
    switch (b.op()) {
      case '+':
        return Optional.of(l.get().add(r.get()));
      case '-':
        return Optional.of(l.get().subtract(r.get()));
      case '*':
        return Optional.of(l.get().multiply(r.get()));
      default:
        return r.get().signum() == 0 ? Optional.empty() : Optional.of(l.get().divide(r.get(), MC));
    }
  }

  private static final class Parser {
    private final String s;
    private int at;

    Parser(String s) {
      this.s = s;
    }

    void skipSpaces() {
      while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
        at++;
      }
    }

    boolean take(char c) {
      skipSpaces();
      if (at < s.length() && s.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    Node expr() {
      Node n = term();
      while (true) {
        if (take('+')) {
          n = new Binary('+', n, term());
        } else if (take('-')) {
          n = new Binary('-', n, term());
        } else {
          return n;
        }
      }
    }

    Node term() {
      Node n = factor();
      while (true) {
        if (take('*')) {
          n = new Binary('*', n, factor());
        } else if (take('/')) {
          n = new Binary('/', n, factor());
        } else {
          return n;
        }
      }
    }

    Node factor() {
      if (take('-')) {
        return new Negate(factor());
      }
      if (take('(')) {
        Node n = expr();
        if (!take(')')) {
          throw error("')'");
        }
        return n;
      }
      skipSpaces();
      int start = at;
      if (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
        while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
          at++;
        }
        try {
          return new Num(new BigDecimal(s.substring(start, at)));
        } catch (NumberFormatException e) {
          throw error("a number");
        }
      }
      while (at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '_')) {
        at++;
      }
      if (start == at) {
        throw error("a number, a name or '('");
      }
      String name = s.substring(start, at);
      if (!take('(')) {
        return new Name(name);
      }
      List<Node> args = new ArrayList<>();
      if (!take(')')) {
        do {
          args.add(expr());
        } while (take(','));
        if (!take(')')) {
          throw error("')'");
        }
      }
      return new Call(name, List.copyOf(args));
    }

    private IllegalArgumentException error(String wanted) {
      return new IllegalArgumentException("expected " + wanted + " at " + (at + 1) + " in: " + s);
    }
  }

  @Override
  public String toString() {
    return source;
  }

  /** A scope of fixed values, for tests and simple use. */
  static Scope of(Map<String, BigDecimal> values) {
    return name -> Optional.ofNullable(values.get(name));
  }
}
