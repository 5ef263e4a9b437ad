package org.communitygov.rules.service.gap;

import java.util.List;
import java.util.Objects;
import org.communitygov.rules.service.shared.ReportPeriod;

/**
 * The supply–demand gap report of a period: one row per community and category, in order of
 * community and category code, and the records that could not be placed in a cell.
 *
 * @param period the period, not null
 * @param rows the rows, not null
 * @param unplacedRequests requests of the period without a community
 * @param unplacedOrders orders whose service is not in the catalogue or whose community is unknown
 * @param unplacedDeliveries deliveries of the period whose order was not placed
 * @param unplacedNeeds needs assessed in the period whose community is not known
 * @since 0.1.0
 */
public record GapReport(
    ReportPeriod period,
    List<GapRow> rows,
    long unplacedRequests,
    long unplacedOrders,
    long unplacedDeliveries,
    long unplacedNeeds) {
  /** Copies the rows. */
  public GapReport {
    Objects.requireNonNull(period, "period");
    rows = List.copyOf(rows);
  }

  /**
   * Returns the rows of shortages.
   *
   * @return the rows, not null
   */
  public List<GapRow> shortages() {
    return rows.stream().filter(r -> r.status() == GapStatus.SHORTAGE).toList();
  }
}
