package org.communitygov.model.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.communitygov.model.household.PersonId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentIdTest {
  @Nested
  class Factory {
    @ParameterizedTest
    @ValueSource(strings = {"1", "A-2024-0001", "sys:42.a_b"})
    void acceptsIdentifierValues(String value) {
      assertThat(AssessmentId.of(value).value()).isEqualTo(value);
    }

    @Test
    void acceptsSixtyFourCharactersAndRejectsSixtyFive() {
      assertThat(AssessmentId.of("x".repeat(64)).value()).hasSize(64);
      assertInvalid("assessmentId.pattern", () -> AssessmentId.of("x".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "a b", "11010519491231002X "})
    void rejectsOtherValues(String value) {
      assertInvalid("assessmentId.pattern", () -> AssessmentId.of(value));
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> AssessmentId.of(null))
          .withMessage("assessmentId");
    }
  }

  @Nested
  class Equality {
    @Test
    void equalsByValueAndNeverAnotherKindOfId() {
      assertThat(AssessmentId.of("7"))
          .isEqualTo(AssessmentId.of("7"))
          .hasSameHashCodeAs(AssessmentId.of("7"))
          .isNotEqualTo(AssessmentId.of("8"))
          .isNotEqualTo(PersonId.of("7"));
    }
  }

  @Nested
  class RoundTrip {
    @Test
    void parsesItsToString() {
      AssessmentId id = AssessmentId.of("A-2024-0001");
      assertThat(AssessmentId.of(id.toString())).isEqualTo(id);
    }

    @Test
    void writesAndReadsJsonAsAString() throws Exception {
      ObjectMapper mapper = new ObjectMapper();
      AssessmentId id = AssessmentId.of("A-2024-0001");
      assertThat(mapper.writeValueAsString(id)).isEqualTo("\"A-2024-0001\"");
      assertThat(mapper.readValue("\"A-2024-0001\"", AssessmentId.class)).isEqualTo(id);
    }
  }
}
