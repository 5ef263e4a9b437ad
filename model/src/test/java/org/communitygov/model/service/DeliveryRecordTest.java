package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.model.common.InvalidValues.assertInvalid;
import static org.communitygov.model.service.ServiceFixtures.cny;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import org.communitygov.model.common.CurrencyMismatchException;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeliveryRecordTest {
  static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  static DeliveryRecord delivery() {
    return DeliveryRecord.builder()
        .id(DeliveryId.of("D-1"))
        .order(ServiceOrderId.of("O-1"))
        .provider(ServiceFixtures.KITCHEN)
        .worker(WorkerId.of("W-7"))
        .start(START)
        .end(START.plus(Duration.ofMinutes(90)))
        .units(DeliveredUnits.of(new BigDecimal("1.5"), CapacityUnit.HOURS))
        .cost(cny("60.00"))
        .subsidy(cny("45.00"))
        .outcome(DeliveryOutcome.COMPLETED)
        .note("老人腿部浮肿")
        .build();
  }

  @Test
  void derivesItsDurationAndWhatTheRecipientPaid() {
    assertThat(delivery().duration()).isEqualTo(Duration.ofMinutes(90));
    assertThat(delivery().paidByRecipient()).isEqualTo(cny("15.00"));
    assertThat(delivery().toString()).doesNotContain("浮肿");
  }

  @Nested
  class ItsTimes {
    @Test
    void refuseAnEndBeforeTheStart() {
      InvalidValueException e =
          assertInvalid(
              "delivery.endBeforeStart",
              () -> DeliveryRecord.builder().from(delivery()).end(START.minusSeconds(1)).build());
      assertThat(e.pointer()).contains("/end");
      assertThat(e.arguments()).containsEntry("start", "2026-03-02T02:00:00Z");
    }

    @Test
    void refuseAnEndAtTheStart() {
      assertInvalid(
          "delivery.endBeforeStart",
          () -> DeliveryRecord.builder().from(delivery()).end(START).build());
    }
  }

  @Nested
  class ItsMoney {
    @Test
    void refusesASubsidyAboveTheCost() {
      assertInvalid(
          "delivery.subsidy",
          () -> DeliveryRecord.builder().from(delivery()).subsidy(cny("60.01")).build());
    }

    @Test
    void refusesASubsidyInAnotherCurrency() {
      Money hkd = Money.of(Currency.getInstance("HKD"), BigDecimal.ONE);
      assertThatThrownBy(() -> DeliveryRecord.builder().from(delivery()).subsidy(hkd).build())
          .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void hasNoSubsidyUnlessGiven() {
      DeliveryRecord unsubsidized =
          DeliveryRecord.builder()
              .id(DeliveryId.of("D-2"))
              .order(ServiceOrderId.of("O-1"))
              .provider(ServiceFixtures.KITCHEN)
              .worker(WorkerId.of("W-7"))
              .start(START)
              .end(START.plusSeconds(60))
              .units(DeliveredUnits.of(BigDecimal.ONE, CapacityUnit.MEALS))
              .cost(cny("15.00"))
              .outcome(DeliveryOutcome.COMPLETED)
              .build();
      assertThat(unsubsidized.subsidy()).isEqualTo(cny("0.00"));
    }
  }

  @Test
  void refusesANegativeQuantity() {
    assertInvalid(
        "units.negative", () -> DeliveredUnits.of(new BigDecimal("-1"), CapacityUnit.VISITS));
  }
}
