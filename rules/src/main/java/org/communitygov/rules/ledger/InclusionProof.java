package org.communitygov.rules.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The proof that an entry is in a ledger's tree of a given size: the entry's key, its index, its
 * leaf hash and the audit path (RFC 6962 / RFC 9162 §2.1.3). {@link ProofVerifier} checks it with
 * nothing but a tree head.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class InclusionProof {
  private final String entry;
  private final long index;
  private final long treeSize;
  private final byte[] leafHash;
  private final List<byte[]> path;

  private InclusionProof(
      String entry, long index, long treeSize, byte[] leafHash, List<byte[]> path) {
    this.entry = entry;
    this.index = index;
    this.treeSize = treeSize;
    this.leafHash = leafHash;
    this.path = path;
  }

  /**
   * Obtains a proof.
   *
   * @param entry the entry's key, not null
   * @param index the entry's index in the journal, 0 or more
   * @param treeSize the size of the tree the proof is for
   * @param leafHash the entry's leaf hash, not null
   * @param path the audit path, no element null, not null
   * @return the proof, not null
   * @throws NullPointerException if an argument is null
   */
  public static InclusionProof of(
      String entry, long index, long treeSize, byte[] leafHash, List<byte[]> path) {
    List<byte[]> copy = new ArrayList<>();
    for (byte[] hash : path) {
      copy.add(Objects.requireNonNull(hash, "path element").clone());
    }
    return new InclusionProof(
        Objects.requireNonNull(entry, "entry"),
        index,
        treeSize,
        Objects.requireNonNull(leafHash, "leafHash").clone(),
        Collections.unmodifiableList(copy));
  }

  /**
   * Returns the entry's key.
   *
   * @return the key, not null
   */
  public String entry() {
    return entry;
  }

  /**
   * Returns the entry's index (0 for the first entry).
   *
   * @return the index
   */
  public long index() {
    return index;
  }

  /**
   * Returns the size of the tree the proof is for.
   *
   * @return the size
   */
  public long treeSize() {
    return treeSize;
  }

  /**
   * Returns the entry's leaf hash.
   *
   * @return a copy of the hash, not null
   */
  public byte[] leafHash() {
    return leafHash.clone();
  }

  /**
   * Returns the audit path, from the leaf's sibling up.
   *
   * @return the hashes (not to be changed), not null
   */
  public List<byte[]> path() {
    return path;
  }
}
