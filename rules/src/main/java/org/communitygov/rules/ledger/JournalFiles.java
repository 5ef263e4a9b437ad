package org.communitygov.rules.ledger;

import java.time.Clock;
import java.util.List;
import org.communitygov.model.ledger.LedgerId;

/**
 * Reads a journal's lines into a ledger in memory, to ask it balances and proofs without writing.
 *
 * @since 0.1.0
 */
public final class JournalFiles {
  private JournalFiles() {}

  /**
   * Replays the bytes of a journal file into a ledger in memory.
   *
   * @param content the file's bytes, not null
   * @param clock the clock the ledger's heads are timed by, not null
   * @return the ledger, not null
   * @throws LedgerFormatException if the journal is torn or a line is not sound
   */
  public static Ledger read(byte[] content, Clock clock) {
    JournalText text = JournalText.split(content);
    if (text.isTorn()) {
      throw new LedgerFormatException("line " + text.tornLine + " is torn");
    }
    MemoryLedgerStore store = new MemoryLedgerStore();
    List<byte[]> lines = text.lines;
    if (!lines.isEmpty()) {
      store.append(new StoreBatch(0, new byte[Hashes.LENGTH], lines, new byte[Hashes.LENGTH]));
    }
    return Ledger.open(LedgerId.of("journal"), store, clock);
  }
}
