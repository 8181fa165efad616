package dev.docgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java example in README.md compiles and runs as printed. */
class ReadmeExampleTest {
  @Test
  void readme_library_example_compiles_and_writes_a_docx(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README has a java example").isTrue();
    String output = compileAndRun(dir, "Example", m.group(1));
    assertThat(output).contains("wrote ").contains(".docx");
    List<Path> docs;
    try (var files = Files.list(dir)) {
      docs = files.filter(f -> f.toString().endsWith(".docx")).toList();
    }
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).getFileName().toString()).startsWith("quarterly-sales-report");
    assertThat(Files.size(docs.get(0))).isGreaterThan(5_000);
  }

  @Test
  void readme_job_service_example_compiles_and_writes_a_docx_through_a_job(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```java\\n(import[^`]*?public class JobsExample.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README has the job service example").isTrue();
    String output = compileAndRun(dir, "JobsExample", m.group(1));
    assertThat(output).contains("SUCCEEDED ").contains(".docx after 1 attempt");
    assertThat(Files.isDirectory(dir.resolve("docgen-home").resolve("jobs"))).isTrue();
  }

  /** Compiles {@code source} as class {@code name} in {@code dir}, runs it there, and returns what it printed. */
  static String compileAndRun(Path dir, String name, String source) throws Exception {
    Path file = dir.resolve(name + ".java");
    Files.writeString(file, source);
    String classpath = System.getProperty("java.class.path");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, "-d", dir.toString(), "-cp", classpath, file.toString()))
        .as("javac exit code").isZero();
    Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", dir + File.pathSeparator + classpath, name).directory(dir.toFile()).redirectErrorStream(true).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(output).isZero();
    return output;
  }
}
