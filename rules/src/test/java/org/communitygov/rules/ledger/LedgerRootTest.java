package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.ledger.LedgerFixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ledger finds its tree's root when asked (ADR 0095): the heads and a store's batch roots are
 * those of a tree hashed after every post, whenever they are asked for.
 */
class LedgerRootTest {
  /** A store in memory that keeps the batches it was given, and can refuse the next one. */
  static final class KeepingStore implements LedgerStore {
    final MemoryLedgerStore lines = new MemoryLedgerStore();
    final List<StoreBatch> batches = new ArrayList<>();
    boolean refuseNext;

    @Override
    public List<byte[]> lines() {
      return lines.lines();
    }

    @Override
    public long size() {
      return lines.size();
    }

    @Override
    public void append(StoreBatch batch) {
      batches.add(batch);
      if (refuseNext) {
        refuseNext = false;
        throw new LedgerStoreException(LedgerStoreException.CONFLICT, "refused for the test");
      }
      lines.append(batch);
    }

    @Override
    public void close() {}
  }

  @Test
  void giveEachBatchTheRootsBeforeAndAfterItEvenWhenAskedLater() {
    KeepingStore store = new KeepingStore();
    Ledger ledger = Ledger.open(LEDGER, store, CLOCK);
    List<TreeHead> heads = new ArrayList<>();
    heads.add(ledger.head());
    ledger.post(accounts());
    heads.add(ledger.head());
    for (int i = 0; i < 9; i++) {
      ledger.post(move("t" + i, "2026-02-01", "issuance", "m1", "1.00"));
      heads.add(ledger.head());
    }
    assertThat(store.batches).hasSize(10);
    for (int i = 0; i < store.batches.size(); i++) {
      StoreBatch batch = store.batches.get(i);
      assertThat(Hashes.hex(batch.previousRoot())).isEqualTo(heads.get(i).rootHex());
      assertThat(Hashes.hex(batch.root())).isEqualTo(heads.get(i + 1).rootHex());
    }
    MerkleTree again = new MerkleTree();
    Hashes hashes = Hashes.create();
    for (byte[] line : store.lines()) {
      again.append(hashes.leaf(JournalLine.parse(line).entryBytes()));
    }
    assertThat(Hashes.hex(again.root())).isEqualTo(ledger.head().rootHex());
  }

  @Test
  void keepTheRootsOfABatchTheStoreRefusedAsTheyWereBeforeTheUndo() {
    KeepingStore store = new KeepingStore();
    Ledger ledger = Ledger.open(LEDGER, store, CLOCK);
    ledger.post(accounts());
    TreeHead before = ledger.head();
    store.refuseNext = true;
    assertThatThrownBy(() -> ledger.post(move("x", "2026-02-01", "issuance", "m1", "1.00")))
        .isInstanceOf(LedgerStoreException.class);
    StoreBatch refused = store.batches.get(store.batches.size() - 1);
    ledger.post(move("y", "2026-02-01", "issuance", "m1", "2.00"));
    TreeHead after = ledger.head();

    assertThat(Hashes.hex(refused.previousRoot())).isEqualTo(before.rootHex());
    assertThat(after.size()).isEqualTo(before.size() + 1);
    Ledger accepting = Ledger.open(LEDGER, new MemoryLedgerStore(), CLOCK);
    accepting.post(accounts());
    accepting.post(move("x", "2026-02-01", "issuance", "m1", "1.00"));
    assertThat(Hashes.hex(refused.root())).isEqualTo(accepting.head().rootHex());
    assertThat(Hashes.hex(store.batches.get(store.batches.size() - 1).root()))
        .isEqualTo(after.rootHex());
  }
}
