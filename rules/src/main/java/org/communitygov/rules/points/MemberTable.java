package org.communitygov.rules.points;

import java.util.Objects;
import org.communitygov.model.points.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * The members of a book with their histories, in one open-addressing table (ADR 0109): each slot
 * keeps, in one {@code long[]} run of four numbers, the hash and length of the member's id and its
 * first 24 characters packed eight to a number (an id is ASCII), so that finding a member reads one
 * run of the table and then the member's history, rather than a map's node, the key, the key's
 * string and its bytes. An id longer than 24 characters is also compared whole.
 *
 * <p>Members are only added, never removed. Not thread-safe: its book serializes access.
 */
final class MemberTable {
  // Slot i is at WIDTH * i: the head (hash, length, taken), then the id's characters 0-7, 8-15 and
  // 16-23, eight bits each, the first in the lowest byte.
  private static final int WIDTH = 4;
  private static final int PACKED = 3 * 8;

  private long[] slots;
  private MemberId[] members;
  private MemberHistory[] histories;
  private int mask;
  private int size;

  // The order last made, and the slots' arrays and size it was made for: members are only added,
  // and a table that grew has placed them again, in new arrays.
  private int @Nullable [] ordered;
  private MemberId @Nullable [] orderedMembers;
  private int orderedSize;

  // The id last looked up, packed: put after a failed find packs it once.
  private long head;
  private long chars0;
  private long chars1;
  private long chars2;

  MemberTable() {
    this(16);
  }

  /** A table with room for {@code capacity} slots (a power of two), half of which it fills. */
  MemberTable(int capacity) {
    if (Integer.bitCount(capacity) != 1 || capacity < 2) {
      throw new IllegalArgumentException("capacity " + capacity + " is not a power of two");
    }
    slots = new long[capacity * WIDTH];
    members = new MemberId[capacity];
    histories = new MemberHistory[capacity];
    mask = capacity - 1;
  }

  /** The number of members. */
  int size() {
    return size;
  }

  /** A member's history; null if the member is not in the table. */
  @Nullable MemberHistory get(MemberId member) {
    int i = find(member);
    return i < 0 ? null : histories[i];
  }

  /** Whether the member is in the table. */
  boolean contains(MemberId member) {
    return find(member) >= 0;
  }

  /**
   * Adds a member with its history.
   *
   * @throws IllegalArgumentException if the member is in the table already
   */
  void put(MemberId member, MemberHistory history) {
    Objects.requireNonNull(history, "history");
    if (2 * (size + 1) > histories.length) {
      grow();
    }
    // Found or not, the member's id is packed now, for insert.
    if (find(member) >= 0) {
      throw new IllegalArgumentException("member " + member + " is in the table already");
    }
    insert(member, history);
  }

  /**
   * The slots of the members in order of id (as their values' {@link String#compareTo} orders
   * them), to read with {@link #member(int)} and {@link #history(int)}: sorted once, then kept (a
   * copy returned) until a member is added.
   */
  int[] order() {
    int[] kept = ordered;
    if (kept != null && orderedMembers == members && orderedSize == size) {
      return kept.clone();
    }
    int[] order = new int[size];
    int n = 0;
    for (int i = 0; i < members.length; i++) {
      if (members[i] != null) {
        order[n++] = i;
      }
    }
    MemberOrder.sort(order, slots, WIDTH, this);
    ordered = order;
    orderedMembers = members;
    orderedSize = size;
    return order.clone();
  }

  /** The member in a slot of {@link #order()}. */
  MemberId member(int slot) {
    return members[slot];
  }

  /** The history in a slot of {@link #order()}. */
  MemberHistory history(int slot) {
    return histories[slot];
  }

  /** The slot of a member; -1 if it is not in the table. Leaves the member's id packed. */
  private int find(MemberId member) {
    String id = member.value();
    pack(id);
    long[] s = slots;
    int i = (int) (head >>> 32) & mask;
    while (true) {
      int at = i * WIDTH;
      long h = s[at];
      if (h == 0) {
        return -1;
      }
      if (h == head
          && s[at + 1] == chars0
          && s[at + 2] == chars1
          && s[at + 3] == chars2
          && (id.length() <= PACKED || members[i].value().equals(id))) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** Packs an id into {@link #head} and the three words of characters. */
  private void pack(String id) {
    int length = id.length();
    long c0 = 0;
    long c1 = 0;
    long c2 = 0;
    long hash = length;
    long word = 0;
    for (int k = 0; k < length; k++) {
      word |= (long) (id.charAt(k) & 0xff) << ((k & 7) << 3);
      if ((k & 7) == 7 || k == length - 1) {
        int w = k >>> 3;
        if (w == 0) {
          c0 = word;
        } else if (w == 1) {
          c1 = word;
        } else if (w == 2) {
          c2 = word;
        }
        hash = mix(hash ^ word);
        word = 0;
      }
    }
    chars0 = c0;
    chars1 = c1;
    chars2 = c2;
    // The head is never zero (an empty slot): its lowest bit is set.
    head = (mix(hash) & 0xffffffff00000000L) | ((long) length << 1) | 1;
  }

  /**
   * A 64-bit mix (the finalizer of SplitMix64), whose high half the table's index is taken from.
   */
  private static long mix(long x) {
    long z = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Puts a member not in the table, whose id was packed last, in the first free slot. */
  private void insert(MemberId member, MemberHistory history) {
    int i = (int) (head >>> 32) & mask;
    while (slots[i * WIDTH] != 0) {
      i = (i + 1) & mask;
    }
    int at = i * WIDTH;
    slots[at] = head;
    slots[at + 1] = chars0;
    slots[at + 2] = chars1;
    slots[at + 3] = chars2;
    members[i] = member;
    histories[i] = history;
    size++;
  }

  /** Doubles the table, putting each member again. */
  private void grow() {
    MemberId[] oldMembers = members;
    MemberHistory[] oldHistories = histories;
    int capacity = oldMembers.length * 2;
    slots = new long[capacity * WIDTH];
    members = new MemberId[capacity];
    histories = new MemberHistory[capacity];
    mask = capacity - 1;
    size = 0;
    for (int i = 0; i < oldMembers.length; i++) {
      if (oldMembers[i] != null) {
        pack(oldMembers[i].value());
        insert(oldMembers[i], oldHistories[i]);
      }
    }
  }
}
