package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.ledger.LedgerFixtures.CLOCK;
import static org.communitygov.rules.ledger.LedgerFixtures.LEDGER;
import static org.communitygov.rules.ledger.LedgerFixtures.accounts;
import static org.communitygov.rules.ledger.LedgerFixtures.move;

import java.util.List;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Transaction;
import org.junit.jupiter.api.Test;

/**
 * {@link Ledger#post(Entry)}, which posts one entry without the lists and batch object of {@link
 * Ledger#post(List)} (ADR 0112), answers and fails as {@code post(List.of(entry)).get(0)} does. The
 * seeded comparison of the two over every kind of entry is a replica of {@link LedgerSimulation}.
 */
class LedgerOneEntryTest {
  @Test
  void answersAndWritesAsTheBatchOfTheEntryDoes() {
    Ledger one = Ledger.open(LEDGER, new MemoryLedgerStore(), CLOCK);
    Ledger batch = Ledger.open(LEDGER, new MemoryLedgerStore(), CLOCK);
    List<Entry> entries =
        List.of(
            accounts().get(0),
            accounts().get(1),
            move("t1", "2026-02-01", "issuance", "m1", "3.00"),
            move("t1", "2026-02-01", "issuance", "m1", "3.00"),
            move("t1", "2026-02-01", "issuance", "m1", "4.00"),
            move("t2", "2026-02-01", "m1", "issuance", "9.00"),
            move("t2", "2026-02-01", "m1", "issuance", "9.00"),
            move("t3", "2026-02-01", "issuance", "ghost", "1.00"),
            move("t4", "2026-12-01", "issuance", "m1", "1.00"));
    for (Entry e : entries) {
      Outcome a = one.post(e);
      Outcome b = batch.post(List.of(e)).get(0);
      assertThat(a).isEqualTo(b);
      assertThat(a.toString()).isEqualTo(b.toString());
      assertThat(a.original()).isEqualTo(b.original());
    }
    assertThat(one.lines()).containsExactlyElementsOf(batch.lines());
    assertThat(one.head().rootHex()).isEqualTo(batch.head().rootHex());
    assertThat(one.balance(AccountId.of("m1"))).isEqualTo(batch.balance(AccountId.of("m1")));
    assertThat(one.available(AccountId.of("m1"))).isEqualTo(batch.available(AccountId.of("m1")));
  }

  @Test
  void undoesTheEntryWhenTheMemoryStoreRefusesItsLine() {
    MemoryLedgerStore store = new MemoryLedgerStore();
    Ledger writer = Ledger.open(LEDGER, store, CLOCK);
    writer.post(accounts().subList(0, 2));
    Ledger late = Ledger.open(LEDGER, store, CLOCK);
    late.post(accounts().subList(2, 4));
    TreeHead before = writer.head();
    Transaction t = move("t1", "2026-02-01", "issuance", "m1", "1.00");
    String expected = "the store has 4 lines, the writer expected 2";

    assertThatThrownBy(() -> writer.post(t))
        .isInstanceOf(LedgerStoreException.class)
        .hasMessage(expected)
        .hasFieldOrPropertyWithValue("code", LedgerStoreException.CONFLICT);
    assertThatThrownBy(() -> writer.post(List.of(t)))
        .isInstanceOf(LedgerStoreException.class)
        .hasMessage(expected);
    assertThat(writer.head()).isEqualTo(before);
    assertThat(writer.entries()).containsExactlyElementsOf(accounts().subList(0, 2));
    assertThat(writer.accepted("t1")).isEmpty();
    assertThat(writer.balance(AccountId.of("issuance")).orElseThrow().minor()).isZero();
    assertThat(store.size()).isEqualTo(4);
  }

  @Test
  void refusesNoEntryAsTheBatchOfNoneDoes() {
    Ledger ledger = LedgerFixtures.ledger();
    assertThatThrownBy(() -> ledger.post((Entry) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(null);
    assertThat(ledger.head().size()).isEqualTo(4);
  }
}
