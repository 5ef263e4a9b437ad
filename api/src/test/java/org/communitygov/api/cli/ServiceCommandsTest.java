package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands {@code gap}, {@code quality} and {@code eligible}, and those docs/services.md shows.
 */
class ServiceCommandsTest {
  static final Path DOC = Path.of("..", "docs", "services.md");
  static final String EXAMPLES = "../docs/examples/services/qixinggang-";
  static final String SERVICES = EXAMPLES + "services.json";
  static final String COMMUNITIES = EXAMPLES + "communities.json";
  static final String REQUESTS = EXAMPLES + "requests.ndjson";
  static final String ORDERS = EXAMPLES + "orders.ndjson";
  static final String DELIVERIES = EXAMPLES + "deliveries.ndjson";
  static final String FEEDBACK = EXAMPLES + "feedback.ndjson";

  /** Runs a command over the first quarter of 2026, the example's. */
  static Cli.Run inQuarter(String command, String... rest) {
    List<String> args =
        new ArrayList<>(List.of(command, "--from", "2026-01-01", "--to", "2026-03-31"));
    args.addAll(List.of(rest));
    return Cli.run(args.toArray(new String[0]));
  }

  /** Runs {@code eligible} against the example catalogue. */
  static Cli.Run eligible(String... rest) {
    List<String> args = new ArrayList<>(List.of("eligible", "--catalogue", SERVICES));
    args.addAll(List.of(rest));
    return Cli.run(args.toArray(new String[0]));
  }

  @Test
  void everyGapQualityAndEligibleCommandOfTheDocPrintsWhatTheDocShows() throws IOException {
    List<DocExamples.Example> examples =
        DocExamples.of(DOC).stream()
            .filter(e -> e.command().matches("communitygov (gap|quality|eligible) .*"))
            .toList();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
    assertThat(examples).extracting(DocExamples.Example::exitCode).containsOnly(0);
    DocExamples.runAll(examples);
  }

  @Nested
  class Gap {
    @Test
    void findsTheMealShortageAndTheNeighbourThatCanCoverItAsJson() throws IOException {
      Cli.Run run =
          inQuarter("gap", "--format", "json", SERVICES, COMMUNITIES, REQUESTS, ORDERS, DELIVERIES);
      assertThat(run.exitCode()).isZero();
      JsonNode rows = JsonMapper.builder().build().readTree(run.out()).get("rows");
      JsonNode meals = null;
      for (JsonNode row : rows) {
        if (row.get("community").asText().equals("cq-yz-qxg-hpl")
            && row.get("category").asText().equals("MEAL_ASSISTANCE")) {
          meals = row;
        }
      }
      assertThat(meals).isNotNull();
      assertThat(meals.get("status").asText()).isEqualTo("SHORTAGE");
      assertThat(meals.get("unmetRequests").asInt()).isEqualTo(20);
      assertThat(meals.get("suggestions").get(0).get("community").asText())
          .isEqualTo("cq-yz-qxg-jfl");
    }

    @Test
    void readsTheFilesInAnyOrderAndWritesToAnOutputFile(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("gap.csv");
      Cli.Run run =
          inQuarter(
              "gap",
              "--format",
              "csv",
              "--output",
              out.toString(),
              DELIVERIES,
              ORDERS,
              REQUESTS,
              COMMUNITIES,
              SERVICES);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).isEmpty();
      assertThat(Files.readString(out))
          .contains("cq-yz-qxg-hpl,MEAL_ASSISTANCE,60,0,40,20,MEALS,3600.00,2454,45,71,SHORTAGE");
    }

    @Test
    void namesTheFilePlaceAndCodeOfABadRecordWithExitCode1(@TempDir Path dir) throws IOException {
      List<String> lines = Files.readAllLines(Path.of(DELIVERIES), StandardCharsets.UTF_8);
      // Line 3: a delivery that ends before it starts.
      String bad =
          lines.get(2).replaceFirst("\"end\":\"[^\"]+\"", "\"end\":\"2020-01-01T00:00:00Z\"");
      lines.set(2, bad);
      Path file = dir.resolve("deliveries.ndjson");
      Files.write(file, lines, StandardCharsets.UTF_8);
      Cli.Run run = inQuarter("gap", SERVICES, REQUESTS, ORDERS, file.toString());
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains("deliveries.ndjson line 3 /end: delivery.endBeforeStart")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }

