package dev.docgen.cli;

import dev.docgen.api.Artifact;
import dev.docgen.api.InvalidRequestException;
import dev.docgen.api.model.DocumentSpec;
import dev.docgen.core.DocumentPipeline;
import dev.docgen.core.SpecJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docgen render SPEC.json --format docx --output FILE}: renders a DocumentSpec without a generator. */
@Command(name = "render", mixinStandardHelpOptions = true, description = "Render a DocumentSpec JSON file.")
final class RenderCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SPEC.json", description = "A DocumentSpec (see `docgen schema`).")
  Path specFile;

  @Option(names = {"-f", "--format"}, description = "docx, pdf or xlsx (default: the output file's extension, else docx).")
  String format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE")
  Path output;

  @Option(names = "--verbose", description = "Print stack traces on errors.")
  boolean verbose;

  @Override
  public Integer call() {
    CliSupport.checkWritable(output);
    format = CliSupport.format(format, output);
    String json;
    try {
      json = Files.readString(specFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidRequestException("spec file not found: " + specFile.toAbsolutePath());
    } catch (IOException e) {
      throw new InvalidRequestException("cannot read spec file " + specFile + ": " + e.getMessage(), e);
    }
    DocumentSpec spec = SpecJson.read(json, specFile.getFileName().toString());
    Artifact artifact = DocumentPipeline.builder().build().render(spec, format, CliSupport.clock(System.getenv()));
    Path written = artifact.writeTo(output);
    System.out.println("wrote " + written + " (" + artifact.size() + " bytes)");
    return 0;
  }
}
