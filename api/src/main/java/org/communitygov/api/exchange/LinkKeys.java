package org.communitygov.api.exchange;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The keys declared so far in one document, for the checks between records: an open-addressing
 * table of 64-bit hashes of target and identifier, with the index of the declaring record, the
 * key's window and its value if it has one ({@link Links.Key#value()}), kept at most half full. 56
 * bytes a key at most, and a reference a key once a key has a value; past {@link #MAX_KEYS} keys,
 * no more are kept. Two keys share a hash with a probability of about n²/2⁶⁵, accepted as in {@link
 * RecordIds}.
 */
final class LinkKeys {
  /** The most keys kept in one document. */
  static final int MAX_KEYS = 1 << 20;

  /** What {@link #add} returns for a new key. */
  static final long ADDED = -1;

  /** What {@link #add} returns when the table is full and the key was not kept. */
  static final long FULL = -2;

  private final int maxKeys;
  private long[] hashes = new long[256];
  private int[] records = new int[256];
  private long[] froms = new long[256];
  private long[] tos = new long[256];
  private @Nullable String @Nullable [] values;
  private int size;

  /** A table of at most {@link #MAX_KEYS} keys. */
  LinkKeys() {
    this(MAX_KEYS);
  }

  /** A table of at most {@code maxKeys} keys (a smaller bound for tests). */
  LinkKeys(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  boolean isFull() {
    return size >= maxKeys;
  }

  /** The hash of a key: its target and identifier. */
  static long hash(String target, String id) {
    return RecordIds.hash(target + '\u0000' + id);
  }

  /**
   * Adds a key.
   *
   * @return the index of the record that declared it first, {@link #ADDED} or {@link #FULL}
   */
  long add(long hash, long record, Links.Window window) {
    return add(hash, record, window, Optional.empty());
  }

  /**
   * Adds a key with the value references may have to share.
   *
   * @return the index of the record that declared it first, {@link #ADDED} or {@link #FULL}
   */
  long add(long hash, long record, Links.Window window, Optional<String> value) {
    int slot = slot(hash);
    if (hashes[slot] == hash) {
      return records[slot];
    }
    if (isFull()) {
      return FULL;
    }
    hashes[slot] = hash;
    records[slot] = (int) record;
    froms[slot] = window.from();
    tos[slot] = window.to();
    if (value.isPresent()) {
      if (values == null) {
        values = new String[hashes.length];
      }
      values[slot] = value.get();
    }
    if (++size > hashes.length / 2) {
      grow();
    }
    return ADDED;
  }

  /**
   * Finds a key.
   *
   * @return its slot for {@link #record} and {@link #window}, or -1
   */
  int find(long hash) {
    int slot = slot(hash);
    return hashes[slot] == hash ? slot : -1;
  }

  long record(int slot) {
    return records[slot];
  }

  Links.Window window(int slot) {
    return new Links.Window(froms[slot], tos[slot]);
  }

  /** The value of the key in a slot, if it was declared with one. */
  Optional<String> value(int slot) {
    return values == null ? Optional.empty() : Optional.ofNullable(values[slot]);
  }

  /** The slot that holds the hash, or the empty slot where it would go. */
  private int slot(long hash) {
    int mask = hashes.length - 1;
    int slot = (int) hash & mask;
    while (hashes[slot] != 0 && hashes[slot] != hash) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldRecords = records;
    long[] oldFroms = froms;
    long[] oldTos = tos;
    @Nullable String @Nullable [] oldValues = values;
    hashes = new long[oldHashes.length * 2];
    records = new int[hashes.length];
    froms = new long[hashes.length];
    tos = new long[hashes.length];
    values = oldValues == null ? null : new String[hashes.length];
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldHashes[i] != 0) {
        int slot = slot(oldHashes[i]);
        hashes[slot] = oldHashes[i];
        records[slot] = oldRecords[i];
        froms[slot] = oldFroms[i];
        tos[slot] = oldTos[i];
        if (oldValues != null) {
          values[slot] = oldValues[i];
        }
      }
    }
  }
}
