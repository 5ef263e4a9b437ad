package org.communitygov.rules.funding.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.funding.disclosure.JournalLines.utf8;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte-slice map of the fold: random keys (printed seeds) put at one place of a buffer are
 * found at another, with their values, through several growths of the table; keys that are not
 * there, keys given the same hash and keys that differ in one byte are told apart; the hash reads
 * every byte of a short key and the length and first, middle and last eight bytes of a longer one.
 */
class SliceKeysTest {
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5, 42, 20261202})
  void everyKeyPutIsFoundWithItsValueAndNoOtherIs(long seed) {
    System.out.println("SliceKeysTest seed " + seed);
    Random random = new Random(seed);
    SliceKeys<Integer> keys = new SliceKeys<>();
    List<String> put = new ArrayList<>();
    Set<String> distinct = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      String key = JournalLines.id(random);
      if (distinct.add(key)) {
        byte[] b = utf8("<" + key + ">");
        keys.put(b, 1, b.length - 1, SliceKeys.hash(b, 1, b.length - 1), put.size());
        put.add(key);
        assertThat(keys.size()).isEqualTo(put.size());
      }
    }
    for (int i = 0; i < put.size(); i++) {
      byte[] b = utf8("\"key\":\"" + put.get(i) + "\"");
      int to = b.length - 1;
      assertThat(keys.get(b, 7, to, SliceKeys.hash(b, 7, to)))
          .as("seed %d %s", seed, put.get(i))
          .isEqualTo(i);
    }
    for (int i = 0; i < 300; i++) {
      String key = JournalLines.id(random);
      if (!distinct.contains(key)) {
        byte[] b = utf8(key);
        assertThat(keys.get(b, 0, b.length, SliceKeys.hash(b, 0, b.length))).as(key).isNull();
      }
    }
  }

  @Test
  void keysWithTheSameHashAreToldApartByTheirBytes() {
    SliceKeys<String> keys = new SliceKeys<>();
    for (int i = 0; i < 100; i++) {
      byte[] b = utf8("fund:" + i);
      keys.put(b, 0, b.length, 17, "value " + i);
    }
    for (int i = 0; i < 100; i++) {
      byte[] b = utf8("fund:" + i);
      assertThat(keys.get(b, 0, b.length, 17)).isEqualTo("value " + i);
      assertThat(keys.get(b, 0, b.length, 18)).as("another hash").isNull();
    }
    byte[] b = utf8("fund:100");
    assertThat(keys.get(b, 0, b.length, 17)).isNull();
    assertThat(keys.get(b, 0, b.length - 1, 17)).as("fund:10").isEqualTo("value 10");
  }

  @Test
  void theHashReadsEveryByteOfAShortKey() {
    Set<Integer> hashes = new HashSet<>();
    for (int n = 0; n < 8; n++) {
      for (int at = 0; at < n; at++) {
        for (char c : new char[] {'a', 'b'}) {
          char[] key = "xxxxxxx".substring(0, n).toCharArray();
          key[at] = c;
          byte[] b = utf8(new String(key));
          hashes.add(SliceKeys.hash(b, 0, b.length));
        }
      }
    }
    assertThat(hashes).as("keys of 1 to 7 bytes, each with a or b at one place").hasSize(56);
  }

  @Test
  void theHashOfALongKeyReadsItsLengthAndFirstMiddleAndLastEightBytes() {
    String base = "fund:lottery:welfare:2026";
    byte[] b = utf8(base);
    int n = b.length;
    Set<Integer> hashes = new HashSet<>();
    hashes.add(SliceKeys.hash(b, 0, n));
    hashes.add(SliceKeys.hash(b, 0, n - 1));
    hashes.add(SliceKeys.hash(b, 1, n));
    int middle = (n - 8) / 2;
    int[] places = {0, 7, middle, middle + 7, n - 8, n - 1};
    for (int at : places) {
      byte[] changed = b.clone();
      changed[at] ^= 1;
      hashes.add(SliceKeys.hash(changed, 0, n));
    }
    assertThat(hashes).hasSize(3 + places.length);
    byte[] inside = utf8("xx" + base + "yy");
    assertThat(SliceKeys.hash(inside, 2, 2 + n)).isEqualTo(SliceKeys.hash(b, 0, n));
  }

  @Test
  void eightByteKeysHashByTheirWords() {
    Set<Integer> hashes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      byte[] b = utf8(String.format("%08d", i));
      hashes.add(SliceKeys.hash(b, 0, 8));
    }
    assertThat(hashes).hasSizeGreaterThan(990);
  }
}
