package org.communitygov.model.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * When credited points or hours expire: never, on a fixed day each year (all that was credited
 * before it), or a rolling number of months after they were credited.
 *
 * <p>Invariants: a fixed-day expiry names its day and no months; a rolling one names 1 to 600
 * months and no day; "never" names neither.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpiry.class)
@JsonDeserialize(as = ImmutableExpiry.class)
public abstract class Expiry {
  /** The kind of expiry. */
  public enum Kind {
    /** Credits never expire. */
    NONE,
    /** Each year on a fixed day, what was credited before that day expires. */
    FIXED_DAY,
    /** What was credited on a date expires the given number of months later. */
    ROLLING_MONTHS
  }

  Expiry() {}

  /**
   * Obtains "never expires".
   *
   * @return the expiry, not null
   */
  public static Expiry none() {
    return ImmutableExpiry.builder().kind(Kind.NONE).build();
  }

  /**
   * Obtains an expiry on a fixed day each year.
   *
   * @param day the day, such as {@code --12-31}, not null
   * @return the expiry, not null
   */
  public static Expiry onFixedDay(MonthDay day) {
    return ImmutableExpiry.builder().kind(Kind.FIXED_DAY).day(day).build();
  }

  /**
   * Obtains a rolling expiry.
   *
   * @param months the months after crediting, 1 to 600
   * @return the expiry, not null
   * @throws InvalidValueException if out of range ({@code expiry.months})
   */
  public static Expiry rollingMonths(int months) {
    return ImmutableExpiry.builder().kind(Kind.ROLLING_MONTHS).months(months).build();
  }

  /**
   * Returns the kind.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Returns the day of a fixed-day expiry.
   *
   * @return the day, not null
   */
  public abstract Optional<MonthDay> day();

  /**
   * Returns the months of a rolling expiry.
   *
   * @return the months, not null
   */
  public abstract Optional<Integer> months();

  /**
   * Returns the day on which what was credited on a date expires: the first day it is no longer
   * held.
   *
   * @param credited the value date of the credit, not null
   * @return the day, or empty if it never expires
   */
  public Optional<LocalDate> expiresOn(LocalDate credited) {
    return switch (kind()) {
      case NONE -> Optional.empty();
      case ROLLING_MONTHS -> Optional.of(credited.plusMonths(months().orElseThrow()));
      case FIXED_DAY -> {
        LocalDate thisYear = day().orElseThrow().atYear(credited.getYear());
        yield Optional.of(thisYear.isAfter(credited) ? thisYear : thisYear.plusYears(1));
      }
    };
  }

  @Value.Check
  void check() {
    boolean wantsDay = kind() == Kind.FIXED_DAY;
    boolean wantsMonths = kind() == Kind.ROLLING_MONTHS;
    if (day().isPresent() != wantsDay) {
      throw InvalidValueException.of(
          "expiry", "day", "a fixed-day expiry, and only it, names a day");
    }
    if (months().isPresent() != wantsMonths) {
      throw InvalidValueException.of(
          "expiry", "months", "a rolling expiry, and only it, names its months");
    }
    if (months().filter(m -> m < 1 || m > 600).isPresent()) {
      throw InvalidValueException.of("expiry", "months", "a rolling expiry is 1 to 600 months");
    }
  }
}
