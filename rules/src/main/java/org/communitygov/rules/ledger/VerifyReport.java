package org.communitygov.rules.ledger;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of verifying a journal: how many lines are sound, the head of their tree, and the
 * first problem found, if any, naming its line.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VerifyReport {
  /**
   * The first problem of a journal.
   *
   * @param line the 1-based number of the line at fault (for a truncated journal, the first line
   *     missing), at least 1
   * @param entry the key of the entry on that line, if it could be read
   * @param code a stable code: {@code line.torn}, {@code line.format}, {@code line.index}, {@code
   *     line.leaf}, {@code head.size} or {@code head.root}
   * @param message what is wrong, not null
   */
  public record Problem(long line, Optional<String> entry, String code, String message) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Problem {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return "line "
          + line
          + entry.map(e -> " (entry " + e + ")").orElse("")
          + ": "
          + code
          + ": "
          + message;
    }
  }

  private final long size;
  private final byte[] root;
  private final Optional<Problem> problem;

  VerifyReport(long size, byte[] root, Optional<Problem> problem) {
    this.size = size;
    this.root = root.clone();
    this.problem = problem;
  }

  /**
   * Tells whether the journal is sound (and matches the head, if one was given).
   *
   * @return true if no problem was found
   */
  public boolean isValid() {
    return problem.isEmpty();
  }

  /**
   * Returns the number of sound lines before the first problem (all lines if none).
   *
   * @return the count
   */
  public long size() {
    return size;
  }

  /**
   * Returns the root hash of the tree of the sound lines, in hexadecimal.
   *
   * @return the hash, not null
   */
  public String rootHex() {
    return Hashes.hex(root);
  }

  /**
   * Returns the first problem.
   *
   * @return the problem, or empty if the journal is sound
   */
  public Optional<Problem> problem() {
    return problem;
  }

  @Override
  public String toString() {
    return problem.map(Problem::toString).orElse("valid: " + size + " entries, root " + rootHex());
  }
}
