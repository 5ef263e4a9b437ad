package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.SoftAssertions;

/**
 * The {@code console} examples of a doc page: a line {@code $ communitygov …} (paths relative to
 * the repository, words split on spaces), the lines it prints, and {@code [exit N]} when not 0.
 */
final class DocExamples {
  /** One command and the output the doc shows for it. */
  record Example(String command, String output, int exitCode) {}

  private DocExamples() {}

  /** The examples of the doc whose command starts with {@code commandPrefix}, in their order. */
  static List<Example> of(Path doc, String commandPrefix) throws IOException {
    return of(doc).stream().filter(e -> e.command().startsWith(commandPrefix)).toList();
  }

  static List<Example> of(Path doc) throws IOException {
    List<Example> examples = new ArrayList<>();
    boolean inBlock = false;
    String command = null;
    StringBuilder output = new StringBuilder();
    int exit = 0;
    for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
      if (line.equals("```console")) {
        inBlock = true;
      } else if (inBlock && (line.equals("```") || line.startsWith("$ "))) {
        if (command != null) {
          examples.add(new Example(command, output.toString(), exit));
        }
        command = line.startsWith("$ ") ? line.substring(2) : null;
        output.setLength(0);
        exit = 0;
        inBlock = !line.equals("```");
      } else if (inBlock && line.startsWith("[exit ")) {
        exit = Integer.parseInt(line.substring(6, line.length() - 1));
      } else if (inBlock && command != null) {
        output.append(line).append('\n');
      }
    }
    return examples;
  }

  /** Runs every example from the {@code api} module and compares what it prints and its exit. */
  static void runAll(List<Example> examples) {
    runAll(examples, UnaryOperator.identity(), UnaryOperator.identity());
  }

  /**
   * Runs every example in order, each argument mapped by {@code word} after the doc's paths are
   * made relative to {@code api/}, and compares what it prints, mapped by {@code printed}, and its
   * exit.
   */
  static void runAll(
      List<Example> examples, UnaryOperator<String> word, UnaryOperator<String> printed) {
    SoftAssertions soft = new SoftAssertions();
    for (Example example : examples) {
      String[] words = example.command().split(" ");
      assertThat(words[0]).isEqualTo("communitygov");
      String[] args =
          Arrays.stream(words)
              .skip(1)
              .map(w -> w.startsWith("docs/") ? "../" + w : w)
              .map(word)
              .toArray(String[]::new);
      Cli.Run run = Cli.run(args);
      soft.assertThat(printed.apply(run.out() + run.err()))
          .as(example.command())
          .isEqualTo(example.output());
      soft.assertThat(run.exitCode()).as(example.command()).isEqualTo(example.exitCode());
    }
    soft.assertAll();
  }
}
