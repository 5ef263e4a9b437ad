package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoLocalDateDeserializerTest {
  static final ObjectReader OURS = CommunityGovMappers.strict().readerFor(LocalDate.class);
  static final ObjectReader JACKSON =
      JsonMapper.builder().addModule(new JavaTimeModule()).build().readerFor(LocalDate.class);
  static final long SEED = Long.getLong("communitygov.seed", 20261123L);

  @Test
  void isWhatTheMappersReadDatesWith() throws IOException {
    for (JsonMapper mapper :
        new JsonMapper[] {CommunityGovMappers.strict(), CommunityGovMappers.lenient()}) {
      DeserializationContext context =
          ((DefaultDeserializationContext) mapper.getDeserializationContext())
              .createInstance(mapper.getDeserializationConfig(), mapper.createParser("1"), null);
      assertThat(context.findRootValueDeserializer(mapper.constructType(LocalDate.class)))
          .isInstanceOf(IsoLocalDateDeserializer.class);
    }
  }

  @Test
  void leavesAPatternOfItsOwnToJackson() throws IOException {
    ObjectReader reader = CommunityGovMappers.strict().readerFor(Dotted.class);
    Dotted dotted = reader.readValue("{\"day\":\"29.02.2024\"}");
    assertThat(dotted.day()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  record Dotted(@JsonFormat(pattern = "dd.MM.yyyy") LocalDate day) {}

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29", "1941-03-15", "0000-01-01", "9999-12-31"})
  void readsWhatJavaTimeModuleReads(String date) throws IOException {
    String json = "\"" + date + "\"";
    LocalDate expected = JACKSON.readValue(json);
    LocalDate actual = OURS.readValue(json);
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-30", "2024-13-01", "2024-00-10", "2024-1-01", "2024-01-1x"})
  void rejectsWhatJavaTimeModuleRejectsWithTheSameException(String date) {
    String json = "\"" + date + "\"";
    assertThatThrownBy(() -> JACKSON.readValue(json)).isInstanceOf(InvalidFormatException.class);
    assertThatThrownBy(() -> OURS.readValue(json)).isInstanceOf(InvalidFormatException.class);
  }

  @Nested
  class OnlyAnIsoDateString {
    static final JsonMapper[] MAPPERS = {
      CommunityGovMappers.strict(), CommunityGovMappers.lenient()
    };

    @ParameterizedTest
    @ValueSource(
        strings = {
          "1941-03-15T00:00:00",
          "1941-03-15T00:00:00Z",
          "1941-03-15T08:00:00+08:00",
          "+10000-01-01",
          "-0001-01-01",
          "19410315",
          " 1941-03-15",
          "1941-03-15 "
        })
    void aStringOfAnotherFormIsAnInvalidFormatInBothMappers(String date) {
      for (JsonMapper mapper : MAPPERS) {
        assertThatThrownBy(() -> mapper.readValue("\"" + date + "\"", LocalDate.class))
            .isInstanceOf(InvalidFormatException.class)
            .hasMessageContaining("LocalDate")
            .hasMessageNotContaining(date.trim());
      }
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"[1941,3,15]", "[\"1941-03-15\"]", "19410315", "-10000", "1.5", "true", "{}"})
    void anotherJsonKindIsAMismatchedInputInBothMappers(String json) {
      for (JsonMapper mapper : MAPPERS) {
        assertThatThrownBy(() -> mapper.readValue(json, LocalDate.class))
            .isInstanceOf(MismatchedInputException.class)
            .isNotInstanceOf(InvalidFormatException.class)
            .hasMessageContaining("Cannot read LocalDate from a JSON");
      }
    }

    @Test
    void aDateInsideARecordIsCheckedTheSameWay() {
      String person =
          "{\"id\":\"P1\",\"name\":\"王\",\"birthDate\":[1941,3,15],\"sex\":\"FEMALE\","
              + "\"hukou\":\"LOCAL\"}";
      assertThatThrownBy(
              () ->
                  CommunityGovMappers.lenient()
                      .readValue(person, org.communitygov.model.household.Person.class))
          .isInstanceOf(MismatchedInputException.class);
    }
  }

  @Test
  void rejectsANumberAsBefore() {
    assertThatThrownBy(() -> OURS.readValue("20240229"))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void agreesWithJavaTimeModuleOnRandomDateLikeStrings() {
    Random random = new Random(SEED);
    for (int i = 0; i < 20_000; i++) {
      String date =
          String.format(
              "%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
      String json = "\"" + date + "\"";
      Object expected;
      Object actual;
      try {
        expected = JACKSON.readValue(json);
      } catch (IOException e) {
        expected = e.getClass();
      }
      try {
        actual = OURS.readValue(json);
      } catch (IOException e) {
        actual = e.getClass();
      }
      assertThat(actual).as("seed %d, %s", SEED, date).isEqualTo(expected);
    }
  }
}
