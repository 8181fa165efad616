package dev.docgen.core;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docgen.api.DataException;
import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationRequest;
import dev.docgen.api.data.DataTable;
import dev.docgen.api.data.Dataset;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.api.model.Metadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data tree a template is filled with. JSON data is used as written (its top-level fields are
 * the template's fields; a top-level array becomes {@code items}); CSV rows become {@code rows},
 * one object per row keyed by column name. {@code doc} holds the generated document's title,
 * subtitle, date, author and type, and {@code prompt} the request's prompt, unless the data has
 * fields of those names.
 */
final class TemplateInputs {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private TemplateInputs() {}

  static Object root(GenerationRequest request, Optional<Dataset> data, DocumentSpec spec) {
    Map<String, Object> root = new LinkedHashMap<>();
    Optional<DataInput> input = request.data();
    if (input.isPresent() && input.get().kind() == DataInput.Kind.JSON) {
      Object tree;
      try {
        tree = JSON.readValue(input.get().bytes(), Object.class);
      } catch (IOException e) {
        throw new DataException(input.get().name(), "not valid JSON for the template: " + e.getMessage());
      }
      if (tree instanceof Map<?, ?> m) {
        m.forEach((k, v) -> root.put(k.toString(), v));
      } else {
        root.put("items", tree);
      }
    } else if (data.isPresent()) {
      for (DataTable t : data.get().tables()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> r : t.rows()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 0; c < t.columns().size(); c++) {
            row.put(t.columns().get(c).name(), r.get(c));
          }
          rows.add(row);
        }
        root.putIfAbsent("rows", rows);
        root.putIfAbsent(t.name(), rows);
      }
      root.putAll(data.get().fields());
    }
    Metadata m = spec.metadata();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("title", m.title());
    doc.put("subtitle", m.subtitle());
    doc.put("date", m.date());
    doc.put("author", m.author());
    doc.put("type", m.documentType());
    doc.put("locale", m.locale());
    root.putIfAbsent("doc", doc);
    root.putIfAbsent("prompt", request.prompt());
    return root;
  }
}
