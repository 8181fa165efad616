package dev.docgen.cli;

import dev.docgen.core.SpecJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code docgen schema}: prints the DocumentSpec JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true, description = "Print the DocumentSpec JSON Schema.")
final class SchemaCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.print(SpecJson.schema());
    return 0;
  }
}
