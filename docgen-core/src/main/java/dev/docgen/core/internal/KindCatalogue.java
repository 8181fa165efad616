package dev.docgen.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of document the offline engine knows: the built-in files listed in
 * {@code kinds/index.json}, plus any directories of kind files a host adds (a kind with an id that
 * exists replaces the built-in one). Immutable.
 */
public final class KindCatalogue {
  /** The id of the generic document written when no kind matches. */
  public static final String GENERIC = "report";
  private static final String ROOT = "/dev/docgen/core/kinds/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final KindCatalogue BUILT_IN = new KindCatalogue(builtIns());

  private final Map<String, Kind> kinds;

  private KindCatalogue(Map<String, Kind> kinds) {
    this.kinds = Map.copyOf(kinds);
    this.order = List.copyOf(kinds.keySet());
    if (!kinds.containsKey(GENERIC)) {
      throw new IllegalStateException("the catalogue needs the generic kind '" + GENERIC + "'");
    }
  }

  private final List<String> order;

  /** The catalogue docgen ships. */
  public static KindCatalogue builtIn() {
    return BUILT_IN;
  }

  /** This catalogue with the kind files of {@code dir} (every {@code *.json}) added or replacing. */
  public KindCatalogue with(Path dir) {
    Map<String, Kind> all = new LinkedHashMap<>();
    order.forEach(id -> all.put(id, kinds.get(id)));
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(null);
      for (Path f : sorted) {
        Kind k = Kind.parse(JSON.readTree(f.toFile()), f.toString());
        all.put(k.id(), k);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the kinds in " + dir + ": " + e.getMessage(), e);
    }
    return new KindCatalogue(all);
  }

  private static Map<String, Kind> builtIns() {
    Map<String, Kind> out = new LinkedHashMap<>();
    for (JsonNode id : read("index.json")) {
      String file = id.asText() + ".json";
      out.put(id.asText(), Kind.parse(read(file), file));
    }
    return out;
  }

  private static JsonNode read(String name) {
    try (InputStream in = KindCatalogue.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("docgen-core is missing its catalogue file kinds/" + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kinds/" + name, e);
    }
  }

  /** Every kind, in catalogue order. */
  public List<Kind> all() {
    return order.stream().map(kinds::get).toList();
  }

  public Optional<Kind> byId(String id) {
    return Optional.ofNullable(kinds.get(id));
  }

  /** The generic kind. */
  public Kind generic() {
    return kinds.get(GENERIC);
  }
}
