package org.communitygov.model.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * When a member may redeem: at most once in each calendar period (海林: once a quarter), and, if
 * {@linkplain #openDays() open days} are given, only on the first days of the period.
 *
 * <p>Invariant: open days are 1 to 366.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRedemptionWindow.class)
@JsonDeserialize(as = ImmutableRedemptionWindow.class)
public abstract class RedemptionWindow {
  RedemptionWindow() {}

  /**
   * Obtains a window: once in each period, any day of it.
   *
   * @param period the period, not null
   * @return the window, not null
   */
  public static RedemptionWindow oncePer(RedemptionPeriod period) {
    return ImmutableRedemptionWindow.builder().period(period).build();
  }

  /**
   * Returns the period in which a member redeems at most once.
   *
   * @return the period, not null
   */
  public abstract RedemptionPeriod period();

  /**
   * Returns the number of days, from the first of each period, on which redemption is open; empty
   * when it is open every day.
   *
   * @return the days, not null
   */
  public abstract Optional<Integer> openDays();

  /**
   * Returns a copy open only on the first days of each period.
   *
   * @param days the days, 1 to 366
   * @return the window, not null
   */
  public RedemptionWindow withOpenDays(int days) {
    return ImmutableRedemptionWindow.copyOf(this).withOpenDays(days);
  }

  /**
   * Returns the last day of the window in the period of a date.
   *
   * @param date the date, not null
   * @return the last open day, not null
   */
  public LocalDate lastOpenDay(LocalDate date) {
    LocalDate start = period().start(date);
    LocalDate periodEnd =
        switch (period()) {
          case MONTH -> start.plusMonths(1).minusDays(1);
          case QUARTER -> start.plusMonths(3).minusDays(1);
          case YEAR -> start.plusYears(1).minusDays(1);
        };
    return openDays()
        .map(d -> start.plusDays(d - 1L))
        .filter(d -> d.isBefore(periodEnd))
        .orElse(periodEnd);
  }

  @Value.Check
  void check() {
    if (openDays().filter(d -> d < 1 || d > 366).isPresent()) {
      throw InvalidValueException.of("redemptionWindow", "openDays", "open days are 1 to 366");
    }
  }
}
