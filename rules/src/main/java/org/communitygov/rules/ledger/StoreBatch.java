package org.communitygov.rules.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A batch of journal lines to append: the lines, and the tree heads (size and root hash) before and
 * after them, which a store can use to refuse a writer that is not up to date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StoreBatch {
  private final long previousSize;
  private final byte[] previousRoot;
  private final List<byte[]> lines;
  private final byte[] root;

  StoreBatch(long previousSize, byte[] previousRoot, List<byte[]> lines, byte[] root) {
    this.previousSize = previousSize;
    this.previousRoot = previousRoot.clone();
    this.lines = Collections.unmodifiableList(new ArrayList<>(lines));
    this.root = root.clone();
  }

  /**
   * Returns the number of lines before the batch.
   *
   * @return the size
   */
  public long previousSize() {
    return previousSize;
  }

  /**
   * Returns the root hash before the batch.
   *
   * @return a copy of the hash, not null
   */
  public byte[] previousRoot() {
    return previousRoot.clone();
  }

  /**
   * Returns the lines, each without its line feed.
   *
   * @return the lines (not to be changed), not null
   */
  public List<byte[]> lines() {
    return lines;
  }

  /**
   * Returns the root hash after the batch.
   *
   * @return a copy of the hash, not null
   */
  public byte[] root() {
    return root.clone();
  }
}
