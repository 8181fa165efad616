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

  /** Types a table of text cells column by column. */
  static DataTable typed(String name, List<String> header, List<List<String>> rows, String currency) {
    rows = withIsoDates(header.size(), rows);
    List<DataColumn> columns = new ArrayList<>();
    List<ColumnType> types = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      int col = c;
      List<String> values = rows.stream().map(r -> r.get(col)).toList();
      ColumnType type = TypeInference.infer(header.get(c), values);
      String code = type == ColumnType.CURRENCY
          ? firstNonEmpty(TypeInference.currencyOf(values), currency) : "";
      columns.add(new DataColumn(header.get(c), type, code));
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
    return new DataTable(name, columns, typedRows);
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
    String currency = fields.getOrDefault("currency", "").toString();
    List<DataTable> typedTables = tables.stream()
        .map(t -> typed(t.name, t.header, t.rows, currency.matches("[A-Z]{3}") ? currency : ""))
        .toList();
    return new Dataset(name, fields, lists, typedTables);
  }

  private record JsonTable(String name, List<String> header, List<List<String>> rows) {}

  private static void walk(String source, String prefix, JsonNode node, Map<String, Object> fields,
      Map<String, List<String>> lists, List<JsonTable> tables) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject()) {
        walk(source, key + ".", v, fields, lists, tables);
      } else if (v.isArray() && isArrayOfObjects(v)) {
        tables.add(table(source, key, v));
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

  private static JsonTable table(String source, String key, JsonNode array) {
    List<Map<String, String>> flatRows = new ArrayList<>();
    Set<String> header = new LinkedHashSet<>();
    for (JsonNode item : array) {
      Map<String, String> flat = new LinkedHashMap<>();
      flatten(source, key, "", item, flat);
      header.addAll(flat.keySet());
      flatRows.add(flat);
    }
    List<String> columns = List.copyOf(header);
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> flat : flatRows) {
      rows.add(columns.stream().map(c -> flat.getOrDefault(c, "")).toList());
    }
    return new JsonTable(key, columns, rows);
  }

  private static void flatten(String source, String key, String prefix, JsonNode node, Map<String, String> out) {
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isObject()) {
        flatten(source, key, prefix + e.getKey() + ".", e.getValue(), out);
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
      throw new DataException(source, "wrong shape at '" + path + "': nested " + describe(v)
          + " inside a list is not supported; flatten it to scalar fields");
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
