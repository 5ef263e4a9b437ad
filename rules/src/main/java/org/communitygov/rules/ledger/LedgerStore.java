package org.communitygov.rules.ledger;

import java.util.List;

/**
 * Where a ledger's journal is kept: an append-only sequence of {@linkplain JournalLine lines}. A
 * {@link Ledger} is the only writer of its store; the store enforces that appends follow the head
 * the writer last saw, so two writers cannot both append.
 *
 * <p>Three implementations pass the same contract: {@link MemoryLedgerStore}, {@link
 * FileLedgerStore} (an NDJSON file) and {@link JdbcLedgerStore}.
 *
 * @since 0.1.0
 */
public interface LedgerStore extends AutoCloseable {
  /**
   * Returns every line, in order, each without its line feed.
   *
   * @return the lines, not null
   * @throws LedgerStoreException if the store cannot be read
   */
  List<byte[]> lines();

  /**
   * Returns the number of lines.
   *
   * @return the size
   * @throws LedgerStoreException if the store cannot be read
   */
  long size();

  /**
   * Appends a batch of lines, all or none, durably before returning.
   *
   * @param batch the lines, the head they follow and the head they make, not null
   * @throws LedgerStoreException if the store cannot write, or its head is not the batch's previous
   *     head (another writer appended: code {@code ledger.store.conflict})
   */
  void append(StoreBatch batch);

  /**
   * Closes the store.
   *
   * @throws LedgerStoreException if closing fails
   */
  @Override
  void close();
}
