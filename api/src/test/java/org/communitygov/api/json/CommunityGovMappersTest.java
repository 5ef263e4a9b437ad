package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.communitygov.model.community.Building;
import org.communitygov.model.community.Community;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.IncomeItem;
import org.communitygov.model.household.Person;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommunityGovMappersTest {
  /** The citizen ID of member 1 in the golden household, and a copy with a wrong check digit. */
  static final String CITIZEN_ID = "500103194406180285";

  static final String BAD_CITIZEN_ID = "500103194406180286";
  static final String PHONE = "19900000009";

  final JsonMapper strict = CommunityGovMappers.strict();
  final JsonMapper lenient = CommunityGovMappers.lenient();

  static String goldenHousehold() throws IOException {
    return Files.readString(
        GoldenJsonTest.GOLDEN.resolve("household.json"), StandardCharsets.UTF_8);
  }

  /** Replaces exactly one occurrence of {@code target} in the golden household. */
  static String householdWith(String target, String replacement) throws IOException {
    String golden = goldenHousehold();
    assertThat(golden.indexOf(target)).as("occurrences of %s", target).isNotNegative();
    assertThat(golden.indexOf(target, golden.indexOf(target) + 1)).as(target).isNegative();
    return golden.replace(target, replacement);
  }

  /** Renders a Jackson path as the JSON names and indexes: {@code members[1].citizenId}. */
  static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        out.append(out.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        out.append('[').append(reference.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  /**
   * Returns the 1-based line and column of the first character of {@code token} in {@code text}.
   */
  static int[] lineAndColumn(String text, String token) {
    int at = text.indexOf(token);
    int lineStart = text.lastIndexOf('\n', at) + 1;
    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    return new int[] {line, at - lineStart + 1};
  }

  ValueInstantiationException readFails(String json, Class<?> type) {
    return catchThrowableOfType(
        ValueInstantiationException.class, () -> strict.readValue(json, type));
  }

  @Nested
  class ABadValue {
    @Test
    void failsWithItsLocationPathAndCodeButNotItsDigits() throws IOException {
      String json = householdWith("\"" + CITIZEN_ID + "\"", "\"" + BAD_CITIZEN_ID + "\"");
      ValueInstantiationException e = readFails(json, Household.class);
      assertThat(e).isNotNull();
      assertThat(path(e)).isEqualTo("members[1].citizenId");
      assertThat(e.getPathReference())
          .contains("\"members\"")
          .contains("[1]")
          .contains("citizenId");
      int[] expected = lineAndColumn(json, "\"" + BAD_CITIZEN_ID);
      assertThat(e.getLocation().getLineNr()).isEqualTo(expected[0]);
      assertThat(e.getLocation().getColumnNr()).isEqualTo(expected[1]);
      assertThat(e.getCause())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              cause -> assertThat(cause.code()).isEqualTo("citizenId.checkCharacter"));
      assertThat(e.getMessage())
          .doesNotContain(BAD_CITIZEN_ID)
          .doesNotContain(BAD_CITIZEN_ID.substring(6, 14))
          .doesNotContain(BAD_CITIZEN_ID.substring(10));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
        delimiter = '|',
        value = {
          "\"19900000009\"|\"1990000000\"|members[1].phone|phone.format|1990000000",
          "\"19900000009\"|\"+1 650 253 0000\"|members[1].phone|phone.format|6502530000",
          "\"500103194406180285\"|\"50010319440618028\"|members[1].citizenId|citizenId.length|"
              + "50010319440618028",
          "\"500103194406180285\"|\"500103194413180285\"|members[1].citizenId|citizenId.birthDate|"
              + "19441318",
          "\"500103194406180285\"|\"500103194406180314\"|members[1]|sex.citizenIdMismatch|"
              + "194406180314",
          "\"1944-06-18\"|\"1944-06-19\"|members[1]|birthDate.citizenIdMismatch|1944-06-19",
          "\"grade\" : 3|\"grade\" : 5|members[1].disability|grade.range|\"grade\"",
          "\"amount\" : \"3200.00\"|\"amount\" : \"3200.001\"|assets[0].value|money.scale|3200.001",
          "\"amount\" : \"3200.00\"|\"amount\" : \"3,200\"|assets[0].value|money.format|3,200",
          "\"community\" : \"cq-yz-qxg-hpl\"|\"community\" : \"和平里\"|community|communityId.pattern|"
              + "和平里",
          "\"valuedOn\" : \"2026-10-31\"|\"valuedOn\" : \"2026-10-31\", \"type\" : \"DEPOSIT\"|"
              + "|JsonParseException|DEPOSIT",
        })
    void failsWithTheCodeOfTheRuleAtThePath(
        String target, String replacement, String path, String code, String secret)
        throws IOException {
      String json = householdWith(target, replacement);
      Throwable thrown =
          org.assertj.core.api.Assertions.catchThrowable(
              () -> strict.readValue(json, Household.class));
      if (code.equals("JsonParseException")) {
        assertThat(thrown)
            .hasRootCauseInstanceOf(JsonParseException.class)
            .hasMessageContaining("Duplicate field 'type'");
        return;
      }
      assertThat(thrown).isInstanceOf(ValueInstantiationException.class);
      ValueInstantiationException e = (ValueInstantiationException) thrown;
      assertThat(path(e)).isEqualTo(path == null ? "" : path);
      assertThat(e.getLocation()).isNotNull();
      assertThat(e.getLocation().getLineNr()).isGreaterThan(1);
      assertThat(e.getCause())
          .isInstanceOfSatisfying(
              InvalidValueException.class, cause -> assertThat(cause.code()).isEqualTo(code));
      assertThat(e.getMessage()).doesNotContain(secret);
    }

    @Test
    void breakingAHouseholdInvariantFailsAtTheHouseholdWithItsCode() throws IOException {
      String json =
          householdWith("\"leaveReason\" : \"DEATH\"", "\"leaveReason\" : \"DEATH\"")
              .replace(
                  "\"endExclusive\" : \"2026-03-10\"\n    },\n    \"leaveReason\" : \"DEATH\"",
                  "\"endExclusive\" : \"2026-03-11\"\n    },\n    \"leaveReason\" : \"DEATH\"");
      ValueInstantiationException e = readFails(json, Household.class);
      assertThat(e).isNotNull();
      assertThat(path(e)).isEmpty();
      assertThat(((InvalidValueException) e.getCause()).code()).isEqualTo("memberships.twoHeads");
      assertThat(e.getMessage()).contains("2026-03-10/2026-03-11").doesNotContain("孙桂兰");
    }

    @Test
    void anEndBeforeTheStartFailsAtThePeriod() throws IOException {
      String json =
          householdWith(
              "\"start\" : \"2019-06-01\"",
              "\"start\" : \"2019-06-01\", \"endExclusive\" : \"2019-06-01\"");
      ValueInstantiationException e = readFails(json, Household.class);
      assertThat(e).isNotNull();
      assertThat(path(e)).isEqualTo("memberships[3].period");
      assertThat(((InvalidValueException) e.getCause()).code())
          .isEqualTo("endExclusive.afterStart");
    }
  }

  /**
   * Jackson's own messages quote the value for values of the wrong form or kind; the hardened
   * mappers replace them (ValueFreeMessages) but keep the exception type, location and path.
   */
  @Nested
  class MessagesNeverQuoteTheValue {
    Throwable read(String target, String replacement) throws IOException {
      String json = householdWith(target, replacement);
      return org.assertj.core.api.Assertions.catchThrowable(
          () -> strict.readValue(json, Household.class));
    }

    @Test
    void ofACitizenIdGivenAsANumber() throws IOException {
      Throwable thrown = read("\"" + CITIZEN_ID + "\"", CITIZEN_ID);
      assertThat(thrown)
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("CitizenId")
          .hasMessageContaining("citizenId")
          .hasMessageContaining("line: ")
          .hasMessageNotContaining(CITIZEN_ID)
          .hasMessageNotContaining(CITIZEN_ID.substring(6, 14));
    }

    @Test
    void ofAPhoneGivenAsANumber() throws IOException {
      assertThat(read("\"" + PHONE + "\"", PHONE))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("phone")
          .hasMessageNotContaining(PHONE);
    }

    @Test
    void ofACitizenIdInAnEnumOrADate() throws IOException {
      assertThat(read("\"category\" : \"VISUAL\"", "\"category\" : \"" + CITIZEN_ID + "\""))
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageContaining("DisabilityCategory")
          .hasMessageNotContaining(CITIZEN_ID);
      assertThat(read("\"birthDate\" : \"1944-06-18\"", "\"birthDate\" : \"" + CITIZEN_ID + "\""))
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageContaining("LocalDate")
          .hasMessageNotContaining(CITIZEN_ID);
    }

    @Test
    void ofAnAmountGivenAsANumber() throws IOException {
      assertThat(read("\"amount\" : \"3200.00\"", "\"amount\" : 3200.00"))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageNotContaining("3200");
    }

    @Test
    void ofAnInvalidDate() throws IOException {
      assertThat(read("\"birthDate\" : \"1944-06-18\"", "\"birthDate\" : \"1944-06-31\""))
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageNotContaining("1944-06-31");
    }

    @Test
    void ofAnUnknownDisabilityCategoryAndAGradeGivenAsAString() throws IOException {
      assertThat(read("\"category\" : \"VISUAL\"", "\"category\" : \"BLIND\""))
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageNotContaining("BLIND");
      assertThat(read("\"grade\" : 3", "\"grade\" : \"3\""))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageNotContaining("\"3\"");
    }

    @Test
    void norInTheSourceLocation() throws IOException {
      assertThat(read("\"" + CITIZEN_ID + "\"", CITIZEN_ID).getMessage())
          .contains("REDACTED")
          .doesNotContain("孙桂兰");
    }

    /**
     * A token that is not JSON at all fails in the parser, whose message quotes the token (up to
     * 256 characters); that is Jackson's and cannot be changed by a handler. The exchange validator
     * never shows it.
     */
    @Test
    void exceptForAnUnquotedTokenThatIsNotJson() throws IOException {
      assertThat(read("\"" + PHONE + "\"", "tel" + PHONE))
          .hasRootCauseInstanceOf(JsonParseException.class)
          .hasMessageContaining(PHONE);
    }
  }

  @Nested
  class UnknownProperties {
    static final String PERSON =
        "{\"id\":\"P1\",\"name\":\"张伟\",\"birthDate\":\"1990-09-12\",\"sex\":\"MALE\","
            + "\"hukou\":\"LOCAL\",\"nickname\":{\"secret\":\"13812345678\"}}";

    @Test
    void failInStrictModeNamingTheProperty() {
      assertThatThrownBy(() -> strict.readValue(PERSON, Person.class))
          .isInstanceOfSatisfying(
              UnrecognizedPropertyException.class,
              e -> {
                assertThat(e.getPropertyName()).isEqualTo("nickname");
                assertThat(e.getMessage()).doesNotContain("13812345678");
              });
    }

    @Test
    void areSkippedInLenientMode() throws IOException {
      Person person = lenient.readValue(PERSON, Person.class);
      assertThat(person.name()).isEqualTo("张伟");
      assertThat(person.extensions().isEmpty()).isTrue();
    }

    @Test
    void inLenientModeStillFailOnABadValue() {
      assertThatThrownBy(
              () -> lenient.readValue(PERSON.replace("1990-09-12", "1990-09-31"), Person.class))
          .isInstanceOf(MismatchedInputException.class);
    }
  }

  @Nested
  class Syntax {
    @Test
    void duplicateKeysFail() {
      assertThatThrownBy(() -> strict.readValue("{\"id\":\"P1\",\"id\":\"P2\"}", Person.class))
          .isInstanceOf(JsonParseException.class)
          .hasMessageContaining("Duplicate field 'id'");
      assertThatThrownBy(() -> strict.readTree("{\"a\":1,\"a\":2}"))
          .isInstanceOf(JsonParseException.class);
    }

    @Test
    void trailingTokensFail() throws IOException {
      String json = goldenHousehold() + " {}";
      assertThatThrownBy(() -> strict.readValue(json, Household.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("Trailing token");
    }

    @Test
    void anAmountGivenAsAJsonNumberFails() {
      assertThatThrownBy(
              () -> strict.readValue("{\"amount\": 12.5, \"currency\": \"CNY\"}", Money.class))
          .isInstanceOfSatisfying(
              MismatchedInputException.class, e -> assertThat(path(e)).isEqualTo("amount"));
    }

    @Test
    void aNumberWhereAStringIsExpectedFails() {
      assertThatThrownBy(
              () ->
                  strict.readValue(
                      "{\"id\":\"P1\",\"name\":42,\"birthDate\":\"1990-09-12\",\"sex\":\"MALE\","
                          + "\"hukou\":\"LOCAL\"}",
                      Person.class))
          .isInstanceOfSatisfying(
              MismatchedInputException.class, e -> assertThat(path(e)).isEqualTo("name"));
    }

    @Test
    void aNumberWhereAnEnumIsExpectedFails() {
      assertThatThrownBy(
              () ->
                  strict.readValue(
                      "{\"id\":\"P1\",\"name\":\"张伟\",\"birthDate\":\"1990-09-12\",\"sex\":0,"
                          + "\"hukou\":\"LOCAL\"}",
                      Person.class))
          .isInstanceOfSatisfying(
              MismatchedInputException.class, e -> assertThat(path(e)).isEqualTo("sex"));
    }

    @Test
    void nestingAThousandLevelsDeepFailsWithTheNestingLimit() {
      String deep = "[".repeat(1000) + "]".repeat(1000);
      for (String json : List.of(deep, "{\"cn.gov.x\":" + deep + "}")) {
        assertThatThrownBy(() -> strict.readTree(json))
            .isInstanceOf(StreamConstraintsException.class)
            .hasMessageContaining("nesting depth")
            .hasMessageContaining(Integer.toString(CommunityGovMappers.MAX_NESTING_DEPTH));
      }
      String household = "{\"extensions\":{\"cn.gov.x\":" + deep + "}}";
      assertThatThrownBy(() -> strict.readValue(household, Household.class))
          .hasRootCauseInstanceOf(StreamConstraintsException.class);
    }
  }

  @Nested
  class RoundTrips {
    @Test
    void keepExtensionsOfAHouseholdUnchanged() throws IOException {
      String json = goldenHousehold();
      Household household = strict.readValue(json, Household.class);
      JsonNode written = strict.valueToTree(household);
      assertThat(written.get("extensions")).isEqualTo(strict.readTree(json).get("extensions"));
      assertThat(written.at("/extensions/cn.gov.cq.yuzhong/note/emptyObject").isObject()).isTrue();
      assertThat(written.at("/extensions/cn.gov.cq.yuzhong/note/emptyArray").isArray()).isTrue();
      assertThat(written.at("/extensions/cn.gov.cq.yuzhong/note/emptyString").asText()).isEmpty();
      assertThat(written.at("/extensions/cn.gov.cq.yuzhong/subsidyRate").isBigDecimal()).isTrue();
      assertThat(written.at("/extensions/cn.gov.cq.yuzhong/bigCounter").isLong()).isTrue();
      assertThat(strict.readValue(strict.writeValueAsString(household), Household.class))
          .isEqualTo(household);
    }

    @Test
    void keepZeroDwellings() throws IOException {
      Building building = Building.builder().from(JsonFixtures.building()).dwellings(0).build();
      String json = strict.writeValueAsString(building);
      assertThat(json).contains("\"dwellings\":0");
      assertThat(strict.readValue(json, Building.class)).isEqualTo(building);
    }

    @Test
    void keepAnEmptyRequiredString() throws IOException {
      Person blank = Person.builder().from(JsonFixtures.minimalPerson()).name("").build();
      assertThat(strict.readValue(strict.writeValueAsString(blank), Person.class)).isEqualTo(blank);
    }

    @Test
    void readTheExampleCommunity() throws IOException {
      assertThat(
              strict.readValue(
                  Files.readString(GoldenJsonTest.GOLDEN.resolve("community.json")),
                  Community.class))
          .isEqualTo(JsonFixtures.community());
    }

    @Test
    void ofIncomeKeepTheAmountAsAString() throws IOException {
      assertThat(
              strict
                  .readTree(strict.writeValueAsString(JsonFixtures.incomeItem()))
                  .at("/amount/amount")
                  .isTextual())
          .isTrue();
      assertThat(
              strict.readValue(
                  strict.writeValueAsString(JsonFixtures.incomeItem()), IncomeItem.class))
          .isEqualTo(JsonFixtures.incomeItem());
    }
  }

  @Nested
  class ANumberNoDecimalCanHold {
    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
      "1e2147483648, an extension",
      "1e-2147483648, an extension",
      "1E+2147483648, an extension",
      "-1.5e2147483648, an extension",
      "1e2147483648, a name",
      "1e-2147483648, a name",
      "1e2147483648, an income amount"
    })
    void failsAsAJacksonExceptionThatDoesNotQuoteIt(String number, String place)
        throws IOException {
      String json =
          switch (place) {
            case "an extension" ->
                householdWith("\"visitEveryDays\" : 7", "\"visitEveryDays\" : " + number);
            case "a name" -> householdWith("\"carer\" : \"P0010\"", "\"carer\" : " + number);
            default ->
                goldenHousehold()
                    .replaceFirst("\"amount\" : \"[0-9.]+\"", "\"amount\" : " + number);
          };
      assertThat(json).contains(number);

      for (JsonMapper mapper : List.of(strict, lenient)) {
        JsonProcessingException e =
            catchThrowableOfType(
                JsonProcessingException.class, () -> mapper.readValue(json, Household.class));
        assertThat(e).as("%s in %s", number, place).isNotNull();
        assertThat(e.getMessage())
            .doesNotContain("2147483648")
            .contains("Number out of range")
            .contains("line:");
        assertThat(e).hasRootCauseInstanceOf(NumberOutOfRangeException.class);
      }
    }

    @Test
    void failsAlsoWhenReadAsATree() {
      assertThatThrownBy(() -> strict.readTree("{\"a\":[1e2147483648]}"))
          .isInstanceOf(NumberOutOfRangeException.class)
          .hasMessageNotContaining("2147483648");
    }

    @Test
    void aHugeExponentThatFitsIsStillReadAsADecimal() throws IOException {
      assertThat(strict.readTree("1e999999999").decimalValue().scale()).isEqualTo(-999999999);
    }
  }
}
