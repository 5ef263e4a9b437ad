package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsCommandTest {
  static final Path DOC = Path.of("..", "docs", "points.md");
  static final String SCHEME = "../docs/examples/volunteers/points-hepingli-scheme.json";
  static final String RECORDS = "../docs/examples/volunteers/points-hepingli-records.json";
  static final String DIR = "../docs/examples/volunteers/";
  static final String SERVICE_RECORDS = DIR + "points-hepingli-service-records.json";

  @TempDir Path dir;

  /** The arguments of {@code points <rest[0]> --scheme SCHEME --journal <journal> <rest[1..]>}. */
  static String[] points(Path journal, String... rest) {
    String[] head = {"points", rest[0], "--scheme", SCHEME, "--journal", journal.toString()};
    String[] all = java.util.Arrays.copyOf(head, head.length + rest.length - 1);
    System.arraycopy(rest, 1, all, head.length, rest.length - 1);
    return all;
  }

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
      String[] accrue = points(journal, "accrue", RECORDS);
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
  class Gifts {
    @Test
    void eachRefusedTransferExitsOneWithItsCodeAndExplanationAndPostsNothing() throws IOException {
      Path journal = dir.resolve("j.ndjson");
      assertThat(Cli.run(points(journal, "accrue", RECORDS)).exitCode()).isZero();
      long lines = Files.readAllLines(journal, StandardCharsets.UTF_8).size();
      List<List<String>> refused =
          List.of(
              List.of("--to", "HPL-V01", "--amount", "1", "points.gift.self"),
              List.of("--to", "HPL-V02", "--amount", "1000", "points.balance.insufficient"),
              List.of("--to", "NOBODY", "--amount", "1", "points.member.unknown"));
      for (List<String> r : refused) {
        Cli.Run run =
            Cli.run(
                points(
                    journal,
                    "transfer",
                    "--lang",
                    "en",
                    "--id",
                    "T-" + r.get(4),
                    "--from",
                    "HPL-V01",
                    r.get(0),
                    r.get(1),
                    r.get(2),
                    r.get(3),
                    "--date",
                    "2026-11-10"));
        assertThat(run.exitCode()).as(r.get(4)).isEqualTo(1);
        assertThat(run.out())
            .as(r.get(4))
            .startsWith("REFUSED " + r.get(4) + "\n")
            .contains("1. points.recipient:");
      }
      assertThat(Files.readAllLines(journal, StandardCharsets.UTF_8)).hasSize((int) lines);
    }

    @Test
    void aDonationGoesToAnElderOrThePoolNotBoth() {
      Path journal = dir.resolve("j.ndjson");
      Cli.Run both =
          Cli.run(
              points(
                  journal,
                  "donate",
                  "--id",
                  "D1",
                  "--from",
                  "HPL-V01",
                  "--pool",
                  "--elder",
                  "HPL-V06",
                  "--amount",
                  "1",
                  "--date",
                  "2026-11-10"));
      assertThat(both.exitCode()).isEqualTo(2);
      assertThat(both.err()).contains("mutually exclusive");
      Cli.Run neither =
          Cli.run(
              points(
                  journal,
                  "donate",
                  "--id",
                  "D1",
                  "--from",
                  "HPL-V01",
                  "--amount",
                  "1",
                  "--date",
                  "2026-11-10"));
      assertThat(neither.exitCode()).isEqualTo(2);
    }
  }

  @Nested
  class ServiceRecordsDocuments {
    @Test
    void theVolunteersYearOfRecordsIsCreditedAndRunningItAgainAddsNothing() throws IOException {
      Path journal = dir.resolve("j.ndjson");
      String[] accrue =
          points(journal, "accrue", "../docs/examples/volunteers/hepingli-service-records.json");
      Cli.Run run = Cli.run(accrue);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains(
              "SR-2026-00001 V-001 2026-01-03 ACCRUAL acc:SR-2026-00001: issuance -2 POINT, m:V-001 2 POINT")
          .contains(" 0 refused\n");
      long lines = Files.readAllLines(journal, StandardCharsets.UTF_8).size();
      assertThat(Cli.run(accrue).out())
          .doesNotContain("ACCRUAL acc:SR-2026-00001: issuance -2 POINT, m:V-001 2 POINT\n");
      assertThat(Files.readAllLines(journal, StandardCharsets.UTF_8)).hasSize((int) lines);
      assertThat(Cli.run("ledger", "verify", journal.toString()).out()).startsWith("valid: ");
    }

    @Test
    void anEvaluationsDocumentAndAPlainArrayOfItsRecordsCreditAlike() throws IOException {
      Path document = Path.of(DIR + "hepingli-evaluations.json");
      Path array = dir.resolve("evaluations.json");
      Files.writeString(
          array,
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(document.toFile())
              .get("records")
              .toString(),
          StandardCharsets.UTF_8);
      Cli.Run fromDocument =
          Cli.run(
              points(
                  dir.resolve("a.ndjson"),
                  "accrue",
                  "--evaluations",
                  document.toString(),
                  SERVICE_RECORDS));
      Cli.Run fromArray =
          Cli.run(
              points(
                  dir.resolve("b.ndjson"),
                  "accrue",
                  "--evaluations",
                  array.toString(),
                  SERVICE_RECORDS));
      assertThat(fromDocument.exitCode()).isZero();
      assertThat(fromDocument.out())
          .contains("SR-2026-00002 V-017 2026-01-05 NOTHING\n")
          .isEqualTo(fromArray.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "no record | \"volunteer\":\"V-001\" | evaluation 1 (EV-9) names no service record",
          "a record the document does not hold | \"volunteer\":\"V-001\",\"record\":\"SR-2026-09999\""
              + " | evaluation 1 (EV-9) evaluates SR-2026-09999, which "
              + SERVICE_RECORDS
              + " does not hold",
          "another volunteer's record | \"volunteer\":\"V-002\",\"record\":\"SR-2026-01195\""
              + " | evaluation 1 (EV-9) is of volunteer V-002, but SR-2026-01195 is of V-001"
        })
    void anEvaluationThatEvaluatesNoRecordOfTheDocumentIsRefusedAndNothingIsCredited(
        String what, String names, String problem) throws IOException {
      Path journal = dir.resolve("j.ndjson");
      Path evaluations = dir.resolve("evaluations.json");
      Files.writeString(
          evaluations,
          "[{\"volunteer\":\"V-017\",\"record\":\"SR-2026-00002\",\"evaluator\":\"服务对象\","
              + "\"rating\":3,\"date\":\"2026-01-06\"},"
              + "{\"id\":\"EV-9\","
              + names
              + ",\"evaluator\":\"服务对象\",\"rating\":1,\"date\":\"2026-07-03\"}]",
          StandardCharsets.UTF_8);
      Cli.Run run =
          Cli.run(
              points(journal, "accrue", "--evaluations", evaluations.toString(), SERVICE_RECORDS));
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "communitygov: read.evaluations.unmatched: " + problem + "; nothing was credited\n");
      assertThat(run.out()).isEmpty();
      assertThat(Files.exists(journal) ? Files.readAllLines(journal) : List.of())
          .noneMatch(l -> l.contains("acc:"));
    }

    @Test
    void aNegativeEvaluationGivenWithTheRecordsZeroesThatActivityAndNoOther() throws IOException {
      Path journal = dir.resolve("j.ndjson");
      Path evaluations = dir.resolve("evaluations.json");
      Files.writeString(
          evaluations,
          "[{\"volunteer\":\"V-001\",\"record\":\"SR-2026-01195\",\"evaluator\":\"服务对象\","
              + "\"rating\":1,\"date\":\"2026-07-03\"},"
              + "{\"volunteer\":\"V-017\",\"record\":\"SR-2026-00002\",\"evaluator\":\"服务对象\","
              + "\"rating\":3,\"date\":\"2026-01-06\"}]",
          StandardCharsets.UTF_8);
      Cli.Run run =
          Cli.run(
              points(journal, "accrue", "--evaluations", evaluations.toString(), SERVICE_RECORDS));
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("SR-2026-01195 V-001 2026-07-02 NOTHING\n")
          .contains("SR-2026-00002 V-017 2026-01-05 ACCRUAL acc:SR-2026-00002:")
          .endsWith("3 records: 2 credited, 1 nothing to credit, 0 refused\n");
      Cli.Run balance = Cli.run("ledger", "balance", journal.toString(), "--account", "m:V-001");
      assertThat(balance.out().strip()).isEqualTo("2 POINT");
    }

    @Test
    void evaluationsGoOnlyWithAServiceRecordsDocumentAndMustBindAsEvaluations() {
      Path journal = dir.resolve("j.ndjson");
      Cli.Run plain =
          Cli.run(
              points(
                  journal, "accrue", "--evaluations", DIR + "hepingli-evaluations.json", RECORDS));
      assertThat(plain.exitCode()).isEqualTo(2);
      assertThat(plain.err())
          .startsWith("communitygov: read.evaluations: ")
          .doesNotContain("\tat ");
      Cli.Run notEvaluations =
          Cli.run(points(journal, "accrue", "--evaluations", SERVICE_RECORDS, SERVICE_RECORDS));
      assertThat(notEvaluations.exitCode()).isEqualTo(2);
      assertThat(notEvaluations.err())
          .startsWith("communitygov: read.kind: ")
          .contains("holds SERVICE_RECORDS, not EVALUATIONS records")
          .doesNotContain("\tat ");
      assertThat(plain.out() + notEvaluations.out()).isEmpty();
    }

    @Test
    void aPlainArrayGivenAsEvaluationsMustBindAsEvaluations() throws IOException {
      Path array = dir.resolve("records.json");
      Files.writeString(
          array,
          new ObjectMapper()
              .readTree(Path.of(SERVICE_RECORDS).toFile())
              .path("records")
              .toString());
      Cli.Run run =
          Cli.run(
              points(
                  dir.resolve("j.ndjson"),
                  "accrue",
                  "--evaluations",
                  array.toString(),
                  SERVICE_RECORDS));
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("record 0 is not a valid Evaluation").doesNotContain("\tat ");
      assertThat(run.out()).isEmpty();
    }

    @Test
    void aRecordThatNamesItsGroupIsCreditedAsGroupService() {
      Cli.Run run =
          Cli.run(
              points(
                  dir.resolve("j.ndjson"),
                  "accrue",
                  "--explain",
                  "--lang",
                  "en",
                  DIR + "points-hepingli-group-records.json"));
      assertThat(run.exitCode()).isZero();
      assertThat(
              run.out().lines().filter(l -> l.contains("points.group: served as a group = true")))
          .hasSize(1);
    }

    @Test
    void aDocumentOfAnotherKindIsRefusedByCode() {
      Cli.Run run =
          Cli.run(
              points(
                  dir.resolve("j.ndjson"),
                  "accrue",
                  "../docs/examples/volunteers/hepingli-volunteers.json"));
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .startsWith("communitygov: read.kind: ")
          .contains("holds VOLUNTEERS, not SERVICE_RECORDS records")
          .doesNotContain("\tat ");
    }
  }

  @Nested
  class Export {
    @Test
    void writesAPointsTransactionsDocumentThatTheValidatorFindsValid() throws IOException {
      Path journal = dir.resolve("j.ndjson");
      Cli.run(points(journal, "accrue", RECORDS));
      Cli.run(points(journal, "expire", "--date", "2026-03-31"));
      Path document = dir.resolve("transactions.ndjson");
      Cli.Run export = Cli.run(points(journal, "export", "--out", document.toString()));
      assertThat(export.exitCode()).isZero();
      assertThat(export.out().strip())
          .isEqualTo("POINTS_TRANSACTIONS: scheme hepingli-points and 33 transactions written");
      List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
      assertThat(lines).hasSize(35);
      assertThat(lines.get(2))
          .contains("\"id\":\"acc:R2025-001\"")
          .contains("\"kind\":\"ACCRUAL\"")
          .contains("\"policy\":\"2025-01-01\"");
      Cli.Run validate = Cli.run("validate", document.toString());
      assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
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
      Cli.Run run = Cli.run(points(journal, "accrue", records.toString()));
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
      Cli.Run run = Cli.run(points(dir.resolve("j.ndjson"), "accrue", records.toString()));
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
