package org.communitygov.rules.service.quality;

import java.util.List;
import java.util.Objects;
import org.communitygov.rules.service.shared.ReportPeriod;

/**
 * The quality report of a period: one row per provider, in order of provider id.
 *
 * @param period the period, not null
 * @param rows the rows, not null
 * @param unplacedFeedback feedback on deliveries that were not among those of the period
 * @since 0.1.0
 */
public record QualityReport(ReportPeriod period, List<QualityRow> rows, long unplacedFeedback) {
  /** Copies the rows. */
  public QualityReport {
    Objects.requireNonNull(period, "period");
    rows = List.copyOf(rows);
  }
}
