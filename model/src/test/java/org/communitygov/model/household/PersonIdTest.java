package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonIdTest {
  @Test
  void roundTripsItsValue() {
    assertThat(PersonId.of("P0001").value()).isEqualTo("P0001");
    assertThat(PersonId.of(PersonId.of("P0001").toString())).isEqualTo(PersonId.of("P0001"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "A.b_c:d-9"})
  void acceptsTheShortestAndEveryAllowedCharacter(String value) {
    assertThat(PersonId.of(value).value()).isEqualTo(value);
  }

  @Test
  void acceptsSixtyFourCharactersButNotSixtyFive() {
    assertThat(PersonId.of("a".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> PersonId.of("a".repeat(65)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("personId.pattern"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", " a", "a b", "楼1"})
  void rejectsAValueOutsideThePattern(String value) {
    assertThatThrownBy(() -> PersonId.of(value))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("personId.pattern"));
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> PersonId.of(null)).withMessage("personId");
  }
}
