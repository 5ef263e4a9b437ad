package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.ValidationReport;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Person;
import org.example.user.Ticket;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The module on a user's own plain {@link JsonMapper}, with no other setting: the library's types
 * in the wire format, the user's classes as the mapper would handle them without it.
 */
class CommunityGovModuleTest {
  static final Path EXAMPLES = Path.of("..", "docs", "examples");

  final JsonMapper plain = JsonMapper.builder().addModule(new CommunityGovModule()).build();

  @Nested
  class WritesTheLibrarysTypes {
    @TestFactory
    Stream<DynamicTest> asTheirGoldenFilesAndReadsThemBack() {
      GoldenJsonTest golden = new GoldenJsonTest();
      return GoldenJsonTest.cases().stream()
          .map(
              c ->
                  DynamicTest.dynamicTest(
                      c.name(),
                      () -> {
                        String expected = golden.golden(c.name());
                        String written = plain.writeValueAsString(c.fixture());
                        assertThat(plain.readTree(written)).isEqualTo(plain.readTree(expected));
                        assertThat(plain.readValue(expected, c.type())).isEqualTo(c.fixture());
                      }));
    }

    @Test
    void withIsoDatesAndNeitherNullsNorEmptyExtensions() throws IOException {
      String written = plain.writeValueAsString(JsonFixtures.minimalPerson());
      assertThat(written)
          .doesNotContain("null")
          .doesNotContain("extensions")
          .doesNotContain("chronicConditions")
          .containsPattern("\"birthDate\":\"\\d{4}-\\d{2}-\\d{2}\"");
    }

    @Test
    void keepingAnEmptyRequiredString() throws IOException {
      Person blank = Person.builder().from(JsonFixtures.minimalPerson()).name("").build();
      String written = plain.writeValueAsString(blank);
      assertThat(written).contains("\"name\":\"\"");
      assertThat(plain.readValue(written, Person.class)).isEqualTo(blank);
    }

    @Test
    void soThatTheLibrarysValidatorAcceptsTheRecords() throws IOException {
      JsonNode document = plain.readTree(EXAMPLES.resolve("hepingli-households.json").toFile());
      ObjectNode rewritten = document.deepCopy();
      ArrayNode records = rewritten.putArray("records");
      for (JsonNode record : document.get("records")) {
        Household household = plain.treeToValue(record, Household.class);
        records.add(plain.readTree(plain.writeValueAsString(household)));
      }
      assertThat(records).hasSize(document.get("records").size());
      ValidationReport report =
          ExchangeValidator.builder()
              .build()
              .validate(
                  new ByteArrayInputStream(
                      plain.writeValueAsString(rewritten).getBytes(StandardCharsets.UTF_8)));
      assertThat(report.issues()).isEmpty();
      assertThat(report.recordsRead()).isEqualTo(records.size());
    }
  }

  @Nested
  class ReadsTheLibrarysScalarsStrictly {
    @Test
    void aNumberForAPersonsNameFailsWithoutTheValue() throws IOException {
      String json =
          plain
              .writeValueAsString(JsonFixtures.minimalPerson())
              .replaceFirst("\"name\":\"[^\"]*\"", "\"name\":500103194103150222");
      assertThatThrownBy(() -> plain.readValue(json, Person.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageStartingWith("Cannot read String from a JSON number (value not shown)")
          .hasMessageNotContaining("500103194103150222");
    }
  }

  @Nested
  class NeverQuotesAValueOfTheLibrarysTypes {
    @Test
    void aCitizenIdGivenAsANumber() throws IOException {
      String json =
          plain
              .writeValueAsString(JsonFixtures.minimalPerson())
              .replaceFirst("\\{", "{\"citizenId\":500103194103150222,");
      assertThatThrownBy(() -> plain.readValue(json, Person.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("Cannot read CitizenId from a JSON number (value not shown)")
          .hasMessageNotContaining("500103194103150222");
    }
  }

  @Nested
  class LeavesTheUsersClassesAlone {
    @Test
    void aNumberIntoTheirStringIsCoercedAsTheMapperDoes() throws IOException {
      Ticket ticket = plain.readValue("{\"code\":123,\"count\":\"7\"}", Ticket.class);
      assertThat(ticket.code).isEqualTo("123");
      assertThat(ticket.count).isEqualTo(7);
    }

    @Test
    void theirFailuresKeepJacksonsMessages() {
      assertThatThrownBy(() -> plain.readValue("{\"count\":\"many\"}", Ticket.class))
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageContaining("from String \"many\"");
    }

    @Test
    void theirDatesAndAbsentValuesAreWrittenAsTheMapperDoes() throws IOException {
      assertThat(plain.writeValueAsString(new Ticket()))
          .isEqualTo("{\"code\":\"\",\"count\":0,\"opened\":[2026,1,2],\"note\":null}");
    }
  }

  @Nested
  class IsFoundByServiceLoader {
    @Test
    void byFindAndRegisterModules() {
      ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
      assertThat(mapper.getRegisteredModuleIds()).contains("CommunityGovModule");
      assertThat(ObjectMapper.findModules())
          .filteredOn(m -> m instanceof CommunityGovModule)
          .hasSize(1);
    }

    @Test
    void atTheVersionOfTheBuild() {
      List<Module> found = ObjectMapper.findModules();
      Module module =
          found.stream().filter(m -> m instanceof CommunityGovModule).findFirst().orElseThrow();
      // Set by Maven to ${project.version}.
      String version = System.getProperty("communitygov.version");
      assertThat(version).isNotBlank();
      assertThat(module.version().toString()).isEqualTo(version);
      assertThat(module.version().getGroupId()).isEqualTo("org.communitygov");
      assertThat(module.version().getArtifactId()).isEqualTo("communitygov-api");
    }
  }
}
