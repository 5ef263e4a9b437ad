package org.communitygov.rules.needs.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrayMapTest {
  private static Map<String, Integer> map() {
    return ArrayMap.of(new String[] {"b", "a", "c", "unused"}, new Integer[] {2, 1, 3, 9}, 3);
  }

  @Test
  void equalsHashesAndPrintsAsAnOrderedMapWithTheSameEntries() {
    Map<String, Integer> same = new LinkedHashMap<>();
    same.put("b", 2);
    same.put("a", 1);
    same.put("c", 3);

    assertThat(map()).isEqualTo(same).hasSameHashCodeAs(same).hasToString(same.toString());
    assertThat(same).isEqualTo(map());
    assertThat(map()).isNotEqualTo(Map.of("b", 2, "a", 1));
  }

  @Test
  void keepsTheOrderAndOnlyTheGivenSize() {
    assertThat(map().keySet()).containsExactly("b", "a", "c");
    assertThat(map()).hasSize(3).containsEntry("c", 3).doesNotContainKey("unused");
    assertThat(map().get("unused")).isNull();
  }

  @Test
  void cannotBeChanged() {
    Map<String, Integer> map = map();

    assertThatThrownBy(() -> map.put("d", 4)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(map).hasSize(3);
  }

  @Test
  void mayHoldTheWholeArraysAndFindsItsFirstKey() {
    Map<String, Integer> full = ArrayMap.of(new String[] {"a", "b"}, new Integer[] {1, 2}, 2);

    assertThat(full).containsOnlyKeys("a", "b").containsEntry("a", 1).containsEntry("b", 2);
    assertThat(full.containsKey("a")).isTrue();
    assertThat(full.containsKey("z")).isFalse();
  }

  @Test
  void endsItsIterationAtItsSizeNotAtTheArrays() {
    var entries = map().entrySet().iterator();
    for (int i = 0; i < 3; i++) {
      entries.next();
    }

    assertThat(entries.hasNext()).isFalse();
    assertThatThrownBy(entries::next).isInstanceOf(java.util.NoSuchElementException.class);
  }

  @Test
  void rejectsASizeLargerThanTheArrays() {
    assertThatThrownBy(() -> ArrayMap.of(new String[1], new Integer[2], 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size 2 is more than the arrays hold");
    assertThatThrownBy(() -> ArrayMap.of(new String[2], new Integer[1], 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
