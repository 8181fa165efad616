package dev.docgen.cli;

import dev.docgen.api.DataInput;
import dev.docgen.api.template.TemplateField;
import dev.docgen.api.template.TemplateInfo;
import dev.docgen.api.template.TemplateRef;
import dev.docgen.api.template.TemplateUpload;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.template.TemplateLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docgen templates list|add|get|delete|fields}: the template library. */
@Command(name = "templates", mixinStandardHelpOptions = true,
    description = "List, add, export, delete and inspect templates.",
    subcommands = {TemplatesCommand.ListCommand.class, TemplatesCommand.AddCommand.class,
        TemplatesCommand.GetCommand.class, TemplatesCommand.DeleteCommand.class, TemplatesCommand.FieldsCommand.class})
final class TemplatesCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a templates command is required: list, add, get, "
        + "delete or fields");
  }

  /** Options every templates command takes. */
  static class Common {
    @Option(names = "--template-dir", paramLabel = "DIR",
        description = "Folder of published templates (default: $DOCGEN_TEMPLATE_DIR or ~/.docgen/templates).")
    Path templateDir;

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    TemplateLibrary library() {
      return DocumentPipeline.builder().templateDirectory(CliSupport.templateDir(templateDir, System.getenv())).build()
          .templates();
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }
  }

  @Command(name = "list", description = "List every template: yours first, then the built-in ones.")
  static final class ListCommand extends Common implements Runnable {
    @Override
    public void run() {
      List<TemplateInfo> all = library().list();
      if (all.isEmpty()) {
        out().println("no templates (add one with: docgen templates add FILE --name NAME --version VERSION)");
        return;
      }
      out().printf("%-24s %-8s %-6s %-10s %-22s %s%n", "NAME", "VERSION", "FORMAT", "SOURCE", "DOCUMENT TYPES",
          "DESCRIPTION");
      for (TemplateInfo t : all) {
        out().printf("%-24s %-8s %-6s %-10s %-22s %s%n", t.name(), t.version(), t.format(), t.source(),
            t.documentTypes().isEmpty() ? "-" : String.join(",", t.documentTypes()), t.description());
      }
    }
  }

  @Command(name = "add", description = "Check a DOCX or XLSX template and publish it as NAME@VERSION.")
  static final class AddCommand extends Common implements Runnable {
    @Parameters(index = "0", paramLabel = "FILE", description = "The template file.")
    Path file;

    @Option(names = "--name", required = true, description = "Template name.")
    String name;

    @Option(names = "--version", required = true, description = "Version; a published version never changes.")
    String version;

    @Option(names = "--description", defaultValue = "", description = "What it is for.")
    String description;

    @Option(names = "--types", split = ",", paramLabel = "TYPE", description = "Document types it serves, e.g. invoice.")
    List<String> types = List.of();

    @Option(names = "--keywords", split = ",", paramLabel = "WORD", description = "Words in a prompt that pick it.")
    List<String> keywords = List.of();

    @Override
    public void run() {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new dev.docgen.api.InvalidRequestException("cannot read template file " + file + ": " + e.getMessage());
      }
      TemplateInfo t = library().publish(new TemplateUpload(name, version, file.getFileName().toString(), bytes,
          description, types, keywords));
      out().printf("published %s (%s, %d fields, sha256 %s)%n", t.id(), t.format(), t.fields().size(),
          t.sha256().substring(0, 12));
    }
  }

  @Command(name = "get", description = "Save a template's file, to edit it and publish it again as a new version.")
  static final class GetCommand extends Common implements Runnable {
    @Parameters(index = "0", paramLabel = "NAME[@VERSION]")
    String ref;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE")
    Path output;

    @Override
    public void run() {
      CliSupport.checkWritable(output);
      byte[] bytes = library().export(TemplateRef.parse(ref));
      try {
        Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".docgen-", ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + output, e);
      }
      out().printf("wrote %s (%d bytes)%n", output, bytes.length);
    }
  }

  @Command(name = "delete", description = "Delete one published version.")
  static final class DeleteCommand extends Common implements Runnable {
    @Parameters(index = "0", paramLabel = "NAME@VERSION")
    String ref;

    @Override
    public void run() {
      TemplateRef r = TemplateRef.parse(ref);
      if (!library().delete(r)) {
        throw new dev.docgen.api.TemplateException("", "template '" + r + "' not found in the template folder");
      }
      out().printf("deleted %s%n", r);
    }
  }

  @Command(name = "fields", description = "List the data fields a template reads; with --data, check a data file against them.")
  static final class FieldsCommand extends Common implements java.util.concurrent.Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME[@VERSION]")
    String ref;

    @Option(names = "--data", paramLabel = "FILE.json", description = "Dry run: report the fields this data lacks.")
    Path data;

    @Override
    public Integer call() {
      TemplateLibrary lib = library();
      TemplateRef r = TemplateRef.parse(ref);
      List<TemplateField> fields = lib.fields(r);
      for (TemplateField f : fields) {
        out().printf("%-40s %-10s %s%n", f.fullPath(), f.kind(), f.location());
      }
      if (data == null) {
        return 0;
      }
      DataInput input = DataInput.of(data);
      Object root;
      try {
        root = new com.fasterxml.jackson.databind.ObjectMapper().readValue(input.bytes(), Object.class);
      } catch (IOException e) {
        throw new dev.docgen.api.DataException(input.name(), "not valid JSON: " + e.getMessage());
      }
      List<String> missing = lib.missingFields(r, root instanceof Map<?, ?> ? root : Map.of("items", root));
      if (missing.isEmpty()) {
        out().printf("dry run: %s has every field %s reads%n", data.getFileName(), lib.find(r).id());
        return 0;
      }
      out().printf("dry run: %s lacks %d field(s):%n", data.getFileName(), missing.size());
      missing.forEach(m -> out().println("  " + m));
      return DocgenCommand.BAD_INPUT;
    }
  }
}
