package org.communitygov.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import java.util.SortedSet;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * Repeating opening hours: weekly on some days of the week ({@code MONDAY–FRIDAY 08:30–17:00}), or
 * monthly on some days of the month ({@code 1, 15 09:00–11:30}).
 *
 * <p>Invariants: a weekly rule has days of the week and no days of the month, a monthly rule the
 * reverse ({@code openingHours.days}); days of the month are 1 to 31 ({@code
 * openingHours.dayOfMonth}); it opens before it closes ({@code openingHours.times}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOpeningHours.class)
@JsonDeserialize(as = ImmutableOpeningHours.class)
public abstract class OpeningHours {
  OpeningHours() {}

  /**
   * Obtains weekly opening hours.
   *
   * @param days the days of the week, not empty
   * @param opens when it opens, not null
   * @param closes when it closes, after {@code opens}, not null
   * @return the opening hours, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code days} is empty or it does not open before it closes
   */
  public static OpeningHours weekly(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
    return ImmutableOpeningHours.builder()
        .recurrence(Recurrence.WEEKLY)
        .daysOfWeek(days)
        .opens(opens)
        .closes(closes)
        .build();
  }

  /**
   * Obtains monthly opening hours.
   *
   * @param daysOfMonth the days of the month, 1 to 31, not empty
   * @param opens when it opens, not null
   * @param closes when it closes, after {@code opens}, not null
   * @return the opening hours, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code daysOfMonth} is empty or out of range, or it does not
   *     open before it closes
   */
  public static OpeningHours monthly(Set<Integer> daysOfMonth, LocalTime opens, LocalTime closes) {
    return ImmutableOpeningHours.builder()
        .recurrence(Recurrence.MONTHLY)
        .daysOfMonth(daysOfMonth)
        .opens(opens)
        .closes(closes)
        .build();
  }

  /**
   * Returns whether the hours repeat weekly or monthly.
   *
   * @return the recurrence, not null
   */
  public abstract Recurrence recurrence();

  /**
   * Returns the days of the week of a weekly rule, Monday first.
   *
   * @return the days, empty for a monthly rule, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<DayOfWeek> daysOfWeek();

  /**
   * Returns the days of the month of a monthly rule, in order.
   *
   * @return the days, empty for a weekly rule, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<Integer> daysOfMonth();

  /**
   * Returns when it opens.
   *
   * @return the time, not null
   */
  public abstract LocalTime opens();

  /**
   * Returns when it closes.
   *
   * @return the time, not null
   */
  public abstract LocalTime closes();

  @Value.Check
  void check() {
    boolean weekly = recurrence() == Recurrence.WEEKLY;
    if (weekly
        ? daysOfWeek().isEmpty() || !daysOfMonth().isEmpty()
        : daysOfMonth().isEmpty() || !daysOfWeek().isEmpty()) {
      throw InvalidValueException.of(
          "openingHours",
          "days",
          "weekly hours name days of the week only, monthly hours days of the month only");
    }
    if (!daysOfMonth().isEmpty() && (daysOfMonth().first() < 1 || daysOfMonth().last() > 31)) {
      throw InvalidValueException.of("openingHours", "dayOfMonth", "a day of the month is 1 to 31");
    }
    if (!opens().isBefore(closes())) {
      throw InvalidValueException.of("openingHours", "times", "opening hours open before closing");
    }
  }
}
