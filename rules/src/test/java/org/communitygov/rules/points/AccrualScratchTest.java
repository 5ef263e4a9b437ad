package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Test;

class AccrualScratchTest {
  private static final Posting ISSUED =
      Posting.of(PointsAccounts.ISSUANCE, Amount.of(Unit.POINT, BigDecimal.valueOf(-2)));
  private static final Posting CREDITED =
      Posting.of(
          PointsAccounts.member(PointsBookTest.V1), Amount.of(Unit.POINT, BigDecimal.valueOf(2)));

  @Test
  void theMemoBuilderIsTheSameOneEmptiedEachTime() {
    AccrualScratch scratch = new AccrualScratch();
    StringBuilder first = scratch.memo().append("服务记录 R1");
    StringBuilder second = scratch.memo();
    assertThat(second).isSameAs(first);
    assertThat(second.length()).isZero();
  }

  @Test
  void aTransactionWrittenAfterOneThatFailedIsTheOneAFreshBuilderWrites() {
    AccrualScratch scratch = new AccrualScratch();
    LocalDate day = LocalDate.parse("2026-03-05");
    assertThatThrownBy(
            () ->
                scratch
                    .transaction()
                    .id(EntryKeys.of("acc:R0"))
                    .bookingDate(day)
                    .valueDate(day)
                    .addPosting(ISSUED)
                    .memo("half-way")
                    .source("service-record:R0")
                    .build())
        .isInstanceOf(InvalidValueException.class);
    Transaction again = write(scratch.transaction(), day);
    Transaction fresh = write(Transaction.builder(), day);
    assertThat(again).isEqualTo(fresh);
    assertThat(again.postings()).containsExactly(ISSUED, CREDITED);
    assertThat(again.purpose()).isEmpty();
    assertThat(again.reverses()).isEmpty();
    assertThat(again.expiresOn()).isEmpty();
    // What the builder holds afterwards is not the transaction's.
    scratch.transaction().addPosting(CREDITED);
    assertThat(again.postings()).containsExactly(ISSUED, CREDITED);
  }

  private static Transaction write(
      org.communitygov.model.ledger.ImmutableTransaction.Builder builder, LocalDate day) {
    return builder
        .id(EntryKeys.of("acc:R1"))
        .bookingDate(day)
        .valueDate(day)
        .addPosting(ISSUED)
        .addPosting(CREDITED)
        .memo("m")
        .source("service-record:R1")
        .build();
  }
}
