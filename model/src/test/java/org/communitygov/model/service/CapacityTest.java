package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import org.junit.jupiter.api.Test;

class CapacityTest {
  @Test
  void isAPositiveAmountOfUnitsPerPeriod() {
    assertThat(Capacity.of(120, CapacityUnit.MEALS, CapacityPeriod.DAY).toString())
        .isEqualTo("120 MEALS per DAY");
    assertInvalid("capacity.amount", () -> Capacity.of(0, CapacityUnit.MEALS, CapacityPeriod.DAY));
  }
}
