package org.communitygov.rules.needs;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The subtotal of each dimension of one assessment, as an unmodifiable map in dimension order over
 * the array the assessment summed into: made once per assessment, never copied. It equals, hashes
 * and prints as an {@code EnumMap} with the same entries.
 */
final class Subtotals extends AbstractMap<ElderAbilityDimension, Integer> {
  private static final ElderAbilityDimension[] DIMENSIONS = ElderAbilityDimension.values();

  /** By dimension ordinal; owned by this map (the caller hands it over). */
  private final int[] values;

  private Subtotals(int[] values) {
    this.values = values;
  }

  /** Takes over an array with one subtotal per dimension, by ordinal; the caller keeps no copy. */
  static Subtotals of(int[] values) {
    if (values.length != DIMENSIONS.length) {
      throw new IllegalArgumentException("one subtotal per dimension: " + values.length);
    }
    return new Subtotals(values);
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return key instanceof ElderAbilityDimension;
  }

  @Override
  public @Nullable Integer get(@Nullable Object key) {
    return key instanceof ElderAbilityDimension d ? values[d.ordinal()] : null;
  }

  @Override
  public Set<Map.Entry<ElderAbilityDimension, Integer>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return values.length;
      }

      @Override
      public Iterator<Map.Entry<ElderAbilityDimension, Integer>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Map.Entry<ElderAbilityDimension, Integer> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return Map.entry(DIMENSIONS[i], values[i]);
          }
        };
      }
    };
  }
}
