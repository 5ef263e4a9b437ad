package org.communitygov.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommunityIdTest {
  @Nested
  class Factory {
    @ParameterizedTest
    @ValueSource(strings = {"1", "A-2024-0001", "sys:42.a_b"})
    void acceptsIdentifierValues(String value) {
      assertThat(CommunityId.of(value).value()).isEqualTo(value);
    }

    @Test
    void acceptsSixtyFourCharactersAndRejectsSixtyFive() {
      assertThat(CommunityId.of("x".repeat(64)).value()).hasSize(64);
      assertInvalid("communityId.pattern", () -> CommunityId.of("x".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "a b", "11010519491231002X "})
    void rejectsOtherValues(String value) {
      assertInvalid("communityId.pattern", () -> CommunityId.of(value));
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> CommunityId.of(null))
          .withMessage("communityId");
    }
  }

  @Nested
  class Equality {
    @Test
    void equalsByValueAndNeverAnotherKindOfId() {
      assertThat(CommunityId.of("7"))
          .isEqualTo(CommunityId.of("7"))
          .hasSameHashCodeAs(CommunityId.of("7"))
          .isNotEqualTo(CommunityId.of("8"))
          .isNotEqualTo(GridId.of("7"));
    }
  }

  @Nested
  class RoundTrip {
    @Test
    void parsesItsToString() {
      CommunityId id = CommunityId.of("A-2024-0001");
      assertThat(CommunityId.of(id.toString())).isEqualTo(id);
    }

    @Test
    void writesAndReadsJsonAsAString() throws Exception {
      ObjectMapper mapper = new ObjectMapper();
      CommunityId id = CommunityId.of("A-2024-0001");
      assertThat(mapper.writeValueAsString(id)).isEqualTo("\"A-2024-0001\"");
      assertThat(mapper.readValue("\"A-2024-0001\"", CommunityId.class)).isEqualTo(id);
    }
  }
}