    @Test
    void passesOverHouseholdsAndRefusesADocumentWithoutAKind() {
      Cli.Run run = inQuarter("gap", SERVICES, Cli.HOUSEHOLDS);
      assertThat(run.exitCode()).isEqualTo(0);
      Cli.Run ledger = inQuarter("gap", SERVICES, "../docs/examples/ledger/head.json");
      assertThat(ledger.exitCode()).isEqualTo(1);
      assertThat(ledger.err()).contains("envelope.kind.missing");
    }

    @Test
    void readsTheServicesOfACatalogueStreamAndRefusesPlainServicesAsRecords(@TempDir Path dir)
        throws IOException {
      JsonMapper mapper = JsonMapper.builder().build();
      JsonNode document = mapper.readTree(Path.of(SERVICES).toFile());
      assertThat(document.get("records").get(0).has("provider")).isTrue();
      ObjectNode plain = document.deepCopy();
      ArrayNode records = plain.putArray("records");
      for (JsonNode entry : document.get("records")) {
        if (entry.has("service")) {
          records.add(entry.get("service"));
        }
      }
      Path file = dir.resolve("plain-services.json");
      mapper.writeValue(file.toFile(), plain);
      Cli.Run run = inQuarter("gap", file.toString());
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains("plain-services.json /records/0")
          .contains("record.invalid")
          .doesNotContain("Exception");
    }

    @Test
    void readsAServiceLoopAsTheSameRecordsInSeparateFiles(@TempDir Path dir) throws IOException {
      Path loop = dir.resolve("loop.ndjson");
      List<String> lines = new ArrayList<>();
      lines.add(
          "{\"kind\":\"SERVICE_LOOP\",\"version\":\"1.0\",\"issuer\":{\"name\":\"七星岗\"},"
              + "\"issuedAt\":\"2026-04-02T09:00:00+08:00\"}");
      wrap(REQUESTS, "request", lines);
      wrap(ORDERS, "order", lines);
      wrap(DELIVERIES, "delivery", lines);
      wrap(FEEDBACK, "feedback", lines);
      Files.write(loop, lines, StandardCharsets.UTF_8);
      Cli.Run separate =
          inQuarter("gap", "--format", "csv", SERVICES, COMMUNITIES, REQUESTS, ORDERS, DELIVERIES);
      Cli.Run together =
          inQuarter("gap", "--format", "csv", SERVICES, COMMUNITIES, loop.toString());
      Cli.Run quality = inQuarter("quality", "--format", "csv", ORDERS, DELIVERIES, FEEDBACK);
      Cli.Run qualityOfLoop = inQuarter("quality", "--format", "csv", loop.toString());

      assertThat(together.exitCode()).isZero();
      assertThat(together.out()).isEqualTo(separate.out()).contains("MEAL_ASSISTANCE,60,0,40,20");
      assertThat(qualityOfLoop.exitCode()).isZero();
      assertThat(qualityOfLoop.out()).isEqualTo(quality.out()).contains("P-HPL-KITCHEN,SCORED");
    }

    private void wrap(String file, String member, List<String> lines) throws IOException {
      List<String> records = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
      for (String record : records.subList(1, records.size())) {
        lines.add("{\"" + member + "\":" + record + "}");
      }
    }

    @Test
    void countsAssessedNeedsThroughTheHouseholdsAndNamesThoseItCannotPlace() throws IOException {
      Cli.Run run =
          inQuarter(
              "gap",
              "--format",
              "json",
              "--needs",
              EXAMPLES + "needs.ndjson",
              SERVICES,
              Cli.HOUSEHOLDS,
              REQUESTS);
      assertThat(run.exitCode()).isZero();
      JsonNode report = JsonMapper.builder().build().readTree(run.out());
      int meals = -1;
      int total = 0;
      for (JsonNode row : report.get("rows")) {
        total += row.get("assessedNeeds").asInt();
        if (row.get("community").asText().equals("cq-yz-qxg-hpl")
            && row.get("category").asText().equals("MEAL_ASSISTANCE")) {
          meals = row.get("assessedNeeds").asInt();
          assertThat(row.get("status").asText()).isEqualTo("SHORTAGE");
        }
      }
      assertThat(meals).isEqualTo(3);
      assertThat(total).as("the December profile is outside the period").isEqualTo(6);
      assertThat(report.get("unplaced").get("needs").asInt()).isEqualTo(1);
    }

