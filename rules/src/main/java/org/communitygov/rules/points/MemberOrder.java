package org.communitygov.rules.points;

/**
 * The slots of a {@link MemberTable} sorted by their members' ids, as {@link String#compareTo}
 * orders the ids' values, compared mostly by the ids' first 24 characters as the table packs them
 * (eight to a number, the first in the lowest byte): reversed, a number's bytes compare as the
 * characters do. Ids whose packed characters are the same are compared whole.
 *
 * <p>A merge sort of the slot numbers, stable, with no boxed numbers and no comparator object.
 */
final class MemberOrder {
  // Runs this short are sorted by insertion first.
  private static final int RUN = 16;

  private final long[] slots;
  private final int width;
  private final MemberTable table;

  private MemberOrder(long[] slots, int width, MemberTable table) {
    this.slots = slots;
    this.width = width;
    this.table = table;
  }

  /**
   * Sorts slot numbers in place.
   *
   * @param order the slot numbers of members in the table
   * @param slots the table's runs: the head, then the three packed words of characters
   * @param width the length of a run
   * @param table the table, whose members' ids break ties
   */
  static void sort(int[] order, long[] slots, int width, MemberTable table) {
    MemberOrder by = new MemberOrder(slots, width, table);
    int[] work = new int[order.length];
    by.sort(order, work, 0, order.length);
  }

  /** Sorts {@code a[from, to)}, with {@code work} as room of the same length. */
  private void sort(int[] a, int[] work, int from, int to) {
    if (to - from <= RUN) {
      insertion(a, from, to);
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, work, from, mid);
    sort(a, work, mid, to);
    if (compare(a[mid - 1], a[mid]) <= 0) {
      return; // already in order
    }
    System.arraycopy(a, from, work, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && compare(work[i], work[j]) <= 0)) {
        a[k] = work[i++];
      } else {
        a[k] = work[j++];
      }
    }
  }

  private void insertion(int[] a, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int slot = a[i];
      int j = i - 1;
      while (j >= from && compare(a[j], slot) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = slot;
    }
  }

  /** Compares the ids of two slots as {@link String#compareTo} compares their values. */
  int compare(int a, int b) {
    int x = a * width;
    int y = b * width;
    for (int w = 1; w <= 3; w++) {
      long p = slots[x + w];
      long q = slots[y + w];
      if (p != q) {
        // The first character that differs is the lowest byte that differs; a shorter id's
        // missing characters are zeros, below every character an id has.
        return Long.compareUnsigned(Long.reverseBytes(p), Long.reverseBytes(q));
      }
    }
    return table.member(a).value().compareTo(table.member(b).value());
  }
}
