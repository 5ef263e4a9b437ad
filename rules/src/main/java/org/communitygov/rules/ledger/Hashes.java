package org.communitygov.rules.ledger;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes of RFC 6962 (Certificate Transparency) over SHA-256: a leaf hash is SHA-256(0x00 ‖
 * entry), a node hash SHA-256(0x01 ‖ left ‖ right).
 *
 * <p>An instance holds a {@link MessageDigest} and is not thread-safe; the static methods are.
 *
 * @since 0.1.0
 */
public final class Hashes {
  /** The length of a hash, in bytes. */
  public static final int LENGTH = 32;

  private static final HexFormat HEX = HexFormat.of();

  // a leaf this long or shorter is hashed from a copy after its 0x00, in one update
  private static final int COPIED = 1024;

  private final MessageDigest sha256;
  // 0x00 and a leaf's bytes, or 0x01 and a node's two children: one update per hash (ADR 0111)
  private final byte[] block = new byte[1 + COPIED];

  private Hashes() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Returns a new hasher (not thread-safe).
   *
   * @return the hasher, not null
   */
  public static Hashes create() {
    return new Hashes();
  }

  /**
   * Returns the leaf hash of an entry's canonical bytes: SHA-256(0x00 ‖ bytes).
   *
   * @param bytes the entry's bytes, not null
   * @return the hash, 32 bytes, not null
   */
  public byte[] leaf(byte[] bytes) {
    return leaf(bytes, 0, bytes.length);
  }

  /**
   * Returns the leaf hash of a slice of bytes: SHA-256(0x00 ‖ bytes[offset, offset+length)).
   *
   * @param bytes the bytes, not null
   * @param offset where the entry starts
   * @param length the entry's length
   * @return the hash, 32 bytes, not null
   */
  public byte[] leaf(byte[] bytes, int offset, int length) {
    updateLeaf(bytes, offset, length);
    return sha256.digest();
  }

  /**
   * Returns the hash of an inner node: SHA-256(0x01 ‖ left ‖ right).
   *
   * @param left the left child's hash, not null
   * @param right the right child's hash, not null
   * @return the hash, 32 bytes, not null
   */
  public byte[] node(byte[] left, byte[] right) {
    if (left.length != LENGTH || right.length != LENGTH) {
      sha256.update((byte) 1);
      sha256.update(left);
      sha256.update(right);
      return sha256.digest();
    }
    updateNode(left, 0, right, 0);
    return sha256.digest();
  }

  /**
   * Writes the leaf hash of a slice of bytes into {@code out} at {@code outOffset}, allocating
   * nothing: SHA-256(0x00 ‖ bytes[offset, offset+length)).
   */
  void leaf(byte[] bytes, int offset, int length, byte[] out, int outOffset) {
    updateLeaf(bytes, offset, length);
    finish(out, outOffset);
  }

  /**
   * As {@link #leaf(byte[], int, int, byte[], int)}, without a copy: the byte before {@code offset}
   * (at least 1) stands for the 0x00 in front, set while the bytes are hashed and put back after.
   * The array must be the caller's own, not read by another thread meanwhile (a line being written,
   * a file read into memory).
   */
  void leafInPlace(byte[] bytes, int offset, int length, byte[] out, int outOffset) {
    byte before = bytes[offset - 1];
    bytes[offset - 1] = 0;
    try {
      sha256.update(bytes, offset - 1, length + 1);
    } finally {
      bytes[offset - 1] = before;
    }
    finish(out, outOffset);
  }

  /**
   * Updates with 0x00 and the bytes: in one update from a copy, or, for a long entry, in two.
   * Bounds outside the array fail as {@link MessageDigest#update(byte[], int, int)} fails.
   */
  private void updateLeaf(byte[] bytes, int offset, int length) {
    if (bytes != null
        && offset >= 0
        && length >= 0
        && length <= COPIED
        && offset <= bytes.length - length) {
      block[0] = 0;
      System.arraycopy(bytes, offset, block, 1, length);
      sha256.update(block, 0, length + 1);
    } else {
      sha256.update((byte) 0);
      try {
        sha256.update(bytes, offset, length);
      } catch (RuntimeException e) {
        sha256.reset(); // the 0x00 is not left for the next hash
        throw e;
      }
    }
  }

  private void updateNode(byte[] left, int leftOffset, byte[] right, int rightOffset) {
    block[0] = 1;
    System.arraycopy(left, leftOffset, block, 1, LENGTH);
    System.arraycopy(right, rightOffset, block, 1 + LENGTH, LENGTH);
    sha256.update(block, 0, 1 + 2 * LENGTH);
  }

  /**
   * Writes the hash of an inner node into {@code out} at {@code outOffset}, allocating nothing:
   * SHA-256(0x01 ‖ left ‖ right), each child 32 bytes at its offset. The output may overlap an
   * input.
   */
  void node(byte[] left, int leftOffset, byte[] right, int rightOffset, byte[] out, int outOffset) {
    updateNode(left, leftOffset, right, rightOffset);
    finish(out, outOffset);
  }

  private void finish(byte[] out, int outOffset) {
    try {
      sha256.digest(out, outOffset, LENGTH);
    } catch (DigestException e) {
      throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
    }
  }

  /**
   * Returns the root hash of the empty tree, SHA-256 of no bytes.
   *
   * @return the hash, not null
   */
  public byte[] empty() {
    return sha256.digest();
  }

  /**
   * Writes a hash as lower-case hexadecimal.
   *
   * @param hash the hash, not null
   * @return 64 hexadecimal digits, not null
   */
  public static String hex(byte[] hash) {
    return HEX.formatHex(hash);
  }

  /**
   * Reads a hash written by {@link #hex(byte[])}.
   *
   * @param hex 64 lower-case hexadecimal digits, not null
   * @return the hash, not null
   * @throws IllegalArgumentException if the text is not 64 lower-case hexadecimal digits
   */
  public static byte[] fromHex(String hex) {
    if (hex.length() != 2 * LENGTH
        || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new IllegalArgumentException("a hash is 64 lower-case hexadecimal digits");
    }
    return HEX.parseHex(hex);
  }
}
