package org.communitygov.rules.service.gap;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.service.CapacityUnit;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.rules.engine.Decision;

/**
 * One line of the gap report: a community and category over the period, its figures, the decision
 * of {@link GapClassification} and, for a shortage, who could share.
 *
 * @param community the community, not null
 * @param category the category, not null
 * @param requests the requests made in the period
 * @param assessedNeeds the needs found by assessments in the period, where given
 * @param servedRequests the requests an order started for within the period
 * @param capacity the capacity offered over the period, by unit (units without any left out)
 * @param delivered the units delivered in the period, by unit (units without any left out)
 * @param judgedUnit the unit the cell was judged in, empty without capacity or deliveries
 * @param medianWait the median wait from request to the start of service, empty without waits
 * @param p90Wait the 90th percentile of the same, empty without waits
 * @param decision the gap rule's decision, not null
 * @param suggestions for a shortage, the neighbours with capacity to spare, most first
 * @since 0.1.0
 */
public record GapRow(
    CommunityId community,
    ServiceCategory category,
    int requests,
    int assessedNeeds,
    int servedRequests,
    Map<CapacityUnit, BigDecimal> capacity,
    Map<CapacityUnit, BigDecimal> delivered,
    Optional<CapacityUnit> judgedUnit,
    Optional<Duration> medianWait,
    Optional<Duration> p90Wait,
    Decision<GapResult> decision,
    List<SharingSuggestion> suggestions) {
  /** Copies the collections. */
  public GapRow {
    capacity = Map.copyOf(capacity);
    delivered = Map.copyOf(delivered);
    suggestions = List.copyOf(suggestions);
  }

  /**
   * Returns the requests left unmet.
   *
   * @return the requests made less those served
   */
  public int unmetRequests() {
    return requests - servedRequests;
  }

  /**
   * Returns the status the rule found.
   *
   * @return the status, not null
   */
  public GapStatus status() {
    return decision.outcomeOrThrow().status();
  }

  /**
   * Returns the capacity left over in a unit: capacity less deliveries, not below zero.
   *
   * @param unit the unit, not null
   * @return the spare capacity, not null
   */
  public BigDecimal spare(CapacityUnit unit) {
    BigDecimal left =
        capacity
            .getOrDefault(unit, BigDecimal.ZERO)
            .subtract(delivered.getOrDefault(unit, BigDecimal.ZERO));
    return left.signum() > 0 ? left : BigDecimal.ZERO;
  }
}
