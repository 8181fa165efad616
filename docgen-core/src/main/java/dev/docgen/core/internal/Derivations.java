package dev.docgen.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docgen.api.DerivedFigure;
import dev.docgen.api.data.DataColumn;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.ColumnType;
import dev.docgen.core.internal.ColumnRoles.Inferred;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a kind of document exists for, declared with the kind in the catalogue ({@code "derive"}, see
 * docs/kinds.md) and computed row by row from the request's main table: a commission from the sales and the rate,
 * attainment against target, a cash flow's net and closing balance, a line's total over the years of a budget,
 * an annual cost. Each becomes a column of the table, so the report shows, totals and breaks it down like any
 * other, and each is recorded with its formula and working.
 */
final class Derivations {
  /** How many rows' workings a derived column records; its total is always recorded. */
  static final int ROW_WORKINGS = 20;

  /** One declared figure: its inputs, the expression per row, how it is shown and totalled, and a flag. */
  record Derivation(String id, String label, Map<String, List<Binding>> inputs, Expression row, String type,
      String total, Optional<Flag> flag, boolean headline, Map<String, String> inputLabels) {}

  /**
   * Where an input comes from: a column of one of {@code roles} whose name matches, every such column
   * ({@code each}, read with {@code sum(input)}: a budget's years), or a scalar field.
   */
  record Binding(Set<ColumnRole> roles, Pattern name, boolean field, boolean each) {}

  /** Rows whose figure is below ({@code '<'}) or above {@code threshold}, and what the document calls them. */
  record Flag(char op, BigDecimal threshold, String label) {
    boolean test(BigDecimal v) {
      return op == '<' ? v.compareTo(threshold) < 0 : v.compareTo(threshold) > 0;
    }
  }

  /**
   * A derivation that applied: the column it added, the rows it flagged, its total, and the single values it was
   * given (an opening balance the request states) by input name.
   */
  record Applied(Derivation derivation, int column, List<String> flagged, Optional<BigDecimal> total,
      Map<String, BigDecimal> scalars) {}

  /** The table with its derived columns, what was applied, and every figure with its working. */
  record Result(Dataset data, List<Applied> applied, List<DerivedFigure> figures) {
    static Result none(Dataset data) {
      return new Result(data, List.of(), List.of());
    }
  }

  private Derivations() {}

  /** The derivations {@code kind} declares, in {@code lang}. */
  static List<Derivation> declared(Kind kind, String lang) {
    List<Derivation> out = new ArrayList<>();
    for (JsonNode d : kind.derive()) {
      String id = d.path("id").asText();
      Map<String, List<Binding>> inputs = new LinkedHashMap<>();
      d.path("inputs").fields().forEachRemaining(e -> {
        List<Binding> ways = new ArrayList<>();
        if (e.getValue().isArray()) {
          e.getValue().forEach(v -> ways.add(binding(v.asText(), id)));
        } else {
          ways.add(binding(e.getValue().asText(), id));
        }
        inputs.put(e.getKey(), List.copyOf(ways));
      });
      Optional<Flag> flag = Optional.empty();
      String when = d.path("flag").asText("");
      if (!when.isEmpty()) {
        Matcher m = Pattern.compile("\\s*([<>])\\s*(-?\\d+(?:\\.\\d+)?)\\s*").matcher(when);
        if (!m.matches()) {
          throw new IllegalArgumentException("kind " + kind.id() + ", figure " + id + ": flag must be '< n' or '> n': " + when);
        }
        flag = Optional.of(new Flag(m.group(1).charAt(0), new BigDecimal(m.group(2)), text(d.path("flag_label"), lang)));
      }
      out.add(new Derivation(id, text(d.path("label"), lang), inputs, Expression.parse(d.path("row").asText()),
          d.path("type").asText("number"), d.path("total").asText("sum"), flag, d.path("headline").asBoolean(false),
          inputLabels(d.path("input_labels"), lang)));
    }
    return out;
  }

