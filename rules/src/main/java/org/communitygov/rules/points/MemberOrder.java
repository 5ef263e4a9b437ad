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
 * keys read the table's runs, then the ids. Bottom-up, in loops: a job run once a day sorts with
 * code compiled while it runs.
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
    new MemberOrder(order, runs, width, table).sort();
  }

  /**
   * Sorts all the slots and their keys: runs sorted by insertion, then merged pass by pass, each
   * pass from one pair of arrays into the other; loops, not recursion, so that the first run of a
   * process is compiled while it sorts.
   */
  private void sort() {
    int n = keys.length;
    for (int from = 0; from < n; from += RUN) {
      insertion(from, Math.min(n, from + RUN));
    }
    long[] fromKeys = keys;
    int[] fromSlots = slots;
    long[] toKeys = workKeys;
    int[] toSlots = workSlots;
    for (int width = RUN; width < n; width *= 2) {
      for (int from = 0; from < n; from += 2 * width) {
        int mid = Math.min(n, from + width);
        int to = Math.min(n, from + 2 * width);
        merge(fromKeys, fromSlots, toKeys, toSlots, from, mid, to);
      }
      long[] k = fromKeys;
      fromKeys = toKeys;
      toKeys = k;
      int[] s = fromSlots;
      fromSlots = toSlots;
      toSlots = s;
    }
    if (fromSlots != slots) {
      System.arraycopy(fromSlots, 0, slots, 0, n);
    }
  }

  /** Merges {@code [from, mid)} and {@code [mid, to)}, each in order, into the other arrays. */
  private void merge(
      long[] fromKeys, int[] fromSlots, long[] toKeys, int[] toSlots, int from, int mid, int to) {
    int i = from;
    int j = mid;
    int k = from;
    // Two runs already in order (the last of the first before the first of the second) are copied.
    if (mid == to
        || compare(fromKeys[mid - 1], fromSlots[mid - 1], fromKeys[mid], fromSlots[mid]) > 0) {
      while (i < mid && j < to) {
        if (compare(fromKeys[i], fromSlots[i], fromKeys[j], fromSlots[j]) <= 0) {
          toKeys[k] = fromKeys[i];
          toSlots[k++] = fromSlots[i++];
        } else {
          toKeys[k] = fromKeys[j];
          toSlots[k++] = fromSlots[j++];
        }
      }
    }
    System.arraycopy(fromKeys, i, toKeys, k, mid - i);
    System.arraycopy(fromSlots, i, toSlots, k, mid - i);
    k += mid - i;
    System.arraycopy(fromKeys, j, toKeys, k, to - j);
    System.arraycopy(fromSlots, j, toSlots, k, to - j);
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
