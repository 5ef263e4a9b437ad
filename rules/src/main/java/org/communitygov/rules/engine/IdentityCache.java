package org.communitygov.rules.engine;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link RuleContext} has found, by the identity of what it was asked for (a parameter
 * declaration's class, a parameter key): an open-addressing table read on every evaluation without
 * a lock, replaced whole when a key is added. Only a cache in front of the context's own maps: at
 * most {@value #LIMIT} keys, after which nothing more is added (keys made anew for every call would
 * otherwise fill it). Thread-safe.
 */
final class IdentityCache {
  static final int LIMIT = 256;

  // Key, value, key, value…; a power-of-two number of pairs, at most half of them used.
  private volatile Object[] table = new Object[32];
  private int size;

  /** The value of a key, or null. */
  @Nullable Object get(Object key) {
    Object[] t = table;
    int mask = (t.length >> 1) - 1;
    int i = System.identityHashCode(key) & mask;
    while (true) {
      Object k = t[i << 1];
      if (k == key) {
        return t[(i << 1) + 1];
      } else if (k == null) {
        return null;
      }
      i = (i + 1) & mask;
    }
  }

  /** Remembers the value of a key, unless the key is known or the table is full. */
  synchronized void put(Object key, Object value) {
    if (size >= LIMIT || get(key) != null) {
      return;
    }
    Object[] t = table;
    int pairs = t.length >> 1;
    Object[] copy = new Object[(size + 1) * 2 > pairs ? t.length * 2 : t.length];
    for (int i = 0; i < t.length; i += 2) {
      if (t[i] != null) {
        insert(copy, t[i], t[i + 1]);
      }
    }
    insert(copy, key, value);
    size++;
    table = copy;
  }

  private static void insert(Object[] t, Object key, Object value) {
    int mask = (t.length >> 1) - 1;
    int i = System.identityHashCode(key) & mask;
    while (t[i << 1] != null) {
      i = (i + 1) & mask;
    }
    t[i << 1] = key;
    t[(i << 1) + 1] = value;
  }
}
