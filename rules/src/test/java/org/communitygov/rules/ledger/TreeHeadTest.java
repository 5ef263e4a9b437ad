package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link TreeHead}: checked at construction, a copy of its hash, equal by size, root and time. */
class TreeHeadTest {
  static final Instant T = Instant.parse("2026-12-02T00:00:00Z");
  final byte[] root = Hashes.create().empty();

  @Nested
  class Construction {
    @Test
    void refusesANegativeSizeAndAHashOfAnotherLength() {
      assertThat(TreeHead.of(0, root, T).size()).isZero();
      assertThatThrownBy(() -> TreeHead.of(-1, root, T))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> TreeHead.of(1, new byte[31], T))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> TreeHead.of(1, new byte[33], T))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> TreeHead.of(1, root, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("time");
    }

    @Test
    void keepsItsOwnCopyOfTheHash() {
      byte[] hash = root.clone();
      TreeHead head = TreeHead.of(1, hash, T);
      hash[0] ^= 1;
      head.rootHash()[1] ^= 1;
      assertThat(head.rootHash()).isEqualTo(root);
      assertThat(head.rootHex()).isEqualTo(Hashes.hex(root));
    }
  }

  @Nested
  class Equality {
    @Test
    void isTheSameTreeBySizeAndRootAndEqualWhenTheTimeIsTheSameToo() {
      TreeHead head = TreeHead.of(3, root, T);
      TreeHead later = TreeHead.of(3, root, T.plusSeconds(1));
      byte[] other = root.clone();
      other[31] ^= 1;
      assertThat(head.sameTree(later)).isTrue();
      assertThat(head).isNotEqualTo(later).isEqualTo(TreeHead.of(3, root, T));
      assertThat(head).hasSameHashCodeAs(TreeHead.of(3, root, T));
      assertThat(head.sameTree(TreeHead.of(4, root, T))).isFalse();
      assertThat(head.sameTree(TreeHead.of(3, other, T))).isFalse();
      assertThat(head).isNotEqualTo(TreeHead.of(4, root, T)).isNotEqualTo(TreeHead.of(3, other, T));
    }

    @Test
    void saysItsSizeRootAndTime() {
      assertThat(TreeHead.of(3, root, T))
          .hasToString("TreeHead{size=3, root=" + Hashes.hex(root) + ", time=" + T + "}");
    }
  }
}
