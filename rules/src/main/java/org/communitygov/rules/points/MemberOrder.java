package org.communitygov.rules.points;

/**
 * The slots of a {@link MemberTable} sorted by their members' ids, as {@link String#compareTo}
 * orders the ids' values, compared mostly by the ids' first 24 characters as the table packs them
 * (eight to a number, the first in the lowest byte): reversed, a number's bytes compare as the
 * characters do. Ids whose packed characters are the same are compared whole.
 *
 * <p>A merge sort of the members' places, stable, with no boxed numbers and no comparator object,
 * over a copy of the packed words side by side.
 */
final class MemberOrder {
  // Runs this short are sorted by insertion first.
  private static final int RUN = 16;

  // The packed words of the members to sort, three by three, by their place in the order given.
  private final long[] words;
  private final int[] slots;
  private final MemberTable table;

  private MemberOrder(long[] words, int[] slots, MemberTable table) {
    this.words = words;
    this.slots = slots;
    this.table = table;
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
    // The words copied in one array, read in place of the table's runs strewn over the table.
    long[] words = new long[3 * order.length];
    int[] places = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      System.arraycopy(runs, order[i] * width + 1, words, 3 * i, 3);
      places[i] = i;
    }
    MemberOrder by = new MemberOrder(words, order.clone(), table);
    by.sort(places, new int[order.length], 0, order.length);
    for (int i = 0; i < order.length; i++) {
      order[i] = by.slots[places[i]];
    }
  }

  /** Sorts places {@code a[from, to)}, with {@code work} as room of the same length. */
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

  /** Compares the ids of two places as {@link String#compareTo} compares their values. */
  int compare(int a, int b) {
    int x = 3 * a;
    int y = 3 * b;
    for (int w = 0; w < 3; w++) {
      long p = words[x + w];
      long q = words[y + w];
      if (p != q) {
        // The first character that differs is the lowest byte that differs; a shorter id's
        // missing characters are zeros, below every character an id has.
        return Long.compareUnsigned(Long.reverseBytes(p), Long.reverseBytes(q));
      }
    }
    return table.member(slots[a]).value().compareTo(table.member(slots[b]).value());
  }
}
