package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.points.PointsBookTest.V1;
import static org.communitygov.rules.points.PointsBookTest.V2;
import static org.communitygov.rules.points.PointsBookTest.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.Step;
import org.junit.jupiter.api.Test;

/** The values the steps of an explanation show, and the memos written with the transactions. */
class ExplanationValuesTest {
  static Step step(Decision<PointsOutcome> d, String id) {
    return d.explanation().steps().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  static Comparison comparison(Decision<PointsOutcome> d, String id) {
    return step(d, id).comparison().orElseThrow();
  }

  @Test
  void anAccrualsMemoNamesTheRecordItsDateHoursCreditAndPolicy() {
    PointsBook book = PointsFixtures.book("time-bank");
    Decision<PointsOutcome> d = book.accrue(record("R1", V1, "2025-03-01", "3"));
    assertThat(d.outcomeOrThrow().transaction().orElseThrow().memo())
        .isEqualTo("服务记录 R1（2025-03-01，3 小时）记入 3.00；政策 2025-01-01 起");
  }

  @Test
  void aVoidedActivityShowsNoHoursCountedAndNoCapStep() {
    PointsBook book = PointsFixtures.book("time-bank");
    ServiceRecordInput r = record("R1", V1, "2025-03-01", "3");
    Decision<PointsOutcome> d = book.accrue(PointsFixtures.complainedOf(r));
    assertThat(step(d, "points.evaluation").result().orElseThrow().value()).isEqualTo("0");
    assertThat(d.explanation().decisiveStep().orElseThrow().id()).isEqualTo("points.value");
    assertThat(d.explanation().steps())
        .extracting(Step::id)
        .doesNotContain("points.annualCap", "points.storageCap");
  }

  @Test
  void groupHoursShowWhatWentToDonation() {
    PointsBook book = PointsFixtures.book("time-bank");
    ServiceRecordInput r = record("R1", V1, "2025-03-01", "3");
    Decision<PointsOutcome> d =
        book.accrue(
            new ServiceRecordInput(
                r.record(), r.activity(), V1, r.date(), r.hours(), "O1", Evaluation.NONE, true));
    assertThat(step(d, "points.group").result().orElseThrow().value()).isEqualTo("3.00 HOUR");
  }

  @Test
  void theRedemptionStepsCompareTheAgeAndBalanceTheyUsed() {
    PointsBook book = PointsFixtures.book("time-bank");
    book.accrue(record("R1", V1, "2025-03-01", "8"));
    Decision<PointsOutcome> ok =
        book.redeem(
            new RedemptionRequest(
                "Q1", V1, LocalDate.parse("2025-06-02"), "COMPANION_DAY", 61, true));
    assertThat(comparison(ok, "points.age").operator()).isEqualTo(Operator.GE);
    assertThat(comparison(ok, "points.age").right().label()).isEqualTo("hardshipRedemptionAge");
    assertThat(comparison(ok, "points.balance").operator()).isEqualTo(Operator.GE);
    assertThat(step(ok, "points.window").parameters().get(0).value()).isEqualTo("MONTH:10");
    Decision<PointsOutcome> poor =
        book.redeem(
            new RedemptionRequest(
                "Q2", V1, LocalDate.parse("2025-07-01"), "COMPANION_DAY", 70, false));
    assertThat(comparison(poor, "points.age").right().label()).isEqualTo("redemptionAge");
    assertThat(
            poor.explanation().decisiveStep().orElseThrow().comparison().orElseThrow().operator())
        .isEqualTo(Operator.LT);
  }

  @Test
  void theGiftStepsCompareTheBalanceAndTheReceiversCap() {
    PointsBook book = PointsFixtures.book("time-bank");
    book.accrue(record("R1", V1, "2025-03-01", "5"));
    book.accrue(record("R2", V2, "2025-03-01", "1"));
    Decision<PointsOutcome> ok =
        book.give(
            new GiftRequest(
                "G1",
                V1,
                Recipient.FRIEND,
                Optional.of(V2),
                BigDecimal.ONE,
                LocalDate.parse("2025-04-01")));
    assertThat(comparison(ok, "points.balance").operator()).isEqualTo(Operator.GE);
    assertThat(ok.explanation().decisiveStep().orElseThrow().comparison().orElseThrow().operator())
        .isEqualTo(Operator.LE);
    assertThat(step(ok, "points.allowed").parameters().get(0).id())
        .isEqualTo("points.transferAllowed");
    Decision<PointsOutcome> donation =
        book.give(
            new GiftRequest(
                "G2",
                V1,
                Recipient.POOL,
                Optional.empty(),
                BigDecimal.TEN,
                LocalDate.parse("2025-04-01")));
    assertThat(step(donation, "points.allowed").parameters().get(0).id())
        .isEqualTo("points.donationAllowed");
    assertThat(
            donation
                .explanation()
                .decisiveStep()
                .orElseThrow()
                .comparison()
                .orElseThrow()
                .operator())
        .isEqualTo(Operator.LT);
  }

  @Test
  void anExpiryNamesTheTermItApplied() {
    PointsBook book = PointsFixtures.book("time-bank");
    book.accrue(record("R1", V1, "2025-03-01", "5"));
    Decision<PointsOutcome> d = book.expire(LocalDate.parse("2027-03-01")).get(0);
    assertThat(d.explanation().decisiveStep().orElseThrow().parameters().get(0).value())
        .isEqualTo("ROLLING_MONTHS:24");
    PointsBook fixed = PointsFixtures.book("fixed-expiry");
    fixed.accrue(record("R1", V1, "2026-03-05", "2"));
    Decision<PointsOutcome> f = fixed.expire(LocalDate.parse("2026-12-31")).get(0);
    assertThat(f.explanation().decisiveStep().orElseThrow().parameters().get(0).value())
        .isEqualTo("FIXED_DAY:--12-31");
  }
}
