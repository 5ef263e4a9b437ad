package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointsCommandTest {
  static final Path DOC = Path.of("..", "docs", "points.md");
  static final String SCHEME = "../docs/examples/volunteers/points-hepingli-scheme.json";
  static final String RECORDS = "../docs/examples/volunteers/points-hepingli-records.json";

  @TempDir Path dir;

  /** The doc's paths relative to the repository; its journal in a fresh temporary folder. */
  String[] args(String command) {
    return Arrays.stream(command.split(" "))
        .skip(1)
        .map(w -> w.startsWith("docs/") ? "../" + w : w)
        .map(w -> w.endsWith(".ndjson") ? dir.resolve(w).toString() : w)
        .toArray(String[]::new);
  }

  /**
   * The examples of the doc, as {@code LedgerCommandTest} reads docs/ledger.md: in each {@code
   * console} block, {@code $ communitygov …}, the lines it prints, and {@code [exit N]}.
   */
  static List<LedgerCommandTest.Example> examples() throws IOException {
    List<LedgerCommandTest.Example> examples = new java.util.ArrayList<>();
    String command = null;
    StringBuilder output = new StringBuilder();
    int exit = 0;
    boolean inBlock = false;
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      boolean ends = inBlock && (line.equals("```") || line.startsWith("$ "));
      if (ends && command != null) {
        examples.add(new LedgerCommandTest.Example(command, output.toString(), exit));
      }
      if (line.equals("```console")) {
        inBlock = true;
      } else if (ends) {
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

  @Test
  void everyCommandOfTheDocPrintsWhatTheDocShowsInItsOrder() throws IOException {
    List<LedgerCommandTest.Example> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
    SoftAssertions soft = new SoftAssertions();
    for (LedgerCommandTest.Example example : examples) {
      assertThat(example.command()).startsWith("communitygov points ");
      Cli.Run run = Cli.run(args(example.command()));
      soft.assertThat(run.out() + run.err()).as(example.command()).isEqualTo(example.output());
      soft.assertThat(run.exitCode()).as(example.command()).isEqualTo(example.exitCode());
    }
    soft.assertAll();
  }

  @Nested
  class TheJournal {
    @Test
    void isALedgerJournalThatVerifiesAndRunningTheRecordsAgainAddsNothing() throws IOException {
      Path journal = dir.resolve("j.ndjson");
      String[] accrue = {
        "points", "accrue", "--scheme", SCHEME, "--journal", journal.toString(), RECORDS
      };
      assertThat(Cli.run(accrue).exitCode()).isZero();
      long lines = Files.readAllLines(journal, StandardCharsets.UTF_8).size();
      Cli.Run again = Cli.run(accrue);
      assertThat(again.out()).contains("(already posted)").doesNotContain("NOTHING (already");
      assertThat(Files.readAllLines(journal, StandardCharsets.UTF_8)).hasSize((int) lines);
      Cli.Run verify = Cli.run("ledger", "verify", journal.toString());
      assertThat(verify.out()).startsWith("valid: " + lines + " entries");
      Cli.Run balance = Cli.run("ledger", "balance", journal.toString(), "--account", "m:HPL-V01");
      assertThat(balance.out().strip()).isEqualTo("61 POINT");
    }
  }

  @Nested
  class BadInput {
    @Test
    void aRecordWithoutAnOrganiserIsAUsageErrorNamingTheFieldAndNothingIsPosted()
        throws IOException {
      Path records = dir.resolve("bad.json");
      Files.writeString(
          records,
          "[{\"record\":\"R1\",\"activity\":\"A1\",\"member\":\"V1\",\"date\":\"2026-03-01\",\"hours\":\"2\"}]");
      Path journal = dir.resolve("j.ndjson");
      Cli.Run run =
          Cli.run(
              "points",
              "accrue",
              "--scheme",
              SCHEME,
              "--journal",
              journal.toString(),
              records.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("serviceRecord.organiser").doesNotContain("\tat ");
      assertThat(Cli.run("ledger", "balance", journal.toString(), "--account", "m:V1").exitCode())
          .isEqualTo(1);
    }

    @Test
    void negativeHoursAreRefusedWithTheirCode() throws IOException {
      Path records = dir.resolve("bad.json");
      Files.writeString(
          records,
          "[{\"record\":\"R1\",\"activity\":\"A1\",\"member\":\"V1\",\"date\":\"2026-03-01\",\"hours\":\"-1\",\"organiser\":\"O\"}]");
      Cli.Run run =
          Cli.run(
              "points",
              "accrue",
              "--scheme",
              SCHEME,
              "--journal",
              dir.resolve("j.ndjson").toString(),
              records.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("serviceRecord.hours");
    }
  }
}
