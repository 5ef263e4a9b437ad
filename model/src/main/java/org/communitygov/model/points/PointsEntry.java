package org.communitygov.model.points;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * One entry of a stream of points transactions: exactly one scheme (with its dated policies) or one
 * transaction, written {@code {"scheme": …}} or {@code {"transaction": …}}.
 *
 * <p>A stream that carries the scheme with its transactions lets a receiver check each transaction
 * against the policy that produced it. Invariant: exactly one member ({@code pointsEntry.oneOf}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePointsEntry.class)
@JsonDeserialize(as = ImmutablePointsEntry.class)
public abstract class PointsEntry {
  PointsEntry() {}

  /**
   * Obtains the entry of a scheme.
   *
   * @param scheme the scheme, not null
   * @return the entry, not null
   */
  public static PointsEntry of(Scheme scheme) {
    return ImmutablePointsEntry.builder().scheme(scheme).build();
  }

  /**
   * Obtains the entry of a transaction.
   *
   * @param transaction the transaction, not null
   * @return the entry, not null
   */
  public static PointsEntry of(PointsTransaction transaction) {
    return ImmutablePointsEntry.builder().transaction(transaction).build();
  }

  /**
   * Returns the scheme, if this entry is one.
   *
   * @return the scheme, not null
   */
  public abstract Optional<@Valid Scheme> scheme();

  /**
   * Returns the transaction, if this entry is one.
   *
   * @return the transaction, not null
   */
  public abstract Optional<@Valid PointsTransaction> transaction();

  @Value.Check
  void check() {
    if (scheme().isPresent() == transaction().isPresent()) {
      throw InvalidValueException.of(
          "pointsEntry", "oneOf", "an entry holds exactly one of scheme and transaction");
    }
  }
}
