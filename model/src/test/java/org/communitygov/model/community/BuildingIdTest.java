package org.communitygov.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuildingIdTest {
  @Test
  void roundTripsItsValue() {
    assertThat(BuildingId.of("B01").value()).isEqualTo("B01");
    assertThat(BuildingId.of(BuildingId.of("B01").toString())).isEqualTo(BuildingId.of("B01"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "A.b_c:d-9"})
  void acceptsTheShortestAndEveryAllowedCharacter(String value) {
    assertThat(BuildingId.of(value).value()).isEqualTo(value);
  }

  @Test
  void acceptsSixtyFourCharactersButNotSixtyFive() {
    assertThat(BuildingId.of("a".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> BuildingId.of("a".repeat(65)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("buildingId.pattern"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", " a", "a b", "楼1"})
  void rejectsAValueOutsideThePattern(String value) {
    assertThatThrownBy(() -> BuildingId.of(value))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("buildingId.pattern"));
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException()
        .isThrownBy(() -> BuildingId.of(null))
        .withMessage("buildingId");
  }
}
