package org.communitygov.model.points;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The calendar period of a redemption window: a member redeems at most once in each.
 *
 * @since 0.1.0
 */
public enum RedemptionPeriod {
  /** A calendar month. */
  MONTH,
  /** A calendar quarter (海林: once a quarter). */
  QUARTER,
  /** A calendar year. */
  YEAR;

  /**
   * Returns the first day of the period a date falls in.
   *
   * @param date the date, not null
   * @return the first day, not null
   */
  public LocalDate start(LocalDate date) {
    return switch (this) {
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
      case YEAR -> date.withDayOfYear(1);
    };
  }
}
