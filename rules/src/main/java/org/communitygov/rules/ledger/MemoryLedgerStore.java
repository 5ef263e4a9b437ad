package org.communitygov.rules.ledger;

import java.util.AbstractList;
import java.util.List;

/**
 * A store that keeps the journal's lines in memory, for tests and for ledgers rebuilt from another
 * source. Thread-safe.
 *
 * <p>The lines are kept back to back in pages of bytes ({@code PackedLines}, ADR 0101), and {@link
 * #lines()} copies each out when it is read.
 *
 * @since 0.1.0
 */
public final class MemoryLedgerStore implements LedgerStore {
  private final PackedLines lines = new PackedLines();

  /** Creates an empty store. */
  public MemoryLedgerStore() {}

  /**
   * {@inheritDoc}
   *
   * <p>The list holds the lines there are now (later appends do not show in it); each line is
   * copied when the list is read, so that changing one does not change the store.
   */
  @Override
  public synchronized List<byte[]> lines() {
    return linesFrom(0);
  }

  /** The lines from an index on, without copying the ones before (for tests that follow a log). */
  synchronized List<byte[]> linesFrom(int from) {
    int to = lines.size();
    if (from < 0 || from > to) {
      throw new IndexOutOfBoundsException("no line " + from + " of " + to);
    }
    return new AbstractList<>() {
      @Override
      public byte[] get(int index) {
        if (index < 0 || index >= to - from) {
          throw new IndexOutOfBoundsException("no line " + index + " of " + (to - from));
        }
        synchronized (MemoryLedgerStore.this) {
          return lines.get(from + index);
        }
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  @Override
  public synchronized long size() {
    return lines.size();
  }

  @Override
  public synchronized void append(StoreBatch batch) {
    expect(batch.previousSize());
    batch.addTo(lines);
  }

  /**
   * Appends the lines a ledger wrote back to back, as {@link #append(StoreBatch)} appends a batch
   * of them, without the batch object (ADR 0112): the ledger's one-entry post makes none.
   */
  synchronized void append(long previousSize, BatchLines batch) {
    expect(previousSize);
    StoreBatch.addTo(lines, batch.array(), batch.ends(), batch.count());
  }

  private void expect(long previousSize) {
    if (previousSize != lines.size()) {
      throw new LedgerStoreException(
          LedgerStoreException.CONFLICT,
          "the store has " + lines.size() + " lines, the writer expected " + previousSize);
    }
  }

  @Override
  public void close() {
    // nothing to release
  }
}