    @Test
    void namesTheLineAndCodeOfABadNeedsProfileWithExitCode1(@TempDir Path dir) throws IOException {
      Path needs = dir.resolve("needs.ndjson");
      Files.writeString(
          needs,
          "{\"household\":\"H001\",\"asOf\":\"2026-01-20\",\"needs\":[]}\n"
              + "{\"household\":\"H001\",\"person\":\"P0001\",\"asOf\":\"2026-01-20\","
              + "\"needs\":[]}\n",
          StandardCharsets.UTF_8);
      Cli.Run run = inQuarter("gap", "--needs", needs.toString(), SERVICES, Cli.HOUSEHOLDS);
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains("needs.ndjson line 2")
          .contains("needsProfile.subject")
          .doesNotContain("Exception")
          .doesNotContain("P0001");
    }

    @Test
    void reportsAMissingFileAndABadPeriodAsUsageErrors() {
      Cli.Run missing = inQuarter("gap", "no-such.json");
      assertThat(missing.exitCode()).isEqualTo(2);
      assertThat(missing.err()).contains("no-such.json").doesNotContain("Exception");
      Cli.Run backwards = Cli.run("gap", "--from", "2026-03-31", "--to", "2026-01-01", SERVICES);
      assertThat(backwards.exitCode()).isEqualTo(2);
      Cli.Run format = inQuarter("gap", "--format", "xml", SERVICES);
      assertThat(format.exitCode()).isEqualTo(2);
      assertThat(format.err()).contains("--format");
    }
  }

  @Nested
  class Quality {
    @Test
    void scoresTheKitchensAndNotTheVolunteersWithSixDeliveries() {
      Cli.Run run = inQuarter("quality", "--lang", "en", ORDERS, DELIVERIES, FEEDBACK);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("P-VOLUNTEERS: completionRate — onTimeRate —")
          .contains("Too few deliveries to score: deliveries 6 < fewest records behind a score 10")
          .contains("P-HPL-KITCHEN: completionRate 0.9364");
    }
  }

  @Nested
  class Eligible {
    @Test
    void explainsWhyNotAndMasksTheAssistanceStatusUnlessRevealed() {
      String[] args = {
        "eligible",
        "--catalogue",
        SERVICES,
        "--date",
        "2026-06-30",
        "--household",
        "H002",
        "--lang",
        "en",
        Cli.HOUSEHOLDS
      };
      Cli.Run masked = Cli.run(args);
      assertThat(masked.exitCode()).isZero();
      assertThat(masked.out())
          .startsWith("H002 2026-06-30: eligible for 4 of 10 services")
          .contains("+ S-HPL-RELIEF")
          .contains("- S-JFL-MEAL Jiefangli elders' canteen: Not eligible — Residence");
      Cli.Run h001 =
          eligible("--date", "2026-06-30", "--household", "H001", "--lang", "en", Cli.HOUSEHOLDS);
      assertThat(h001.out()).contains("household assistance = ***");
      Cli.Run revealed =
          eligible(
              "--date",
              "2026-06-30",
              "--household",
              "H001",
              "--lang",
              "en",
              "--reveal",
              "ASSISTANCE_STATUS",
              Cli.HOUSEHOLDS);
      assertThat(revealed.out()).contains("has an assistance asked for = false");
    }

    @Test
    void namesTheMissingAbilityLevelUntilItIsGiven() {
      Cli.Run without =
          eligible("--date", "2026-03-01", "--household", "H004", "--lang", "en", Cli.HOUSEHOLDS);
      assertThat(without.out()).contains("? S-HPL-CARE").contains("abilityLevel.P0008");
      Cli.Run with =
          eligible(
              "--date",
              "2026-03-01",
              "--household",
              "H004",
              "--ability",
              "P0009=3",
              "--lang",
              "en",
              Cli.HOUSEHOLDS);
      assertThat(with.out()).contains("+ S-HPL-CARE");
      Cli.Run bad = eligible("--date", "2026-03-01", "--ability", "P0009=7", Cli.HOUSEHOLDS);
      assertThat(bad.exitCode()).isEqualTo(2);
    }

    @Test
    void refusesACatalogueThatIsNotOfKindServicesWithExitCode1() {
      Cli.Run run =
          Cli.run(
              "eligible", "--catalogue", Cli.HOUSEHOLDS, "--date", "2026-03-01", Cli.HOUSEHOLDS);
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains("hepingli-households.json /kind: envelope.kind.unexpected")
          .contains("SERVICES is expected, not HOUSEHOLDS")
          .doesNotContain("Exception");
    }

    @Test
    void reportsAnUnknownHouseholdWithExitCode1() {
      Cli.Run run = eligible("--date", "2026-03-01", "--household", "H999", Cli.HOUSEHOLDS);
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("no household");
    }
  }
}
