package org.communitygov.rules.service.gap;

import java.math.BigDecimal;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.service.CapacityUnit;
import org.communitygov.model.service.ServiceCategory;
import org.jspecify.annotations.Nullable;

/**
 * The running figures of one community and category: a fixed number of counters, sums per unit and
 * a bounded histogram, so that an aggregation's memory grows with its cells, never with its
 * records. Mutable, not thread-safe.
 */
final class CellTally {
  private static final CapacityUnit[] UNITS = CapacityUnit.values();

  final CommunityId community;
  final ServiceCategory category;
  int requests;
  int assessedNeeds;
  int served;
  final BigDecimal[] capacity = zeros();
  final BigDecimal[] delivered = zeros();
  final WaitingTimes waits = new WaitingTimes();

  CellTally(CommunityId community, ServiceCategory category) {
    this.community = community;
    this.category = category;
  }

  private static BigDecimal[] zeros() {
    BigDecimal[] sums = new BigDecimal[UNITS.length];
    java.util.Arrays.fill(sums, BigDecimal.ZERO);
    return sums;
  }

  /**
   * The unit the cell is judged in: of the units with capacity, the one most used (the cell is as
   * stretched as its most stretched unit); without capacity, the one most delivered; null if none.
   */
  @Nullable CapacityUnit judgedUnit() {
    @Nullable CapacityUnit best = null;
    @Nullable BigDecimal bestUse = null;
    for (CapacityUnit unit : UNITS) {
      BigDecimal cap = capacity[unit.ordinal()];
      if (cap.signum() > 0) {
        BigDecimal use = GapClassification.share(delivered[unit.ordinal()], cap);
        if (bestUse == null || use.compareTo(bestUse) > 0) {
          best = unit;
          bestUse = use;
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (CapacityUnit unit : UNITS) {
      if (delivered[unit.ordinal()].signum() > 0
          && (best == null || delivered[unit.ordinal()].compareTo(delivered[best.ordinal()]) > 0)) {
        best = unit;
      }
    }
    return best;
  }
}
