package org.communitygov.rules.ledger;

import java.util.Arrays;
import org.communitygov.model.ledger.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * The open accounts of a ledger by id, as a map from the id's value to the account's state would
 * hold them, in an open-addressing table probed linearly (ADR 0107).
 *
 * <p>Per slot: the key's hash ({@code int[]}), where its text lies in one array of all the keys'
 * characters ({@code int[]}, plus one; 0 is an empty slot) and the state. A lookup reads the slot,
 * then the state; the same {@link AccountId} instance as the account was opened with is taken at
 * once, another one's text is compared with the copy in the table's own array, not with a string of
 * its own somewhere in the heap. A {@code HashMap} walked table, node, key, key's characters and
 * state: five dependent reads, most of them cache misses among a million postings.
 *
 * <p>An id's value is 1 to 64 ASCII characters ({@code Identifier.PATTERN}, checked when an id is
 * made): each key is kept as its length, then its characters, one byte each.
 *
 * <p>Not thread-safe: its owner (a {@code LedgerState}) serializes access.
 */
final class AccountTable {
  private static final int FIRST_CAPACITY = 1 << 6;

  private int[] hashes = new int[FIRST_CAPACITY];
  private int[] keyAt = new int[FIRST_CAPACITY];
  private AccountState[] states = new AccountState[FIRST_CAPACITY];
  private byte[] keys = new byte[FIRST_CAPACITY * 16];
  private int keysLength;
  private int size;

  /** The number of accounts. */
  int size() {
    return size;
  }

  /** The state of an account, or null if the table has none with that id's value. */
  @Nullable AccountState get(AccountId id) {
    String key = id.value();
    int hash = hash(key);
    int mask = hashes.length - 1;
    for (int at = hash & mask; ; at = (at + 1) & mask) {
      int text = keyAt[at];
      if (text == 0) {
        return null;
      }
      if (hashes[at] == hash) {
        AccountState s = states[at];
        if (s.account.id() == id || sameText(text - 1, key)) {
          return s;
        }
      }
    }
  }

  /** Puts an account's state under its id's value, in place of any state there was. */
  void put(AccountState state) {
    String key = state.account.id().value();
    int hash = hash(key);
    int at = find(key, hash);
    if (at >= 0) {
      states[at] = state;
      return;
    }
    if (2 * (size + 1) > hashes.length) {
      grow();
    }
    int mask = hashes.length - 1;
    at = hash & mask;
    while (keyAt[at] != 0) {
      at = (at + 1) & mask;
    }
    hashes[at] = hash;
    keyAt[at] = keep(key) + 1;
    states[at] = state;
    size++;
  }

  /** Removes the state under an id's value, if there is one. */
  void remove(AccountId id) {
    String key = id.value();
    int at = find(key, hash(key));
    if (at < 0) {
      return;
    }
    int text = keyAt[at] - 1;
    if (text + 1 + keys[text] == keysLength) {
      keysLength = text; // the last key kept, as when an opening is undone
    }
    size--;
    close(at);
  }

  /** The slot of a key, or -1. */
  private int find(String key, int hash) {
    int mask = hashes.length - 1;
    for (int at = hash & mask; ; at = (at + 1) & mask) {
      int text = keyAt[at];
      if (text == 0) {
        return -1;
      }
      if (hashes[at] == hash && sameText(text - 1, key)) {
        return at;
      }
    }
  }

  /** Whether the key kept at an offset of {@link #keys} is a string's text. */
  private boolean sameText(int text, String key) {
    byte[] k = keys;
    int n = key.length();
    if (k[text] != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (k[text + 1 + i] != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends a key to {@link #keys} and returns its offset: its length, then its characters, one
   * byte each (an id's value is 1 to 64 ASCII characters).
   */
  private int keep(String key) {
    int n = key.length();
    if (keysLength + 1 + n > keys.length) {
      keys = Arrays.copyOf(keys, Math.max(keysLength + 1 + n, 2 * keys.length));
    }
    int text = keysLength;
    keys[text] = (byte) n;
    for (int i = 0; i < n; i++) {
      keys[text + 1 + i] = (byte) key.charAt(i);
    }
    keysLength += 1 + n;
    return text;
  }

  private void grow() {
    int[] oldHashes = hashes;
    int[] oldKeyAt = keyAt;
    AccountState[] oldStates = states;
    hashes = new int[2 * oldHashes.length];
    keyAt = new int[2 * oldHashes.length];
    states = new AccountState[2 * oldHashes.length];
    int mask = hashes.length - 1;
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldKeyAt[i] != 0) {
        int at = oldHashes[i] & mask;
        while (keyAt[at] != 0) {
          at = (at + 1) & mask;
        }
        hashes[at] = oldHashes[i];
        keyAt[at] = oldKeyAt[i];
        states[at] = oldStates[i];
      }
    }
  }

  /**
   * Empties a slot and moves later slots of the same probe run back into the gap (deletion without
   * tombstones in linear probing, Knuth's algorithm R, as in {@link Journal}).
   */
  private void close(int gap) {
    int mask = hashes.length - 1;
    int at = gap;
    while (true) {
      at = (at + 1) & mask;
      if (keyAt[at] == 0) {
        break;
      }
      int home = hashes[at] & mask;
      // the slot at `at` may fill the gap unless its home lies cyclically in (gap, at]
      boolean stays = gap <= at ? (gap < home && home <= at) : (gap < home || home <= at);
      if (!stays) {
        hashes[gap] = hashes[at];
        keyAt[gap] = keyAt[at];
        states[gap] = states[at];
        gap = at;
      }
    }
    hashes[gap] = 0;
    keyAt[gap] = 0;
    states[gap] = null;
  }

  /** The key's hash with its high bits spread into the low ones, which pick the slot. */
  private static int hash(String key) {
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }
}
