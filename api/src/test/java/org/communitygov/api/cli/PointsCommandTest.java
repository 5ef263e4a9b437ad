package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointsCommandTest {
  static final Path DOC = Path.of("..", "docs", "points.md");
  static final String SCHEME = "../docs/examples/volunteers/points-hepingli-scheme.json";
  static final String RECORDS = "../docs/examples/volunteers/points-hepingli-records.json";

  @TempDir Path dir;

  @Test
  void everyCommandOfTheDocPrintsWhatTheDocShowsInItsOrder() throws IOException {
    List<DocExamples.Example> examples = DocExamples.of(DOC);
    assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
    assertThat(examples)
        .extracting(DocExamples.Example::command)
        .allMatch(c -> c.startsWith("communitygov points "));
    // The doc's journal goes in a fresh temporary folder; the examples run in the doc's order.
    DocExamples.runAll(
        examples,
        w -> w.endsWith(".ndjson") ? dir.resolve(w).toString() : w,
        UnaryOperator.identity());
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

    @Test
    void aSchemeThatIsNotASchemeIsNamedByCodeAndPlaceWithoutQuotingItsValues() throws IOException {
      Path scheme = dir.resolve("scheme.json");
      Files.writeString(scheme, "{\"id\": \"S1\", \"kind\": \"110101199003077777\"}");
      Cli.Run run = statement(scheme.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .startsWith("communitygov: ")
          .contains(scheme + " (line 1, column ")
          .contains("not a valid points scheme")
          .doesNotContain("110101199003077777")
          .doesNotContain("\tat ");
    }

    @Test
    void aSchemeThatCannotBeReadIsReportedAsTheOtherCommandsDo() {
      Path missing = dir.resolve("no-such-scheme.json");
      Cli.Run run = statement(missing.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().strip())
          .isEqualTo("communitygov: cannot read " + missing + ": no such file");
    }

    private Cli.Run statement(String scheme) {
      return Cli.run(
          "points",
          "statement",
          "--lang",
          "en",
          "--scheme",
          scheme,
          "--journal",
          dir.resolve("j.ndjson").toString(),
          "--member",
          "V1",
          "--from",
          "2026-01-01",
          "--to",
          "2026-03-31");
    }
  }
}
