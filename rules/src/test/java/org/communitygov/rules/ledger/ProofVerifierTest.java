package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link ProofVerifier}: proofs whose sizes, indexes or lengths do not fit the heads
 * they are checked against. {@link MerkleTreeTest} proves every leaf and every pair of sizes of
 * small trees; here each malformed proof is refused.
 */
class ProofVerifierTest {
  static final Instant T = Instant.parse("2026-12-02T00:00:00Z");
  final Hashes hashes = Hashes.create();
  final List<byte[]> leaves = new ArrayList<>();
  final MerkleTree tree = new MerkleTree();

  ProofVerifierTest() {
    for (int i = 0; i < 13; i++) {
      byte[] leaf = hashes.leaf(("entry " + i).getBytes(StandardCharsets.UTF_8));
      leaves.add(leaf);
      tree.append(leaf);
    }
  }

  TreeHead head(long size) {
    return TreeHead.of(size, tree.root(size), T);
  }

  static List<byte[]> plus(List<byte[]> path, byte[] extra) {
    List<byte[]> longer = new ArrayList<>(path);
    longer.add(extra);
    return longer;
  }

  @Nested
  class AnInclusionProof {
    InclusionProof proof(long index, long treeSize, List<byte[]> path) {
      return InclusionProof.of("e" + index, index, treeSize, leaves.get((int) index), path);
    }

    @Test
    void ofTheOnlyLeafHasAnEmptyPathAndHoldsAgainstItsHead() {
      assertThat(tree.inclusionPath(0, 1)).isEmpty();
      assertThat(ProofVerifier.verify(proof(0, 1, List.of()), head(1))).isTrue();
    }

    @Test
    void ofTheLastLeafHolds() {
      assertThat(ProofVerifier.verify(proof(12, 13, tree.inclusionPath(12, 13)), head(13)))
          .isTrue();
    }

    @Test
    void failsAgainstAHeadOfAnotherSize() {
      List<byte[]> path = tree.inclusionPath(5, 12);
      assertThat(ProofVerifier.verify(proof(5, 12, path), head(12))).isTrue();
      assertThat(ProofVerifier.verify(proof(5, 12, path), head(13))).isFalse();
      assertThat(ProofVerifier.verify(proof(5, 13, path), head(12))).isFalse();
    }

    @Test
    void failsForAnIndexOutsideTheTree() {
      byte[] leaf = leaves.get(0);
      List<byte[]> path = tree.inclusionPath(0, 13);
      assertThat(ProofVerifier.verify(InclusionProof.of("e", -1, 13, leaf, path), head(13)))
          .isFalse();
      assertThat(ProofVerifier.verify(InclusionProof.of("e", 13, 13, leaf, path), head(13)))
          .isFalse();
      assertThat(ProofVerifier.verify(InclusionProof.of("e", 0, 0, leaf, List.of()), head(0)))
          .isFalse();
    }

    @Test
    void failsWithAHashTooManyOrTooFew() {
      List<byte[]> path = tree.inclusionPath(6, 13);
      assertThat(ProofVerifier.verify(proof(6, 13, plus(path, tree.root(13))), head(13))).isFalse();
      assertThat(ProofVerifier.verify(proof(6, 13, path.subList(1, path.size())), head(13)))
          .isFalse();
      assertThat(ProofVerifier.verify(proof(0, 1, List.of(leaves.get(1))), head(1))).isFalse();
    }
  }

  @Nested
  class AConsistencyProof {
    ConsistencyProof proof(long first, long second) {
      return ConsistencyProof.of(first, second, tree.consistencyPath(first, second));
    }

    @Test
    void fromATreeToItselfIsEmptyAndHoldsOnlyForTheSameTree() {
      assertThat(proof(7, 7).path()).isEmpty();
      assertThat(ProofVerifier.verify(proof(7, 7), head(7), head(7))).isTrue();
      TreeHead other = TreeHead.of(7, tree.root(6), T);
      assertThat(ProofVerifier.verify(proof(7, 7), head(7), other)).isFalse();
      assertThat(
              ProofVerifier.verify(
                  ConsistencyProof.of(7, 7, List.of(tree.root(7))), head(7), head(7)))
          .isFalse();
    }

    @Test
    void fromAPowerOfTwoStartsFromTheEarlierRoot() {
      for (long m : new long[] {1, 2, 4, 8}) {
        assertThat(ProofVerifier.verify(proof(m, 13), head(m), head(13))).as("from %d", m).isTrue();
        TreeHead forged = TreeHead.of(m, leaves.get(12), T);
        assertThat(ProofVerifier.verify(proof(m, 13), forged, head(13))).as("from %d", m).isFalse();
      }
    }

    @Test
    void failsAgainstHeadsOfOtherSizes() {
      assertThat(ProofVerifier.verify(proof(5, 12), head(5), head(13))).isFalse();
      assertThat(ProofVerifier.verify(proof(5, 12), head(6), head(12))).isFalse();
    }

    @Test
    void failsFromALargerToASmallerTree() {
      ConsistencyProof backwards = ConsistencyProof.of(12, 5, tree.consistencyPath(5, 12));
      assertThat(ProofVerifier.verify(backwards, head(12), head(5))).isFalse();
    }

    @Test
    void failsFromTheEmptyTree() {
      ConsistencyProof fromNothing = ConsistencyProof.of(0, 13, List.of(tree.root(13)));
      assertThat(ProofVerifier.verify(fromNothing, head(0), head(13))).isFalse();
    }

    @Test
    void failsWithNoHashesBetweenTwoSizesOrAHashTooMany() {
      assertThat(ProofVerifier.verify(ConsistencyProof.of(5, 12, List.of()), head(5), head(12)))
          .isFalse();
      List<byte[]> path = tree.consistencyPath(5, 12);
      assertThat(
              ProofVerifier.verify(
                  ConsistencyProof.of(5, 12, plus(path, tree.root(3))), head(5), head(12)))
          .isFalse();
      assertThat(
              ProofVerifier.verify(
                  ConsistencyProof.of(5, 12, path.subList(0, path.size() - 1)), head(5), head(12)))
          .isFalse();
    }
  }
}
