package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Person;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link ExchangeValidator#check(List)}: values in memory get the report of the same JSON. */
class ExchangeValidatorCheckTest {
  static final JsonMapper MAPPER = CommunityGovMappers.strict();
  static final ExchangeValidator VALIDATOR = ExchangeValidator.builder().build();
  static final Path EXAMPLE_HOUSEHOLDS = Path.of("../docs/examples/hepingli-households.json");

  /** Persons whose JSON binds but breaks data-quality constraints (Bean Validation). */
  static final List<String> BAD_PERSONS =
      List.of(
          person("A", "\"name\":\"王秀英\"", "\"name\":\"  \""),
          person("B", "\"name\":\"王秀英\"", "\"name\":\"" + "王".repeat(51) + "\""),
          person("C", "\"1941-03-15\"", "\"2999-03-15\"")
              .replace("\"citizenId\":\"500103194103150222\",", ""),
          person("D", "\"hukou\":\"LOCAL\"", "\"hukou\":\"LOCAL\",\"chronicConditions\":[\" \"]"),
          person("A", "", ""),
          person(
              "E",
              "\"hukou\":\"LOCAL\"",
              "\"hukou\":\"LOCAL\",\"chronicConditions\":" + conditions(51)),
          person("F", "", ""));

  static String conditions(int count) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      codes.add("\"C" + i + "\"");
    }
    return "[" + String.join(",", codes) + "]";
  }

  static String person(String id, String from, String to) {
    return Documents.PERSON.replace("\"P1\"", "\"" + id + "\"").replace(from, to);
  }

  /** The report of the JSON texts as the records of an NDJSON document. */
  static ValidationReport fromJson(ExchangeValidator validator, String kind, List<String> records)
      throws IOException {
    return validator.validate(
        new StringReader(Documents.ndjson(kind, records.toArray(String[]::new))));
  }

  /** The same JSON texts bound by the library's mapper, then checked in memory. */
  static ValidationReport inMemory(ExchangeValidator validator, Class<?> type, List<String> records)
      throws IOException {
    List<Object> values = new ArrayList<>();
    for (String record : records) {
      values.add(MAPPER.readValue(record, type));
    }
    return validator.check(values);
  }

  /** Everything of an issue but its line, which in-memory values do not have. */
  static List<?> withoutLines(ValidationReport report) {
    return report.issues().stream()
        .map(i -> tuple(i.severity(), i.code(), i.pointer(), i.recordIndex(), i.arguments()))
        .toList();
  }

  static void assertSameReport(ValidationReport memory, ValidationReport json) {
    assertThat(withoutLines(memory)).isEqualTo(withoutLines(json));
    assertThat(memory.issues()).allSatisfy(i -> assertThat(i.line()).isEmpty());
    assertThat(memory.counts()).isEqualTo(json.counts());
    assertThat(memory.summary()).isEqualTo(json.summary());
    assertThat(memory.omittedIssues()).isEqualTo(json.omittedIssues());
    assertThat(memory.recordsRead()).isEqualTo(json.recordsRead());
    assertThat(memory.isValid()).isEqualTo(json.isValid());
  }

  @Nested
  class SameReportAsJson {
    @Test
    void forTheExampleHouseholds() throws IOException {
      JsonNode envelope = MAPPER.readTree(EXAMPLE_HOUSEHOLDS.toFile());
      List<String> records = new ArrayList<>();
      envelope.get("records").forEach(r -> records.add(r.toString()));
      assertThat(records).hasSizeGreaterThan(1);
      ValidationReport memory = inMemory(VALIDATOR, Household.class, records);
      assertSameReport(memory, fromJson(VALIDATOR, "HOUSEHOLDS", records));
      assertThat(memory.isValid()).isTrue();
      assertThat(memory.format()).isEqualTo(ExchangeFormat.NDJSON);
      assertThat(memory.header()).isEmpty();
    }

    @Test
    void forPersonsThatBreakDataQualityConstraints() throws IOException {
      ValidationReport memory = inMemory(VALIDATOR, Person.class, BAD_PERSONS);
      assertSameReport(memory, fromJson(VALIDATOR, "PERSONS", BAD_PERSONS));
      assertThat(memory.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer, i -> i.recordIndex())
          .containsExactly(
              tuple("constraint.NotBlank", "/name", OptionalLong.of(0)),
              tuple("constraint.Size", "/name", OptionalLong.of(1)),
              tuple("constraint.PastOrPresent", "/birthDate", OptionalLong.of(2)),
              tuple("constraint.NotBlank", "/chronicConditions", OptionalLong.of(3)),
              tuple("record.id.duplicate", "/id", OptionalLong.of(4)),
              tuple("constraint.Size", "/chronicConditions", OptionalLong.of(5)));
      assertThat(memory.issues().get(4).arguments()).isEqualTo(Map.of("firstRecord", "0"));
    }

    @Test
    void withTheSameCapOnIssuesAndCounts() throws IOException {
      ExchangeValidator capped = ExchangeValidator.builder().maxIssues(2).build();
      ValidationReport memory = inMemory(capped, Person.class, BAD_PERSONS);
      assertSameReport(memory, fromJson(capped, "PERSONS", BAD_PERSONS));
      assertThat(memory.issues()).hasSize(2);
      assertThat(memory.omittedIssues()).isEqualTo(4);
    }

    @Test
    void forAHouseholdChangedInMemory() throws IOException {
      String json = exampleHousehold().toString();
      Household first = MAPPER.readValue(json, Household.class);
      Household blank = Household.builder().from(first).address(" ").build();
      String blankJson = json.replaceFirst("\"address\":\"[^\"]*\"", "\"address\":\" \"");
      ValidationReport memory = VALIDATOR.check(List.of(first, blank));
      assertSameReport(memory, fromJson(VALIDATOR, "HOUSEHOLDS", List.of(json, blankJson)));
      assertThat(memory.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactly(
              tuple("constraint.NotBlank", "/address"), tuple("record.id.duplicate", "/id"));
    }
  }

  @Nested
  class OneRecord {
    @Test
    void isAListOfOne() {
      Person blank = Person.builder().from(samplePerson()).name("").build();
      ValidationReport report = VALIDATOR.check(blank);
      assertThat(report.recordsRead()).isEqualTo(1);
      assertThat(report.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactly(tuple("constraint.NotBlank", "/name"));
      assertThat(report.issues().get(0).recordIndex()).hasValue(0);
      assertThat(report.issues().get(0).line()).isEmpty();
    }
  }

  @Nested
  class CallerMistakes {
    @Test
    void aValueOfNoRecordKindIsRejected() {
      assertThatThrownBy(() -> VALIDATOR.check("not a record"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("java.lang.String");
    }

    @Test
    void recordsOfTwoKindsAreRejected() throws IOException {
      Household household = MAPPER.treeToValue(exampleHousehold(), Household.class);
      assertThatThrownBy(() -> VALIDATOR.check(List.of(samplePerson(), household)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("different kinds");
    }

    @Test
    void aKindOtherThanTheExpectedOneIsRejected() {
      ExchangeValidator households =
          ExchangeValidator.builder().expectedKind(RecordKind.HOUSEHOLDS).build();
      assertThatThrownBy(() -> households.check(samplePerson()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("HOUSEHOLDS");
    }

    @Test
    void nullIsRejected() {
      assertThatThrownBy(() -> VALIDATOR.check((Object) null))
          .isInstanceOf(NullPointerException.class);
      List<Object> withNull = new ArrayList<>();
      withNull.add(null);
      assertThatThrownBy(() -> VALIDATOR.check(withNull)).isInstanceOf(NullPointerException.class);
    }
  }

  static JsonNode exampleHousehold() throws IOException {
    return MAPPER.readTree(EXAMPLE_HOUSEHOLDS.toFile()).get("records").get(0);
  }

  static Person samplePerson() {
    try {
      return MAPPER.readValue(Documents.PERSON, Person.class);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
