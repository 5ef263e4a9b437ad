package org.communitygov.rules.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A batch of journal lines to append: the lines, and the tree heads (size and root hash) before and
 * after them, which a store can use to refuse a writer that is not up to date.
 *
 * <p>A ledger's batch finds its root hashes when first asked (ADR 0095): a store that does not read
 * them costs no tree hashing per post.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StoreBatch {
  /** The root hash of the tree of a size, for a batch that finds its roots when asked. */
  @FunctionalInterface
  interface Roots {
    byte[] rootAt(long size);
  }

  private final long previousSize;
  private final List<byte[]> lines;
  private final @Nullable Roots roots;
  private byte @Nullable [] previousRoot;
  private byte @Nullable [] root;

  StoreBatch(long previousSize, byte[] previousRoot, List<byte[]> lines, byte[] root) {
    this.previousSize = previousSize;
    this.previousRoot = previousRoot.clone();
    this.lines = Collections.unmodifiableList(new ArrayList<>(lines));
    this.root = root.clone();
    this.roots = null;
  }

  /**
   * A batch of lines the caller hands over (never changed after), whose roots {@code roots} gives
   * when first asked.
   */
  StoreBatch(long previousSize, List<byte[]> lines, Roots roots) {
    this.previousSize = previousSize;
    this.lines = Collections.unmodifiableList(lines);
    this.roots = Objects.requireNonNull(roots, "roots");
  }

  /**
   * Finds both roots now, while the tree they come from still holds the batch (before a ledger
   * undoes a batch its store refused).
   */
  synchronized void fix() {
    previousRoot();
    root();
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
  public synchronized byte[] previousRoot() {
    if (previousRoot == null) {
      previousRoot = Objects.requireNonNull(roots).rootAt(previousSize);
    }
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
  public synchronized byte[] root() {
    if (root == null) {
      root = Objects.requireNonNull(roots).rootAt(previousSize + lines.size());
    }
    return root.clone();
  }
}
