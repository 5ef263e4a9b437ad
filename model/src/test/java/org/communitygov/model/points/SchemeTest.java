package org.communitygov.model.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SchemeTest {
  @Nested
  class PolicyInForce {
    @Test
    void isTheLastPolicyEffectiveOnOrBeforeTheDate() {
      Scheme scheme = PointsTestData.scheme().build();
      assertThat(scheme.policyOn(LocalDate.parse("2025-12-31"))).isEmpty();
      assertThat(scheme.policyOn(LocalDate.parse("2026-01-01")).orElseThrow().effectiveFrom())
          .isEqualTo(LocalDate.parse("2026-01-01"));
      assertThat(
              scheme.policyOn(LocalDate.parse("2026-06-30")).orElseThrow().pointsPerHour().value())
          .isEqualTo(BigDecimal.ONE);
      assertThat(
              scheme.policyOn(LocalDate.parse("2026-07-01")).orElseThrow().pointsPerHour().value())
          .isEqualTo(new BigDecimal("2"));
    }

    @Test
    void theUnitFollowsTheKind() {
      assertThat(PointsTestData.scheme().build().unit()).isEqualTo(Unit.POINT);
      assertThat(PointsTestData.scheme().kind(SchemeKind.TIME_BANK).build().unit())
          .isEqualTo(Unit.HOUR);
    }
  }

  @Nested
  class Invariants {
    @Test
    void aPolicyWithoutAnEffectiveDateIsRefusedNamingIt() {
      SchemePolicy p = PointsTestData.policy("2026-01-01").build();
      ImmutableSchemePolicy.Builder withoutDate =
          SchemePolicy.builder()
              .pointsPerHour(p.pointsPerHour())
              .negativeEvaluationVoids(p.negativeEvaluationVoids())
              .expiry(p.expiry())
              .transferAllowed(p.transferAllowed())
              .donationAllowed(p.donationAllowed())
              .groupHoursDonatedOnly(p.groupHoursDonatedOnly());
      assertThatThrownBy(withoutDate::build)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("[effectiveFrom]");
    }

    @Test
    void policiesAreInStrictlyIncreasingOrder() {
      assertThatThrownBy(
              () ->
                  PointsTestData.scheme()
                      .addPolicy(PointsTestData.policy("2026-07-01").build())
                      .build())
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("scheme.policyOrder");
    }

    @Test
    void aSchemeHasAPolicy() {
      assertThatThrownBy(() -> PointsTestData.scheme().policies(java.util.List.of()).build())
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("scheme.policies");
    }

    @Test
    void aSchemeIsHeldByACommunityOrAnOperatorNotBoth() {
      assertThatThrownBy(() -> PointsTestData.scheme().operator(LocalizedName.of("某平台")).build())
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("scheme.holder");
    }

    @Test
    void pointsPerHourAndCapsArePositive() {
      assertThatThrownBy(
              () ->
                  PointsTestData.policy("2026-01-01")
                      .pointsPerHour(PolicyTerm.of(BigDecimal.ZERO, PointsTestData.LOCAL))
                      .build())
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("schemePolicy.pointsPerHour");
      assertThatThrownBy(
              () ->
                  PointsTestData.policy("2026-01-01")
                      .storageCap(PolicyTerm.of(new BigDecimal("-1"), PointsTestData.LOCAL))
                      .build())
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("schemePolicy.storageCap");
    }

    @Test
    void theHardshipAgeIsNotAboveTheRedemptionAge() {
      assertThatThrownBy(
              () ->
                  PointsTestData.policy("2026-01-01")
                      .hardshipRedemptionAge(PolicyTerm.of(66, PointsTestData.LOCAL))
                      .build())
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("schemePolicy.hardshipRedemptionAge");
    }

    @Test
    void rewardCodesAreUniqueAndPricesPositive() {
      Reward silver = PointsTestData.policy("2026-01-01").build().rewards().get(0);
      assertThatThrownBy(() -> PointsTestData.policy("2026-01-01").addReward(silver).build())
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("schemePolicy.rewards");
      assertThatThrownBy(
              () ->
                  Reward.of(
                      "FREE",
                      LocalizedName.of("免费"),
                      PolicyTerm.of(BigDecimal.ZERO, PointsTestData.LOCAL)))
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("reward.price");
    }

    @Test
    void aSourceNamesItsDocument() {
      assertThatThrownBy(() -> PolicySource.of(" ", PolicyConfidence.CONFIRMED))
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("policySource.document");
    }
  }

  @Nested
  class Expiries {
    @Test
    void aRollingExpiryIsTheSameDayNMonthsLater() {
      assertThat(Expiry.rollingMonths(12).expiresOn(LocalDate.parse("2026-03-15")))
          .contains(LocalDate.parse("2027-03-15"));
      assertThat(Expiry.rollingMonths(1).expiresOn(LocalDate.parse("2026-01-31")))
          .contains(LocalDate.parse("2026-02-28"));
    }

    @Test
    void aFixedDayExpiryIsTheNextSuchDayAfterTheCredit() {
      Expiry e = Expiry.onFixedDay(MonthDay.of(12, 31));
      assertThat(e.expiresOn(LocalDate.parse("2026-12-30")))
          .contains(LocalDate.parse("2026-12-31"));
      assertThat(e.expiresOn(LocalDate.parse("2026-12-31")))
          .contains(LocalDate.parse("2027-12-31"));
    }

    @Test
    void neverMeansNoDay() {
      assertThat(Expiry.none().expiresOn(LocalDate.parse("2026-01-01"))).isEmpty();
    }

    @Test
    void eachKindNamesOnlyWhatItNeeds() {
      assertThatThrownBy(() -> Expiry.rollingMonths(0))
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("expiry.months");
      assertThatThrownBy(() -> ImmutableExpiry.builder().kind(Expiry.Kind.NONE).months(3).build())
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("expiry.months");
      assertThatThrownBy(() -> ImmutableExpiry.builder().kind(Expiry.Kind.FIXED_DAY).build())
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("expiry.day");
    }
  }

  @Nested
  class Windows {
    @Test
    void theLastOpenDayIsTheLastOfTheOpenDaysOrOfThePeriod() {
      RedemptionWindow quarter = RedemptionWindow.oncePer(RedemptionPeriod.QUARTER);
      assertThat(quarter.lastOpenDay(LocalDate.parse("2026-05-20")))
          .isEqualTo(LocalDate.parse("2026-06-30"));
      assertThat(quarter.withOpenDays(15).lastOpenDay(LocalDate.parse("2026-05-20")))
          .isEqualTo(LocalDate.parse("2026-04-15"));
      assertThat(
              RedemptionWindow.oncePer(RedemptionPeriod.MONTH)
                  .withOpenDays(31)
                  .lastOpenDay(LocalDate.parse("2026-02-10")))
          .isEqualTo(LocalDate.parse("2026-02-28"));
    }

    @Test
    void openDaysAreOneTo366() {
      assertThatThrownBy(() -> RedemptionWindow.oncePer(RedemptionPeriod.YEAR).withOpenDays(0))
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("redemptionWindow.openDays");
    }
  }

  @Nested
  class Terms {
    @Test
    void aTermKeepsItsValueAndSourceAndShowsItsConfidence() {
      PolicyTerm<Integer> t = PolicyTerm.of(65, PointsTestData.LOCAL);
      assertThat(t.value()).isEqualTo(65);
      assertThat(t.source().confidence()).isEqualTo(PolicyConfidence.UNCONFIRMED);
      assertThat(t)
          .hasToString("65 [UNCONFIRMED]")
          .isEqualTo(PolicyTerm.of(65, PointsTestData.LOCAL));
      assertThat(t).isNotEqualTo(PolicyTerm.of(65, PointsTestData.HAILIN));
    }
  }
}
