package org.communitygov.rules.ledger;

import java.util.Arrays;

/**
 * The right edge of an RFC 6962 Merkle tree (a compact range): the root of each complete subtree
 * that a binary count of the leaves names, at most 64 hashes. Appending a leaf and the root take
 * O(log n) hashes and constant memory, which is all that {@link JournalVerifier} needs; a {@link
 * MerkleTree} keeps every node for proofs.
 *
 * <p>Not thread-safe.
 *
 * @since 0.1.0
 */
public final class MerkleFrontier {
  private final Hashes hashes = Hashes.create();
  private final byte[] nodes = new byte[64 * Hashes.LENGTH];
  private final byte[] carry = new byte[Hashes.LENGTH];
  private long size;

  /** An empty frontier. */
  public MerkleFrontier() {}

  /**
   * Returns the number of leaves appended.
   *
   * @return the size
   */
  public long size() {
    return size;
  }

  /**
   * Appends a leaf hash.
   *
   * @param leaf holds the leaf hash, not null
   * @param offset where the hash's {@value Hashes#LENGTH} bytes start in {@code leaf}
   */
  public void append(byte[] leaf, int offset) {
    System.arraycopy(leaf, offset, carry, 0, Hashes.LENGTH);
    int k = 0;
    while ((size >>> k & 1) == 1) {
      hashes.node(nodes, k * Hashes.LENGTH, carry, 0, carry, 0);
      k++;
    }
    System.arraycopy(carry, 0, nodes, k * Hashes.LENGTH, Hashes.LENGTH);
    size++;
  }

  /**
   * Returns the root hash of the leaves appended so far (RFC 6962 MTH).
   *
   * @return a new array of {@value Hashes#LENGTH} bytes, not null
   */
  public byte[] root() {
    if (size == 0) {
      return hashes.empty();
    }
    int k = Long.numberOfTrailingZeros(size);
    byte[] root = Arrays.copyOfRange(nodes, k * Hashes.LENGTH, (k + 1) * Hashes.LENGTH);
    for (int j = k + 1; j < 64; j++) {
      if ((size >>> j & 1) == 1) {
        hashes.node(nodes, j * Hashes.LENGTH, root, 0, root, 0);
      }
    }
    return root;
  }
}
