package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandTest {
  static final Path DOC = Path.of("..", "docs", "ledger.md");
  static final String JOURNAL = "../docs/examples/ledger/journal.ndjson";
  static final String HEAD = "../docs/examples/ledger/head.json";

  @Test
  void everyCommandOfTheDocPrintsWhatTheDocShows() throws IOException {
    List<DocExamples.Example> examples = DocExamples.of(DOC);
    assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
    DocExamples.runAll(examples);
  }

  @Nested
  class Verify {
    @TempDir Path dir;

    @Test
    void namesTheFirstBadLineOfAChangedJournal() throws IOException {
      byte[] journal = Files.readAllBytes(Path.of(JOURNAL));
      String text = new String(journal, StandardCharsets.UTF_8).replace("\"3.00\"", "\"3.10\"");
      Path changed = dir.resolve("changed.ndjson");
      Files.writeString(changed, text);
      Cli.Run run = Cli.run("ledger", "verify", changed.toString(), "--head", HEAD);
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).startsWith("line 5 (entry T1): line.leaf:");
    }

    @Test
    void reportsAMissingFileWithoutAStackTrace() {
      Cli.Run run = Cli.run("ledger", "verify", "no-such.ndjson");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("communitygov: cannot read").doesNotContain("Exception");
    }
  }

  @Nested
  class UnreadableFiles {
    @TempDir Path dir;

    @Test
    void areReportedAsTheOtherCommandsReportThem() {
      assertThat(Cli.run("ledger", "verify", "no-such.ndjson", "--lang", "en").err())
          .isEqualTo("communitygov: cannot read no-such.ndjson: no such file\n");
      assertThat(Cli.run("ledger", "prove", dir.toString(), "--entry", "T2", "--lang", "en").err())
          .isEqualTo("communitygov: cannot read " + dir + ": is a directory\n");
      Cli.Run run =
          Cli.run("ledger", "check-proof", "no-proof.json", "--head", HEAD, "--lang", "zh-CN");
      assertThat(run.err()).isEqualTo("communitygov: 无法读取 no-proof.json：文件不存在\n");
      assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void namesAHeadThatIsNotUtf8Text() throws IOException {
      Path head = dir.resolve("head.json");
      Files.write(head, new byte[] {'{', (byte) 0xff, '}'});
      Cli.Run run = Cli.run("ledger", "verify", JOURNAL, "--head", head.toString(), "--lang", "en");
      assertThat(run.err()).isEqualTo("communitygov: cannot read " + head + ": not UTF-8 text\n");
      assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void namesTheBalancesJournalToo() {
      Cli.Run run = Cli.run("ledger", "balance", "gone.ndjson", "--account", "m1", "--lang", "en");
      assertThat(run.err()).isEqualTo("communitygov: cannot read gone.ndjson: no such file\n");
      assertThat(run.exitCode()).isEqualTo(2);
    }
  }

  @Nested
  class Balance {
    @Test
    void takesADateAsTheOtherCommandsDoAUsageErrorOutsideItsRange() {
      for (String date : List.of("-999999999-01-01", "2026-13-01", "12/01/2026")) {
        Cli.Run run = Cli.run("ledger", "balance", JOURNAL, "--account", "m1", "--date", date);
        assertThat(run.exitCode()).as(date).isEqualTo(2);
        assertThat(run.err())
            .as(date)
            .startsWith("communitygov: --date must")
            .doesNotContain("Exception");
      }
    }

    @Test
    void namesAnUnknownAccountMaskedWhenItLooksLikeAPhoneNumber() {
      Cli.Run run = Cli.run("ledger", "balance", JOURNAL, "--account", "13800138000");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("no account 138****8000").doesNotContain("13800138000");
    }
  }
}
