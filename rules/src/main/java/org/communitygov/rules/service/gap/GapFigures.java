package org.communitygov.rules.service.gap;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gap of one community and category is judged on: its requests in the period, how many of
 * them were left unmet, the capacity offered and the units delivered (in the cell's most used
 * unit). A figure that is absent makes the judgement undetermined ({@link GapClassification} names
 * it).
 *
 * <p>Facts: {@code requests}, {@code unmetRequests} (whole numbers), {@code capacity}, {@code
 * delivered} (decimals). Immutable and thread-safe.
 *
 * @param requests the requests made in the period, not negative
 * @param unmetRequests those no order started for within the period, not more than the requests
 * @param capacity the capacity offered over the period, not negative
 * @param delivered the units delivered over the period, not negative
 * @since 0.1.0
 */
public record GapFigures(
    Optional<Integer> requests,
    Optional<Integer> unmetRequests,
    Optional<BigDecimal> capacity,
    Optional<BigDecimal> delivered) {
  /**
   * Checks the figures.
   *
   * @throws IllegalArgumentException if a figure is negative or more requests are unmet than made
   */
  public GapFigures {
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(unmetRequests, "unmetRequests");
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(delivered, "delivered");
    if (requests.orElse(0) < 0
        || unmetRequests.orElse(0) < 0
        || unmetRequests.orElse(0) > requests.orElse(Integer.MAX_VALUE)
        || capacity.orElse(BigDecimal.ZERO).signum() < 0
        || delivered.orElse(BigDecimal.ZERO).signum() < 0) {
      throw new IllegalArgumentException(
          "gap figures are not negative and no more requests are unmet than made");
    }
  }

  /**
   * Obtains complete figures.
   *
   * @param requests the requests made in the period
   * @param unmetRequests those left unmet
   * @param capacity the capacity offered, not null
   * @param delivered the units delivered, not null
   * @return the figures, not null
   */
  public static GapFigures of(
      int requests, int unmetRequests, BigDecimal capacity, BigDecimal delivered) {
    return new GapFigures(
        Optional.of(requests),
        Optional.of(unmetRequests),
        Optional.of(capacity),
        Optional.of(delivered));
  }
}
