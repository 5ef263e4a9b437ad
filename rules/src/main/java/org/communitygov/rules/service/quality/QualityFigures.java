package org.communitygov.rules.service.quality;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.service.RatingDimension;

/**
 * The counts a provider's quality over a period is scored from. Only {@code deliveries} is
 * required; a count not given is 0.
 *
 * <p>Facts: {@code deliveries}, {@code completedDeliveries}, {@code startedOrders}, {@code
 * onTimeOrders}, {@code ratings.<DIMENSION>} (how many ratings) and {@code ratingSum.<DIMENSION>},
 * {@code complaints}, {@code resolvedComplaints}, {@code resolutionHours} (the total hours from
 * feedback to resolution of the resolved ones). Immutable and thread-safe.
 *
 * @param deliveries the deliveries of the period, empty if not known
 * @param completedDeliveries those with the outcome completed
 * @param startedOrders the orders that started (in progress) in the period
 * @param onTimeOrders those that started within the on-time limit of being sent
 * @param ratingCounts the number of ratings per dimension, not null
 * @param ratingSums the sum of the ratings per dimension, not null
 * @param complaints the complaints made on the deliveries
 * @param resolvedComplaints those resolved
 * @param resolutionHours the hours from feedback to resolution, summed over the resolved ones
 * @since 0.1.0
 */
public record QualityFigures(
    Optional<Long> deliveries,
    long completedDeliveries,
    long startedOrders,
    long onTimeOrders,
    Map<RatingDimension, Long> ratingCounts,
    Map<RatingDimension, Long> ratingSums,
    long complaints,
    long resolvedComplaints,
    long resolutionHours) {
  /**
   * Checks and copies.
   *
   * @throws IllegalArgumentException if a count is negative or a part exceeds its whole
   */
  public QualityFigures {
    ratingCounts = copy(ratingCounts);
    ratingSums = copy(ratingSums);
    long all = deliveries.orElse(Long.MAX_VALUE);
    if (all < 0
        || completedDeliveries < 0
        || completedDeliveries > all
        || onTimeOrders < 0
        || onTimeOrders > startedOrders
        || complaints < 0
        || resolvedComplaints < 0
        || resolvedComplaints > complaints
        || resolutionHours < 0
        || ratingCounts.values().stream().anyMatch(c -> c < 0)) {
      throw new IllegalArgumentException(
          "quality counts are not negative and no part is more than its whole");
    }
  }

  private static Map<RatingDimension, Long> copy(Map<RatingDimension, Long> map) {
    return map.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(map));
  }
}
