package org.communitygov.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommunityIdTest {
  @Test
  void roundTripsItsValue() {
    assertThat(CommunityId.of("cq-yz-qxg-hpl").value()).isEqualTo("cq-yz-qxg-hpl");
    assertThat(CommunityId.of(CommunityId.of("cq-yz-qxg-hpl").toString()))
        .isEqualTo(CommunityId.of("cq-yz-qxg-hpl"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "A.b_c:d-9"})
  void acceptsTheShortestAndEveryAllowedCharacter(String value) {
    assertThat(CommunityId.of(value).value()).isEqualTo(value);
  }

  @Test
  void acceptsSixtyFourCharactersButNotSixtyFive() {
    assertThat(CommunityId.of("a".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> CommunityId.of("a".repeat(65)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("communityId.pattern"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", " a", "a b", "楼1"})
  void rejectsAValueOutsideThePattern(String value) {
    assertThatThrownBy(() -> CommunityId.of(value))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("communityId.pattern"));
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException()
        .isThrownBy(() -> CommunityId.of(null))
        .withMessage("communityId");
  }
}
