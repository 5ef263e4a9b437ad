package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Leaf and node hashes, each found in one update from a copy or in place (ADR 0111), are SHA-256 of
 * the prefix byte then the bytes, found the plain way: a separate update per part.
 */
class HashesTest {
  static byte[] plain(int prefix, byte[]... parts) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update((byte) prefix);
      for (byte[] part : parts) {
        sha256.update(part);
      }
      return sha256.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5, 20261203})
  void hashesLeavesOfEveryLengthAsThePlainWayDoesWhereverTheyAre(long seed) {
    System.out.println("HashesTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    Hashes hashes = Hashes.create();
    for (int length = 0; length <= 1100; length++) {
      int offset = 1 + random.nextInt(9);
      byte[] buffer = new byte[offset + length + random.nextInt(9)];
      random.nextBytes(buffer);
      byte[] bytes = Arrays.copyOfRange(buffer, offset, offset + length);
      byte[] before = buffer.clone();
      byte[] expected = plain(0, bytes);
      byte[] out = new byte[40];
      int at = random.nextInt(8);

      assertThat(hashes.leaf(bytes)).as("length %d", length).isEqualTo(expected);
      assertThat(hashes.leaf(buffer, offset, length)).isEqualTo(expected);
      hashes.leaf(buffer, offset, length, out, at);
      assertThat(Arrays.copyOfRange(out, at, at + Hashes.LENGTH)).isEqualTo(expected);
      hashes.leafInPlace(buffer, offset, length, out, at);
      assertThat(Arrays.copyOfRange(out, at, at + Hashes.LENGTH)).isEqualTo(expected);
      assertThat(buffer).as("the bytes, the one before included, put back").isEqualTo(before);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {6, 20261203})
  void hashesNodesAsThePlainWayDoesTheOutputOverAnInputOrNot(long seed) {
    System.out.println("HashesTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    Hashes hashes = Hashes.create();
    for (int i = 0; i < 500; i++) {
      byte[] buffer = new byte[3 * Hashes.LENGTH + 8];
      random.nextBytes(buffer);
      int left = random.nextInt(buffer.length - Hashes.LENGTH + 1);
      int right = random.nextInt(buffer.length - Hashes.LENGTH + 1);
      int out = random.nextBoolean() ? left : random.nextInt(buffer.length - Hashes.LENGTH + 1);
      byte[] l = Arrays.copyOfRange(buffer, left, left + Hashes.LENGTH);
      byte[] r = Arrays.copyOfRange(buffer, right, right + Hashes.LENGTH);
      byte[] expected = plain(1, l, r);

      assertThat(hashes.node(l, r)).isEqualTo(expected);
      hashes.node(buffer, left, buffer, right, buffer, out);
      assertThat(Arrays.copyOfRange(buffer, out, out + Hashes.LENGTH)).isEqualTo(expected);
    }
  }

  @Test
  void hashesANodeOfChildrenNotOfHashLengthAsThePlainWayDoes() {
    byte[] shortOne = {1, 2, 3};
    byte[] longOne = new byte[40];
    Arrays.fill(longOne, (byte) 7);
    Hashes hashes = Hashes.create();
    assertThat(hashes.node(shortOne, longOne)).isEqualTo(plain(1, shortOne, longOne));
    assertThat(hashes.node(new byte[0], new byte[32])).isEqualTo(plain(1, new byte[32]));
  }

  @Test
  void refusesALeafOutsideItsArrayAsMessageDigestDoes() {
    Hashes hashes = Hashes.create();
    byte[] bytes = new byte[10];
    assertThatThrownBy(() -> hashes.leaf(bytes, 4, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Input buffer too short");
    assertThatThrownBy(() -> hashes.leaf(bytes, -1, 3))
        .isInstanceOf(ArrayIndexOutOfBoundsException.class);
    assertThatThrownBy(() -> hashes.leaf(bytes, 2, -1))
        .isInstanceOf(ArrayIndexOutOfBoundsException.class);
    assertThat(hashes.leaf(bytes, 3, 2)).isEqualTo(plain(0, new byte[2]));
  }

  @Test
  void hashesTheEmptyTreeAsSha256OfNothingAfterALeafOrANode() {
    Hashes hashes = Hashes.create();
    hashes.leaf(new byte[] {1, 2});
    hashes.node(new byte[32], new byte[32]);
    assertThat(Hashes.hex(hashes.empty()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
