package org.communitygov.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GridIdTest {
  @Nested
  class Factory {
    @ParameterizedTest
    @ValueSource(strings = {"1", "A-2024-0001", "sys:42.a_b"})
    void acceptsIdentifierValues(String value) {
      assertThat(GridId.of(value).value()).isEqualTo(value);
    }

    @Test
    void acceptsSixtyFourCharactersAndRejectsSixtyFive() {
      assertThat(GridId.of("x".repeat(64)).value()).hasSize(64);
      assertInvalid("gridId.pattern", () -> GridId.of("x".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "a b", "11010519491231002X "})
    void rejectsOtherValues(String value) {
      assertInvalid("gridId.pattern", () -> GridId.of(value));
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException().isThrownBy(() -> GridId.of(null)).withMessage("gridId");
    }
  }

  @Nested
  class Equality {
    @Test
    void equalsByValueAndNeverAnotherKindOfId() {
      assertThat(GridId.of("7"))
          .isEqualTo(GridId.of("7"))
          .hasSameHashCodeAs(GridId.of("7"))
          .isNotEqualTo(GridId.of("8"))
          .isNotEqualTo(BuildingId.of("7"));
    }
  }

  @Nested
  class RoundTrip {
    @Test
    void parsesItsToString() {
      GridId id = GridId.of("A-2024-0001");
      assertThat(GridId.of(id.toString())).isEqualTo(id);
    }

    @Test
    void writesAndReadsJsonAsAString() throws Exception {
      ObjectMapper mapper = new ObjectMapper();
      GridId id = GridId.of("A-2024-0001");
      assertThat(mapper.writeValueAsString(id)).isEqualTo("\"A-2024-0001\"");
      assertThat(mapper.readValue("\"A-2024-0001\"", GridId.class)).isEqualTo(id);
    }
  }
}
