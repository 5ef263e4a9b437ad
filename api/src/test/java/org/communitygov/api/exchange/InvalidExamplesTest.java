package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The documents of typical mistakes under {@code docs/examples/invalid/}: each {@code x.json} has
 * its full expected report in {@code x.expected.json}. Run with {@code -Dgolden.update=true} to
 * rewrite the expected reports after a deliberate change, and review the diff.
 */
class InvalidExamplesTest {
  static final Path INVALID = Path.of("..", "docs", "examples", "invalid");
  static final Path EXAMPLES = Path.of("..", "docs", "examples");
  static final Path SERVICES = EXAMPLES.resolve("services");
  static final ObjectMapper JSON = new ObjectMapper();

  static List<Path> documents() throws IOException {
    try (Stream<Path> files = Files.list(INVALID)) {
      return files
          .filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json"))
          .sorted()
          .toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> eachInvalidExampleGivesItsExpectedReport() throws IOException {
    return documents().stream()
        .map(
            document ->
                DynamicTest.dynamicTest(
                    document.getFileName().toString(),
                    () -> {
                      ValidationReport report = Documents.VALIDATOR.validate(document);
                      Path expected =
                          Path.of(document.toString().replace(".json", ".expected.json"));
                      if (Boolean.getBoolean("golden.update")) {
                        Files.writeString(expected, report.toJson());
                      }
                      assertThat(report.isValid()).isFalse();
                      JsonNode actual = JSON.readTree(report.toJson());
                      assertThat(actual).isEqualTo(JSON.readTree(expected.toFile()));
                    }));
  }

  @Test
  void theValidExamplesAreValid() throws IOException {
    for (String file :
        List.of(
            "hepingli-community.json",
            "hepingli-households.json",
            "volunteers/hepingli-volunteers.json",
            "volunteers/hepingli-service-records.json",
            "volunteers/hepingli-evaluations.json",
            "volunteers/points-hepingli-group-records.json",
            "volunteers/points-hepingli-schemes.json",
            "volunteers/points-hepingli-service-records.json",
            "volunteers/points-hepingli-transactions.json",
            "ledger/exchange-ledger.json")) {
      ValidationReport report = Documents.VALIDATOR.validate(EXAMPLES.resolve(file));
      assertThat(report.issues()).as(file).isEmpty();
      assertThat(report.header()).isPresent();
    }
  }

  /**
   * The exchange documents of {@code docs/examples/services/}: the {@code .json} and {@code
   * .ndjson} files whose top-level object (an envelope, or an NDJSON file's header line) has a
   * {@code kind}; the others there (a catalogue as the model writes it, HSDS files) are not
   * exchange documents.
   */
  static List<Path> serviceExchangeDocuments() throws IOException {
    try (Stream<Path> files = Files.list(SERVICES)) {
      List<Path> documents = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        JsonNode top =
            name.endsWith(".ndjson")
                ? JSON.readTree(Files.readAllLines(file, StandardCharsets.UTF_8).get(0))
                : name.endsWith(".json") ? JSON.readTree(file.toFile()) : null;
        if (top != null && top.isObject() && top.has("kind")) {
          documents.add(file);
        }
      }
      return documents;
    }
  }

  @Test
  void theRuleForServiceExchangeDocumentsFindsTheEnvelopesAndNdjsonAndNotTheOtherFiles()
      throws IOException {
    assertThat(serviceExchangeDocuments())
        .extracting(f -> f.getFileName().toString())
        .contains(
            "exchange-services.json",
            "exchange-loop.ndjson",
            "qixinggang-services.json",
            "qixinggang-deliveries.ndjson")
        .doesNotContain("hepingli-catalogue.json", "hepingli-hsds.json", "hsds-import-example.json")
        .hasSizeGreaterThanOrEqualTo(13);
  }

  @TestFactory
  Stream<DynamicTest> everyExchangeDocumentOfTheServiceExamplesIsValid() throws IOException {
    return serviceExchangeDocuments().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      ValidationReport report = Documents.VALIDATOR.validate(file);
                      assertThat(report.issues()).as(file.toString()).isEmpty();
                      assertThat(report.header()).isPresent();
                    }));
  }
}
