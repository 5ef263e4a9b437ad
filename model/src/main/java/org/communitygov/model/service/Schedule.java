package org.communitygov.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * When a service is offered: repeating opening hours and dated exceptions.
 *
 * <p>Invariant: at most one exception per date ({@code schedule.duplicateDate}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSchedule.class)
@JsonDeserialize(as = ImmutableSchedule.class)
public abstract class Schedule {
  Schedule() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableSchedule.Builder builder() {
    return ImmutableSchedule.builder();
  }

  /**
   * Returns the schedule with no hours: by appointment, or not published.
   *
   * @return the empty schedule, not null
   */
  public static Schedule empty() {
    return builder().build();
  }

  /**
   * Returns the repeating opening hours.
   *
   * @return the hours, not null
   */
  public abstract List<@Valid OpeningHours> hours();

  /**
   * Returns the dated exceptions.
   *
   * @return the exceptions, not null
   */
  public abstract List<@Valid ScheduleException> exceptions();

  @Value.Check
  void check() {
    Set<LocalDate> dates = new HashSet<>();
    for (int i = 0; i < exceptions().size(); i++) {
      LocalDate date = exceptions().get(i).date();
      if (!dates.add(date)) {
        throw InvalidValueException.of(
            "schedule",
            "duplicateDate",
            "a date has at most one exception",
            "/exceptions/" + i,
            Map.of("date", date.toString()));
      }
    }
  }
}
