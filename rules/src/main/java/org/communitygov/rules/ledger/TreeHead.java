package org.communitygov.rules.ledger;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The head of a ledger's Merkle tree: its size (number of entries), root hash and the time it was
 * taken. A head published somewhere the ledger's keeper cannot change later lets anyone detect a
 * changed, removed or truncated journal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TreeHead {
  private final long size;
  private final byte[] rootHash;
  private final Instant time;

  private TreeHead(long size, byte[] rootHash, Instant time) {
    this.size = size;
    this.rootHash = rootHash;
    this.time = time;
  }

  /**
   * Obtains a tree head.
   *
   * @param size the number of entries, 0 or more
   * @param rootHash the root hash, 32 bytes, not null
   * @param time when the head was taken, not null
   * @return the head, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the size is negative or the hash not 32 bytes
   */
  public static TreeHead of(long size, byte[] rootHash, Instant time) {
    if (size < 0 || Objects.requireNonNull(rootHash, "rootHash").length != Hashes.LENGTH) {
      throw new IllegalArgumentException("a tree head has a size of 0 or more and a 32-byte hash");
    }
    return new TreeHead(size, rootHash.clone(), Objects.requireNonNull(time, "time"));
  }

  /**
   * Returns the number of entries.
   *
   * @return the size
   */
  public long size() {
    return size;
  }

  /**
   * Returns the root hash.
   *
   * @return a copy of the hash, not null
   */
  public byte[] rootHash() {
    return rootHash.clone();
  }

  /**
   * Returns the root hash in lower-case hexadecimal.
   *
   * @return the hash, not null
   */
  public String rootHex() {
    return Hashes.hex(rootHash);
  }

  /**
   * Returns when the head was taken.
   *
   * @return the time, not null
   */
  public Instant time() {
    return time;
  }

  /**
   * Tells whether this head and another describe the same tree (same size and root), whatever their
   * times.
   *
   * @param other the other head, not null
   * @return true if the trees are the same
   */
  public boolean sameTree(TreeHead other) {
    return size == other.size && Arrays.equals(rootHash, other.rootHash);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof TreeHead other && sameTree(other) && other.time.equals(time));
  }

  @Override
  public int hashCode() {
    return Long.hashCode(size) * 31 + Arrays.hashCode(rootHash);
  }

  @Override
  public String toString() {
    return "TreeHead{size=" + size + ", root=" + rootHex() + ", time=" + time + "}";
  }
}
