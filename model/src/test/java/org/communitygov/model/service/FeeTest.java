package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.common.InvalidValues.assertInvalid;
import static org.communitygov.model.service.ServiceFixtures.cny;

import org.junit.jupiter.api.Test;

class FeeTest {
  @Test
  void makesTheUserPayThePriceLessTheSubsidy() {
    Fee fee = Fee.builder().price(cny("15.00")).subsidy(cny("5.50")).build();
    assertThat(fee.payable()).isEqualTo(cny("9.50"));
    assertThat(Fee.builder().price(cny("15.00")).build().payable()).isEqualTo(cny("15.00"));
  }

  @Test
  void refusesASubsidyAboveThePrice() {
    assertInvalid(
        "fee.subsidy", () -> Fee.builder().price(cny("15.00")).subsidy(cny("15.01")).build());
  }

  @Test
  void refusesANegativePrice() {
    assertInvalid("fee.negative", () -> Fee.builder().price(cny("-1.00")).build());
  }
}
