package org.communitygov.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the committed schemas with an independent validator against valid and invalid data. */
class SchemasAcceptExamplesTest {
  static final Path EXAMPLES = Path.of("..", "docs", "examples");
  static final Path OWN = Path.of("src", "test", "resources", "schema");

  /** The exchange documents of the services examples, envelopes of every service kind. */
  static Stream<Path> exchangeExamples() {
    return SchemaAndValidatorAgreeTest.jsonFiles(EXAMPLES.resolve("services"))
        .filter(f -> f.getFileName().toString().startsWith("exchange-"));
  }

  static Set<String> keywords(Set<ValidationMessage> problems) {
    return problems.stream().map(ValidationMessage::getType).collect(Collectors.toSet());
  }

  @Nested
  class ValidDocuments {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "hepingli-community.json",
          "hepingli-households.json",
          "ledger/exchange-ledger.json",
          "volunteers/points-hepingli-group-records.json",
          "volunteers/hepingli-evaluations.json"
        })
    void passTheirEnvelopeSchema(String example) {
      assertThat(PublishedSchemas.validate(EXAMPLES.resolve(example))).isEmpty();
    }

    @Test
    void passTheirEnvelopeSchemaForEveryServiceKind() {
      List<Path> examples = exchangeExamples().toList();
      assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
      for (Path example : examples) {
        assertThat(PublishedSchemas.validate(example)).as(example.toString()).isEmpty();
      }
    }

    @Test
    void passWhenMinimal() {
      assertThat(PublishedSchemas.validate(OWN.resolve("minimal-households.json"))).isEmpty();
    }

    @Test
    void passTheRecordSchemaRecordByRecord() {
      JsonNode households = PublishedSchemas.read(EXAMPLES.resolve("hepingli-households.json"));
      for (JsonNode household : households.get("records")) {
        assertThat(PublishedSchemas.validate("household.schema.json", household)).isEmpty();
        for (JsonNode person : household.get("members")) {
          assertThat(PublishedSchemas.validate("person.schema.json", person)).isEmpty();
        }
      }
    }
  }

  @Nested
  class InvalidDocuments {
    @ParameterizedTest(name = "{0} fails on {1} at {2}")
    @CsvSource({
      "bad-enum.json, enum, /records/0/kind",
      "missing-required.json, required, /records/0/members/0",
      "unknown-property.json, additionalProperties, /records/0",
      "wrong-type.json, type, /records/0/members/0/disability/grade",
      "bad-citizen-id-pattern.json, pattern, /records/0/members/0/citizenId",
      "bad-date.json, format, /records/0/members/0/birthDate",
      "wrong-kind.json, const, /kind",
    })
    void failTheSchemaAtTheOffendingNode(String file, String keyword, String pointer) {
      Set<ValidationMessage> problems = PublishedSchemas.validate(OWN.resolve("invalid/" + file));
      assertThat(keywords(problems)).contains(keyword);
      assertThat(problems).extracting(p -> p.getInstanceLocation().toString()).contains(pointer);
    }
  }
}
