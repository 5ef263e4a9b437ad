package org.communitygov.rules.funding.disclosure;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Values by a byte string read in place (an account id, a transaction's source), so that a journal
 * line's strings are looked up without making a {@link String} of them (ADR 0097): open addressing
 * on the hash the reader computed while finding the string's end. Not thread-safe.
 *
 * @param <V> the values
 */
final class SliceKeys<V> {
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private byte[][] keys = new byte[64][];
  private int[] hashes = new int[64];
  private Object[] values = new Object[64];
  private int size;

  /**
   * The hash of {@code b[from, to)}: its length and its first, middle and last eight bytes, or
   * every byte of a shorter string; equal keys are told apart by their bytes.
   */
  static int hash(byte[] b, int from, int to) {
    int n = to - from;
    if (n < 8) {
      int h = n;
      for (int i = from; i < to; i++) {
        h = 31 * h + b[i];
      }
      return h;
    }
    long h = n * 0x9E3779B97F4A7C15L + (long) WORDS.get(b, from);
    h = h * 0x9E3779B97F4A7C15L + (long) WORDS.get(b, from + (n - 8) / 2);
    h = h * 0x9E3779B97F4A7C15L + (long) WORDS.get(b, to - 8);
    return (int) (h ^ (h >>> 32));
  }

  @SuppressWarnings("unchecked")
  @Nullable V get(byte[] b, int from, int to, int hash) {
    int mask = keys.length - 1;
    for (int i = mix(hash) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == hash && Arrays.equals(keys[i], 0, keys[i].length, b, from, to)) {
        return (V) values[i];
      }
    }
    return null;
  }

  void put(byte[] b, int from, int to, int hash, V value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(Arrays.copyOfRange(b, from, to), hash, value);
    size++;
  }

  int size() {
    return size;
  }

  private void insert(byte[] key, int hash, Object value) {
    int mask = keys.length - 1;
    int i = mix(hash) & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = hash;
    values[i] = value;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    hashes = new int[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldHashes[i], oldValues[i]);
      }
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
