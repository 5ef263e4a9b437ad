package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The sizes and indexes a Merkle tree answers for, its first and last ones, and the ones past. */
class MerkleTreeBoundsTest {
  final Hashes hashes = Hashes.create();

  byte[] leaf(String name) {
    return hashes.leaf(name.getBytes(StandardCharsets.UTF_8));
  }

  MerkleTree tree(String... names) {
    MerkleTree tree = new MerkleTree();
    for (String name : names) {
      tree.append(leaf(name));
    }
    return tree;
  }

  @Test
  void answersForTheFirstAndLastLeafAndRefusesTheOnesPast() {
    MerkleTree tree = tree("a", "b", "c", "d", "e");
    assertThat(tree.leaf(0)).isEqualTo(leaf("a"));
    assertThat(tree.leaf(4)).isEqualTo(leaf("e"));
    assertThatThrownBy(() -> tree.leaf(5))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("no leaf 5 in a tree of 5");
    assertThatThrownBy(() -> tree.leaf(-1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("no leaf -1 in a tree of 5");
  }

  @Test
  void answersRootsFromTheEmptyTreeToTheWholeAndNoneBeyond() {
    MerkleTree tree = tree("a", "b", "c", "d", "e");
    assertThat(tree.root(0)).isEqualTo(hashes.empty());
    assertThat(tree.root(5)).isEqualTo(tree.root()).isNotEqualTo(tree.root(4));
    assertThat(tree.root(4)).isEqualTo(tree("a", "b", "c", "d").root());
    assertThatThrownBy(() -> tree.root(6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no tree of size 6 in 5");
    assertThatThrownBy(() -> tree.root(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no tree of size -1 in 5");
  }

  @Test
  void givesPathsOnlyForALeafOfATreeItHolds() {
    MerkleTree tree = tree("a", "b", "c", "d", "e");
    assertThat(tree.inclusionPath(4, 5)).hasSize(1);
    assertThat(tree.inclusionPath(0, 5)).hasSize(3);
    assertThat(tree.inclusionPath(0, 1)).isEmpty();
    assertThatThrownBy(() -> tree.inclusionPath(5, 5))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("no leaf 5 in a tree of 5");
    assertThatThrownBy(() -> tree.inclusionPath(-1, 5))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> tree.inclusionPath(0, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no tree of size 6 in 5");
  }

  @Test
  void givesConsistencyPathsFromSizeOneUpToTheWholeTree() {
    MerkleTree tree = tree("a", "b", "c", "d", "e");
    assertThat(tree.consistencyPath(1, 1)).isEmpty();
    assertThat(tree.consistencyPath(5, 5)).isEmpty();
    assertThat(tree.consistencyPath(1, 5)).hasSize(3);
    assertThat(tree.consistencyPath(4, 5)).containsExactly(leaf("e"));
    for (long[] bad : new long[][] {{0, 5}, {3, 2}, {3, 6}, {-1, 5}}) {
      assertThatThrownBy(() -> tree.consistencyPath(bad[0], bad[1]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no consistency proof from " + bad[0] + " to " + bad[1]);
    }
  }

  @Test
  void truncatesToAnySizeItHoldsAndGrowsAgainAsAFreshTree() {
    MerkleTree tree = tree("a", "b", "c", "d", "e", "f", "g");
    tree.truncate(7);
    assertThat(tree.root()).isEqualTo(tree("a", "b", "c", "d", "e", "f", "g").root());
    tree.truncate(3);
    assertThat(tree.size()).isEqualTo(3);
    tree.append(leaf("x"));
    tree.append(leaf("y"));
    assertThat(tree.root()).isEqualTo(tree("a", "b", "c", "x", "y").root());
    assertThat(tree.root(4)).isEqualTo(tree("a", "b", "c", "x").root());
    tree.truncate(0);
    assertThat(tree.root()).isEqualTo(hashes.empty());
    tree.append(leaf("z"));
    tree.append(leaf("w"));
    assertThat(tree.root()).isEqualTo(tree("z", "w").root());
    assertThatThrownBy(() -> tree.truncate(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot truncate to 3");
    assertThatThrownBy(() -> tree.truncate(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot truncate to -1");
  }
}
