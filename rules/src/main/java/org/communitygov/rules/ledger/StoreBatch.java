package org.communitygov.rules.ledger;

import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>A ledger's batch lends the lines where the ledger wrote them, back to back, until the store's
 * append returns; they are copied into arrays of their own when {@link #lines()} is first called,
 * or at the end of the loan if the store may keep the batch (ADR 0108).
 *
 * <p>What a batch holds does not change; it is thread-safe. A store other than the memory store may
 * keep a batch and read its lines at any time.
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
  private final int count;
  private final @Nullable Roots roots;
  private byte @Nullable [] previousRoot;
  private byte @Nullable [] root;
  // The lines as arrays of their own, made when first asked for a batch of borrowed lines.
  private @Nullable List<byte[]> lines;
  // The lines of a ledger's batch, back to back where it wrote them, until it takes them back.
  private byte @Nullable [] borrowed;
  private int @Nullable [] ends;

  StoreBatch(long previousSize, byte[] previousRoot, List<byte[]> lines, byte[] root) {
    this.previousSize = previousSize;
    this.previousRoot = previousRoot.clone();
    this.lines = Collections.unmodifiableList(new ArrayList<>(lines));
    this.count = lines.size();
    this.root = root.clone();
    this.roots = null;
  }

  /**
   * A batch of the lines a ledger wrote back to back, which it lends until {@link
   * #release(boolean)} (ADR 0108), whose roots {@code roots} gives when first asked.
   */
  StoreBatch(long previousSize, BatchLines lines, Roots roots) {
    this.previousSize = previousSize;
    this.count = lines.count();
    this.borrowed = lines.array();
    this.ends = lines.ends();
    this.roots = Objects.requireNonNull(roots, "roots");
  }

  /**
   * Ends the loan of a ledger's lines: copies them out first if {@code keep} (a store that may have
   * kept the batch) and {@link #lines()} has not yet.
   */
  synchronized void release(boolean keep) {
    if (keep) {
      lines();
    }
    borrowed = null;
    ends = null;
  }

  /** Appends the lines to packed lines, copying each once. */
  synchronized void addTo(PackedLines to) {
    if (lines != null) {
      for (int i = 0; i < count; i++) {
        byte[] line = lines.get(i);
        to.add(line, 0, line.length);
      }
      return;
    }
    addTo(
        to,
        Objects.requireNonNull(borrowed, "the batch's lines were released"),
        Objects.requireNonNull(ends),
        count);
  }

  /** Appends {@code count} lines written back to back, each ending where {@code ends} says. */
  static void addTo(PackedLines to, byte[] bytes, int[] ends, int count) {
    int start = 0;
    for (int i = 0; i < count; i++) {
      to.add(bytes, start, ends[i] - start);
      start = ends[i];
    }
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
  public synchronized List<byte[]> lines() {
    if (lines == null) {
      byte[] bytes = Objects.requireNonNull(borrowed, "the batch's lines were released");
      int[] lineEnds = Objects.requireNonNull(ends);
      List<byte[]> copies = new ArrayList<>(count);
      int start = 0;
      for (int i = 0; i < count; i++) {
        copies.add(Arrays.copyOfRange(bytes, start, lineEnds[i]));
        start = lineEnds[i];
      }
      lines = Collections.unmodifiableList(copies);
    }
    return lines;
  }

  /**
   * Returns the root hash after the batch.
   *
   * @return a copy of the hash, not null
   */
  public synchronized byte[] root() {
    if (root == null) {
      root = Objects.requireNonNull(roots).rootAt(previousSize + count);
    }
    return root.clone();
  }
}
