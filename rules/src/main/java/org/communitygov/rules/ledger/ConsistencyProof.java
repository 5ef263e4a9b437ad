package org.communitygov.rules.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The proof that a ledger's tree of a later size extends its tree of an earlier size, with no entry
 * changed or removed (RFC 6962 / RFC 9162 §2.1.4).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ConsistencyProof {
  private final long first;
  private final long second;
  private final List<byte[]> path;

  private ConsistencyProof(long first, long second, List<byte[]> path) {
    this.first = first;
    this.second = second;
    this.path = path;
  }

  /**
   * Obtains a proof.
   *
   * @param first the earlier size
   * @param second the later size
   * @param path the proof's hashes, no element null, not null
   * @return the proof, not null
   * @throws NullPointerException if {@code path} or an element is null
   */
  public static ConsistencyProof of(long first, long second, List<byte[]> path) {
    List<byte[]> copy = new ArrayList<>();
    for (byte[] hash : path) {
      copy.add(Objects.requireNonNull(hash, "path element").clone());
    }
    return new ConsistencyProof(first, second, Collections.unmodifiableList(copy));
  }

  /**
   * Returns the earlier size.
   *
   * @return the size
   */
  public long first() {
    return first;
  }

  /**
   * Returns the later size.
   *
   * @return the size
   */
  public long second() {
    return second;
  }

  /**
   * Returns the proof's hashes.
   *
   * @return the hashes (not to be changed), not null
   */
  public List<byte[]> path() {
    return path;
  }
}
