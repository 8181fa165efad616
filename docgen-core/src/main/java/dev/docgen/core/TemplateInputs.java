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
    root.putIfAbsent("content", content(spec, request.locale()));
    return root;
  }

  /**
   * The generated document as data: {@code sections} (title, level, text, paragraphs, bullets) in
   * reading order, and {@code tables} (caption, section, header, rows and totals as the formatted
   * cell text every renderer shows), so a template can lay out docgen's content in its own design.
   */
  static Map<String, Object> content(DocumentSpec spec, java.util.Locale locale) {
    dev.docgen.api.spi.CellFormatter cells = new dev.docgen.api.spi.CellFormatter(locale);
    List<Map<String, Object>> sections = new ArrayList<>();
    List<Map<String, Object>> tables = new ArrayList<>();
    for (dev.docgen.api.model.Section s : spec.allSections()) {
      List<String> paragraphs = new ArrayList<>();
      List<String> bullets = new ArrayList<>();
      for (dev.docgen.api.model.Block b : s.blocks()) {
        if (b instanceof dev.docgen.api.model.Paragraph p) {
          paragraphs.add(p.text());
        } else if (b instanceof dev.docgen.api.model.Callout c) {
          paragraphs.add(c.title().isEmpty() ? c.text() : c.title() + ": " + c.text());
        } else if (b instanceof dev.docgen.api.model.BulletList l) {
          l.items().forEach(i -> bullets.add(i.text()));
        } else if (b instanceof dev.docgen.api.model.NumberedList l) {
          l.items().forEach(i -> bullets.add(i.text()));
        } else if (b instanceof dev.docgen.api.model.KeyValue kv) {
          kv.entries().forEach(e -> paragraphs.add(e.label() + ": "
              + dev.docgen.api.model.Paragraph.of(e.value()).text()));
        } else if (b instanceof dev.docgen.api.model.Table t) {
          Map<String, Object> table = new LinkedHashMap<>();
          table.put("caption", t.caption());
          table.put("section", s.title());
          table.put("header", t.columns().stream().map(dev.docgen.api.model.Column::header).toList());
          List<List<String>> rows = new ArrayList<>();
          for (List<Object> r : t.rows()) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < r.size(); c++) {
              row.add(cells.format(t.columns().get(c), r.get(c)));
            }
            rows.add(row);
          }
          table.put("rows", rows);
          List<String> totals = new ArrayList<>();
          for (int c = 0; c < t.totals().size(); c++) {
            totals.add(cells.format(t.columns().get(c), t.totals().get(c)));
          }
          table.put("totals", totals);
          tables.add(table);
        }
      }
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("title", s.title());
      section.put("level", s.level());
      section.put("text", String.join("\n", paragraphs));
      section.put("paragraphs", paragraphs);
      section.put("bullets", bullets);
      sections.add(section);
    }
    return Map.of("sections", sections, "tables", tables);
  }
}
