package org.communitygov.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TransactionTest {
  static final LocalDate DAY = LocalDate.parse("2026-03-02");

  static Posting posting(String account, String amount) {
    return Posting.of(AccountId.of(account), Amount.parse(amount));
  }

  static ImmutableTransaction.Builder transaction() {
    return Transaction.builder()
        .id(EntryId.of("T1"))
        .bookingDate(DAY)
        .valueDate(DAY)
        .addPostings(posting("ISSUE", "-2.00 HOUR"), posting("M-001", "2.00 HOUR"));
  }

  @Nested
  class Invariants {
    @Test
    void hasAtLeastTwoPostings() {
      assertThatThrownBy(
              () ->
                  Transaction.builder()
                      .id(EntryId.of("T1"))
                      .bookingDate(DAY)
                      .valueDate(DAY)
                      .addPosting(posting("M-001", "2.00 HOUR"))
                      .build())
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", "transaction.postings");
    }

    @Test
    void refusesAZeroPosting() {
      assertThatThrownBy(() -> posting("M-001", "0.00 HOUR"))
          .hasFieldOrPropertyWithValue("code", "posting.zero");
    }

    @Test
    void expiresNotBeforeItIsBookedAndIsNeverAPendingReversal() {
      assertThatThrownBy(() -> transaction().expiresOn(DAY.minusDays(1)).build())
          .hasFieldOrPropertyWithValue("code", "transaction.expiresOn");
      assertThatThrownBy(() -> transaction().expiresOn(DAY).reverses(EntryId.of("T0")).build())
          .hasFieldOrPropertyWithValue("code", "transaction.pendingReversal");
      assertThat(transaction().expiresOn(DAY).build().isPending()).isTrue();
    }

    @Test
    void keepsControlCharactersAndLongTextsOutOfMemos() {
      assertThatThrownBy(() -> transaction().memo("a\u0000b").build())
          .hasFieldOrPropertyWithValue("code", "transaction.memo");
      assertThatThrownBy(() -> transaction().source("x".repeat(501)).build())
          .hasFieldOrPropertyWithValue("code", "transaction.source");
      assertThat(transaction().memo("陪老人就医 2 小时").build().memo()).isEqualTo("陪老人就医 2 小时");
    }
  }

  @Nested
  class Sums {
    @Test
    void tellsWhetherThePostingsSumToZeroPerUnit() {
      assertThat(transaction().build().isBalanced()).isTrue();
      Transaction unbalanced =
          transaction()
              .postings(java.util.List.of(posting("A", "-2.00 HOUR"), posting("B", "1.75 HOUR")))
              .build();
      assertThat(unbalanced.isBalanced()).isFalse();
      assertThat(unbalanced.sums()).containsEntry(Unit.HOUR, Amount.parse("-0.25 HOUR"));
    }

    @Test
    void sumsEachUnitApart() {
      Transaction mixed =
          transaction()
              .postings(
                  java.util.List.of(
                      posting("A", "-2.00 HOUR"),
                      posting("B", "2.00 HOUR"),
                      posting("C", "-5 POINT"),
                      posting("D", "5 POINT")))
              .build();
      assertThat(mixed.isBalanced()).isTrue();
      assertThat(mixed.sums()).containsOnlyKeys(Unit.HOUR, Unit.POINT);
    }

    @Test
    void isAboutItsEarlierDate() {
      Transaction t = transaction().valueDate(DAY.minusDays(3)).build();
      assertThat(t.date()).isEqualTo(DAY);
      assertThat(t.earliestDate()).isEqualTo(DAY.minusDays(3));
    }
  }
}
