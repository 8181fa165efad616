package dev.docgen.api.template;

import dev.docgen.api.TemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parsed template tag, the text between {@code {{} and {@code }}}:
 *
 * <ul>
 *   <li>{@code {{customer.name}}}, {@code {{total | currency:EUR}}}: a value, through formatters;
 *   <li>{@code {{#each items}}} … {@code {{/each}}}: a loop; {@code {{#each items restart-numbering}}}
 *       restarts numbered lists in each pass;
 *   <li>{@code {{#if paid}}} … {@code {{else}}} … {@code {{/if}}}, {@code {{#unless x}}}: a
 *       condition, on truthiness or {@code path == "text"} / {@code path != 3};
 *   <li>{@code {{%logo}}}: an image; {@code {{>section Risks}}}, {@code {{>table 1}}},
 *       {@code {{>chart 1}}}, {@code {{>content}}}: a block from the generated document.
 * </ul>
 */
public record Tag(Kind kind, String path, List<Formatter> formatters, String operator, String operand,
    List<String> options, String source) {
  /** What a tag does. */
  public enum Kind { VALUE, EACH, IF, UNLESS, ELSE, END, IMAGE, BLOCK }

  /** A formatter and its argument (empty when none). */
  public record Formatter(String name, String argument) {}

  /** Matches one tag in text; group 1 is the inside. */
  public static final Pattern PATTERN = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern PATH = Pattern.compile("(@?[\\p{L}_][\\p{L}\\p{N}_-]*|this|\\.\\.)(\\.[\\p{L}_][\\p{L}\\p{N}_-]*|\\.\\d+)*");
  private static final Pattern CONDITION = Pattern.compile("(\\S+)\\s*(==|!=|>=|<=|>|<)\\s*(.+)");

  /** Parses the inside of {@code {{...}}}; {@code where} names the place for the error message. */
  public static Tag parse(String inside, String where) {
    String source = "{{" + inside + "}}";
    String s = inside.strip();
    if (s.isEmpty()) {
      throw error(source, where, "empty tag");
    }
    char c = s.charAt(0);
    if (c == '#') {
      String[] words = s.substring(1).strip().split("\\s+", 2);
      String rest = words.length > 1 ? words[1].strip() : "";
      switch (words[0]) {
        case "each" -> {
          String[] parts = rest.split("\\s+");
          String path = checkPath(parts[0], source, where);
          List<String> options = new ArrayList<>(List.of(parts).subList(1, parts.length));
          for (String o : options) {
            if (!o.equals("restart-numbering")) {
              throw error(source, where, "unknown loop option '" + o + "' (known: restart-numbering)");
            }
          }
          return new Tag(Kind.EACH, path, List.of(), "", "", options, source);
        }
        case "if", "unless" -> {
          Matcher m = CONDITION.matcher(rest);
          Kind kind = words[0].equals("if") ? Kind.IF : Kind.UNLESS;
          if (m.matches()) {
            return new Tag(kind, checkPath(m.group(1), source, where), List.of(), m.group(2), unquote(m.group(3).strip()),
                List.of(), source);
          }
          return new Tag(kind, checkPath(rest, source, where), List.of(), "", "", List.of(), source);
        }
        default -> throw error(source, where, "unknown block '#" + words[0] + "' (known: #each, #if, #unless)");
      }
    }
    if (c == '/') {
      String what = s.substring(1).strip();
      if (!what.equals("each") && !what.equals("if") && !what.equals("unless")) {
        throw error(source, where, "unknown closing tag '/" + what + "' (known: /each, /if, /unless)");
      }
      return new Tag(Kind.END, what, List.of(), "", "", List.of(), source);
    }
    if (s.equals("else")) {
      return new Tag(Kind.ELSE, "", List.of(), "", "", List.of(), source);
    }
    if (c == '%') {
      return new Tag(Kind.IMAGE, checkPath(s.substring(1).strip(), source, where), List.of(), "", "", List.of(), source);
    }
    if (c == '>') {
      String[] words = s.substring(1).strip().split("\\s+", 2);
      String what = words[0];
      if (!List.of("section", "table", "chart", "content").contains(what)) {
        throw error(source, where, "unknown block insert '>" + what + "' (known: >section, >table, >chart, >content)");
      }
      String arg = words.length > 1 ? unquote(words[1].strip()) : "";
      if (!what.equals("content") && arg.isEmpty()) {
        throw error(source, where, "'>" + what + "' needs a title or a number, e.g. {{>" + what + " 1}}");
      }
      return new Tag(Kind.BLOCK, what, List.of(), "", arg, List.of(), source);
    }
    String[] parts = s.split("\\|");
    String path = checkPath(parts[0].strip(), source, where);
    List<Formatter> formatters = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String f = parts[i].strip();
      int colon = f.indexOf(':');
      String name = colon < 0 ? f : f.substring(0, colon).strip();
      String arg = colon < 0 ? "" : unquote(f.substring(colon + 1).strip());
      if (!Formatters.NAMES.contains(name)) {
        throw error(source, where, "unknown formatter '" + name + "' (known: " + String.join(", ", Formatters.NAMES) + ")");
      }
      formatters.add(new Formatter(name, arg));
    }
    return new Tag(Kind.VALUE, path, formatters, "", "", List.of(), source);
  }

  private static String checkPath(String path, String source, String where) {
    if (!PATH.matcher(path).matches()) {
      throw error(source, where, "'" + path + "' is not a field path (letters, digits, '_' and '-', parts joined by '.')");
    }
    return path;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'")
        || s.startsWith("“") && s.endsWith("”"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  static TemplateException error(String source, String where, String problem) {
    return new TemplateException(where, "tag " + source + ": " + problem);
  }

  /** Whether this tag opens a block that a matching {@link Kind#END} closes. */
  public boolean opens() {
    return kind == Kind.EACH || kind == Kind.IF || kind == Kind.UNLESS;
  }

  /** The closing word this opening tag needs: {@code each}, {@code if} or {@code unless}. */
  public String closer() {
    return switch (kind) {
      case EACH -> "each";
      case IF -> "if";
      case UNLESS -> "unless";
      default -> "";
    };
  }
}
