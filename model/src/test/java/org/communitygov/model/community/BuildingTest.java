package org.communitygov.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BuildingTest {
  static ImmutableBuilding.Builder b01() {
    return Building.builder().id(BuildingId.of("B01")).name("1号楼");
  }

  @Nested
  class Dwellings {
    @Test
    void acceptsZero() {
      assertThat(b01().dwellings(0).build().dwellings()).hasValue(0);
    }

    @Test
    void rejectsMinusOne() {
      assertThatThrownBy(() -> b01().dwellings(-1).build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("dwellings.negative"));
    }

    @Test
    void areOptional() {
      assertThat(b01().build().dwellings()).isEmpty();
    }
  }

  @Nested
  class Building_ {
    @Test
    void rejectsNulls() {
      assertThatNullPointerException().isThrownBy(() -> b01().id(null));
      assertThatNullPointerException().isThrownBy(() -> b01().name(null));
      assertThatNullPointerException().isThrownBy(() -> b01().grid((GridId) null));
    }

    @Test
    void rejectsAMissingName() {
      assertThatThrownBy(() -> Building.builder().id(BuildingId.of("B01")).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("name");
    }

    @Test
    void roundTripsThroughItsBuilder() {
      Building building = b01().grid(GridId.of("G01")).dwellings(48).build();
      assertThat(Building.builder().from(building).build()).isEqualTo(building);
    }
  }
}
