package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HouseholdIdTest {
  @Test
  void roundTripsItsValue() {
    assertThat(HouseholdId.of("H001").value()).isEqualTo("H001");
    assertThat(HouseholdId.of(HouseholdId.of("H001").toString())).isEqualTo(HouseholdId.of("H001"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "A.b_c:d-9"})
  void acceptsTheShortestAndEveryAllowedCharacter(String value) {
    assertThat(HouseholdId.of(value).value()).isEqualTo(value);
  }

  @Test
  void acceptsSixtyFourCharactersButNotSixtyFive() {
    assertThat(HouseholdId.of("a".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> HouseholdId.of("a".repeat(65)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("householdId.pattern"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", " a", "a b", "楼1"})
  void rejectsAValueOutsideThePattern(String value) {
    assertThatThrownBy(() -> HouseholdId.of(value))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("householdId.pattern"));
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException()
        .isThrownBy(() -> HouseholdId.of(null))
        .withMessage("householdId");
  }
}
