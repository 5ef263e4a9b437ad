package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.communitygov.model.ledger.Transaction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  static final Transaction MOVE = LedgerFixtures.move("tx-1", "2026-03-01", "alice", "bob", "2.00");

  @Nested
  class WhatItSays {
    @Test
    void anOutcomeNamesItsKeyAndResultAndAFieldOnlyWhenOneDiffers() {
      Outcome refused = Outcome.of("tx-9", ResultCode.UNBALANCED);
      assertThat(refused.key()).isEqualTo("tx-9");
      assertThat(refused.result()).isEqualTo(ResultCode.UNBALANCED);
      assertThat(refused.field()).isEmpty();
      assertThat(refused.original()).isEmpty();
      assertThat(refused.code()).isEqualTo("unbalanced");
      Outcome differs = Outcome.existsWithDifferent("tx-9", "booking_date");
      assertThat(differs.key()).isEqualTo("tx-9");
      assertThat(differs.field()).hasValue("booking_date");
      assertThat(differs.code()).isEqualTo("exists_with_different_booking_date");
    }

    @Test
    void anExistingEntryIsAnsweredWithTheOriginalUnderItsKey() {
      Outcome exists = Outcome.exists(MOVE);
      assertThat(exists.key()).isEqualTo("tx-1");
      assertThat(exists.original()).containsSame(MOVE);
      assertThat(exists.code()).isEqualTo("exists");
    }

    @Test
    void onlyAcceptedAndExistingEntriesAreInTheJournal() {
      assertThat(Outcome.of("k", ResultCode.ACCEPTED).isAccepted()).isTrue();
      assertThat(Outcome.exists(MOVE).isAccepted()).isTrue();
      for (ResultCode code : ResultCode.values()) {
        if (code != ResultCode.ACCEPTED && code != ResultCode.EXISTS) {
          assertThat(Outcome.of("k", code).isAccepted()).as(code.name()).isFalse();
        }
      }
    }

    @Test
    void theTextIsTheKeyAndCodeAndSaysWhenTheRefusalWasRepeated() {
      assertThat(Outcome.of("tx-9", ResultCode.OVERDRAFT)).hasToString("tx-9: overdraft");
      assertThat(Outcome.repeated("tx-9", ResultCode.OVERDRAFT))
          .hasToString("tx-9: overdraft (repeated)");
      assertThat(Outcome.existsWithDifferent("tx-9", "memo"))
          .hasToString("tx-9: exists_with_different_memo");
    }
  }

  @Nested
  class Equality {
    @Test
    void outcomesWithTheSameKeyResultFieldAndRepetitionAreEqualWithEqualHashes() {
      Outcome a = Outcome.existsWithDifferent("tx-9", "memo");
      Outcome b = Outcome.existsWithDifferent("tx-9", "memo");
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(a);
      assertThat(Outcome.repeated("k", ResultCode.OVERDRAFT))
          .isEqualTo(Outcome.repeated("k", ResultCode.OVERDRAFT))
          .hasSameHashCodeAs(Outcome.repeated("k", ResultCode.OVERDRAFT));
    }

    @Test
    void anyPartThatDiffersMakesThemUnequal() {
      Outcome base = Outcome.existsWithDifferent("tx-9", "memo");
      List<Outcome> others =
          List.of(
              Outcome.existsWithDifferent("tx-8", "memo"),
              Outcome.existsWithDifferent("tx-9", "booking_date"),
              Outcome.of("tx-9", ResultCode.EXISTS_WITH_DIFFERENT),
              Outcome.of("tx-9", ResultCode.UNBALANCED));
      for (Outcome other : others) {
        assertThat(base).as(other.toString()).isNotEqualTo(other);
      }
      assertThat(Outcome.of("k", ResultCode.OVERDRAFT))
          .isNotEqualTo(Outcome.repeated("k", ResultCode.OVERDRAFT))
          .doesNotHaveSameHashCodeAs(Outcome.repeated("k", ResultCode.OVERDRAFT));
      assertThat(Outcome.of("k", ResultCode.OVERDRAFT)).isNotEqualTo("k: overdraft");
    }
  }
}
