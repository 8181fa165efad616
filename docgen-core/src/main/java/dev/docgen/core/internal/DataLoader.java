package dev.docgen.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docgen.api.DataException;
import dev.docgen.api.DataInput;
import dev.docgen.api.LimitExceededException;
import dev.docgen.api.data.DataColumn;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.ColumnType;
import dev.docgen.core.Limits;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads CSV or JSON data into a typed {@link Dataset}, with errors that name the line. */
public final class DataLoader {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // Keep 150.0 as written: the scale tells a price column from a count column.
      .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private DataLoader() {}

  /** Loads and types the data, enforcing the size and row limits. */
  public static Dataset load(DataInput input, Limits limits) {
    if (input.bytes().length > limits.maxDataBytes()) {
      throw new LimitExceededException("data size of " + input.name(), limits.maxDataBytes(), input.bytes().length,
          "raise Limits.maxDataBytes or send less data");
    }
    String text = Utf8.decode(input.bytes(), input.name());
    if (text.isBlank()) {
      throw new DataException(input.name(), "data file is empty");
    }
    Dataset data = switch (input.kind()) {
      case CSV -> csv(input.name(), text, limits);
      case JSON -> json(input.name(), text);
    };
    if (data.rowCount() > limits.maxDataRows()) {
      throw new LimitExceededException("data rows in " + input.name(), limits.maxDataRows(), data.rowCount(),
          "raise Limits.maxDataRows or send fewer rows");
    }
    return data;
  }

  private static Dataset csv(String name, String text, Limits limits) {
    CsvReader.Parsed parsed = CsvReader.read(name, text, limits.maxDataRows());
    DataTable table = typed(tableName(name), parsed.header(), parsed.rows(), "");
    return new Dataset(name, Map.of(), Map.of(), List.of(table));
  }

  private static String tableName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static final java.util.regex.Pattern CURRENCY_COLUMN = java.util.regex.Pattern.compile(
      "(?iu)currency|ccy|währung|waehrung|devise|moneda|divisa|valuta|munt");

  /** The one ISO code a currency column gives every row, or empty. */
  private static String rowCurrency(List<String> header, List<List<String>> rows) {
    for (int c = 0; c < header.size(); c++) {
      if (!CURRENCY_COLUMN.matcher(header.get(c).strip()).matches()) {
        continue;
      }
      int col = c;
      java.util.Set<String> codes = rows.stream().map(r -> r.get(col).strip()).filter(v -> !v.isEmpty())
          .collect(java.util.stream.Collectors.toSet());
      if (codes.size() == 1 && codes.iterator().next().matches("[A-Z]{3}")) {
        return codes.iterator().next();
      }
    }
    return "";
  }

  /** Types a table of text cells column by column. */
  static DataTable typed(String name, List<String> header, List<List<String>> rows, String currency) {
    return typed(name, "", header, rows, currency);
  }

