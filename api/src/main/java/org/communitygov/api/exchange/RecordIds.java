package org.communitygov.api.exchange;

import java.util.OptionalLong;

/**
 * The record identifiers seen so far in one document, to find duplicates: an open-addressing table
 * of 64-bit hashes of the identifiers and the index of the record that held each first, kept at
 * most half full so that a lookup seldom probes more than two slots (the table outgrows the CPU
 * caches, and each probe may be a cache miss). 24 to 48 bytes per record, at most 48 MiB: past
 * {@link #MAX_TRACKED} identifiers, no more are tracked.
 *
 * <p>Two different identifiers share a hash with a probability of about n²/2⁶⁵ (10⁻⁷ for 2 million
 * records): a false duplicate is possible in theory and accepted.
 */
final class RecordIds {
  /** The most identifiers tracked in one document. */
  static final int MAX_TRACKED = 1 << 21;

  private long[] hashes = new long[1024];
  private int[] records = new int[1024];
  private int size;

  /** Whether the table is full and identifiers are no longer tracked. */
  boolean isFull() {
    return size >= MAX_TRACKED;
  }

  /**
   * Adds an identifier held by a record.
   *
   * @return the index of an earlier record with the same identifier, or empty
   */
  OptionalLong add(String id, long record) {
    long hash = hash(id);
    int mask = hashes.length - 1;
    for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
      if (hashes[slot] == 0) {
        if (isFull()) {
          return OptionalLong.empty();
        }
        hashes[slot] = hash;
        records[slot] = (int) record;
        if (++size > hashes.length / 2) {
          grow();
        }
        return OptionalLong.empty();
      }
      if (hashes[slot] == hash) {
        return OptionalLong.of(records[slot]);
      }
    }
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldRecords = records;
    hashes = new long[oldHashes.length * 2];
    records = new int[oldHashes.length * 2];
    int mask = hashes.length - 1;
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldHashes[i] != 0) {
        int slot = (int) oldHashes[i] & mask;
        while (hashes[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        hashes[slot] = oldHashes[i];
        records[slot] = oldRecords[i];
      }
    }
  }

  /** FNV-1a over the characters, then the MurmurHash3 finalizer; never 0 (the empty slot). */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
