package org.communitygov.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GridIdTest {
  @Test
  void roundTripsItsValue() {
    assertThat(GridId.of("G01").value()).isEqualTo("G01");
    assertThat(GridId.of(GridId.of("G01").toString())).isEqualTo(GridId.of("G01"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "A.b_c:d-9"})
  void acceptsTheShortestAndEveryAllowedCharacter(String value) {
    assertThat(GridId.of(value).value()).isEqualTo(value);
  }

  @Test
  void acceptsSixtyFourCharactersButNotSixtyFive() {
    assertThat(GridId.of("a".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> GridId.of("a".repeat(65)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("gridId.pattern"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", " a", "a b", "楼1"})
  void rejectsAValueOutsideThePattern(String value) {
    assertThatThrownBy(() -> GridId.of(value))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("gridId.pattern"));
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> GridId.of(null)).withMessage("gridId");
  }
}
