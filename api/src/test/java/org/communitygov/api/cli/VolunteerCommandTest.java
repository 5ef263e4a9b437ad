package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VolunteerCommandTest {
  static final Path DOC = Path.of("..", "docs", "volunteers.md");
  static final String DIR = "../docs/examples/volunteers/";
  static final String RECORDS = DIR + "hepingli-service-records.json";
  static final String CERTIFICATE = DIR + "certificate-HPL-VT-2026-0007";

  static String[] certificate(String... more) {
    return Stream.concat(
            Stream.of(
                "volunteer",
                "certificate",
                RECORDS,
                "--volunteers",
                DIR + "hepingli-volunteers.json",
                "--issuers",
                DIR + "hepingli-issuers.json",
                "--volunteer",
                "V-001",
                "--issuer",
                "ORG-HPL-VT",
                "--from",
                "2026-01-01",
                "--to",
                "2026-11-30",
                "--number",
                "HPL-VT-2026-0007",
                "--date",
                "2026-12-01",
                "--lang",
                "en"),
            Stream.of(more))
        .toArray(String[]::new);
  }

  @Test
  void everyCommandOfTheDocPrintsWhatTheDocShows(@TempDir Path dir) throws IOException {
    List<DocExamples.Example> examples = DocExamples.of(DOC);
    assertThat(examples).hasSizeGreaterThanOrEqualTo(9);
    assertThat(examples)
        .extracting(DocExamples.Example::command)
        .anyMatch(c -> c.startsWith("communitygov ledger check-proof"))
        .anyMatch(c -> c.contains(" --evaluations "));
    // The points journal of the doc goes in a fresh temporary folder.
    DocExamples.runAll(
        examples,
        w -> w.endsWith(".ndjson") ? dir.resolve(w).toString() : w,
        UnaryOperator.identity());
  }

  @Nested
  class TheExamples {
    @Test
    void haveTwentyVolunteersTwoOrganisersAndAYearOfRecords() throws IOException {
      String records = Files.readString(Path.of(RECORDS), StandardCharsets.UTF_8);
      assertThat(records).contains("\"ORG-HPL-RC\"", "\"ORG-HPL-VT\"", "\"2026-01-", "\"2026-11-");
      Cli.Run hours = Cli.run("volunteer", "hours", RECORDS, "--lang", "en");
      assertThat(hours.out().lines().filter(l -> l.startsWith("V-")))
          .hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void certificateOutIsWhatTheCommandWrites(@TempDir Path dir) throws IOException {
      Cli.Run run = Cli.run(certificate("--out", dir.toString()));
      assertThat(run.exitCode()).isZero();
      try (Stream<Path> committed = Files.list(Path.of(CERTIFICATE))) {
        List<Path> files = committed.toList();
        assertThat(files).hasSize(13);
        for (Path file : files) {
          assertThat(dir.resolve(file.getFileName()))
              .as("%s is what --out writes", file)
              .hasSameTextualContentAs(file);
        }
      }
    }
  }

  @Nested
  class ACertificate {
    @Test
    void asJsonHasTheDigestAndNoMaskedValues() {
      Cli.Run run = Cli.run(certificate("--format", "json"));
      assertThat(run.out()).contains("\"rootHash\"", "\"citizenId\" : \"110101");
    }

    @Test
    void asTextRevealsOnlyWhenAsked() {
      assertThat(Cli.run(certificate()).out()).contains("王**").doesNotContain("王秀英");
      assertThat(Cli.run(certificate("--reveal")).out()).contains("王秀英");
    }

    @Test
    void whoseHoursWereRaisedFailsTheCheck(@TempDir Path dir) throws IOException {
      String json =
          Files.readString(Path.of(CERTIFICATE, "certificate.json"))
              .replaceFirst("\"hours\" : 3\n", "\"hours\" : 8\n")
              .replace("\"totalHours\" : 33.00", "\"totalHours\" : 38.00");
      Path forged = dir.resolve("forged.json");
      Files.writeString(forged, json);
      Cli.Run run =
          Cli.run(
              "volunteer",
              "check-certificate",
              forged.toString(),
              "--head",
              CERTIFICATE + "/head.json");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).startsWith("record SR-2026-00001: entry:");
    }
  }

  @Nested
  class BadInput {
    @Test
    void unreadableFilesAreReportedInTheUsersLanguageAsTheOtherCommandsReportThem(
        @TempDir Path dir) {
      Cli.Run hours = Cli.run("volunteer", "hours", "no-such.json", "--lang", "en");
      assertThat(hours.err()).isEqualTo("communitygov: cannot read no-such.json: no such file\n");
      assertThat(hours.exitCode()).isEqualTo(2);
      Cli.Run stars =
          Cli.run(
              "volunteer",
              "stars",
              dir.toString(),
              "--place",
              "national",
              "--date",
              "2026-12-01",
              "--lang",
              "zh-CN");
      assertThat(stars.err()).startsWith("communitygov: 无法读取 " + dir + "：");
      assertThat(stars.exitCode()).isEqualTo(2);
      Cli.Run check =
          Cli.run(
              "volunteer",
              "check-certificate",
              CERTIFICATE + "/certificate.json",
              "--head",
              "no-head.json",
              "--lang",
              "en");
      assertThat(check.err()).isEqualTo("communitygov: cannot read no-head.json: no such file\n");
    }

    @Test
    void aDocumentOfAnotherKindIsRefusedByCodeBeforeARecordIsRead(@TempDir Path dir)
        throws IOException {
      Cli.Run evaluations =
          Cli.run("volunteer", "hours", DIR + "hepingli-evaluations.json", "--lang", "en");
      assertThat(evaluations.exitCode()).isEqualTo(2);
      assertThat(evaluations.err())
          .isEqualTo(
              "communitygov: read.kind: "
                  + DIR
                  + "hepingli-evaluations.json: the document holds EVALUATIONS, not"
                  + " SERVICE_RECORDS records\n");
      assertThat(evaluations.out()).isEmpty();
      Path unknown = dir.resolve("unknown.json");
      Files.writeString(unknown, "{\"kind\": \"RECORDS\", \"records\": []}");
      Cli.Run other = Cli.run("volunteer", "hours", unknown.toString(), "--lang", "en");
      assertThat(other.exitCode()).isEqualTo(2);
      assertThat(other.err())
          .isEqualTo(
              "communitygov: read.kind: "
                  + unknown
                  + ": the document holds an unknown kind 'RECORDS', not SERVICE_RECORDS"
                  + " records\n");
      Files.writeString(unknown, "{\"kind\": \"王秀英 110101194001011234\", \"records\": []}");
      Cli.Run anyText = Cli.run("volunteer", "hours", unknown.toString(), "--lang", "en");
      assertThat(anyText.exitCode()).isEqualTo(2);
      assertThat(anyText.err())
          .isEqualTo(
              "communitygov: read.kind: "
                  + unknown
                  + ": the document holds an unknown kind, not SERVICE_RECORDS records\n");
    }

    @Test
    void aCertificateThatIsNotOneIsNamedByCodeAndPlaceWithoutQuotingItsValues(@TempDir Path dir)
        throws IOException {
      Path bad = dir.resolve("not-a-certificate.json");
      Files.writeString(bad, "{\"number\": \"C1\", \"issuedOn\": \"110101199003077777\"}");
      Cli.Run run =
          Cli.run(
              "volunteer",
              "check-certificate",
              bad.toString(),
              "--head",
              CERTIFICATE + "/head.json");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .contains(bad + " (line 1, column ")
          .contains("not a valid certificate")
          .doesNotContain("110101199003077777")
          .doesNotContain("\tat ");
    }

    @Test
    void aRecordLongerThanItsActivityIsNamedWithoutAStackTrace(@TempDir Path dir)
        throws IOException {
      Path bad = dir.resolve("bad.json");
      Files.writeString(
          bad,
          "[{\"id\":\"SR-1\",\"volunteer\":\"V-1\",\"activity\":\"a\",\"organiser\":\"O\","
              + "\"date\":\"2026-01-01\",\"start\":\"09:00:00\",\"end\":\"10:00:00\",\"place\":\"p\","
              + "\"content\":\"c\",\"hours\":2,\"recordedBy\":\"r\"}]");
      Cli.Run run = Cli.run("volunteer", "hours", bad.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .contains("serviceRecord.hoursLongerThanActivity", "record 0")
          .doesNotContain("Exception");
    }

    @Test
    void aBadDateIsAUsageErrorNamingTheOption() {
      Cli.Run run = Cli.run("volunteer", "hours", RECORDS, "--from", "2026-02-30");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("communitygov: --from must be an ISO date");
    }
  }
}
