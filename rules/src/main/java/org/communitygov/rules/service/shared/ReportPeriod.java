package org.communitygov.rules.service.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.communitygov.model.common.InvalidValueException;

/**
 * The days a service report covers, from its first to its last day, in a time zone that turns the
 * instants of requests, orders and deliveries into days ({@code Asia/Shanghai} for China).
 *
 * @param first the first day, not null
 * @param last the last day, not before the first, not null
 * @param zone the time zone, not null
 * @since 0.1.0
 */
public record ReportPeriod(LocalDate first, LocalDate last, ZoneId zone) {
  /** The time zone of Chinese records. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /**
   * Checks the period.
   *
   * @throws InvalidValueException if the last day is before the first ({@code period.order})
   */
  public ReportPeriod {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(zone, "zone");
    if (last.isBefore(first)) {
      throw InvalidValueException.of("period", "order", "a period ends on or after its first day");
    }
  }

  /**
   * Obtains a period in China's time zone.
   *
   * @param first the first day, not null
   * @param last the last day, not null
   * @return the period, not null
   */
  public static ReportPeriod of(LocalDate first, LocalDate last) {
    return new ReportPeriod(first, last, CHINA);
  }

  /**
   * Returns the first instant of the period.
   *
   * @return the instant, not null
   */
  public Instant start() {
    return first.atStartOfDay(zone).toInstant();
  }

  /**
   * Returns the first instant after the period.
   *
   * @return the instant, not null
   */
  public Instant end() {
    return last.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * Tells whether an instant falls on a day of the period.
   *
   * @param at the instant, not null
   * @return true if it is in the period
   */
  public boolean contains(Instant at) {
    return !at.isBefore(start()) && at.isBefore(end());
  }

  /**
   * Returns the number of days.
   *
   * @return the days, at least 1
   */
  public long days() {
    return last.toEpochDay() - first.toEpochDay() + 1;
  }

  @Override
  public String toString() {
    return first + "/" + last;
  }
}
