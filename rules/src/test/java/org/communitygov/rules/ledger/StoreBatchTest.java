package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.ledger.LedgerFixtures.CLOCK;
import static org.communitygov.rules.ledger.LedgerFixtures.LEDGER;
import static org.communitygov.rules.ledger.LedgerFixtures.accounts;
import static org.communitygov.rules.ledger.LedgerFixtures.move;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A ledger's batch lends the lines it wrote back to back (ADR 0108): a memory store copies them
 * once; a store that keeps the batch reads the same lines after the ledger has written others.
 */
class StoreBatchTest {
  /** Posts moves of random amounts, some refused, alone, in batches and linked. */
  static void post(Ledger ledger, SplittableRandom random) {
    ledger.post(accounts());
    List<String> members = List.of("m1", "m2", "issuance");
    for (int i = 0; i < 300; i++) {
      List<Transaction> batch = new ArrayList<>();
      for (int j = random.nextInt(1, 5); j > 0; j--) {
        String from = members.get(random.nextInt(3));
        String to = members.get(random.nextInt(3));
        String hours = random.nextInt(1, 400) / 100 + "." + random.nextInt(10, 100);
        batch.add(move("T" + i + "-" + j, "2026-02-01", from, to, hours));
      }
      switch (random.nextInt(3)) {
        case 0 -> ledger.post(batch.get(0));
        case 1 -> ledger.post(batch);
        default -> ledger.postLinked(batch);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {4, 20261202})
  void aMemoryStoresLinesAreTheLinesRebuiltFromTheEntries(long seed) {
    System.out.println("StoreBatchTest seed " + seed);
    MemoryLedgerStore store = new MemoryLedgerStore();
    Ledger ledger = Ledger.open(LEDGER, store, CLOCK);
    post(ledger, new SplittableRandom(seed));
    List<Entry> entries = ledger.entries();
    List<byte[]> lines = store.lines();
    assertThat(lines).hasSize(entries.size());
    Hashes hashes = Hashes.create();
    for (int i = 0; i < lines.size(); i++) {
      byte[] entryBytes = EntryCodec.encode(entries.get(i));
      boolean linked = JournalLine.endsLinked(lines.get(i));
      byte[] rebuilt =
          JournalLine.of(i, entries.get(i), entryBytes, hashes.leaf(entryBytes), linked).bytes();
      assertThat(lines.get(i)).as("line %d", i).isEqualTo(rebuilt);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {8, 20261202})
  void aStoreThatKeepsItsBatchesReadsTheirLinesAfterLaterPosts(long seed) {
    System.out.println("StoreBatchTest seed " + seed);
    LedgerRootTest.KeepingStore store = new LedgerRootTest.KeepingStore();
    Ledger ledger = Ledger.open(LEDGER, store, CLOCK);
    post(ledger, new SplittableRandom(seed));
    List<byte[]> kept = new ArrayList<>();
    for (StoreBatch batch : store.batches) {
      assertThat(batch.previousSize()).isEqualTo(kept.size());
      kept.addAll(batch.lines());
    }
    assertThat(kept).containsExactlyElementsOf(store.lines());
    MemoryLedgerStore same = new MemoryLedgerStore();
    post(Ledger.open(LEDGER, same, CLOCK), new SplittableRandom(seed));
    assertThat(same.lines()).containsExactlyElementsOf(store.lines());
  }

  @Test
  void aBatchMadeOfLinesGivesThemToAMemoryStore() {
    MemoryLedgerStore store = new MemoryLedgerStore();
    byte[] root = new byte[Hashes.LENGTH];
    store.append(new StoreBatch(0, root, List.of(new byte[] {'a'}, new byte[] {'b', 'c'}), root));
    assertThat(store.lines()).containsExactly(new byte[] {'a'}, new byte[] {'b', 'c'});
  }
}
