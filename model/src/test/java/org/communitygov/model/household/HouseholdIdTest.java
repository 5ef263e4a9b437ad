package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HouseholdIdTest {
  @Nested
  class Factory {
    @ParameterizedTest
    @ValueSource(strings = {"1", "A-2024-0001", "sys:42.a_b"})
    void acceptsIdentifierValues(String value) {
      assertThat(HouseholdId.of(value).value()).isEqualTo(value);
    }

    @Test
    void acceptsSixtyFourCharactersAndRejectsSixtyFive() {
      assertThat(HouseholdId.of("x".repeat(64)).value()).hasSize(64);
      assertInvalid("householdId.pattern", () -> HouseholdId.of("x".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "a b", "11010519491231002X "})
    void rejectsOtherValues(String value) {
      assertInvalid("householdId.pattern", () -> HouseholdId.of(value));
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> HouseholdId.of(null))
          .withMessage("householdId");
    }
  }

  @Nested
  class Equality {
    @Test
    void equalsByValueAndNeverAnotherKindOfId() {
      assertThat(HouseholdId.of("7"))
          .isEqualTo(HouseholdId.of("7"))
          .hasSameHashCodeAs(HouseholdId.of("7"))
          .isNotEqualTo(HouseholdId.of("8"))
          .isNotEqualTo(PersonId.of("7"));
    }
  }

  @Nested
  class RoundTrip {
    @Test
    void parsesItsToString() {
      HouseholdId id = HouseholdId.of("A-2024-0001");
      assertThat(HouseholdId.of(id.toString())).isEqualTo(id);
    }

    @Test
    void writesAndReadsJsonAsAString() throws Exception {
      ObjectMapper mapper = new ObjectMapper();
      HouseholdId id = HouseholdId.of("A-2024-0001");
      assertThat(mapper.writeValueAsString(id)).isEqualTo("\"A-2024-0001\"");
      assertThat(mapper.readValue("\"A-2024-0001\"", HouseholdId.class)).isEqualTo(id);
    }
  }
}
