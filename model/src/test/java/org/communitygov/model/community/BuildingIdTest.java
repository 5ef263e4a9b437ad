package org.communitygov.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuildingIdTest {
  @Nested
  class Factory {
    @ParameterizedTest
    @ValueSource(strings = {"1", "A-2024-0001", "sys:42.a_b"})
    void acceptsIdentifierValues(String value) {
      assertThat(BuildingId.of(value).value()).isEqualTo(value);
    }

    @Test
    void acceptsSixtyFourCharactersAndRejectsSixtyFive() {
      assertThat(BuildingId.of("x".repeat(64)).value()).hasSize(64);
      assertInvalid("buildingId.pattern", () -> BuildingId.of("x".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "a b", "11010519491231002X "})
    void rejectsOtherValues(String value) {
      assertInvalid("buildingId.pattern", () -> BuildingId.of(value));
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> BuildingId.of(null))
          .withMessage("buildingId");
    }
  }

  @Nested
  class Equality {
    @Test
    void equalsByValueAndNeverAnotherKindOfId() {
      assertThat(BuildingId.of("7"))
          .isEqualTo(BuildingId.of("7"))
          .hasSameHashCodeAs(BuildingId.of("7"))
          .isNotEqualTo(BuildingId.of("8"))
          .isNotEqualTo(CommunityId.of("7"));
    }
  }

  @Nested
  class RoundTrip {
    @Test
    void parsesItsToString() {
      BuildingId id = BuildingId.of("A-2024-0001");
      assertThat(BuildingId.of(id.toString())).isEqualTo(id);
    }

    @Test
    void writesAndReadsJsonAsAString() throws Exception {
      ObjectMapper mapper = new ObjectMapper();
      BuildingId id = BuildingId.of("A-2024-0001");
      assertThat(mapper.writeValueAsString(id)).isEqualTo("\"A-2024-0001\"");
      assertThat(mapper.readValue("\"A-2024-0001\"", BuildingId.class)).isEqualTo(id);
    }
  }
}
