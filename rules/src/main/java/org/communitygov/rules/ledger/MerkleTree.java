package org.communitygov.rules.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only RFC 6962 Merkle tree of leaf hashes that keeps the hash of every complete subtree,
 * so the root of any size, an inclusion proof and a consistency proof each take O(log n) hashes.
 *
 * <p>Level {@code k} holds the hashes of the complete subtrees of 2<sup>k</sup> leaves, in pages of
 * bytes ({@code HashLevel}); a tree of n leaves keeps about 2n hashes.
 *
 * <p>Not thread-safe: its owner (a {@code Ledger}) serializes access.
 *
 * @since 0.1.0
 */
public final class MerkleTree {
  private final Hashes hashes = Hashes.create();
  private final byte[] carry = new byte[Hashes.LENGTH];
  private final List<HashLevel> levels = new ArrayList<>();
  private long size;

  /** Creates an empty tree. */
  public MerkleTree() {}

  /**
   * Returns the number of leaves.
   *
   * @return the size
   */
  public long size() {
    return size;
  }

  /**
   * Appends a leaf hash.
   *
   * @param leafHash the leaf hash, 32 bytes, not null
   */
  public void append(byte[] leafHash) {
    append(leafHash, 0);
  }

  /** Appends the leaf hash at {@code offset} of {@code leafHash}, allocating nothing. */
  void append(byte[] leafHash, int offset) {
    level(0).add(leafHash, offset);
    size++;
    System.arraycopy(leafHash, offset, carry, 0, Hashes.LENGTH);
    for (int k = 0; (size >> k & 1) == 0; k++) {
      HashLevel level = levels.get(k);
      long left = level.count() - 2;
      hashes.node(level.page(left), HashLevel.offset(left), carry, 0, carry, 0);
      level(k + 1).add(carry, 0);
    }
  }

  /**
   * Removes the leaves after the first {@code newSize}, as when an append is undone.
   *
   * @param newSize the size to go back to, not more than the size
   */
  public void truncate(long newSize) {
    if (newSize > size || newSize < 0) {
      throw new IllegalArgumentException("cannot truncate to " + newSize);
    }
    for (int k = 0; k < levels.size(); k++) {
      levels.get(k).truncate(newSize >> k);
    }
    size = newSize;
  }

  private HashLevel level(int k) {
    while (levels.size() <= k) {
      levels.add(new HashLevel());
    }
    return levels.get(k);
  }

  /**
   * Returns the leaf hash at an index.
   *
   * @param index the index, from 0 to size - 1
   * @return the hash, not null
   */
  public byte[] leaf(long index) {
    checkIndex(index, size);
    return levels.get(0).get(index);
  }

  /**
   * Returns the root hash of the whole tree.
   *
   * @return the hash, not null
   */
  public byte[] root() {
    return root(size);
  }

  /**
   * Returns the root hash of the tree of the first {@code treeSize} leaves (RFC 6962 MTH).
   *
   * @param treeSize the size, from 0 to size
   * @return the hash, not null
   */
  public byte[] root(long treeSize) {
    if (treeSize < 0 || treeSize > size) {
      throw new IllegalArgumentException("no tree of size " + treeSize + " in " + size);
    }
    return treeSize == 0 ? hashes.empty() : hash(0, treeSize);
  }

  /** The hash of the leaves [from, to): from is aligned to the largest power of two below. */
  private byte[] hash(long from, long to) {
    long n = to - from;
    if (Long.bitCount(n) == 1 && from % n == 0) {
      int k = Long.numberOfTrailingZeros(n);
      return levels.get(k).get(from >> k);
    }
    long split = Long.highestOneBit(n - 1);
    return hashes.node(hash(from, from + split), hash(from + split, to));
  }

  /**
   * Returns the audit path of a leaf in the tree of the first {@code treeSize} leaves (RFC 6962
   * PATH), from the leaf's sibling up.
   *
   * @param index the leaf's index, less than treeSize
   * @param treeSize the tree's size, not more than size
   * @return the path, about log2(treeSize) hashes, not null
   */
  public List<byte[]> inclusionPath(long index, long treeSize) {
    checkIndex(index, treeSize);
    if (treeSize > size) {
      throw new IllegalArgumentException("no tree of size " + treeSize + " in " + size);
    }
    List<byte[]> path = new ArrayList<>();
    path(index, 0, treeSize, path);
    return path;
  }

  private void path(long m, long from, long to, List<byte[]> out) {
    long n = to - from;
    if (n == 1) {
      return;
    }
    long k = Long.highestOneBit(n - 1);
    if (m < k) {
      path(m, from, from + k, out);
      out.add(hash(from + k, to));
    } else {
      path(m - k, from + k, to, out);
      out.add(hash(from, from + k));
    }
  }

  /**
   * Returns the consistency proof between the trees of the first {@code first} and {@code second}
   * leaves (RFC 6962 PROOF).
   *
   * @param first the earlier size, from 1 to second
   * @param second the later size, not more than size
   * @return the proof, not null (empty when the sizes are equal)
   */
  public List<byte[]> consistencyPath(long first, long second) {
    if (first < 1 || first > second || second > size) {
      throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
    }
    List<byte[]> proof = new ArrayList<>();
    if (first < second) {
      subproof(first, 0, second, true, proof);
    }
    return proof;
  }

  private void subproof(long m, long from, long to, boolean complete, List<byte[]> out) {
    long n = to - from;
    if (m == n) {
      if (!complete) {
        out.add(hash(from, to));
      }
      return;
    }
    long k = Long.highestOneBit(n - 1);
    if (m <= k) {
      subproof(m, from, from + k, complete, out);
      out.add(hash(from + k, to));
    } else {
      subproof(m - k, from + k, to, false, out);
      out.add(hash(from, from + k));
    }
  }

  private static void checkIndex(long index, long treeSize) {
    if (index < 0 || index >= treeSize) {
      throw new IndexOutOfBoundsException("no leaf " + index + " in a tree of " + treeSize);
    }
  }
}
