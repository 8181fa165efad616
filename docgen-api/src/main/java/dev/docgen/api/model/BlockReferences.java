package dev.docgen.api.model;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ids by which a model places the data engine's tables and charts: a paragraph that is only
 * {@code {table:breakdown_by_team}} stands for that table. An id is the table's caption (a chart's title), else its
 * section's heading, as a lower-case ASCII slug, numbered from the second block of the same name on
 * ({@code breakdown_by_team_2}).
 */
public final class BlockReferences {
  private BlockReferences() {}

  /** The spec's tables and charts by id, in reading order. */
  public static Map<String, Block> of(DocumentSpec spec) {
    Map<String, Block> out = new LinkedHashMap<>();
    for (Section s : spec.allSections()) {
      for (Block b : s.blocks()) {
        if (b instanceof Table || b instanceof Chart) {
          String name = b instanceof Table t && !t.caption().isBlank() ? t.caption()
              : b instanceof Chart c && !c.title().isBlank() ? c.title() : s.title();
          String base = slug(name);
          String id = base;
          for (int n = 2; out.containsKey(id); n++) {
            id = base + "_" + n;
          }
          out.put(id, b);
        }
      }
    }
    return out;
  }

  /** "Breakdown by Team" is {@code breakdown_by_team}; "Übersicht" is {@code ubersicht}. */
  public static String slug(String name) {
    String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return s.isEmpty() ? "table" : s;
  }
}