  private static Map<String, String> inputLabels(JsonNode node, String lang) {
    Map<String, String> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), text(e.getValue(), lang)));
    return out;
  }

  private static String text(JsonNode node, String lang) {
    JsonNode v = Kind.pick(node, lang);
    return v.isMissingNode() ? "" : v.asText();
  }

  private static Binding binding(String spec, String id) {
    int colon = spec.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("figure " + id + ": an input is ROLE:pattern, '*:pattern' or 'FIELD:pattern': " + spec);
    }
    String roles = spec.substring(0, colon);
    Pattern name = Pattern.compile("(?iu)" + spec.substring(colon + 1));
    if (roles.equals("FIELD")) {
      return new Binding(Set.of(), name, true, false);
    }
    boolean each = roles.startsWith("EACH|") || roles.equals("EACH");
    roles = each ? roles.replaceFirst("^EACH\\|?", "") : roles;
    if (roles.isEmpty()) {
      roles = "*";
    }
    Set<ColumnRole> set = EnumSet.noneOf(ColumnRole.class);
    if (!roles.equals("*")) {
      for (String r : roles.split("\\|")) {
        set.add(ColumnRole.valueOf(r));
      }
    }
    return new Binding(set, name, false, each);
  }

  /** Applies {@code kind}'s derivations to the main table of {@code data}; {@code prompt} may give scalar inputs. */
  static Result apply(Kind kind, Dataset data, String prompt, String lang) {
    List<Derivation> declared = declared(kind, lang);
    Optional<DataTable> main = data.mainTable();
    if (declared.isEmpty() || main.isEmpty() || main.get().rows().isEmpty()) {
      return Result.none(data);
    }
    DataTable table = main.get();
    List<Applied> applied = new ArrayList<>();
    List<DerivedFigure> figures = new ArrayList<>();
    Map<String, Integer> derivedColumns = new HashMap<>();
    for (Derivation d : declared) {
      if (derivedColumns.containsKey(d.id())) {
        continue;
      }
      Optional<Map<String, Object>> bound = bind(d, table, data, prompt, derivedColumns,
          declared.stream().map(Derivation::id).collect(java.util.stream.Collectors.toSet()));
      if (bound.isEmpty()) {
        continue;
      }
      table = addColumn(table, d, bound.get(), figures, applied);
      derivedColumns.put(d.id(), applied.get(applied.size() - 1).column());
    }
    if (applied.isEmpty()) {
      return Result.none(data);
    }
    List<DataTable> tables = new ArrayList<>(data.tables());
    tables.set(tables.indexOf(main.get()), table);
    return new Result(new Dataset(data.source(), data.fields(), data.lists(), tables), List.copyOf(applied),
        List.copyOf(figures));
  }

  // Each input's column index (an Integer) or scalar value (a BigDecimal); empty when one cannot be found.
  private static Optional<Map<String, Object>> bind(Derivation d, DataTable table, Dataset data, String prompt,
      Map<String, Integer> derived, java.util.Set<String> figureIds) {
    List<Inferred> roles = ColumnRoles.of(table);
    Map<String, Object> out = new LinkedHashMap<>();
    for (String name : d.row().names()) {
      if (derived.containsKey(name)) {
        out.put(name, derived.get(name));
      }
    }
    for (Map.Entry<String, List<Binding>> e : d.inputs().entrySet()) {
      Object found = null;
      for (Binding b : e.getValue()) {
        found = b.field() ? field(b.name(), data, prompt).orElse(null)
            : b.each() ? columns(b, table, roles, out).orElse(null) : column(b, table, roles, out).orElse(null);
        if (found != null) {
          break;
        }
      }
      if (found == null) {
        return Optional.empty();
      }
      out.put(e.getKey(), found);
    }
    for (String name : d.row().names()) {
      if (!out.containsKey(name) && !name.equals(d.id())) {
        if (figureIds.contains(name)) {
          // "closing" reads "net", which this data could not give: no closing either.
          return Optional.empty();
        }
        throw new IllegalArgumentException("figure " + d.id() + " reads '" + name + "', which is neither an input nor a figure");
      }
    }
    return Optional.of(out);
  }

  // Every column the binding matches, two at least: "Year 1", "Year 2", "Year 3".
  private static Optional<int[]> columns(Binding b, DataTable table, List<Inferred> roles, Map<String, Object> taken) {
    List<Integer> found = new ArrayList<>();
    Map<String, Object> more = new LinkedHashMap<>(taken);
    Optional<Integer> next;
    while ((next = column(b, table, roles, more)).isPresent()) {
      found.add(next.get());
      more.put("#" + found.size(), next.get());
    }
    return found.size() < 2 ? Optional.empty() : Optional.of(found.stream().mapToInt(Integer::intValue).toArray());
  }

  private static Optional<Integer> column(Binding b, DataTable table, List<Inferred> roles, Map<String, Object> taken) {
    for (int i = 0; i < table.columns().size(); i++) {
      DataColumn c = table.columns().get(i);
      boolean roleFits = b.roles().isEmpty() ? c.type().isNumeric() : b.roles().contains(roles.get(i).role());
      // "jahre.2024" of {"jahre": {"2024": …}}: a nested map's key is the column's own name.
      String own = c.name().substring(c.name().lastIndexOf('.') + 1);
      if (roleFits && c.type().isNumeric() && (b.name().matcher(c.name()).find() || b.name().matcher(own).find())
          && !isTaken(taken, i)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static boolean isTaken(Map<String, Object> taken, int col) {
    for (Object v : taken.values()) {
      if (v instanceof Integer i && i == col || v instanceof int[] cols && java.util.Arrays.stream(cols).anyMatch(c -> c == col)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern AMOUNT = Pattern.compile("(?u)[£$€]?\\s?(-?\\d{1,3}(?:[,.]\\d{3})+(?:[.,]\\d{1,2})?|-?\\d+(?:[.,]\\d{1,2})?)"
      + "\\s?([kKmM]\\b)?");

  // A scalar: a data field whose key matches, else the amount the request writes after the words ("an opening
  // balance of £25,000").
  private static Optional<BigDecimal> field(Pattern name, Dataset data, String prompt) {
    for (Map.Entry<String, Object> f : data.fields().entrySet()) {
      if (name.matcher(f.getKey().replace('_', ' ')).find() && f.getValue() instanceof BigDecimal v) {
        return Optional.of(v);
      }
    }
    Matcher words = name.matcher(prompt);
    while (words.find()) {
      // "Opening balance 1 July is £18,500": the amount within the next words, a marked one first, never a day.
      String after = prompt.substring(words.end(), Math.min(prompt.length(), words.end() + 60));
      Matcher marked = MARKED_AMOUNT.matcher(after);
      if (marked.find()) {
        return Optional.of(amount(marked.group(1), marked.group(2)));
      }
      Matcher m = Pattern.compile("\\G\\s*(?:of|is|at|=|:|von|de|du|van|bei|à)?\\s*" + AMOUNT.pattern()).matcher(prompt);
      if (m.find(words.end()) && !DAY_AFTER.matcher(prompt.substring(m.end())).lookingAt()) {
        BigDecimal v = amount(m.group(1), m.group(2));
        boolean percent = m.end() < prompt.length() && prompt.substring(m.end()).matches("(?s)\\s?%.*");
        return Optional.of(percent ? v.movePointLeft(2) : v);
      }
    }
    return Optional.empty();
  }

  private static final Pattern MARKED_AMOUNT = Pattern.compile("(?u)(?:[£$€]\\s?|\\b(?:EUR|GBP|USD|CHF)\\s?)"
      + "(-?\\d{1,3}(?:[,.]\\d{3})+(?:[.,]\\d{1,2})?|-?\\d+(?:[.,]\\d{1,2})?)\\s?([kKmM]\\b)?");
  // "1 July", "1. Juli", "1er juillet": a day, not an amount.
  private static final Pattern DAY_AFTER = Pattern.compile("(?iu)(?:st|nd|rd|th|er|\\.)?\\s*(?:de\\s+)?"
      + "(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|avr|juil|août|déc|ene|abr|ago|dic|mei|okt)");

  static BigDecimal amount(String digits, String scale) {
    String d = digits;
    // "25,000" and "25.000" group thousands; "1,5" and "1.50" are decimals.
    if (d.matches("-?\\d{1,3}([,.]\\d{3})+")) {
      d = d.replaceAll("[,.]", "");
    } else if (d.matches("-?\\d{1,3}(,\\d{3})+\\.\\d{1,2}")) {
      d = d.replace(",", "");
    } else if (d.matches("-?\\d{1,3}(\\.\\d{3})+,\\d{1,2}")) {
      d = d.replace(".", "").replace(',', '.');
    } else {
      d = d.replace(',', '.');
    }
    BigDecimal v = new BigDecimal(d);
    if (scale != null) {
      v = v.multiply(scale.equalsIgnoreCase("k") ? BigDecimal.valueOf(1000) : BigDecimal.valueOf(1_000_000));
    }
    return v;
  }

  private static DataTable addColumn(DataTable table, Derivation d, Map<String, Object> bound, List<DerivedFigure> figures,
      List<Applied> applied) {
    String currency = "";
    for (Object b : bound.values()) {
      int[] cols = b instanceof Integer one ? new int[] {one} : b instanceof int[] many ? many : new int[0];
      for (int col : cols) {
        if (table.columns().get(col).type() == ColumnType.CURRENCY && currency.isEmpty()) {
          currency = table.columns().get(col).currency();
        }
      }
    }
    ColumnType type = switch (d.type()) {
      case "money" -> ColumnType.CURRENCY;
      case "percent" -> ColumnType.PERCENT;
      default -> ColumnType.DECIMAL;
    };
    String formula = d.label() + " = " + d.row().render((name, call) -> label(name, call, bound, table, d));
    // A table already derived (the composer reads what the pipeline derived) keeps its column: derive it again in place.
    int existing = -1;
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).name().equals(d.label()) && table.columns().get(i).type() == type) {
        existing = i;
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    List<String> flagged = new ArrayList<>();
    BigDecimal previous = null;
    int named = 0;
    int nameColumn = nameColumn(table);
    for (List<Object> row : table.rows()) {
      BigDecimal prev = previous;
      Expression.Scope scope = scope(row, bound, d, prev);
      Optional<BigDecimal> v = d.row().evaluate(scope).map(x -> round(x, type));
      List<Object> out = new ArrayList<>(row);
      if (existing >= 0) {
        out.set(existing, v.<Object>map(x -> x).orElse(""));
      } else {
        out.add(v.<Object>map(x -> x).orElse(""));
      }
      rows.add(out);
      if (v.isPresent()) {
        previous = v.get();
        String rowName = nameColumn >= 0 ? row.get(nameColumn).toString() : String.valueOf(rows.size());
        if (named++ < ROW_WORKINGS) {
          String working = d.label() + " = " + d.row().render((name, call) -> shown(name, call, row, bound, prev))
              + " = " + v.get().toPlainString();
          figures.add(new DerivedFigure(d.id() + "[" + rowName + "]", d.label(), v.get(), formula, working));
        }
        if (d.flag().isPresent() && d.flag().get().test(v.get())) {
          flagged.add(rowName);
        }
      }
    }
    List<DataColumn> columns = new ArrayList<>(table.columns());
    if (existing < 0) {
      columns.add(new DataColumn(d.label(), type, currency));
    }
    int column = existing >= 0 ? existing : columns.size() - 1;
    DataTable out = new DataTable(table.name(), table.parent(), columns, rows);
    Optional<BigDecimal> total = total(d, out, bound, column);
    total.ifPresent(t -> figures.add(new DerivedFigure("total_" + d.id(), d.label(), t,
        d.total().equals("sum") ? "sum of " + d.label() : d.total().equals("last") ? "last " + d.label() : d.total(),
        totalWorking(d, out, bound, t, column))));
    d.flag().ifPresent(f -> figures.add(new DerivedFigure("flag_" + d.id(), f.label(), BigDecimal.valueOf(flagged.size()),
        d.label() + " " + f.op() + " " + f.threshold().toPlainString(),
        flagged.isEmpty() ? "no row" : String.join(", ", flagged))));
    Map<String, BigDecimal> scalars = new LinkedHashMap<>();
    bound.forEach((k, v) -> {
      if (v instanceof BigDecimal x) {
        scalars.put(k, x);
      }
    });
    applied.add(new Applied(d, column, List.copyOf(flagged), total, scalars));
    return out;
  }

  private static Expression.Scope scope(List<Object> row, Map<String, Object> bound, Derivation d, BigDecimal prev) {
    return new Expression.Scope() {
      @Override
      public Optional<BigDecimal> value(String name) {
        Object b = bound.get(name);
        if (b instanceof BigDecimal v) {
          return Optional.of(v);
        }
        return b instanceof Integer col && row.get(col) instanceof BigDecimal v ? Optional.of(v) : Optional.empty();
      }

      @Override
      public Optional<BigDecimal> call(String function, List<String> names, List<Optional<BigDecimal>> args) {
        if (function.equals("prev") && names.get(0).equals(d.id()) && args.size() == 2) {
          return prev != null ? Optional.of(prev) : args.get(1);
        }
        if (function.equals("sum") && bound.get(names.get(0)) instanceof int[] cols) {
          BigDecimal s = null;
          for (int c : cols) {
            if (row.get(c) instanceof BigDecimal v) {
              s = s == null ? v : s.add(v);
            }
          }
          return Optional.ofNullable(s);
        }
        throw new IllegalArgumentException("figure " + d.id() + ": a row can use prev(" + d.id() + ", first), not "
            + function + "()");
      }
    };
  }

  private static Optional<BigDecimal> total(Derivation d, DataTable t, Map<String, Object> bound, int col) {
    if (d.total().equals("none")) {
      return Optional.empty();
    }
    if (d.total().equals("last")) {
      for (int i = t.rows().size() - 1; i >= 0; i--) {
        if (t.rows().get(i).get(col) instanceof BigDecimal v) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }
    if (d.total().equals("sum")) {
      return Optional.of(sum(t, col));
    }
    ColumnType type = t.columns().get(col).type();
    return Expression.parse(d.total()).evaluate(new Expression.Scope() {
      @Override
      public Optional<BigDecimal> value(String name) {
        return bound.get(name) instanceof BigDecimal v ? Optional.of(v) : Optional.empty();
      }

      @Override
      public Optional<BigDecimal> call(String function, List<String> names, List<Optional<BigDecimal>> args) {
        if (function.equals("sum") && bound.get(names.get(0)) instanceof Integer c) {
          return Optional.of(sum(t, c));
        }
        throw new IllegalArgumentException("figure " + d.id() + ": a total can use sum(input), not " + function + "()");
      }
    }).map(v -> round(v, type));
  }

  private static String totalWorking(Derivation d, DataTable t, Map<String, Object> bound, BigDecimal total, int col) {
    if (d.total().equals("sum")) {
      long n = t.rows().stream().filter(r -> r.get(col) instanceof BigDecimal).count();
      return "sum of " + d.label() + " over " + n + " rows = " + total.toPlainString();
    }
    if (d.total().equals("last")) {
      return d.label() + " of the last row = " + total.toPlainString();
    }
    return d.label() + " = " + Expression.parse(d.total()).render((name, call) -> {
      String inner = name.replaceAll("^sum\\((.*)\\)$", "$1");
      // "936000.00 ÷ 950000": a sum by its value, and a scalar input (a field, the request's figure) by its own.
      return bound.get(inner) instanceof Integer c ? sum(t, c).toPlainString()
          : bound.get(name) instanceof BigDecimal v ? v.toPlainString() : name;
    }) + " = " + total.toPlainString();
  }

  private static BigDecimal sum(DataTable t, int col) {
    BigDecimal s = BigDecimal.ZERO;
    for (List<Object> row : t.rows()) {
      if (row.get(col) instanceof BigDecimal v) {
        s = s.add(v);
      }
    }
    return s;
  }

  private static String label(String name, boolean call, Map<String, Object> bound, DataTable t, Derivation d) {
    if (call && bound.get(name.replaceAll("^sum\\((.*)\\)$", "$1")) instanceof int[] cols) {
      return String.join(" + ", java.util.Arrays.stream(cols).mapToObj(c -> Names.humanize(t.columns().get(c).name())).toList());
    }
    if (call) {
      String inner = name.replaceAll("^\\w+\\((.*)\\)$", "$1");
      return name.startsWith("prev(") ? "previous " + d.label() : "total " + label(inner, false, bound, t, d);
    }
    Object b = bound.get(name);
    return b instanceof Integer col ? Names.humanize(t.columns().get(col).name()) : name.replace('_', ' ');
  }

  private static String shown(String name, boolean call, List<Object> row, Map<String, Object> bound, BigDecimal prev) {
    if (call && bound.get(name.replaceAll("^sum\\((.*)\\)$", "$1")) instanceof int[] cols) {
      return String.join(" + ", java.util.Arrays.stream(cols).mapToObj(c -> row.get(c) instanceof BigDecimal v
          ? v.toPlainString() : "0").toList());
    }
    if (call) {
      return prev != null ? prev.toPlainString() : "";
    }
    Object b = bound.get(name);
    Object v = b instanceof Integer col ? row.get(col) : b;
    return v instanceof BigDecimal x ? x.toPlainString() : String.valueOf(v);
  }

  private static BigDecimal round(BigDecimal v, ColumnType type) {
    return v.setScale(type == ColumnType.PERCENT ? 4 : 2, RoundingMode.HALF_UP);
  }

  // What names a row in a working: its key, person, date or category column, else its first text column; -1 none.
  static int nameColumn(DataTable t) {
    List<Inferred> roles = ColumnRoles.of(t);
    for (ColumnRole wanted : List.of(ColumnRole.IDENTIFIER, ColumnRole.PERSON, ColumnRole.DATE, ColumnRole.CATEGORY)) {
      for (int i = 0; i < roles.size(); i++) {
        if (roles.get(i).role() == wanted) {
          return i;
        }
      }
    }
    for (int i = 0; i < t.columns().size(); i++) {
      if (t.columns().get(i).type() == ColumnType.TEXT || t.columns().get(i).type() == ColumnType.DATE) {
        return i;
      }
    }
    return -1;
  }
}
