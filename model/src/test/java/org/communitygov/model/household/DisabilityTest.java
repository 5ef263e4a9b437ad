package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisabilityTest {
  @ParameterizedTest(name = "grade {0}: severe {1}")
  @CsvSource({"1, true", "2, true", "3, false", "4, false"})
  void acceptsGradesOneToFourAndCallsOneAndTwoSevere(int grade, boolean severe) {
    Disability disability = Disability.of(DisabilityCategory.MENTAL, grade);
    assertThat(disability.grade()).isEqualTo(grade);
    assertThat(disability.isSevere()).isEqualTo(severe);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, -1, Integer.MAX_VALUE})
  void rejectsGradesOutsideOneToFour(int grade) {
    assertThatThrownBy(() -> Disability.of(DisabilityCategory.MENTAL, grade))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("grade.range");
              assertThat(e.getMessage()).doesNotContain(Integer.toString(grade));
            });
  }

  @Test
  void rejectsANullCategory() {
    assertThatNullPointerException().isThrownBy(() -> Disability.of(null, 1));
  }

  @Test
  void roundTripsThroughItsBuilder() {
    Disability disability = Disability.of(DisabilityCategory.HEARING, 2);
    assertThat(ImmutableDisability.builder().from(disability).build()).isEqualTo(disability);
  }

  @Test
  void toStringShowsNeitherCategoryNorGrade() {
    assertThat(Disability.of(DisabilityCategory.HEARING, 2).toString())
        .isEqualTo("Disability{redacted}");
  }

  @Nested
  class Parsing {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "MENTAL:2, MENTAL, 2",
      "INTELLECTUAL:1, INTELLECTUAL, 1",
      "MULTIPLE:4, MULTIPLE, 4"
    })
    void readsACategoryAndOneGrade(String text, DisabilityCategory category, int grade) {
      assertThat(Disability.parse(text)).isEqualTo(Disability.of(category, grade));
    }

    @Test
    void readsEveryCategoryAndGrade() {
      for (DisabilityCategory category : DisabilityCategory.values()) {
        for (int grade = 1; grade <= 4; grade++) {
          assertThat(Disability.parse(category + ":" + grade))
              .isEqualTo(Disability.of(category, grade));
        }
      }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "MENTAL:2:3", // a second grade
          "MENTAL:+2", // a sign
          "MENTAL:-2",
          "MENTAL:\u0662", // an Arabic-Indic two
          "MENTAL:\uFF12", // a full-width two
          "MENTAL:02", // two digits
          "MENTAL:12",
          "MENTAL: 2", // spaces
          " MENTAL:2",
          "MENTAL:2 ",
          "MENTAL :2",
          "mental:2", // not the enum's name
          "Mental:2",
          "MENTAL", // no grade
          "MENTAL:",
          ":2", // no category
          "",
          "MENTAL2",
          "MENTAL;2",
          "SAD:2" // no such category
        })
    void rejectsEveryOtherFormWithTheFormatCode(String text) {
      assertThatThrownBy(() -> Disability.parse(text))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("disability.format"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MENTAL:0", "MENTAL:5", "VISUAL:9"})
    void rejectsAGradeOutsideOneToFourWithTheRangeCode(String text) {
      assertThatThrownBy(() -> Disability.parse(text))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("grade.range"));
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException().isThrownBy(() -> Disability.parse(null));
    }
  }
}
