package org.communitygov.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.Severity;
import org.communitygov.api.exchange.ValidationIssue;
import org.communitygov.api.exchange.ValidationReport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the library's validator and the published schemas (through networknt) over the same
 * documents, so that the schemas and the model cannot drift apart unseen. There is no list of known
 * disagreements: the last one, {@code null} for an optional value, ended with ADR 0014.
 */
class SchemaAndValidatorAgreeTest {
  static final Path EXAMPLES = Path.of("..", "docs", "examples");
  static final ExchangeValidator VALIDATOR = ExchangeValidator.builder().build();

  static Stream<Path> validDocuments() {
    return Stream.of(
            jsonFiles(EXAMPLES),
            SchemasAcceptExamplesTest.exchangeExamples(),
            Stream.of(SchemasAcceptExamplesTest.OWN.resolve("minimal-households.json")))
        .flatMap(s -> s);
  }

  static Stream<Path> invalidDocuments() {
    return Stream.concat(
        jsonFiles(SchemasAcceptExamplesTest.OWN.resolve("invalid")),
        jsonFiles(EXAMPLES.resolve("invalid")));
  }

  static Stream<Path> jsonFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> list =
          files
              .filter(f -> f.toString().endsWith(".json"))
              .filter(f -> !f.toString().endsWith(".expected.json"))
              .sorted()
              .toList();
      return list.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> errorCodes(ValidationReport report) {
    return report.issues().stream()
        .filter(i -> i.severity() == Severity.ERROR)
        .map(ValidationIssue::code)
        .collect(Collectors.toSet());
  }

  /** The schema's problems, or a parse failure as one problem: the document is not JSON. */
  static Set<String> schemaProblems(Path document) {
    try {
      return PublishedSchemas.validate(document).stream()
          .map(ValidationMessage::getMessage)
          .collect(Collectors.toSet());
    } catch (UncheckedIOException e) {
      return Set.of("not JSON: " + e.getCause().getMessage());
    }
  }

  @Nested
  class ValidDocuments {
    @ParameterizedTest
    @MethodSource("org.communitygov.api.schema.SchemaAndValidatorAgreeTest#validDocuments")
    void passBoth(Path document) throws IOException {
      ValidationReport report = VALIDATOR.validate(document);
      assertThat(errorCodes(report)).as(document.toString()).isEmpty();
      assertThat(schemaProblems(document)).as(document.toString()).isEmpty();
    }
  }

