package org.communitygov.rules.ledger;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * An inclusion proof in a tree of 10,000,000 entries, built from leaf hashes directly (the entries
 * themselves do not matter to the tree): making one, and checking one with {@link ProofVerifier}.
 * The setup prints the proof's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class InclusionProofs {
  static final long SIZE = 10_000_000;

  MerkleTree tree;
  TreeHead head;
  InclusionProof sample;
  long next = 1;

  @Setup(Level.Trial)
  public void tree() {
    tree = new MerkleTree();
    byte[] leaf = new byte[32];
    for (long i = 0; i < SIZE; i++) {
      leaf[0] = (byte) i;
      leaf[1] = (byte) (i >> 8);
      leaf[2] = (byte) (i >> 16);
      leaf[3] = (byte) (i >> 24);
      tree.append(leaf.clone());
    }
    head = TreeHead.of(SIZE, tree.root(), Instant.parse("2026-03-31T08:00:00Z"));
    sample = prove();
    if (!ProofVerifier.verify(sample, head)) {
      throw new IllegalStateException("the proof does not hold");
    }
    System.out.printf(
        "%nproof of entry %d of %d: %d hashes, %d bytes of hashes, %d bytes as JSON%n",
        sample.index(),
        SIZE,
        sample.path().size(),
        sample.path().size() * 32,
        ProofJson.write(sample).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
  }

  @Benchmark
  public InclusionProof prove() {
    next = (next * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L);
    long index = Math.floorMod(next, SIZE);
    List<byte[]> path = tree.inclusionPath(index, SIZE);
    return InclusionProof.of("E" + index, index, SIZE, tree.leaf(index), path);
  }

  @Benchmark
  public boolean check() {
    return ProofVerifier.verify(sample, head);
  }
}
