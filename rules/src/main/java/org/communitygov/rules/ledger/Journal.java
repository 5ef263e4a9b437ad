package org.communitygov.rules.ledger;

import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.ledger.Entry;
import org.jspecify.annotations.Nullable;

/**
 * A ledger's journal in memory: its entries in order (accepted ones and refusals), and the index of
 * each key, the ledger's one key map (ADR 0101).
 *
 * <p>The index is an open-addressing table of longs, each the journal index (plus one; 0 is an
 * empty slot) in its high half and the key's hash in its low half, probed linearly: no node, no
 * boxed index, one array read per slot (ADR 0107), and a probe reads the entry's key only when the
 * hashes match. A million keys take 16 MB in one array where two hash maps took about 100 MB in
 * three million objects.
 *
 * <p>A journal a ledger wrote holds a key once (an accepted entry or its refusal); if a journal
 * read back holds one twice, the index names the later entry.
 *
 * <p>A key looked up and not found is remembered with the empty slot its probe ended at, until the
 * index changes: adding an entry with that key (the same string) puts it there without probing
 * again, so that a new entry's "exists?" and its insert take one probe (ADR 0107).
 *
 * <p>Not thread-safe: its owner (a {@code Ledger}) serializes access.
 */
final class Journal {
  private static final int FIRST_CAPACITY = 1 << 10;
  private static final long HASH = 0xffff_ffffL;

  private final List<Entry> entries = new ArrayList<>();
  // per slot: the journal index plus one (0: empty) << 32 | the key's hash
  private long[] slots = new long[FIRST_CAPACITY];
  // the last key looked up and not found, its hash and the empty slot its probe ended at; null
  // once the index has changed
  private @Nullable String missing;
  private int missingHash;
  private int missingAt;

  /** The number of entries. */
  int size() {
    return entries.size();
  }

  /** The entry at an index, from 0 to size - 1. */
  Entry get(int index) {
    return entries.get(index);
  }

  /** The entries, in order, as a copy. */
  List<Entry> entries() {
    return List.copyOf(entries);
  }

  /**
   * The index of the (last) entry with a key, or -1 if none has it. The key missed last, asked
   * again (the same string) before the index changed, is answered without a probe: a points book
   * asks whether its new key was accepted, and the posting's check asks again (ADR 0120).
   */
  int indexOf(String key) {
    if (key == missing) {
      return -1;
    }
    int hash = hash(key);
    int at = find(key, hash);
    if (at >= 0) {
      return index(slots[at]);
    }
    missing = key;
    missingHash = hash;
    missingAt = ~at;
    return -1;
  }

  /** Appends an entry; the index then names it for its key. */
  void add(Entry entry) {
    String key = entry.key();
    int hash;
    int at;
    if (key == missing) {
      hash = missingHash;
      at = ~missingAt;
    } else {
      hash = hash(key);
      at = find(key, hash);
    }
    missing = null;
    entries.add(entry);
    long slot = slot(entries.size() - 1, hash);
    if (at >= 0) {
      slots[at] = slot;
      return;
    }
    if (2 * entries.size() > slots.length) {
      grow();
      put(slot);
      return;
    }
    slots[~at] = slot;
  }

  /**
   * Removes the entries after the first {@code size}, the last first, as when a batch is undone.
   */
  void truncate(int size) {
    missing = null;
    while (entries.size() > size) {
      int index = entries.size() - 1;
      String key = entries.get(index).key();
      int at = find(key, hash(key));
      if (at >= 0 && index(slots[at]) == index) {
        remove(at);
      }
      entries.remove(index);
    }
  }

  /**
   * How many slots a lookup of a key reads: 1 when the key (or, for a key not there, an empty slot)
   * is in its home slot. Tells how well the keys spread (ADR 0115).
   */
  int probes(String key) {
    int hash = hash(key);
    int at = find(key, hash);
    return (((at >= 0 ? at : ~at) - hash) & (slots.length - 1)) + 1;
  }

  /**
   * The slot of a key, or, if it is not there, {@code ~} the empty slot the probe ended at (a
   * negative number): a probe compares hashes first and reads keys only when they match.
   */
  private int find(String key, int hash) {
    int mask = slots.length - 1;
    for (int at = hash & mask; ; at = (at + 1) & mask) {
      long slot = slots[at];
      if (slot == 0) {
        return ~at;
      }
      if ((int) slot == hash && entries.get(index(slot)).key().equals(key)) {
        return at;
      }
    }
  }

  private void put(long slot) {
    int mask = slots.length - 1;
    int at = (int) slot & mask;
    while (slots[at] != 0) {
      at = (at + 1) & mask;
    }
    slots[at] = slot;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[2 * old.length];
    for (long slot : old) {
      if (slot != 0) {
        put(slot);
      }
    }
  }

  /**
   * Empties a slot and moves later slots of the same probe run back into the gap (deletion without
   * tombstones in linear probing, Knuth's algorithm R).
   */
  private void remove(int gap) {
    int mask = slots.length - 1;
    int at = gap;
    while (true) {
      at = (at + 1) & mask;
      if (slots[at] == 0) {
        break;
      }
      int home = (int) slots[at] & mask;
      // the slot at `at` may fill the gap unless its home lies cyclically in (gap, at]
      boolean stays = gap <= at ? (gap < home && home <= at) : (gap < home || home <= at);
      if (!stays) {
        slots[gap] = slots[at];
        gap = at;
      }
    }
    slots[gap] = 0;
  }

  /** A slot naming the entry at an index, whose key has a hash. */
  private static long slot(int index, int hash) {
    return (long) (index + 1) << 32 | (hash & HASH);
  }

  /** The index of the entry a (full) slot names. */
  private static int index(long slot) {
    return (int) (slot >>> 32) - 1;
  }

  /**
   * The key's hash, multiplied by the golden ratio's 32-bit fraction and its high bits folded into
   * the low ones, which pick the slot (ADR 0115): {@link String#hashCode()} alone gives ids that
   * differ only in their trailing digits hashes that pile up in a few long probe runs.
   */
  private static int hash(String key) {
    int h = key.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
