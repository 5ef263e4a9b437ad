package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackedLinesTest {
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3, 20261202})
  void givesBackEveryLineAsItWasGivenAcrossPages(long seed) {
    System.out.println("PackedLinesTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    PackedLines packed = new PackedLines();
    List<byte[]> lines = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      int length =
          random.nextInt(100) == 0 ? PackedLines.PAGE + random.nextInt(1_000) : random.nextInt(600);
      byte[] line = new byte[length];
      random.nextBytes(line);
      packed.add(line);
      lines.add(line.clone());
      if (length > 0) {
        line[0] = (byte) ~line[0]; // the packed copy is its own
      }
    }
    assertThat(packed.size()).isEqualTo(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(packed.get(i)).as("line %d", i).isEqualTo(lines.get(i));
    }
  }

  @Test
  void refusesAnIndexOutOfRange() {
    PackedLines packed = new PackedLines();
    packed.add(new byte[] {1});
    assertThatThrownBy(() -> packed.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> packed.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aMemoryStoresListOfLinesKeepsItsSizeAndGivesCopies() {
    MemoryLedgerStore store = new MemoryLedgerStore();
    store.append(new StoreBatch(0, new byte[32], List.of(new byte[] {'a'}), new byte[32]));
    List<byte[]> before = store.lines();
    store.append(new StoreBatch(1, new byte[32], List.of(new byte[] {'b'}), new byte[32]));
    before.get(0)[0] = 'z';
    assertThat(before).hasSize(1);
    assertThat(store.lines()).containsExactly(new byte[] {'a'}, new byte[] {'b'});
    assertThat(store.linesFrom(1)).containsExactly(new byte[] {'b'});
  }
}
