package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.ledger.LedgerFixtures.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.PendingOutcome.Resolution;
import org.communitygov.model.ledger.Transaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link LedgerStore} passes; one subclass per store. */
abstract class LedgerStoreContract {
  /** A new, empty store. */
  abstract LedgerStore newStore();

  /** The same journal, opened again after {@code store} was closed. */
  abstract LedgerStore reopen(LedgerStore store);

  LedgerStore store;

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A script of every kind of operation, the same for every store. */
  static void script(Ledger ledger) {
    ledger.post(accounts());
    Transaction t1 = move("T1", "2026-01-10", "issuance", "m1", "3.00");
    ledger.post(List.of(t1, move("T2", "2026-01-12", "m1", "m2", "1.00")));
    ledger.post(move("T3", "2026-01-13", "m2", "m1", "5.00")); // overdraft, kept
    ledger.post(
        Transaction.builder()
            .from(move("P1", "2026-01-14", "m1", "m2", "0.50"))
            .expiresOn(LocalDate.parse("2026-04-20"))
            .build());
    ledger.post(outcome("O1", "P1", "2026-01-15", Resolution.POST));
    ledger.post(close("C1", "2026-01-31"));
    ledger.post(reversal("R1", "2026-02-01", t1));
    ledger.post(move("T1", "2026-01-10", "issuance", "m1", "3.00")); // exists
    ledger.post(move("T1", "2026-01-10", "issuance", "m1", "3.25")); // exists_with_different
    ledger.postLinked(
        List.of(
            move("L1", "2026-02-02", "issuance", "m2", "1.00"),
            move("L2", "2026-02-02", "m2", "m1", "0.25")));
    ledger.post(assertion("B1", "m1", "2026-02-02", "-0.25 HOUR"));
    ledger.post(closeAccount("X1", "m2", "2026-02-03"));
  }

  @Test
  void startsEmpty() {
    store = newStore();
    assertThat(store.size()).isZero();
    assertThat(store.lines()).isEmpty();
  }

  @Test
  void keepsTheLinesOfEveryBatchByteForByte() {
    store = newStore();
    byte[] empty = Hashes.create().empty();
    byte[] root = Hashes.create().leaf(bytes("r1"));
    store.append(
        new StoreBatch(0, empty, List.of(bytes("{\"a\":1}"), bytes("{\"b\":\"长\"}")), root));
    store.append(new StoreBatch(2, root, List.of(bytes("{\"c\":3}")), root));
    assertThat(store.size()).isEqualTo(3);
    assertThat(store.lines())
        .containsExactly(bytes("{\"a\":1}"), bytes("{\"b\":\"长\"}"), bytes("{\"c\":3}"));
  }

  @Test
  void refusesABatchThatDoesNotFollowItsHead() {
    store = newStore();
    byte[] empty = Hashes.create().empty();
    byte[] root = Hashes.create().leaf(bytes("r1"));
    store.append(new StoreBatch(0, empty, List.of(bytes("{\"a\":1}")), root));
    assertThatThrownBy(
            () -> store.append(new StoreBatch(0, empty, List.of(bytes("{\"b\":2}")), root)))
        .isInstanceOf(LedgerStoreException.class)
        .hasFieldOrPropertyWithValue("code", LedgerStoreException.CONFLICT);
    assertThat(store.lines()).containsExactly(bytes("{\"a\":1}"));
  }

  @Test
  void givesTheSameJournalAndHeadAsTheMemoryStoreForTheSameOperations() {
    Ledger reference = Ledger.open(LEDGER, new MemoryLedgerStore(), CLOCK);
    script(reference);
    store = newStore();
    Ledger ledger = Ledger.open(LEDGER, store, CLOCK);
    script(ledger);
    assertThat(ledger.lines()).containsExactlyElementsOf(reference.lines());
    assertThat(ledger.head()).isEqualTo(reference.head());
    assertThat(
            JournalVerifier.verify(
                    journalBytes(ledger.lines()), java.util.Optional.of(reference.head()))
                .isValid())
        .isTrue();
  }

  @Test
  void reopensToTheSameLedger() {
    store = newStore();
    Ledger ledger = Ledger.open(LEDGER, store, CLOCK);
    script(ledger);
    TreeHead head = ledger.head();
    store = reopen(store);
    Ledger reopened = Ledger.open(LEDGER, store, CLOCK);
    assertThat(reopened.head()).isEqualTo(head);
    for (String account : List.of("issuance", "m1", "m2")) {
      assertThat(reopened.balance(AccountId.of(account)))
          .isEqualTo(ledger.balance(AccountId.of(account)));
    }
    assertThat(reopened.post(move("T3", "2026-02-05", "issuance", "m1", "1.00")).code())
        .isEqualTo("overdraft");
    assertThat(reopened.post(move("T4", "2026-02-05", "issuance", "m1", "1.00")).code())
        .isEqualTo("accepted");
  }

  static byte[] journalBytes(List<byte[]> lines) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] line : lines) {
      out.writeBytes(line);
      out.write('\n');
    }
    return out.toByteArray();
  }
}
