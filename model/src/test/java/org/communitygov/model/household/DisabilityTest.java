package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.InvalidValueException;
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
}
