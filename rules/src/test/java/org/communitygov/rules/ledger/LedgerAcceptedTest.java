package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.rules.ledger.LedgerFixtures.*;

import java.util.List;
import org.communitygov.model.ledger.Transaction;
import org.junit.jupiter.api.Test;

/** The accepted entry of a key, as the ledger answers a retry with it. */
class LedgerAcceptedTest {
  final MemoryLedgerStore store = new MemoryLedgerStore();
  final Ledger ledger = Ledger.open(LEDGER, store, CLOCK);

  LedgerAcceptedTest() {
    ledger.post(accounts());
  }

  @Test
  void findsAnAcceptedTransactionAndAnAccountByKeyAndNothingForAnUnknownKey() {
    Transaction t = move("T1", "2026-02-01", "issuance", "m1", "3.00");
    ledger.post(t);
    assertThat(ledger.accepted("T1")).containsSame(t);
    assertThat(ledger.accepted("m1")).contains(accounts().get(1));
    assertThat(ledger.accepted("T2")).isEmpty();
  }

  @Test
  void answersWhatARetryIsAnsweredWith() {
    Transaction t = move("T1", "2026-02-01", "issuance", "m1", "3.00");
    ledger.post(t);
    Outcome retry = ledger.post(move("T1", "2026-02-01", "issuance", "m1", "3.00"));
    assertThat(retry.original()).isEqualTo(ledger.accepted("T1"));
  }

  @Test
  void findsNothingForARefusedKeyEvenWhenTheRefusalIsKept() {
    ledger.post(move("T1", "2026-02-01", "m1", "m2", "1.00"));
    assertThat(ledger.entries()).last().extracting(e -> e.key()).isEqualTo("T1");
    assertThat(ledger.accepted("T1")).isEmpty();
  }

  @Test
  void findsNothingOfALinkedBatchThatFailed() {
    List<Outcome> outcomes =
        ledger.postLinked(
            List.of(
                move("T1", "2026-02-01", "issuance", "m1", "1.00"),
                move("T2", "2026-02-01", "m1", "m2", "2.00")));
    assertThat(outcomes)
        .extracting(Outcome::code)
        .containsExactly("linked_entry_failed", "overdraft");
    assertThat(ledger.accepted("T1")).isEmpty();
    assertThat(ledger.accepted("T2")).isEmpty();
  }

  @Test
  void findsTheSameEntryInALedgerReopenedOnItsStore() {
    Transaction t = move("T1", "2026-02-01", "issuance", "m1", "3.00");
    ledger.post(t);
    Ledger reopened = Ledger.open(LEDGER, store, CLOCK);
    assertThat(reopened.accepted("T1")).contains(t);
    assertThat(reopened.accepted("T2")).isEmpty();
  }

  @Test
  void refusesANullKey() {
    assertThatNullPointerException().isThrownBy(() -> ledger.accepted(null)).withMessage("key");
  }
}
