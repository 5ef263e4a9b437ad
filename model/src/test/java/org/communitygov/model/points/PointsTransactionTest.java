package org.communitygov.model.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PointsTransactionTest {
  static ImmutablePointsTransaction.Builder accrual() {
    return PointsTransaction.builder()
        .id(TransactionId.of("acc:R1"))
        .scheme(SchemeId.of("hepingli-points"))
        .kind(TransactionKind.ACCRUAL)
        .date(LocalDate.of(2026, 3, 5))
        .policy(LocalDate.of(2026, 1, 1))
        .reason("服务记录 R1 记入 2")
        .addPosting(PointsPosting.of("issuance", new BigDecimal("-2")))
        .addPosting(PointsPosting.of("m:V1", new BigDecimal("2")));
  }

  @Nested
  class Invariants {
    @Test
    void aBalancedTransactionOnItsPolicysDayIsBuilt() {
      PointsTransaction tx = accrual().date(LocalDate.of(2026, 1, 1)).build();
      assertThat(tx.postings())
          .extracting(PointsPosting::account)
          .containsExactly("issuance", "m:V1");
      assertThat(tx.source()).isEmpty();
    }

    @Test
    void postingsThatDoNotSumToZeroAreRefusedWithTheTransactionAndDates() {
      assertThatThrownBy(
              () ->
                  accrual()
                      .postings(
                          java.util.List.of(
                              PointsPosting.of("issuance", new BigDecimal("-2")),
                              PointsPosting.of("m:V1", new BigDecimal("1.5"))))
                      .build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo("pointsTransaction.unbalanced");
                assertThat(e.arguments()).containsEntry("transaction", "acc:R1");
              });
    }

    @Test
    void aTransactionHasTwoPostings() {
      assertThatThrownBy(
              () ->
                  accrual()
                      .postings(java.util.List.of(PointsPosting.of("m:V1", BigDecimal.ZERO)))
                      .build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("pointsTransaction.postings"));
    }

    @Test
    void aPolicyEffectiveAfterTheDateIsRefused() {
      assertThatThrownBy(() -> accrual().policy(LocalDate.of(2026, 3, 6)).build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("pointsTransaction.policyAfterDate"));
    }

    @Test
    void anAccountIsAnIdentifier() {
      assertThatThrownBy(() -> PointsPosting.of("m V1", BigDecimal.ONE))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("pointsPosting.account"));
    }

    @Test
    void anEntryHoldsASchemeOrATransactionNotBoth() {
      assertThat(PointsEntry.of(accrual().build()).transaction()).isPresent();
      assertThat(PointsEntry.of(PointsTestData.scheme().build()).scheme()).isPresent();
      assertThatThrownBy(() -> ImmutablePointsEntry.builder().build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("pointsEntry.oneOf"));
      assertThatThrownBy(
              () ->
                  ImmutablePointsEntry.builder()
                      .scheme(PointsTestData.scheme().build())
                      .transaction(accrual().build())
                      .build())
          .isInstanceOf(InvalidValueException.class);
    }
  }
}