  /** Types a table of text cells column by column. */
  static DataTable typed(String name, String parent, List<String> header, List<List<String>> rows, String currency) {
    rows = withIsoDates(header.size(), rows);
    // "Currency: GBP" on every row: the table's amounts are in pounds.
    String rowCurrency = rowCurrency(header, rows);
    if (!rowCurrency.isEmpty()) {
      currency = rowCurrency;
    }
    List<DataColumn> columns = new ArrayList<>();
    List<ColumnType> types = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      int col = c;
      List<String> values = rows.stream().map(r -> r.get(col)).toList();
      ColumnType type = TypeInference.infer(header.get(c), values);
      String code = type == ColumnType.CURRENCY
          ? firstNonEmpty(TypeInference.currencyOf(values), currency) : "";
      String columnName = header.get(c);
      // "Customs Value EUR", "Betrag (€)": the name says the currency, and the column is money in it.
      if (!rowCurrency.isEmpty() && type == ColumnType.DECIMAL && TypeInference.isMoneyName(columnName)) {
        type = ColumnType.CURRENCY;
        code = rowCurrency;
      }
      java.util.regex.Matcher named = TypeInference.CURRENCY_IN_NAME.matcher(columnName);
      if ((type == ColumnType.DECIMAL || type == ColumnType.INTEGER || type == ColumnType.CURRENCY) && named.matches()) {
        type = ColumnType.CURRENCY;
        code = TypeInference.currencyCode(named.group(2));
        columnName = named.group(1).strip();
      }
      columns.add(new DataColumn(columnName, type, code));
      types.add(type);
    }
    List<List<Object>> typedRows = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      List<Object> out = new ArrayList<>(row.size());
      for (int c = 0; c < row.size(); c++) {
        out.add(TypeInference.convert(row.get(c), types.get(c)));
      }
      typedRows.add(out);
    }
    return new DataTable(name, parent, columns, typedRows);
  }

  /** The rows with each column of "03.11.2026" or "03/11/2026" dates written as ISO dates, so that they type as dates. */
  private static List<List<String>> withIsoDates(int width, List<List<String>> rows) {
    List<List<String>> out = null;
    for (int c = 0; c < width; c++) {
      int col = c;
      List<String> iso = TypeInference.isoDates(rows.stream().map(r -> r.get(col)).toList());
      if (iso == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
          out.add(new ArrayList<>(r));
        }
      }
      for (int r = 0; r < out.size(); r++) {
        out.get(r).set(col, iso.get(r));
      }
    }
    return out == null ? rows : out;
  }

  private static String firstNonEmpty(String a, String b) {
    return a.isEmpty() ? b : a;
  }

  private static Dataset json(String name, String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new DataException(name, line, "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new DataException(name, 0, "cannot read JSON: " + e.getMessage(), e);
    }
    if (root.isArray() && isArrayOfObjects(root)) {
      ObjectNode wrapper = JSON.createObjectNode();
      wrapper.set(tableName(name), root);
      root = wrapper;
    }
    if (!root.isObject()) {
      throw new DataException(name, "wrong shape: expected a JSON object or an array of objects, found "
          + describe(root));
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    List<JsonTable> tables = new ArrayList<>();
    walk(name, "", root, fields, lists, tables);
    // "currency", "moneda", "Währung", "devise", "valuta": the code the amounts are in.
    String currency = fields.entrySet().stream()
        .filter(e -> e.getKey().matches("(?iu)currency|moneda|divisa|währung|waehrung|devise|monnaie|valuta|munt"))
        .map(e -> e.getValue().toString().strip().toUpperCase(java.util.Locale.ROOT))
        .filter(v -> v.matches("[A-Z]{3}")).findFirst().orElse("");
    List<DataTable> typedTables = tables.stream()
        .map(t -> typed(t.name, t.parent, t.header, t.rows, currency.matches("[A-Z]{3}") ? currency : ""))
        .toList();
    return new Dataset(name, fields, lists, typedTables);
  }

  private record JsonTable(String name, String parent, List<String> header, List<List<String>> rows) {}

  private static void walk(String source, String prefix, JsonNode node, Map<String, Object> fields,
      Map<String, List<String>> lists, List<JsonTable> tables) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject()) {
        walk(source, key + ".", v, fields, lists, tables);
      } else if (v.isArray() && isArrayOfObjects(v)) {
        table(source, key, "", v, tables);
      } else if (v.isArray()) {
        List<String> items = new ArrayList<>();
        v.forEach(item -> items.add(scalarText(source, key, item)));
        lists.put(key, items);
      } else if (!v.isNull()) {
        fields.put(key, v.isNumber() ? v.decimalValue() : v.asText());
      }
    }
  }

  private static boolean isArrayOfObjects(JsonNode array) {
    if (array.isEmpty()) {
      return false;
    }
    for (JsonNode item : array) {
      if (!item.isObject()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The table of a list of objects, and after it a table for each list of objects inside its items, at any depth: an
   * order's lines are the table "orders.lines", whose first column is the order's key ("id", "number", … or its first
   * field), so that each line names its order.
   */
  private static void table(String source, String key, String parent, JsonNode array, List<JsonTable> tables) {
    List<Map<String, String>> flatRows = new ArrayList<>();
    Map<String, ArrayNodes> children = new LinkedHashMap<>();
    Set<String> header = new LinkedHashSet<>();
    for (JsonNode item : array) {
      Map<String, String> flat = new LinkedHashMap<>();
      Map<String, JsonNode> lists = new LinkedHashMap<>();
      flatten(source, key, "", item, flat, lists);
      header.addAll(flat.keySet());
      flatRows.add(flat);
      lists.forEach((name, list) -> children.computeIfAbsent(name, k -> new ArrayNodes()).add(flat, list));
    }
    List<String> columns = List.copyOf(header);
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> flat : flatRows) {
      rows.add(columns.stream().map(c -> flat.getOrDefault(c, "")).toList());
    }
    tables.add(new JsonTable(key, parent, columns, rows));
    String link = keyColumn(columns, !parent.isEmpty());
    children.forEach((name, nodes) -> {
      // The child's rows with the parent's key first: a table of the lists' items, each list's items after its parent's.
      com.fasterxml.jackson.databind.node.ArrayNode all = JSON.createArrayNode();
      for (int i = 0; i < nodes.owners.size(); i++) {
        String owner = link.isEmpty() ? String.valueOf(i + 1) : nodes.owners.get(i).getOrDefault(link, "");
        for (JsonNode child : nodes.lists.get(i)) {
          ObjectNode withKey = JSON.createObjectNode();
          withKey.put(linkName(key, link, child), owner);
          withKey.setAll((ObjectNode) child);
          all.add(withKey);
        }
      }
      if (!all.isEmpty()) {
        table(source, key + "." + name, key, all, tables);
      }
    });
  }

  /** The lists of objects found under one name in a table's items, with the item each belongs to. */
  private static final class ArrayNodes {
    final List<Map<String, String>> owners = new ArrayList<>();
    final List<JsonNode> lists = new ArrayList<>();

    void add(Map<String, String> owner, JsonNode list) {
      owners.add(owner);
      lists.add(list);
    }
  }

  private static final java.util.regex.Pattern KEY_NAME = java.util.regex.Pattern.compile(
      "(?i)(?:.*[_ .-])?(?:id|number|no|nr|code|ref|reference|key|sku)");
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("(?i)(?:.*[_ .-])?name");

  /** The column that names a row to its children: an id, number, code or reference, else a name, else the first. */
  private static String keyColumn(List<String> all, boolean nested) {
    // A nested table's first column is its parent's key, which names no row of its own.
    List<String> columns = nested && all.size() > 1 ? all.subList(1, all.size()) : all;
    return columns.stream().filter(c -> KEY_NAME.matcher(c).matches()).findFirst()
        .or(() -> columns.stream().filter(c -> NAME.matcher(c).matches()).findFirst())
        .orElse(columns.isEmpty() ? "" : columns.get(0));
  }

  /** The child's column for its parent's key: "order id" for the key "id" of "orders", the key's own name otherwise. */
  private static String linkName(String parentKey, String link, JsonNode child) {
    String owner = parentKey.substring(parentKey.lastIndexOf('.') + 1);
    String singular = owner.endsWith("ies") ? owner.substring(0, owner.length() - 3) + "y"
        : owner.endsWith("s") && owner.length() > 3 ? owner.substring(0, owner.length() - 1) : owner;
    String name = link.isEmpty() ? singular : link.matches("(?i)id|number|no|nr|code|ref|key|name") ? singular + " " + link : link;
    return child.has(name) ? owner + " " + name : name;
  }

  private static void flatten(String source, String key, String prefix, JsonNode node, Map<String, String> out,
      Map<String, JsonNode> lists) {
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isObject()) {
        flatten(source, key, prefix + e.getKey() + ".", e.getValue(), out, lists);
      } else if (e.getValue().isArray() && isArrayOfObjects(e.getValue())) {
        lists.put(prefix + e.getKey(), e.getValue());
      } else if (e.getValue().isArray()) {
        List<String> parts = new ArrayList<>();
        e.getValue().forEach(v -> parts.add(scalarText(source, key + "." + prefix + e.getKey(), v)));
        out.put(prefix + e.getKey(), String.join(", ", parts));
      } else {
        out.put(prefix + e.getKey(), scalarText(source, key, e.getValue()));
      }
    });
  }

  private static String scalarText(String source, String path, JsonNode v) {
    if (v.isNull()) {
      return "";
    }
    if (v.isContainerNode()) {
      throw new DataException(source, "wrong shape at '" + path + "': " + describe(v)
          + " inside a list of values; a list holds either values or objects");
    }
    return v.isBigDecimal() ? ((BigDecimal) v.numberValue()).toPlainString() : v.asText();
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> node.isEmpty() ? "an empty array" : "an array of " + describe(node.get(0)) + "s";
      case OBJECT -> "object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
