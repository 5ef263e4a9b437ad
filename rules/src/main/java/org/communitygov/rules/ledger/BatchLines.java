package org.communitygov.rules.ledger;

import java.util.Arrays;

/**
 * The journal lines of the batch a ledger is posting, written back to back into one reused {@link
 * CanonicalWriter}, with where each ends: a line is written once, in place, and copied at most once
 * more, into the store (ADR 0108).
 *
 * <p>Not thread-safe: its ledger serializes access.
 */
final class BatchLines {
  // a writer grown past this by a large batch is let go when the batch is cleared
  private static final int KEPT_BYTES = 1 << 20;

  private CanonicalWriter writer = new CanonicalWriter();
  private int[] ends = new int[8];
  private int count;

  /** Empties the batch, keeping its arrays unless a large batch grew them past 1 MiB. */
  void clear() {
    if (writer.array().length > KEPT_BYTES) {
      writer = new CanonicalWriter();
      ends = new int[8];
    }
    writer.reset();
    count = 0;
  }

  /** The writer the next line is written into, after the lines before. */
  CanonicalWriter writer() {
    return writer;
  }

  /** Ends the line written since the last one ended. */
  void endLine() {
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, 2 * count);
    }
    ends[count++] = writer.length();
  }

  /** The number of lines. */
  int count() {
    return count;
  }

  /** The bytes the lines are in, back to back; valid until the batch is cleared. */
  byte[] array() {
    return writer.array();
  }

  /** Where each line ends in {@link #array()}, the first {@link #count()} of them. */
  int[] ends() {
    return ends;
  }

  /**
   * Marks every line but the last as linked to the next: {@code ,"linked":true} before its last
   * brace, as {@link JournalLine#linked(byte[])} does.
   */
  void link() {
    byte[] lines = Arrays.copyOf(writer.array(), writer.length());
    writer.reset();
    int start = 0;
    for (int i = 0; i < count; i++) {
      int end = ends[i];
      if (i < count - 1) {
        writer.append(JournalLine.linked(Arrays.copyOfRange(lines, start, end)));
      } else {
        writer.append(Arrays.copyOfRange(lines, start, end));
      }
      ends[i] = writer.length();
      start = end;
    }
  }
}
