package dev.docgen.cli;

import dev.docgen.api.Health;
import dev.docgen.core.DocumentPipeline;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code docgen health}: can the content providers and renderers work now? */
@Command(name = "health", mixinStandardHelpOptions = true,
    description = "Check the content providers (a model provider calls its endpoint) and list the renderers. "
        + "Exit code 0 when everything is up, 4 when something is down.")
final class HealthCommand implements Callable<Integer> {
  @Mixin
  LlmOptions llm;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Health health = llm.apply(DocumentPipeline.builder()).build().health();
    for (Health.Component c : health.components()) {
      spec.commandLine().getOut().println(String.format("%-4s %-18s %s", c.status(), c.name(), c.detail()));
    }
    spec.commandLine().getOut().flush();
    return health.up() ? 0 : DocgenCommand.GENERATION_FAILED;
  }
}
