package org.communitygov.rules.needs.shared;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable map over the arrays its maker hands over, in their order: what a rule puts in its
 * result, made once and never copied (the maker keeps no reference to the arrays). Results hold a
 * few entries, so a key is found by looking at each. It equals, hashes and prints as any map with
 * the same entries.
 */
public final class ArrayMap<K, V> extends AbstractMap<K, V> {
  private final K[] keys;
  private final V[] values;
  private final int size;

  private ArrayMap(K[] keys, V[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  /**
   * Takes over the first {@code size} keys and values; the keys are distinct and not null, the
   * values not null.
   */
  public static <K, V> ArrayMap<K, V> of(K[] keys, V[] values, int size) {
    if (size > keys.length || size > values.length) {
      throw new IllegalArgumentException("size " + size + " is more than the arrays hold");
    }
    return new ArrayMap<>(keys, values, size);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public @Nullable V get(@Nullable Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  private int indexOf(@Nullable Object key) {
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<K, V> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return Map.entry(keys[i], values[i]);
          }
        };
      }
    };
  }
}
