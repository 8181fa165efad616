package dev.docgen.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One entry of the catalogue in every language it is written in (docs/kinds.md): the phrases that
 * name it, example requests that do not, and its sections. {@link #in(String)} gives the view the
 * composer writes from.
 */
public final class Kind {
  /** The languages the catalogue is written in; others fall back to English. */
  public static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "nl");

  // Kinds whose date is the date of what they record or announce, unless their file says otherwise.
  private static final Set<String> EVENT_DATED = Set.of("meeting-minutes", "agenda", "press-release", "release-notes",
      "itinerary", "event-plan");

  private final String id;
  private final String family;
  private final JsonNode source;
  private final Map<String, List<String>> names;
  private final List<String> examples;
  private final List<String> cues;
  private final Map<String, DocumentType> views = new java.util.concurrent.ConcurrentHashMap<>();

  private Kind(String id, JsonNode source) {
    this.id = id;
    this.source = source;
    this.family = source.path("family").asText("general");
    Map<String, List<String>> n = new LinkedHashMap<>();
    source.path("names").fields().forEachRemaining(e -> {
      List<String> phrases = new ArrayList<>();
      e.getValue().forEach(p -> phrases.add(p.asText().toLowerCase(Locale.ROOT).strip()));
      n.put(e.getKey(), List.copyOf(phrases));
    });
    this.names = Map.copyOf(n);
    List<String> ex = new ArrayList<>();
    source.path("examples").forEach(e -> ex.add(e.asText()));
    this.examples = List.copyOf(ex);
    List<String> c = new ArrayList<>();
    source.path("cues").forEach(e -> c.add(e.asText().toLowerCase(Locale.ROOT).strip()));
    this.cues = List.copyOf(c);
  }

  /** Reads one kind file; fails with the file's name and the field at fault. */
  static Kind parse(JsonNode node, String file) {
    String id = node.path("id").asText("");
    if (!id.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(file + ": \"id\" must be lower-case and hyphenated: '" + id + "'");
    }
    if (!node.path("sections").isArray()) {
      throw new IllegalArgumentException(file + ": kind '" + id + "' needs a \"sections\" array");
    }
    if (!node.has("name")) {
      throw new IllegalArgumentException(file + ": kind '" + id + "' needs a \"name\"");
    }
    return new Kind(id, node);
  }

  /**
   * The index of the section the request's data fills ({@code "data_section"}, its English title: a grant
   * proposal's "Budget"), the other sections staying as the kind has them; -1 when the data is the whole document.
   */
  int dataSection() {
    String title = source.path("data_section").asText("");
    int i = 0;
    for (JsonNode s : source.path("sections")) {
      if (!title.isEmpty() && text(s.path("title"), "en").equals(title)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /** The figures the kind derives from its data ({@code "derive"}, docs/kinds.md); an empty array when none. */
  JsonNode derive() {
    return source.path("derive");
  }

  public String id() {
    return id;
  }

  public String family() {
    return family;
  }

  /** Lower-case phrases that name this kind, by language. */
  public Map<String, List<String>> names() {
    return names;
  }

  /**
   * Lower-case phrases, in any language, with which people ask for this kind without naming it
   * ("make the case for", "what could go wrong"); they weigh towards the kind, they do not decide it.
   */
  public List<String> cues() {
    return cues;
  }

  /** Requests that never name the kind, for the classifier. */
  public List<String> examples() {
    return examples;
  }

  /** This kind written in {@code language}, falling back to English field by field. */
  public DocumentType in(String language) {
    return views.computeIfAbsent(LANGUAGES.contains(language) ? language : "en", this::resolve);
  }

  private DocumentType resolve(String lang) {
    List<DocumentType.SectionPlan> sections = new ArrayList<>();
    for (JsonNode s : source.path("sections")) {
      sections.add(new DocumentType.SectionPlan(text(s.path("title"), lang), s.path("kind").asText("text"),
          text(s.path("text"), lang), list(s.path("items"), lang), list(s.path("columns"), lang),
          rows(s.path("rows"), lang), s.path("match").asText(s.path("note").asText("")), text(s.path("guide"), lang),
          s.path("optional").asBoolean(false), s.path("keep").asBoolean(false)));
    }
    List<String> absent = new ArrayList<>();
    source.path("absent").forEach(a -> absent.add(a.asText()));
    return new DocumentType(id, text(source.path("name"), lang), family, text(source.path("title"), lang), absent,
        sections, source.path("event_dated").asBoolean(EVENT_DATED.contains(id)));
  }

  /** The node for {@code lang} when {@code node} is an object keyed by language, else the node itself. */
  static JsonNode pick(JsonNode node, String lang) {
    if (!node.isObject() || node.isEmpty()) {
      return node;
    }
    for (var it = node.fieldNames(); it.hasNext(); ) {
      if (!LANGUAGES.contains(it.next())) {
        return node;
      }
    }
    return node.has(lang) ? node.get(lang) : node.has("en") ? node.get("en") : node.elements().next();
  }

  private static String text(JsonNode node, String lang) {
    JsonNode v = pick(node, lang);
    if (v.isArray()) {
      List<String> lines = new ArrayList<>();
      v.forEach(l -> lines.add(l.asText()));
      return String.join("\n", lines);
    }
    return v.isMissingNode() || v.isNull() ? "" : v.asText();
  }

  private static List<String> list(JsonNode node, String lang) {
    JsonNode v = pick(node, lang);
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(e -> out.add(text(e, lang)));
    }
    return out;
  }

  private static List<List<String>> rows(JsonNode node, String lang) {
    JsonNode v = pick(node, lang);
    List<List<String>> out = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(r -> out.add(list(r, lang)));
    }
    return out;
  }

  @Override
  public String toString() {
    return id;
  }
}
