package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.model.household.Fixtures.P1;
import static org.communitygov.model.household.Fixtures.cny;
import static org.communitygov.model.household.Fixtures.date;

import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IncomeItemTest {
  static ImmutableIncomeItem.Builder pension() {
    return IncomeItem.builder()
        .person(P1)
        .type(IncomeType.PENSION)
        .amount(cny("33600.00"))
        .period(DateRange.of(date("2025-11-01"), date("2026-11-01")));
  }

  @Nested
  class ThePeriod {
    @Test
    void mustHaveAnEnd() {
      assertThatThrownBy(() -> pension().period(DateRange.ofOpenEnded(date("2025-11-01"))).build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo("period.openEnded");
                assertThat(e.getMessage()).doesNotContain("33600");
              });
    }

    @Test
    void mayBeOneDay() {
      DateRange oneDay = DateRange.ofClosed(date("2026-01-01"), date("2026-01-01"));
      assertThat(pension().period(oneDay).build().period()).isEqualTo(oneDay);
    }
  }

  @Nested
  class Building_ {
    @Test
    void acceptsZeroAndNegativeNetAmountsAndNoPerson() {
      assertThat(pension().amount(cny("0.00")).build().amount().isZero()).isTrue();
      assertThat(pension().type(IncomeType.BUSINESS).amount(cny("-120.00")).build().amount())
          .isEqualTo(cny("-120.00"));
      assertThat(pension().person(java.util.Optional.empty()).build().person()).isEmpty();
    }

    @Test
    void rejectsNullsAndMissingAttributes() {
      assertThatNullPointerException().isThrownBy(() -> pension().amount(null));
      assertThatNullPointerException().isThrownBy(() -> pension().person((PersonId) null));
      assertThatThrownBy(() -> IncomeItem.builder().type(IncomeType.WAGES).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("amount");
    }

    @Test
    void roundTripsThroughItsBuilder() {
      IncomeItem item = pension().build();
      assertThat(IncomeItem.builder().from(item).build()).isEqualTo(item);
    }
  }

  @Test
  void toStringHidesTheAmountAndThePerson() {
    String text = pension().build().toString();
    assertThat(text).doesNotContain("33600").doesNotContain("P1").contains("redacted");
  }
}
