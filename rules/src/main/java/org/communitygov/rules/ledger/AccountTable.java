package org.communitygov.rules.ledger;

import java.util.Arrays;
import org.communitygov.model.ledger.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * The open accounts of a ledger by id, as a map from the id's value to the account's state would
 * hold them, in an open-addressing table probed linearly (ADR 0107, ADR 0112).
 *
 * <p>Per slot, two longs side by side in one array: where the key's text lies in one array of all
 * the keys' characters (plus one; 0 is an empty slot) with the key's hash, and the key's head (its
 * length and first eight characters, seven bits each); and, in a parallel array, the state. A key
 * of up to eight characters (such as {@code m:V12345}) is confirmed by its head, in the cache line
 * its hash was read from; a longer one by the same {@link AccountId} instance as the account was
 * opened with (kept in the state, which the lookup returns), or else by the rest of its text
 * compared with the copy in the table's own array. The slot and the state are read at the same
 * index, so the two reads overlap: a lookup waits for about two reads, then none.
 *
 * <p>An id's value is 1 to 64 ASCII characters ({@code Identifier.PATTERN}, checked when an id is
 * made): each key is kept as its length, then its characters, one byte each.
 *
 * <p>Not thread-safe: its owner (a {@code LedgerState}) serializes access.
 */
final class AccountTable {
  private static final int FIRST_CAPACITY = 1 << 6;
  private static final long HASH = 0xffff_ffffL;

  /** The characters a key's head holds. */
  private static final int HEAD = 8;

  // per slot s: at 2s, the key's offset in keys plus one (0: empty) << 32 | its hash; at 2s + 1,
  // its head
  private long[] slots = new long[2 * FIRST_CAPACITY];
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
    long[] s = slots;
    int mask = states.length - 1;
    long head = 0;
    for (int at = hash & mask; ; at = (at + 1) & mask) {
      long slot = s[2 * at];
      if (slot == 0) {
        return null;
      }
      if ((int) slot == hash) {
        if (head == 0) {
          head = head(key);
        }
        if (s[2 * at + 1] == head) {
          AccountState state = states[at];
          if (key.length() <= HEAD || state.id == id || sameRest(text(slot), key)) {
            return state;
          }
        }
      }
    }
  }

  /** Puts an account's state under its id's value, in place of any state there was. */
  void put(AccountState state) {
    String key = state.id.value();
    int hash = hash(key);
    int at = find(key, hash);
    if (at >= 0) {
      states[at] = state;
      return;
    }
    if (2 * (size + 1) > states.length) {
      grow();
    }
    int mask = states.length - 1;
    at = hash & mask;
    while (slots[2 * at] != 0) {
      at = (at + 1) & mask;
    }
    slots[2 * at] = (long) (keep(key) + 1) << 32 | (hash & HASH);
    slots[2 * at + 1] = head(key);
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
    int text = text(slots[2 * at]);
    if (text + 1 + keys[text] == keysLength) {
      keysLength = text; // the last key kept, as when an opening is undone
    }
    size--;
    close(at);
  }

  /**
   * How many slots a lookup of an account's id reads, 1 when it is in its home slot; 0 if the table
   * has no such account. Tells how well the keys spread (ADR 0115).
   */
  int probes(AccountId id) {
    String key = id.value();
    int hash = hash(key);
    int at = find(key, hash);
    return at < 0 ? 0 : ((at - hash) & (states.length - 1)) + 1;
  }

  /** The slot of a key, or -1. */
  private int find(String key, int hash) {
    int mask = states.length - 1;
    long head = head(key);
    for (int at = hash & mask; ; at = (at + 1) & mask) {
      long slot = slots[2 * at];
      if (slot == 0) {
        return -1;
      }
      if ((int) slot == hash && slots[2 * at + 1] == head && sameRest(text(slot), key)) {
        return at;
      }
    }
  }

  /**
   * Whether the key kept at an offset of {@link #keys}, whose head is a string's, is the string's
   * text: their characters after the head are the same.
   */
  private boolean sameRest(int text, String key) {
    byte[] k = keys;
    int n = key.length();
    for (int i = HEAD; i < n; i++) {
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
    long[] oldSlots = slots;
    AccountState[] oldStates = states;
    slots = new long[2 * oldSlots.length];
    states = new AccountState[2 * oldStates.length];
    int mask = states.length - 1;
    for (int i = 0; i < oldStates.length; i++) {
      long slot = oldSlots[2 * i];
      if (slot != 0) {
        int at = (int) slot & mask;
        while (slots[2 * at] != 0) {
          at = (at + 1) & mask;
        }
        slots[2 * at] = slot;
        slots[2 * at + 1] = oldSlots[2 * i + 1];
        states[at] = oldStates[i];
      }
    }
  }

  /**
   * Empties a slot and moves later slots of the same probe run back into the gap (deletion without
   * tombstones in linear probing, Knuth's algorithm R, as in {@link Journal}).
   */
  private void close(int gap) {
    int mask = states.length - 1;
    int at = gap;
    while (true) {
      at = (at + 1) & mask;
      long slot = slots[2 * at];
      if (slot == 0) {
        break;
      }
      int home = (int) slot & mask;
      // the slot at `at` may fill the gap unless its home lies cyclically in (gap, at]
      boolean stays = gap <= at ? (gap < home && home <= at) : (gap < home || home <= at);
      if (!stays) {
        slots[2 * gap] = slot;
        slots[2 * gap + 1] = slots[2 * at + 1];
        states[gap] = states[at];
        gap = at;
      }
    }
    slots[2 * gap] = 0;
    slots[2 * gap + 1] = 0;
    states[gap] = null;
  }

  /** The offset in {@link #keys} of the key of a full slot. */
  private static int text(long slot) {
    return (int) (slot >>> 32) - 1;
  }

  /**
   * A key's head: its length in the top byte, then its first eight characters, seven bits each (an
   * id's characters are ASCII). Two keys of up to eight characters are the same if their heads are;
   * a key's head is never 0.
   */
  static long head(String key) {
    int n = key.length();
    long head = (long) n << 56;
    for (int i = 0, end = Math.min(n, HEAD); i < end; i++) {
      head |= (long) (key.charAt(i) & 0x7f) << (7 * i);
    }
    return head;
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
