package dev.docgen.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.docgen.api.SpecValidationException;
import dev.docgen.api.model.DocumentSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of a {@link DocumentSpec}: reads it (schema first, then binding) with errors that
 * name the JSON path, and writes it as pretty-printed JSON. The schema is
 * {@code dev/docgen/api/document-spec.schema.json} in docgen-api.
 */
public final class SpecJson {
  static final String SCHEMA_RESOURCE = "/dev/docgen/api/document-spec.schema.json";
  /** Reports beyond this many are summarised, so a wildly wrong file gives a readable message. */
  static final int MAX_PROBLEMS = 20;

  private static final ObjectMapper MAPPER = createMapper();
  private static final String SCHEMA_TEXT = loadSchema();
  private static final JsonSchema SCHEMA = compileSchema(SCHEMA_TEXT);

  private SpecJson() {}

  /**
   * The shared mapper: java.time and Optional support, ISO dates, {@code BigDecimal} for decimals,
   * unknown properties rejected, indented output. Thread-safe; do not reconfigure it.
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The JSON Schema (draft 2020-12) of a document spec, as text. */
  public static String schema() {
    return SCHEMA_TEXT;
  }

  /**
   * Parses, validates against the schema, and binds {@code json}.
   *
   * @param sourceName names the input in error messages, such as a file name
   * @throws SpecValidationException naming the line and column of malformed JSON, or the JSON path
   *     ({@code $.sections[0].level}) of every schema violation or invalid value
   */
  public static DocumentSpec read(String json, String sourceName) {
    requireNonNull(json, "json");
    requireNonNull(sourceName, "sourceName");
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SpecValidationException(sourceName, List.of(syntaxProblem(e)));
    }
    if (tree == null || tree.isMissingNode()) {
      throw new SpecValidationException(sourceName, List.of("$: the input is empty; expected a JSON object"));
    }
    List<String> problems = schemaProblems(tree);
    if (!problems.isEmpty()) {
      throw new SpecValidationException(sourceName, problems);
    }
    try {
      return MAPPER.treeToValue(tree, DocumentSpec.class);
    } catch (JsonMappingException e) {
      throw new SpecValidationException(sourceName, List.of(jsonPath(e.getPath()) + ": " + bindingReason(e)));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new SpecValidationException(sourceName, List.of("$: " + e.getMessage()));
    }
  }

  /** Writes {@code spec} as indented JSON ending in a newline; {@link #read} gives back an equal spec. */
  public static String write(DocumentSpec spec) {
    requireNonNull(spec, "spec");
    try {
      return MAPPER.writeValueAsString(spec) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write document spec as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Every schema violation of {@code tree} as {@code "$.path: message"}, in document order. */
  static List<String> schemaProblems(JsonNode tree) {
    List<String> problems = new ArrayList<>();
    int total = 0;
    for (ValidationMessage m : SCHEMA.validate(tree)) {
      if (++total <= MAX_PROBLEMS) {
        String where = m.getInstanceLocation().toString();
        String message = m.getMessage();
        problems.add(message.startsWith(where + ": ") ? message : where + ": " + message);
      }
    }
    if (total > MAX_PROBLEMS) {
      problems.add("... and " + (total - MAX_PROBLEMS) + " more problems");
    }
    return problems;
  }

  static String syntaxProblem(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return "malformed JSON" + where + ": " + firstLine(e.getOriginalMessage());
  }

  /** {@code $.sections[2].blocks[0]} for a Jackson reference path. */
  static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference ref : path) {
      String field = ref.getFieldName();
      if (field != null) {
        sb.append(field.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + field : "['" + field.replace("'", "\\'") + "']");
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** The model's own message when a constructor rejected a value, Jackson's otherwise. */
  static String bindingReason(JsonMappingException e) {
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
      return cause.getMessage();
    }
    if (cause instanceof NullPointerException && cause.getMessage() != null) {
      return "required value is missing: " + cause.getMessage();
    }
    return firstLine(e.getOriginalMessage());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown problem";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static ObjectMapper createMapper() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(printer)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // keep 1234.50 as written: BigDecimal equality, and so round trips, depend on the scale
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  private static String loadSchema() {
    try (InputStream in = DocumentSpec.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath; is docgen-api on it?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  private static JsonSchema compileSchema(String text) {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .locale(Locale.ENGLISH)
        .pathType(PathType.JSON_PATH)
        .formatAssertionsEnabled(true)
        .build();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text, config);
    schema.initializeValidators();
    return schema;
  }
}
