package org.communitygov.model.volunteer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotEmpty;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * A time a volunteer is available (服务时间): days of the week and a time of day.
 *
 * <p>Invariant: it ends after it starts ({@code availableTime.endBeforeStart}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAvailableTime.class)
@JsonDeserialize(as = ImmutableAvailableTime.class)
public abstract class AvailableTime {
  AvailableTime() {}

  /**
   * Obtains an available time.
   *
   * @param days the days of the week, not empty
   * @param start the time it starts, not null
   * @param end the time it ends, after {@code start}, not null
   * @return the available time, not null
   * @throws InvalidValueException if {@code end} is not after {@code start}
   */
  public static AvailableTime of(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    return ImmutableAvailableTime.builder().days(days).start(start).end(end).build();
  }

  /**
   * Returns the days of the week.
   *
   * @return the days, not empty, not null
   */
  @NotEmpty
  public abstract Set<DayOfWeek> days();

  /**
   * Returns the time it starts.
   *
   * @return the time, not null
   */
  public abstract LocalTime start();

  /**
   * Returns the time it ends.
   *
   * @return the time, after {@link #start()}, not null
   */
  public abstract LocalTime end();

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw InvalidValueException.of(
          "availableTime",
          "endBeforeStart",
          "an available time ends after it starts",
          "/end",
          Map.of("start", start().toString(), "end", end().toString()));
    }
  }
}