  @Nested
  class InvalidDocuments {
    @ParameterizedTest
    @MethodSource("org.communitygov.api.schema.SchemaAndValidatorAgreeTest#invalidDocuments")
    void failTheValidator(Path document) throws IOException {
      assertThat(VALIDATOR.validate(document).isValid()).as(document.toString()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("org.communitygov.api.schema.SchemaAndValidatorAgreeTest#invalidDocuments")
    void failTheSchemaWhenAnErrorIsExpressible(Path document) throws IOException {
      Set<String> codes = errorCodes(VALIDATOR.validate(document));
      if (codes.stream().anyMatch(SchemaCoverage.EXPRESSIBLE::contains)) {
        assertThat(schemaProblems(document)).as(document + " has " + codes).isNotEmpty();
      }
    }

    @ParameterizedTest
    @MethodSource("org.communitygov.api.schema.SchemaAndValidatorAgreeTest#invalidDocuments")
    void passTheSchemaWhenEveryErrorIsBeyondIt(Path document) throws IOException {
      Set<String> codes = errorCodes(VALIDATOR.validate(document));
      if (!codes.isEmpty() && SchemaCoverage.BEYOND_THE_SCHEMA.containsAll(codes)) {
        assertThat(schemaProblems(document)).as(document + " has " + codes).isEmpty();
      }
    }
  }

  /**
   * Both judge a corpus of documents made by mutating the valid and invalid examples with a fixed
   * seed ({@code -Dcommunitygov.seed}, {@code -Dcommunitygov.agreement.documents} for the size).
   * They disagree when the schema rejects a document the validator accepts, or the validator
   * rejects one with an error the schema can express ({@link SchemaCoverage#EXPRESSIBLE}) and the
   * schema accepts it. A document the validator rejects only for what no schema can say (a check
   * character, a calendar date, an invariant) may pass the schema.
   */
  @Nested
  class AGeneratedCorpusOfMutatedDocuments {
    static final long SEED = Long.getLong("communitygov.seed", 20261202L);
    static final int SIZE = Integer.getInteger("communitygov.agreement.documents", 2000);

    @Test
    void isJudgedAlikeByTheSchemasAndTheValidator() throws IOException {
      List<Path> seeds = Stream.concat(validDocuments(), invalidDocuments()).toList();
      Random random = new Random(SEED);
      List<String> differences = new ArrayList<>();
      int bothAccept = 0;
      int bothReject = 0;
      for (int i = 0; i < SIZE; i++) {
        Path seed = seeds.get(random.nextInt(seeds.size()));
        JsonNode document = MutatedDocuments.mutate(PublishedSchemas.read(seed), random);
        String text = document.toString();
        Set<String> schema =
            PublishedSchemas.validate(schemaFile(seed), document).stream()
                .map(ValidationMessage::getMessage)
                .collect(Collectors.toSet());
        ValidationReport report = VALIDATOR.validate(new StringReader(text));
        Set<String> errors = errorCodes(report);
        bothAccept += schema.isEmpty() && errors.isEmpty() ? 1 : 0;
        bothReject += !schema.isEmpty() && !errors.isEmpty() ? 1 : 0;
        if (!schema.isEmpty() && errors.isEmpty()) {
          differences.add("#" + i + " only the schema rejects " + schema + ": " + text);
        } else if (schema.isEmpty()
            && report.issues().stream()
                .filter(issue -> issue.severity() == Severity.ERROR)
                .filter(issue -> !wholeNumberWithAFraction(issue, document))
                .anyMatch(issue -> SchemaCoverage.EXPRESSIBLE.contains(issue.code()))) {
          differences.add("#" + i + " only the validator rejects " + errors + ": " + text);
        }
      }
      assertThat(differences)
          .as("seed %d, %d documents: %d differences", SEED, SIZE, differences.size())
          .isEmpty();
      // The corpus exercises both sides: some mutations keep a document valid, most break it.
      assertThat(bothAccept).as("both accept").isGreaterThan(SIZE / 50);
      assertThat(bothReject).as("both reject").isGreaterThan(SIZE / 2);
    }

    /**
     * An integer written with a zero fraction ({@code 3.0}): JSON Schema counts it as an integer,
     * the validator wants an integer written as one ({@code record.value.type}). No schema can say
     * so; {@code docs/integrators.md} lists it.
     */
    static boolean wholeNumberWithAFraction(ValidationIssue issue, JsonNode document) {
      JsonNode value = document.at(issue.pointer());
      return issue.code().equals("record.value.type")
          && "integer".equals(issue.arguments().get("expected"))
          && value.isNumber()
          && !value.isIntegralNumber()
          && value.decimalValue().stripTrailingZeros().scale() <= 0;
    }

    private static String schemaFile(Path seed) {
      String uri = PublishedSchemas.read(seed).path("$schema").asText();
      String file = uri.substring(uri.lastIndexOf('/') + 1);
      return file.isEmpty() ? "households.schema.json" : file;
    }
  }

  @Nested
  class TheCoverageLists {
    @Test
    void doNotOverlap() {
      assertThat(SchemaCoverage.EXPRESSIBLE)
          .doesNotContainAnyElementsOf(SchemaCoverage.BEYOND_THE_SCHEMA);
    }

    @Test
    void seeBothKindsOfInvalidDocument() throws IOException {
      long beyond = 0;
      long expressible = 0;
      for (Path document : invalidDocuments().toList()) {
        Set<String> codes = errorCodes(VALIDATOR.validate(document));
        beyond += SchemaCoverage.BEYOND_THE_SCHEMA.containsAll(codes) ? 1 : 0;
        expressible += codes.stream().anyMatch(SchemaCoverage.EXPRESSIBLE::contains) ? 1 : 0;
      }
      assertThat(beyond).isPositive();
      assertThat(expressible).isPositive();
    }
  }
}
