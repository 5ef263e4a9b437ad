package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Runs the console examples of {@code docs/funding.md} (funds balance and close, disclose,
 * lottery-report, and the refused transactions), and checks that {@code disclose} prints the
 * example's reports in {@code docs/examples/funding/} byte for byte, reading the exchange documents
 * (the plain arrays give the same).
 */
class FundingCommandTest {
  static final Path DOC = Path.of("..", "docs", "funding.md");
  static final String F = "../docs/examples/funding/";
  static final String[] FILES = {
    "--funds", F + "exchange-funds.json",
    "--projects", F + "exchange-projects.json",
    "--contracts", F + "exchange-contracts.json",
    "--transactions", F + "exchange-transactions.json",
    "--today", "2027-01-31"
  };
  static final String[] ARRAYS = {
    "--funds", F + "funds.json",
    "--projects", F + "projects.json",
    "--contracts", F + "contracts.json",
    "--transactions", F + "transactions.json",
    "--today", "2027-01-31"
  };

  static String[] args(String... first) {
    String[] all = new String[first.length + FILES.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(FILES, 0, all, first.length, FILES.length);
    return all;
  }

  @Test
  void everyCommandOfTheDocPrintsWhatTheDocShows() throws IOException {
    List<DocExamples.Example> examples = DocExamples.of(DOC);
    assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
    DocExamples.runAll(examples);
  }

  @Test
  void discloseWritesTheExampleReportsOfTheRulesModule() throws IOException {
    for (String format : List.of("json", "md", "html")) {
      Cli.Run run =
          Cli.run(
              args(
                  "disclose",
                  "--community",
                  "110101001001",
                  "--period",
                  "2026-Q3",
                  "--format",
                  format));
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out())
          .isEqualTo(
              Files.readString(
                  Path.of(F + "disclosure-2026-Q3." + format), StandardCharsets.UTF_8));
    }
  }

  @Test
  void plainArraysOfTheRecordsGiveTheSameReportAsTheExchangeDocuments() {
    String[] disclose = {"disclose", "--community", "110101001001", "--period", "2026"};
    Cli.Run documents = Cli.run(args(disclose));
    String[] arrays = new String[disclose.length + ARRAYS.length];
    System.arraycopy(disclose, 0, arrays, 0, disclose.length);
    System.arraycopy(ARRAYS, 0, arrays, disclose.length, ARRAYS.length);
    Cli.Run plain = Cli.run(arrays);
    assertThat(documents.exitCode()).as(documents.err()).isZero();
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(plain.out()).isEqualTo(documents.out()).contains("\"incomeBySource\"");
  }

  @Test
  void discloseFoldsTheExampleJournalIntoTheSameReport() throws IOException {
    Cli.Run run =
        Cli.run(
            "disclose",
            "--community",
            "110101001001",
            "--period",
            "2026-Q3",
            "--journal",
            F + "journal.ndjson",
            "--funds",
            F + "exchange-funds.json",
            "--projects",
            F + "exchange-projects.json",
            "--contracts",
            F + "exchange-contracts.json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            Files.readString(Path.of(F + "disclosure-2026-Q3.json"), StandardCharsets.UTF_8));
  }

  @Nested
  class BadInput {
    @Test
    void aTornJournalIsUnusableInputExit2(@org.junit.jupiter.api.io.TempDir Path dir)
        throws IOException {
      byte[] bytes = Files.readAllBytes(Path.of(F + "journal.ndjson"));
      Path torn = dir.resolve("torn.ndjson");
      Files.write(torn, java.util.Arrays.copyOf(bytes, bytes.length - 5));
      Cli.Run run =
          Cli.run(
              "disclose",
              "--community",
              "110101001001",
              "--period",
              "2026",
              "--journal",
              torn.toString(),
              "--funds",
              F + "exchange-funds.json");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .startsWith("communitygov: ")
          .contains("torn")
          .doesNotContain("Exception");
    }

    @Test
    void aDocumentOfAnotherKindIsUnusableInputExit2WithItsCode() {
      Cli.Run run =
          Cli.run(
              "funds",
              "balance",
              "--funds",
              F + "exchange-projects.json",
              "--transactions",
              F + "exchange-transactions.json");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "communitygov: envelope.kind.unexpected: "
                  + F
                  + "exchange-projects.json /kind: a document of kind FUNDS is expected, not"
                  + " PROJECTS"
                  + System.lineSeparator());
    }

    @Test
    void everyRefusedTransactionIsNamedWithItsCodeAndTheCommandExits1() {
      Cli.Run run = Cli.run(args("funds", "balance", "--then", F + "transactions-refused.json"));
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains("REFUSED BAD-BUDGET funding.budget.exceeded")
          .contains("REFUSED BAD-PURPOSE funding.restriction.purpose")
          .contains("REFUSED BAD-CURRENCY funding.currency")
          .contains("REFUSED BAD-CONTRACT funding.contract.milestonePaid")
          .contains("REFUSED BAD-RELEASE funding.release.authority")
          .contains("REFUSED BAD-LOTTERY funding.lottery.prohibitedUse")
          .doesNotContain("Exception");
    }

    @Test
    void aMissingFileIsUnusableInputExit2() {
      Cli.Run run =
          Cli.run(
              "funds", "balance", "--funds", F + "none.json", "--transactions", F + "none.json");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("communitygov: ").doesNotContain("Exception");
    }

    @Test
    void anotherCommunityOrABadPeriodIsAUsageError() {
      assertThat(Cli.run(args("disclose", "--community", "X1", "--period", "2026-Q3")).exitCode())
          .isEqualTo(2);
      assertThat(
              Cli.run(args("disclose", "--community", "110101001001", "--period", "2026-Q5"))
                  .exitCode())
          .isEqualTo(2);
    }
  }
}
