package dev.docgen.cli;

import dev.docgen.api.Artifact;
import dev.docgen.api.ContentCheckException;
import dev.docgen.api.DataInput;
import dev.docgen.api.GenerationRequest;
import dev.docgen.core.DocumentPipeline;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docgen generate "PROMPT" --format docx --output FILE}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate a document from a prompt, with optional CSV or JSON data.")
final class GenerateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PROMPT", description = "What to write, e.g. \"Create a project status report for Q4 2025\".")
  String prompt;

  @Option(names = {"-f", "--format"}, description = "docx, pdf or xlsx (default: the output file's extension, else docx).")
  String format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the document.")
  Path output;

  @Option(names = {"-d", "--data"}, paramLabel = "FILE", description = "A data file: CSV (any of , ; tab |, decimal comma or point; .csv .tsv .txt) or JSON.")
  Path data;

  @Option(names = "--template", paramLabel = "NAME[@VERSION]", description = "A template from the template library.")
  String template;

  @Option(names = "--report", paramLabel = "REPORT.json", description = "Write a JSON report: timings, quality score, findings.")
  Path report;

  @Option(names = "--locale", description = "Locale for the language, numbers, dates and page size (default: the "
      + "prompt's language: en-GB, de-DE, fr-FR, es-ES or nl-NL).")
  String locale;

  @Option(names = "--provider", paramLabel = "ID", description = "Content provider: offline (default) or openai (any OpenAI-compatible endpoint; see --llm-url).")
  String provider;

  @Option(names = "--template-dir", paramLabel = "DIR",
      description = "Folder of published templates (default: $DOCGEN_TEMPLATE_DIR or ~/.docgen/templates).")
  Path templateDir;

  @Option(names = "--landscape", description = "Landscape pages (PDF, DOCX) and print setup (XLSX).")
  boolean landscape;

  @Option(names = "--relaxed", description = "Write the document even when content checks fail (findings go to the report).")
  boolean relaxed;

  @Option(names = "--verbose", description = "Print stack traces on errors.")
  boolean verbose;

  @picocli.CommandLine.Mixin
  LlmOptions llm;

  @Override
  public Integer call() {
    CliSupport.checkWritable(output);
    format = CliSupport.format(format, output);
    if (report != null) {
      CliSupport.checkWritable(report);
    }
    GenerationRequest.Builder request = GenerationRequest.builder(prompt).format(format)
        .clock(CliSupport.clock(System.getenv())).relaxedChecks(relaxed);
    Optional.ofNullable(locale).map(CliSupport::locale).ifPresent(request::locale);
    Optional.ofNullable(data).map(DataInput::of).ifPresent(request::data);
    Optional.ofNullable(template).ifPresent(request::template);
    Optional.ofNullable(provider).ifPresent(request::provider);
    if (provider == null && llm.given()) {
      request.provider("openai");
    }
    if (landscape) {
      request.orientation(dev.docgen.api.model.PageOrientation.LANDSCAPE);
    }
    DocumentPipeline pipeline = llm.apply(DocumentPipeline.builder()
        .templateDirectory(CliSupport.templateDir(templateDir, System.getenv()))).build();
    Artifact artifact;
    try {
      artifact = pipeline.generate(request.build());
    } catch (ContentCheckException e) {
      if (report != null) {
        Reports.writeFailure(report, format, e.report());
      }
      throw e;
    }
    Path written = artifact.writeTo(output);
    if (report != null) {
      Reports.write(report, artifact, written);
    }
    String source = artifact.provenance().containsKey("model")
        ? ", " + artifact.provenance().get("provider") + " " + artifact.provenance().get("modelVersion") + ", "
            + artifact.provenance().get("inputTokens") + "+" + artifact.provenance().get("outputTokens") + " tokens"
        : "";
    System.out.println("wrote " + written + " (" + artifact.size() + " bytes, " + artifact.documentType()
        + ", quality " + artifact.quality().score() + source + ")");
    int toComplete = artifact.quality().toComplete().size();
    if (toComplete > 0) {
      System.out.println(toComplete + (toComplete == 1 ? " field" : " fields") + " for you to complete"
          + (report == null ? " (--report FILE lists them)" : " (listed in " + report + ")"));
    }
    long unplaced = artifact.quality().findings().stream().filter(f -> f.code().equals("request.unplaced")).count();
    if (unplaced > 0) {
      // Facts the engine could only list as the request wrote them: the author must check and move them.
      System.out.println(unplaced + (unplaced == 1 ? " fact" : " facts") + " of the request listed as written, to check"
          + (report == null ? " (--report FILE lists them)" : " (listed in " + report + ")"));
    }
    artifact.quality().findings().stream().filter(f -> f.severity() != dev.docgen.api.Finding.Severity.INFO
        && f.code().startsWith("llm.")).forEach(f -> System.err.println("docgen: warning: " + f.message()
            + (f.location().isEmpty() ? "" : " (" + f.location() + ")")));
    return 0;
  }
}
