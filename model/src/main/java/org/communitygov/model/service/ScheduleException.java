package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * A dated exception to the opening hours: closed on a holiday, or open at other hours that day.
 *
 * <p>Invariant: the opening and closing times are given together, opening first, or not at all
 * (closed) ({@code scheduleException.times}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableScheduleException.class)
@JsonDeserialize(as = ImmutableScheduleException.class)
public abstract class ScheduleException {
  ScheduleException() {}

  /**
   * Obtains a day on which it is closed.
   *
   * @param date the day, not null
   * @param note why, such as 国庆节, not null
   * @return the exception, not null
   * @throws NullPointerException if an argument is null
   */
  public static ScheduleException closed(LocalDate date, String note) {
    return ImmutableScheduleException.builder().date(date).note(note).build();
  }

  /**
   * Obtains a day with other opening hours.
   *
   * @param date the day, not null
   * @param opens when it opens, not null
   * @param closes when it closes, after {@code opens}, not null
   * @return the exception, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if it does not open before it closes
   */
  public static ScheduleException open(LocalDate date, LocalTime opens, LocalTime closes) {
    return ImmutableScheduleException.builder().date(date).opens(opens).closes(closes).build();
  }

  /**
   * Returns the day.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns when it opens that day.
   *
   * @return the time, empty if closed, not null
   */
  public abstract Optional<LocalTime> opens();

  /**
   * Returns when it closes that day.
   *
   * @return the time, empty if closed, not null
   */
  public abstract Optional<LocalTime> closes();

  /**
   * Returns a note, such as the holiday's name.
   *
   * @return the note, not null
   */
  public abstract Optional<@Size(max = 200) String> note();

  /**
   * Tells whether it is closed all day.
   *
   * @return true if closed
   */
  @JsonIgnore
  public boolean isClosed() {
    return opens().isEmpty();
  }

  @Value.Check
  void check() {
    if (opens().isPresent() != closes().isPresent()
        || (opens().isPresent() && !opens().get().isBefore(closes().get()))) {
      throw InvalidValueException.of(
          "scheduleException",
          "times",
          "an exception gives opening and closing times, opening first, or neither (closed)");
    }
  }
}
