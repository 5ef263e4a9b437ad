package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table of keys of the checks between records. */
class LinkKeysTest {
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7L, 20261202L})
  void findsWhatAMapFindsThroughGrowth(long seed) {
    Random random = new Random(seed);
    LinkKeys keys = new LinkKeys();
    Map<String, Long> first = new HashMap<>();
    for (long record = 0; record < 20_000; record++) {
      String id = "ID-" + random.nextInt(15_000);
      String target = random.nextBoolean() ? "order" : "delivery";
      long hash = LinkKeys.hash(target, id);
      long added =
          keys.add(
              hash,
              record,
              Links.Window.of(
                  java.time.Instant.ofEpochSecond(record),
                  java.time.Instant.ofEpochSecond(record + 1)));
      Long expected = first.putIfAbsent(target + "/" + id, record);
      assertThat(added)
          .as("seed %d, record %d", seed, record)
          .isEqualTo(expected == null ? LinkKeys.ADDED : expected);
    }
    for (Map.Entry<String, Long> key : first.entrySet()) {
      String[] parts = key.getKey().split("/");
      int slot = keys.find(LinkKeys.hash(parts[0], parts[1]));
      assertThat(slot).as("seed %d", seed).isNotNegative();
      assertThat(keys.record(slot)).isEqualTo(key.getValue());
      assertThat(keys.window(slot).from()).isEqualTo(key.getValue() * 1_000_000L);
    }
    assertThat(keys.find(LinkKeys.hash("order", "ID-absent"))).isEqualTo(-1);
  }

  @Test
  void keepsTheSameIdentifierApartInTwoTargets() {
    LinkKeys keys = new LinkKeys();
    assertThat(keys.add(LinkKeys.hash("order", "X-1"), 0, Links.Window.ALWAYS))
        .isEqualTo(LinkKeys.ADDED);
    assertThat(keys.add(LinkKeys.hash("delivery", "X-1"), 1, Links.Window.ALWAYS))
        .isEqualTo(LinkKeys.ADDED);
  }

  @Test
  void keepsNoMoreThanItsBound() {
    LinkKeys keys = new LinkKeys(3);
    for (int i = 0; i < 3; i++) {
      assertThat(keys.add(LinkKeys.hash("order", "O-" + i), i, Links.Window.ALWAYS))
          .isEqualTo(LinkKeys.ADDED);
    }
    assertThat(keys.isFull()).isTrue();
    assertThat(keys.add(LinkKeys.hash("order", "O-3"), 3, Links.Window.ALWAYS))
        .isEqualTo(LinkKeys.FULL);
    assertThat(keys.add(LinkKeys.hash("order", "O-1"), 4, Links.Window.ALWAYS)).isEqualTo(1);
  }
}
