package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            "services/exchange-services.json",
            "services/exchange-providers.json",
            "services/exchange-requests.json",
            "services/exchange-orders.json",
            "services/exchange-deliveries.json",
            "services/exchange-feedback.json",
            "services/exchange-loop.ndjson",
            "volunteers/hepingli-volunteers.json",
            "volunteers/hepingli-service-records.json")) {
      ValidationReport report = Documents.VALIDATOR.validate(EXAMPLES.resolve(file));
      assertThat(report.issues()).as(file).isEmpty();
      assertThat(report.header()).isPresent();
    }
  }
}
