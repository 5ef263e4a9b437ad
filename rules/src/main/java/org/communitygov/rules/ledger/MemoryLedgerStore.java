package org.communitygov.rules.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * A store that keeps the journal's lines in memory, for tests and for ledgers rebuilt from another
 * source. Thread-safe.
 *
 * @since 0.1.0
 */
public final class MemoryLedgerStore implements LedgerStore {
  private final List<byte[]> lines = new ArrayList<>();

  /** Creates an empty store. */
  public MemoryLedgerStore() {}

  @Override
  public synchronized List<byte[]> lines() {
    return new ArrayList<>(lines);
  }

  /** The lines from an index on, without copying the ones before (for tests that follow a log). */
  synchronized List<byte[]> linesFrom(int from) {
    return new ArrayList<>(lines.subList(from, lines.size()));
  }

  @Override
  public synchronized long size() {
    return lines.size();
  }

  @Override
  public synchronized void append(StoreBatch batch) {
    if (batch.previousSize() != lines.size()) {
      throw new LedgerStoreException(
          LedgerStoreException.CONFLICT,
          "the store has " + lines.size() + " lines, the writer expected " + batch.previousSize());
    }
    // a batch's lines are the ledger's own arrays, never changed after (StoreBatch): kept as they
    // are
    lines.addAll(batch.lines());
  }

  @Override
  public void close() {
    // nothing to release
  }
}
