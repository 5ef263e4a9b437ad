package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.model.household.Fixtures.P1;
import static org.communitygov.model.household.Fixtures.cny;
import static org.communitygov.model.household.Fixtures.date;

import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssetTest {
  static ImmutableAsset.Builder deposit(String amount) {
    return Asset.builder()
        .owner(P1)
        .type(AssetType.DEPOSIT)
        .value(cny(amount))
        .valuedOn(date("2026-10-31"));
  }

  @Nested
  class TheValue {
    @Test
    void mayBeZero() {
      assertThat(deposit("0.00").build().value().isZero()).isTrue();
    }

    @Test
    void mustNotBeNegative() {
      assertThatThrownBy(() -> deposit("-0.01").build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo("value.negative");
                assertThat(e.getMessage()).doesNotContain("0.01");
              });
    }
  }

  @Nested
  class Building_ {
    @Test
    void rejectsNullsAndMissingAttributes() {
      assertThatNullPointerException().isThrownBy(() -> deposit("1.00").value(null));
      assertThatNullPointerException().isThrownBy(() -> deposit("1.00").valuedOn(null));
      assertThatThrownBy(() -> Asset.builder().type(AssetType.VEHICLE).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("value");
    }

    @Test
    void roundTripsThroughItsBuilder() {
      Asset asset = deposit("3200.00").build();
      assertThat(Asset.builder().from(asset).build()).isEqualTo(asset);
      assertThat(deposit("3200.00").owner(java.util.Optional.empty()).build().owner()).isEmpty();
    }
  }

  @Test
  void toStringHidesTheValueAndTheOwner() {
    String text = deposit("3200.00").build().toString();
    assertThat(text).doesNotContain("3200").doesNotContain("P1").contains("redacted");
  }
}
