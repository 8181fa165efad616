package dev.docgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input ends in one line on stderr, its own exit code, and no file left behind. */
class CliExitCodesTest {
  @TempDir
  Path dir;

  private record Result(int code, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DocgenCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private Result generate(String prompt, String... more) {
    List<String> args = new ArrayList<>(List.of("generate", prompt, "--output", dir.resolve("out.docx").toString()));
    args.addAll(Arrays.asList(more));
    return run(args.toArray(String[]::new));
  }

  private void assertFails(Result r, int code, String... mentions) throws IOException {
    assertThat(r.code()).as(r.err()).isEqualTo(code);
    String[] lines = r.err().strip().split("\n");
    assertThat(lines).as(r.err()).hasSize(1);
    assertThat(lines[0]).startsWith("docgen: error:");
    for (String m : mentions) {
      assertThat(lines[0]).contains(m);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(f -> f.toString().endsWith(".docx") || f.toString().endsWith(".part")))
          .as("no output or partial file is left").isEmpty();
    }
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  @Test
  void usage_errors_exit_2() {
    assertThat(run().code()).isEqualTo(2);
    assertThat(run("generate", "x", "--bogus").code()).isEqualTo(2);
    assertThat(run("generate", "Status report").code()).isEqualTo(2);
    assertThat(generate("Status report", "--locale", "!!").code()).isEqualTo(2);
  }

  @Test
  void an_empty_prompt_is_bad_input() throws IOException {
    assertFails(generate(""), 3, "prompt is empty");
    assertFails(generate("   "), 3, "prompt is empty");
  }

  @Test
  void an_over_long_prompt_names_the_limit() throws IOException {
    assertFails(generate("x".repeat(20_001)), 3, "prompt length is 20001", "limit of 20000");
  }

  @Test
  void a_format_that_contradicts_the_output_file_is_a_usage_error() throws IOException {
    Result r = run("generate", "Status report", "--format", "docx", "--output", dir.resolve("report.pdf").toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("docgen: error: --format docx does not match the output file report.pdf: "
        + "name it .docx, or drop --format to write PDF");
    assertThat(dir.resolve("report.pdf")).doesNotExist();
  }

  @Test
  void an_unknown_format_is_bad_input() throws IOException {
    // A known format without its renderer (exit 5) is covered in DocumentPipelineTest: the CLI ships all three.
    assertFails(generate("Status report", "--format", "odt"), 3, "unknown format 'odt'", "docx, pdf, xlsx");
  }

  @Test
  void unreadable_data_names_the_file_and_line() throws IOException {
    assertFails(generate("Sales report", "--data", dir.resolve("missing.csv").toString()), 3, "not found");
    assertFails(generate("Sales report", "--data", write("empty.csv", new byte[0]).toString()), 3, "empty");
    assertFails(generate("Sales report", "--data",
        write("ragged.csv", "a,b\n1,2\n3,4,5\n".getBytes(StandardCharsets.UTF_8)).toString()), 3, "line 3");
    byte[] latin = {'a', ',', 'b', '\n', 'x', ',', (byte) 0xC3, (byte) 0x28, '\n'};
    assertFails(generate("Sales report", "--data", write("latin.csv", latin).toString()), 3, "line 2", "UTF-8");
    assertFails(generate("Sales report", "--data",
        write("numbers.json", "[1, 2]".getBytes(StandardCharsets.UTF_8)).toString()), 3, "wrong shape");
    assertFails(generate("Sales report", "--data",
        write("broken.json", "{\n\"a\": }".getBytes(StandardCharsets.UTF_8)).toString()), 3, "line 2");
    assertFails(generate("Sales report", "--data",
        write("sales.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}).toString()), 3, "save the sheet as CSV");
    assertFails(generate("Sales report", "--data",
        write("only-header.txt", "a".getBytes(StandardCharsets.UTF_8)).toString()), 3, "header but no data rows");
  }

  @Test
  void an_output_path_that_cannot_be_written_is_bad_input() throws IOException {
    Result missing = run("generate", "Status report", "--output", dir.resolve("no/such/dir/out.docx").toString());
    assertFails(missing, 3, "does not exist");
    Path file = write("plain-file", new byte[] {1});
    Result underFile = run("generate", "Status report", "--output", file.resolve("out.docx").toString());
    assertFails(underFile, 3, "does not exist");
  }

  @Test
  void a_spec_violating_the_schema_names_the_json_path() throws IOException {
    Path spec = write("bad.json", ("{\"metadata\":{\"title\":\"T\",\"date\":\"2026-11-28\"},"
        + "\"sections\":[{\"title\":\"S\",\"level\":4}]}").getBytes(StandardCharsets.UTF_8));
    assertFails(run("render", spec.toString(), "--output", dir.resolve("out.docx").toString()), 3, "$.sections[0].level");
    assertFails(run("render", dir.resolve("none.json").toString(), "--output", dir.resolve("out.docx").toString()),
        3, "not found");
  }

  @Test
  void an_unknown_template_is_bad_input() throws IOException {
    assertFails(generate("Status report", "--template", "letterhead@2"), 3, "letterhead@2", "not found");
  }

  @Test
  void verbose_adds_the_stack_trace() {
    Result r = generate("", "--verbose");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("docgen: error:").contains("at dev.docgen");
  }
}
