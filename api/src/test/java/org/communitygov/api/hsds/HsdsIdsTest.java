package org.communitygov.api.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class HsdsIdsTest {
  @Test
  void derivesTheVersion5UuidOfKindAndIdInTheCommunitygovNamespace() {
    // Python: uuid.uuid5(uuid.UUID("f6101d2c-4add-4c1a-a0cc-bfe724024bc1"), "service:S-MEAL")
    assertThat(HsdsIds.of("service", "S-MEAL")).isEqualTo("5450ee6c-ae4e-5ecd-b368-76ff729bf511");
    UUID uuid = UUID.fromString(HsdsIds.of("service", "S-MEAL"));
    assertThat(uuid.version()).isEqualTo(5);
    assertThat(uuid.variant()).isEqualTo(2);
  }

  @Test
  void givesEachKindItsOwnIdForTheSameOfOurIds() {
    assertThat(HsdsIds.of("service", "X1")).isNotEqualTo(HsdsIds.of("organization", "X1"));
    assertThat(HsdsIds.of("service", "X1")).isEqualTo(HsdsIds.of("service", "X1"));
  }

  @Test
  void keepsAnIdThatIsAlreadyACanonicalUuid() {
    String hsds = "ac148810-d857-441c-9679-408f346de14b";
    assertThat(HsdsIds.of("service", hsds)).isEqualTo(hsds);
    assertThat(HsdsIds.of("service", hsds.toUpperCase())).isNotEqualTo(hsds.toUpperCase());
    assertThat(HsdsIds.isUuid(hsds.toUpperCase())).isFalse();
  }

  @Test
  void refusesNulls() {
    assertThatNullPointerException().isThrownBy(() -> HsdsIds.of(null, "x"));
    assertThatNullPointerException().isThrownBy(() -> HsdsIds.of("service", null));
  }
}
