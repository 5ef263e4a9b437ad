package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MerkleTreeTest {
  static final Instant T = Instant.parse("2026-12-02T00:00:00Z");
  final Hashes hashes = Hashes.create();

  /** RFC 6962 MTH computed straight from its definition, with no stored nodes. */
  byte[] naiveRoot(List<byte[]> leaves, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return hashes.empty();
    }
    if (n == 1) {
      return leaves.get(from);
    }
    int k = Integer.highestOneBit(n - 1);
    return hashes.node(naiveRoot(leaves, from, from + k), naiveRoot(leaves, from + k, to));
  }

  List<byte[]> leaves(int n) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leaves.add(hashes.leaf(("entry " + i).getBytes(StandardCharsets.UTF_8)));
    }
    return leaves;
  }

  MerkleTree tree(List<byte[]> leaves) {
    MerkleTree tree = new MerkleTree();
    leaves.forEach(tree::append);
    return tree;
  }

  TreeHead head(MerkleTree tree, long size) {
    return TreeHead.of(size, tree.root(size), T);
  }

  @Nested
  class Roots {
    @Test
    void hashesTheEmptyTreeAndOneLeafAsRfc6962() {
      assertThat(Hashes.hex(new MerkleTree().root()))
          .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
      // RFC 6962 leaf of the empty entry: SHA-256(0x00).
      assertThat(Hashes.hex(hashes.leaf(new byte[0])))
          .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void equalsTheNaiveRootForEverySizeAndPrefix() {
      List<byte[]> leaves = leaves(70);
      MerkleTree tree = tree(leaves);
      for (int n = 0; n <= 70; n++) {
        assertThat(tree.root(n)).as("size %d", n).isEqualTo(naiveRoot(leaves, 0, n));
      }
    }

    @Test
    void goesBackToAnEarlierSizeWhenTruncated() {
      List<byte[]> leaves = leaves(37);
      MerkleTree tree = tree(leaves);
      tree.truncate(21);
      assertThat(tree.root()).isEqualTo(naiveRoot(leaves, 0, 21));
      for (int i = 21; i < 37; i++) {
        tree.append(leaves.get(i));
      }
      assertThat(tree.root()).isEqualTo(naiveRoot(leaves, 0, 37));
    }
  }

  @Nested
  class Pages {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 20261202})
    void keepsRootsAndProofsAcrossPagesAndTruncations(long seed) {
      System.out.println("MerkleTreeTest pages seed " + seed);
      SplittableRandom random = new SplittableRandom(seed);
      List<byte[]> leaves = leaves(20_000 + random.nextInt(20_000));
      MerkleTree tree = tree(leaves);
      int back = 8_000 + random.nextInt(10_000); // back over a page boundary of level 0
      tree.truncate(back);
      for (int i = back; i < leaves.size(); i++) {
        tree.append(leaves.get(i));
      }
      for (int round = 0; round < 6; round++) {
        int n = 1 + random.nextInt(leaves.size());
        int m = random.nextInt(n);
        assertThat(tree.root(n)).as("size %d", n).isEqualTo(naiveRoot(leaves, 0, n));
        assertThat(tree.leaf(m)).isEqualTo(leaves.get(m));
        InclusionProof proof =
            InclusionProof.of("e" + m, m, n, leaves.get(m), tree.inclusionPath(m, n));
        assertThat(ProofVerifier.verify(proof, head(tree, n))).as("leaf %d of %d", m, n).isTrue();
      }
    }
  }

  @Nested
  class Inclusion {
    @Test
    void provesEveryLeafOfEveryTreeUpToSixtyFour() {
      List<byte[]> leaves = leaves(64);
      MerkleTree tree = tree(leaves);
      for (int n = 1; n <= 64; n++) {
        TreeHead head = head(tree, n);
        for (int m = 0; m < n; m++) {
          List<byte[]> path = tree.inclusionPath(m, n);
          assertThat(path.size()).isLessThanOrEqualTo(64 - Long.numberOfLeadingZeros(n - 1));
          InclusionProof proof = InclusionProof.of("e" + m, m, n, leaves.get(m), path);
          assertThat(ProofVerifier.verify(proof, head)).as("leaf %d of %d", m, n).isTrue();
        }
      }
    }

    @Test
    void failsForAnotherLeafAnotherIndexOrAFlippedBit() {
      List<byte[]> leaves = leaves(23);
      MerkleTree tree = tree(leaves);
      TreeHead head = head(tree, 23);
      List<byte[]> path = tree.inclusionPath(9, 23);
      assertThat(ProofVerifier.verify(InclusionProof.of("e", 9, 23, leaves.get(10), path), head))
          .isFalse();
      assertThat(ProofVerifier.verify(InclusionProof.of("e", 8, 23, leaves.get(9), path), head))
          .isFalse();
      assertThat(ProofVerifier.verify(InclusionProof.of("e", 9, 22, leaves.get(9), path), head))
          .isFalse();
      for (int h = 0; h < path.size(); h++) {
        for (int bit = 0; bit < 256; bit += 37) {
          List<byte[]> bad = new ArrayList<>();
          path.forEach(p -> bad.add(p.clone()));
          bad.get(h)[bit / 8] ^= (byte) (1 << (bit % 8));
          assertThat(ProofVerifier.verify(InclusionProof.of("e", 9, 23, leaves.get(9), bad), head))
              .isFalse();
        }
      }
      assertThat(
              ProofVerifier.verify(
                  InclusionProof.of("e", 9, 23, leaves.get(9), path.subList(0, path.size() - 1)),
                  head))
          .isFalse();
    }
  }

  @Nested
  class Consistency {
    @Test
    void provesEveryPairOfSizesUpToFortyEight() {
      List<byte[]> leaves = leaves(48);
      MerkleTree tree = tree(leaves);
      for (int n = 1; n <= 48; n++) {
        for (int m = 1; m <= n; m++) {
          ConsistencyProof proof = ConsistencyProof.of(m, n, tree.consistencyPath(m, n));
          assertThat(ProofVerifier.verify(proof, head(tree, m), head(tree, n)))
              .as("%d to %d", m, n)
              .isTrue();
        }
      }
    }

    @Test
    void failsWhenTheEarlierTreeWasChanged() {
      List<byte[]> leaves = leaves(30);
      MerkleTree tree = tree(leaves);
      List<byte[]> forged = new ArrayList<>(leaves);
      forged.set(3, hashes.leaf("forged".getBytes(StandardCharsets.UTF_8)));
      MerkleTree other = tree(forged);
      for (int m = 4; m < 30; m++) {
        ConsistencyProof proof = ConsistencyProof.of(m, 30, tree.consistencyPath(m, 30));
        assertThat(ProofVerifier.verify(proof, head(other, m), head(tree, 30))).isFalse();
        assertThat(ProofVerifier.verify(proof, head(tree, m), head(other, 30))).isFalse();
      }
    }
  }

  @Test
  void readsBackTheHexOfAHash() {
    byte[] hash = hashes.leaf(new byte[] {1, 2, 3});
    assertThat(Hashes.fromHex(Hashes.hex(hash))).isEqualTo(hash);
    assertThat(HexFormat.of().formatHex(hash)).isEqualTo(Hashes.hex(hash));
  }
}
