package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.TransactionKind;
import org.communitygov.rules.engine.LocalizedText;
import org.junit.jupiter.api.Test;

class PointsOutcomeTest {
  static final Transaction TX =
      Transaction.builder()
          .id(EntryKeys.of("acc:R1"))
          .bookingDate(LocalDate.parse("2026-03-05"))
          .valueDate(LocalDate.parse("2026-03-05"))
          .addPostings(
              Posting.of(PointsAccounts.ISSUANCE, Amount.of(Unit.POINT, BigDecimal.valueOf(-2))),
              Posting.of(
                  PointsAccounts.member(PointsBookTest.V1),
                  Amount.of(Unit.POINT, BigDecimal.valueOf(2))))
          .memo("m")
          .build();

  @Test
  void aPostingNamesItsMovementTransactionAndPostings() {
    PointsOutcome o = PointsOutcome.posting(TransactionKind.ACCRUAL, TX);
    assertThat(o.code()).isEqualTo("ACCRUAL");
    assertThat(o.isRefused()).isFalse();
    assertThat(o.details())
        .containsExactly(
            Map.entry("movement", "ACCRUAL"),
            Map.entry("transaction", "acc:R1"),
            Map.entry("postings", "issuance -2 POINT, m:V1 2 POINT"));
    assertThat(o.displayName()).contains(LocalizedText.of("记入", "Credited"));
    assertThat(o.toString())
        .isEqualTo(
            "ACCRUAL{movement=ACCRUAL, transaction=acc:R1, postings=issuance -2 POINT, m:V1 2"
                + " POINT}");
  }

  @Test
  void aRefusalNamesItsReasonAndALedgerRefusalItsCode() {
    PointsOutcome o = PointsOutcome.refused(TransactionKind.REDEMPTION, RefusalReason.TOO_YOUNG);
    assertThat(o.code()).isEqualTo("REFUSED");
    assertThat(o.isRefused()).isTrue();
    assertThat(o.details())
        .containsExactly(
            Map.entry("movement", "REDEMPTION"), Map.entry("reason", "points.redemption.age"));
    assertThat(o.displayName()).contains(LocalizedText.of("不予办理", "Refused"));
    PointsOutcome ledger =
        PointsOutcome.posting(TransactionKind.ACCRUAL, TX).refusedByLedger("future_dated");
    assertThat(ledger.details())
        .containsEntry("transaction", "acc:R1")
        .containsEntry("reason", "points.ledger.refused")
        .containsEntry("ledgerCode", "future_dated");
    assertThat(ledger.ledgerCode()).contains("future_dated");
  }

  @Test
  void nothingCreditedHasOnlyItsMovement() {
    PointsOutcome o = PointsOutcome.nothing(TransactionKind.BONUS);
    assertThat(o.code()).isEqualTo("NOTHING");
    assertThat(o.isRefused()).isFalse();
    assertThat(o.details()).containsExactly(Map.entry("movement", "BONUS"));
    assertThat(o.displayName()).contains(LocalizedText.of("不计入", "Nothing credited"));
  }

  @Test
  void eachMovementHasItsOwnName() {
    assertThat(name(TransactionKind.BONUS)).isEqualTo(LocalizedText.of("奖励", "Bonus"));
    assertThat(name(TransactionKind.REDEMPTION)).isEqualTo(LocalizedText.of("兑换", "Redeemed"));
    assertThat(name(TransactionKind.TRANSFER)).isEqualTo(LocalizedText.of("转赠", "Transferred"));
    assertThat(name(TransactionKind.DONATION)).isEqualTo(LocalizedText.of("捐赠", "Donated"));
    assertThat(name(TransactionKind.EXPIRY)).isEqualTo(LocalizedText.of("过期", "Expired"));
  }

  private static LocalizedText name(TransactionKind kind) {
    return PointsOutcome.posting(kind, TX).displayName().orElseThrow();
  }

  @Test
  void outcomesAreEqualOnlyWhenMovementTransactionReasonAndLedgerCodeAre() {
    PointsOutcome posting = PointsOutcome.posting(TransactionKind.ACCRUAL, TX);
    assertThat(posting)
        .isEqualTo(PointsOutcome.posting(TransactionKind.ACCRUAL, TX))
        .hasSameHashCodeAs(PointsOutcome.posting(TransactionKind.ACCRUAL, TX))
        .isNotEqualTo(PointsOutcome.posting(TransactionKind.BONUS, TX))
        .isNotEqualTo(PointsOutcome.nothing(TransactionKind.ACCRUAL))
        .isNotEqualTo(posting.refusedByLedger("future_dated"))
        .isNotEqualTo("ACCRUAL");
    assertThat(PointsOutcome.refused(TransactionKind.ACCRUAL, RefusalReason.NO_POLICY))
        .isNotEqualTo(PointsOutcome.refused(TransactionKind.ACCRUAL, RefusalReason.LEDGER))
        .isNotEqualTo(PointsOutcome.nothing(TransactionKind.ACCRUAL));
    assertThat(posting.refusedByLedger("a")).isNotEqualTo(posting.refusedByLedger("b"));
    assertThat(posting.hashCode())
        .isNotEqualTo(PointsOutcome.nothing(TransactionKind.ACCRUAL).hashCode());
  }
}
