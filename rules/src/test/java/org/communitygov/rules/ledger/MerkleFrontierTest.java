package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The right edge of the tree gives, after every append, the root the whole tree gives. */
class MerkleFrontierTest {
  static Stream<Arguments> seeds() {
    return Stream.of(Arguments.of(1L, 1), Arguments.of(7L, 300), Arguments.of(20261202L, 1100));
  }

  @ParameterizedTest(name = "seed {0}, {1} leaves")
  @MethodSource("seeds")
  void hasTheRootOfTheFullTreeAfterEveryAppend(long seed, int count) {
    System.out.println("MerkleFrontierTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    MerkleTree tree = new MerkleTree();
    MerkleFrontier frontier = new MerkleFrontier();
    HexFormat hex = HexFormat.of();
    List<String> roots = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    expected.add(hex.formatHex(tree.root()));
    roots.add(hex.formatHex(frontier.root()));
    byte[] buffer = new byte[40];
    for (int i = 0; i < count; i++) {
      random.nextBytes(buffer);
      int offset = random.nextInt(8);
      byte[] leaf = java.util.Arrays.copyOfRange(buffer, offset, offset + Hashes.LENGTH);
      tree.append(leaf);
      frontier.append(buffer, offset);
      expected.add(hex.formatHex(tree.root()));
      roots.add(hex.formatHex(frontier.root()));
    }
    assertThat(frontier.size()).isEqualTo(count);
    assertThat(roots).isEqualTo(expected);
  }
}
