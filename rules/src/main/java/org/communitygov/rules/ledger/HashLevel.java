package org.communitygov.rules.ledger;

import java.util.Arrays;

/**
 * One level of a {@link MerkleTree}: a growable array of 32-byte hashes kept in pages of 8,192
 * hashes (256 KiB, less than half of G1's smallest region). The first page grows from 16 hashes, so
 * a small tree stays small; a large one adds pages and never copies the hashes it holds, nor keeps
 * up to twice the room it needs as one doubling array does (ADR 0101).
 *
 * <p>Not thread-safe: its tree's owner serializes access.
 */
final class HashLevel {
  private static final int PAGE_BITS = 13;
  private static final int PAGE_HASHES = 1 << PAGE_BITS;
  private static final int PAGE_BYTES = PAGE_HASHES * Hashes.LENGTH;

  private byte[][] pages = {new byte[16 * Hashes.LENGTH]};
  private long count;

  /** The number of hashes. */
  long count() {
    return count;
  }

  /** Appends the 32 bytes at {@code offset} of {@code hash}. */
  void add(byte[] hash, int offset) {
    int page = (int) (count >>> PAGE_BITS);
    int at = offset(count);
    if (page == pages.length) {
      pages = Arrays.copyOf(pages, 2 * page);
    }
    if (pages[page] == null) {
      pages[page] = new byte[PAGE_BYTES];
    } else if (at + Hashes.LENGTH > pages[page].length) {
      pages[page] = Arrays.copyOf(pages[page], Math.min(PAGE_BYTES, 2 * pages[page].length));
    }
    System.arraycopy(hash, offset, pages[page], at, Hashes.LENGTH);
    count++;
  }

  /** The page that holds the hash at an index, less than the count. */
  byte[] page(long index) {
    return pages[(int) (index >>> PAGE_BITS)];
  }

  /** Where the hash at an index starts in its {@link #page(long)}. */
  static int offset(long index) {
    return (int) (index & (PAGE_HASHES - 1)) * Hashes.LENGTH;
  }

  /** A copy of the hash at an index, less than the count. */
  byte[] get(long index) {
    int from = offset(index);
    return Arrays.copyOfRange(page(index), from, from + Hashes.LENGTH);
  }

  /** Keeps the first {@code newCount} hashes (the pages stay, to be written over). */
  void truncate(long newCount) {
    count = Math.min(count, newCount);
  }
}
