package org.communitygov.rules.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lines of bytes kept back to back in pages of 256 KiB, with where each starts and how long it is
 * in two arrays: a million journal lines are about 1,400 pages, not a million arrays for the
 * collector to trace and copy (ADR 0101). A line longer than a page gets a page of its own. (A page
 * is less than half of G1's smallest region, so it is not a humongous object that takes a region
 * alone.)
 *
 * <p>Append-only; {@link #get(int)} copies a line out. Not thread-safe: its owner serializes
 * access.
 */
final class PackedLines {
  static final int PAGE = 1 << 18;

  private final List<byte[]> pages = new ArrayList<>();
  // per line: its page (high 32 bits) and its offset in the page (low 32 bits); its length
  private long[] starts = new long[1024];
  private int[] lengths = new int[1024];
  private int count;
  private byte[] page = new byte[0];
  private int used;

  /** The number of lines. */
  int size() {
    return count;
  }

  /** Appends a copy of a line. */
  void add(byte[] line) {
    add(line, 0, line.length);
  }

  /** Appends a copy of the line {@code bytes[offset, offset + length)}. */
  void add(byte[] bytes, int offset, int length) {
    if (used + length > page.length) {
      page = new byte[Math.max(PAGE, length)];
      pages.add(page);
      used = 0;
    }
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, 2 * count);
      lengths = Arrays.copyOf(lengths, 2 * count);
    }
    System.arraycopy(bytes, offset, page, used, length);
    starts[count] = (long) (pages.size() - 1) << 32 | used;
    lengths[count] = length;
    count++;
    used += length;
  }

  /** A copy of the line at an index, from 0 to size - 1. */
  byte[] get(int index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("no line " + index + " of " + count);
    }
    long start = starts[index];
    int offset = (int) start;
    return Arrays.copyOfRange(pages.get((int) (start >>> 32)), offset, offset + lengths[index]);
  }
}
