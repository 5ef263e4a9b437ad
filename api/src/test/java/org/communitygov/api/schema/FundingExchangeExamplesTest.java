package org.communitygov.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.ValidationReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The funding exchange examples ({@code docs/examples/funding/exchange-*.json}: funds, projects,
 * purchase contracts and funding transactions of Hepingli) are valid documents of their kinds, by
 * the validator and by their published envelope schemas, and hold the records of the plain arrays
 * that the commands read ({@code funds.json}, …).
 */
class FundingExchangeExamplesTest {
  static final Path FUNDING = Path.of("..", "docs", "examples", "funding");
  static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyFundingExchangeExampleIsValid() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(FUNDING)) {
      files =
          list.filter(f -> f.getFileName().toString().startsWith("exchange-")).sorted().toList();
    }
    assertThat(files).hasSize(4);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      ValidationReport report = ExchangeValidator.builder().build().validate(file);
                      assertThat(report.issues()).as(file.toString()).isEmpty();
                      assertThat(report.header()).isPresent();
                      assertThat(PublishedSchemas.validate(file)).as(file.toString()).isEmpty();
                      String plain = file.getFileName().toString().replace("exchange-", "");
                      assertThat(JSON.readTree(file.toFile()).get("records"))
                          .as("the records of %s are those of %s", file, plain)
                          .isEqualTo(JSON.readTree(FUNDING.resolve(plain).toFile()));
                    }));
  }
}
