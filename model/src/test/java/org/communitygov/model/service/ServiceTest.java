package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.common.InvalidValues.assertInvalid;
import static org.communitygov.model.service.ServiceFixtures.cny;

import java.math.BigDecimal;
import java.util.Currency;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.PopulationGroup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceTest {
  @Nested
  class ItsFees {
    @Test
    void giveAGroupItsOwnFeeElseTheStandardPrice() {
      Service meals = ServiceFixtures.meals();

      assertThat(meals.feeFor(PopulationGroup.VERY_ELDERLY).orElseThrow().payable())
          .isEqualTo(cny("10.00"));
      assertThat(meals.feeFor(PopulationGroup.ELDERLY).orElseThrow().payable())
          .isEqualTo(cny("15.00"));
      assertThat(meals.currency()).contains(Money.CNY);
    }

    @Test
    void areInOneCurrency() {
      Money euros = Money.of(Currency.getInstance("EUR"), new BigDecimal("2.00"));
      InvalidValueException e =
          assertInvalid(
              "fees.currency",
              () ->
                  Service.builder()
                      .from(ServiceFixtures.meals())
                      .addFee(Fee.builder().group(PopulationGroup.DISABLED).price(euros).build())
                      .build());
      assertThat(e.pointer()).contains("/fees/2");
      assertThat(e.arguments()).containsEntry("expected", "CNY").containsEntry("actual", "EUR");
    }

    @Test
    void giveAGroupOneFee() {
      InvalidValueException e =
          assertInvalid(
              "fees.duplicateGroup",
              () ->
                  Service.builder()
                      .from(ServiceFixtures.meals())
                      .addFee(Fee.builder().price(cny("12.00")).build())
                      .build());
      assertThat(e.arguments()).containsEntry("group", "standard");
    }
  }

  @Test
  void listsACommunityOnce() {
    InvalidValueException e =
        assertInvalid(
            "communities.duplicate",
            () ->
                Service.builder()
                    .from(ServiceFixtures.meals())
                    .addCommunity(CommunityId.of("hepingli"))
                    .build());
    assertThat(e.pointer()).contains("/communities/1");
  }

  @Test
  void hasAnEmptyScheduleAndNoExtensionsUnlessGiven() {
    Service plain =
        Service.builder().from(ServiceFixtures.meals()).schedule(Schedule.empty()).build();
    assertThat(plain.schedule().hours()).isEmpty();
    assertThat(plain.extensions().isEmpty()).isTrue();
  }
}
