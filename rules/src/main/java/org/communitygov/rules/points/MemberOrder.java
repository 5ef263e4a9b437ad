package org.communitygov.rules.points;

/**
 * The slots of a {@link MemberTable} sorted by their members' ids, as {@link String#compareTo}
 * orders the ids' values, compared mostly by the ids' first 24 characters as the table packs them
 * (eight to a number, the first in the lowest byte): reversed, a number's bytes compare as the
 * characters do. Ids whose packed characters are the same are compared whole.
 *
 * <p>A merge sort, stable, with no boxed numbers and no comparator object, of the slots beside the
 * key of each: the first eight characters reversed, moved with the slot, so that most comparisons
 * read two numbers already in hand and the merges walk their arrays in order (ADR 0121); only equal
 * keys read the table's runs, then the ids.
 */
final class MemberOrder {
  // Runs this short are sorted by insertion first.
  private static final int RUN = 16;

  // The slots being sorted and their keys, side by side; the merges' room of the same length.
  private final long[] keys;
  private final int[] slots;
  private final long[] workKeys;
  private final int[] workSlots;
  private final long[] runs;
  private final int width;
  private final MemberTable table;

  private MemberOrder(int[] slots, long[] runs, int width, MemberTable table) {
    this.slots = slots;
    this.runs = runs;
    this.width = width;
    this.table = table;
    this.keys = new long[slots.length];
    for (int i = 0; i < slots.length; i++) {
      keys[i] = Long.reverseBytes(runs[slots[i] * width + 1]);
    }
    this.workKeys = new long[slots.length];
    this.workSlots = new int[slots.length];
  }

  /**
   * Sorts slot numbers in place.
   *
   * @param order the slot numbers of members in the table
   * @param runs the table's runs: the head, then the three packed words of characters
   * @param width the length of a run
   * @param table the table, whose members' ids break ties
   */
  static void sort(int[] order, long[] runs, int width, MemberTable table) {
    new MemberOrder(order, runs, width, table).sort(0, order.length);
  }

  /** Sorts {@code [from, to)} of the slots and their keys. */
  private void sort(int from, int to) {
    if (to - from <= RUN) {
      insertion(from, to);
      return;
    }
    int mid = (from + to) >>> 1;
    sort(from, mid);
    sort(mid, to);
    if (compare(keys[mid - 1], slots[mid - 1], keys[mid], slots[mid]) <= 0) {
      return; // already in order
    }
    System.arraycopy(keys, from, workKeys, from, to - from);
    System.arraycopy(slots, from, workSlots, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to
          || (i < mid && compare(workKeys[i], workSlots[i], workKeys[j], workSlots[j]) <= 0)) {
        keys[k] = workKeys[i];
        slots[k] = workSlots[i++];
      } else {
        keys[k] = workKeys[j];
        slots[k] = workSlots[j++];
      }
    }
  }

  private void insertion(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      long key = keys[i];
      int slot = slots[i];
      int j = i - 1;
      while (j >= from && compare(keys[j], slots[j], key, slot) > 0) {
        keys[j + 1] = keys[j];
        slots[j + 1] = slots[j];
        j--;
      }
      keys[j + 1] = key;
      slots[j + 1] = slot;
    }
  }

  /**
   * Compares the ids of two slots, given their keys, as {@link String#compareTo} compares their
   * values.
   */
  private int compare(long keyA, int a, long keyB, int b) {
    // The first character that differs is the highest byte that differs; a shorter id's missing
    // characters are zeros, below every character an id has.
    return keyA != keyB ? Long.compareUnsigned(keyA, keyB) : tie(a, b);
  }

  /** Compares the ids of two slots whose first eight characters are the same. */
  private int tie(int a, int b) {
    int x = a * width + 2;
    int y = b * width + 2;
    for (int w = 0; w < 2; w++) {
      long p = runs[x + w];
      long q = runs[y + w];
      if (p != q) {
        return Long.compareUnsigned(Long.reverseBytes(p), Long.reverseBytes(q));
      }
    }
    return table.member(a).value().compareTo(table.member(b).value());
  }
}
