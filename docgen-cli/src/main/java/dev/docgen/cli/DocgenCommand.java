package dev.docgen.cli;

import dev.docgen.api.ContentCheckException;
import dev.docgen.api.DocgenException;
import dev.docgen.api.FormatUnavailableException;
import dev.docgen.api.InvalidRequestException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code docgen} command line: generate, render, schema and templates. */
@Command(name = "docgen", mixinStandardHelpOptions = true, versionProvider = DocgenCommand.Version.class,
    description = "Turns a prompt, optional data and an optional template into a DOCX, PDF or XLSX document.",
    subcommands = {GenerateCommand.class, BatchCommand.class, RenderCommand.class, SchemaCommand.class, TemplatesCommand.class,
        HealthCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal error (a bug: please report it)", "2:usage error",
        "3:bad input (prompt, data, template, spec or output path)", "4:generation failed (content checks, renderer)",
        "5:format not available in this build"})
public final class DocgenCommand implements Runnable {
  /** Exit codes, one per kind of failure. */
  static final int USAGE = 2;
  static final int BAD_INPUT = 3;
  static final int GENERATION_FAILED = 4;
  static final int FORMAT_UNAVAILABLE = 5;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: generate, render, schema, templates or health");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns the exit code; used by tests and by {@link #main}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new DocgenCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      boolean verbose = false;
      for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
        verbose |= p.hasMatchedOption("--verbose"); // at any depth: docgen templates add ... --verbose
      }
      line.getErr().println("docgen: error: " + e.getMessage());
      if (verbose) {
        e.printStackTrace(line.getErr());
      }
      line.getErr().flush();
      return exitCode(e);
    });
    return cli.execute(args);
  }

  static int exitCode(Exception e) {
    if (e instanceof FormatUnavailableException) {
      return FORMAT_UNAVAILABLE;
    }
    if (e instanceof InvalidRequestException || e instanceof UsageProblem) {
      return e instanceof UsageProblem ? USAGE : BAD_INPUT;
    }
    if (e instanceof ContentCheckException || e instanceof DocgenException) {
      return GENERATION_FAILED;
    }
    return 1;
  }

  /** A mistake on the command line that picocli cannot see, such as a bad SOURCE_DATE_EPOCH. */
  static final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
      super(message);
    }
  }

  /** Prints the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = DocgenCommand.class.getPackage().getImplementationVersion();
      return new String[] {"docgen " + (v == null ? "dev" : v)};
    }
  }
}
