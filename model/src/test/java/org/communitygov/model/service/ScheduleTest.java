package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScheduleTest {
  static final LocalTime NINE = LocalTime.of(9, 0);
  static final LocalTime FIVE = LocalTime.of(17, 0);

  @Nested
  class OpeningHoursOf {
    @Test
    void aWeekKeepTheDaysInOrder() {
      OpeningHours hours =
          OpeningHours.weekly(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), NINE, FIVE);
      assertThat(hours.daysOfWeek()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
      assertThat(hours.daysOfMonth()).isEmpty();
    }

    @Test
    void aMonthTakeDays1To31() {
      assertThat(OpeningHours.monthly(Set.of(15, 1), NINE, FIVE).daysOfMonth())
          .containsExactly(1, 15);
      assertInvalid("openingHours.dayOfMonth", () -> OpeningHours.monthly(Set.of(32), NINE, FIVE));
      assertInvalid("openingHours.dayOfMonth", () -> OpeningHours.monthly(Set.of(0), NINE, FIVE));
    }

    @Test
    void eitherKindNeedDays() {
      assertInvalid("openingHours.days", () -> OpeningHours.weekly(Set.of(), NINE, FIVE));
      assertInvalid("openingHours.days", () -> OpeningHours.monthly(Set.of(), NINE, FIVE));
      assertInvalid(
          "openingHours.days",
          () ->
              ImmutableOpeningHours.builder()
                  .recurrence(Recurrence.WEEKLY)
                  .addDaysOfWeek(DayOfWeek.MONDAY)
                  .addDaysOfMonth(1)
                  .opens(NINE)
                  .closes(FIVE)
                  .build());
    }

    @Test
    void openBeforeTheyClose() {
      assertInvalid(
          "openingHours.times", () -> OpeningHours.weekly(Set.of(DayOfWeek.MONDAY), FIVE, NINE));
      assertInvalid(
          "openingHours.times", () -> OpeningHours.weekly(Set.of(DayOfWeek.MONDAY), NINE, NINE));
    }
  }

  @Nested
  class AnException {
    @Test
    void isClosedWithoutTimes() {
      ScheduleException holiday = ScheduleException.closed(LocalDate.of(2026, 10, 1), "国庆节");
      assertThat(holiday.isClosed()).isTrue();
      assertThat(ScheduleException.open(LocalDate.of(2026, 10, 8), NINE, FIVE).isClosed())
          .isFalse();
    }

    @Test
    void givesBothTimesInOrderOrNeither() {
      assertInvalid(
          "scheduleException.times",
          () ->
              ImmutableScheduleException.builder()
                  .date(LocalDate.of(2026, 10, 1))
                  .opens(NINE)
                  .build());
      assertInvalid(
          "scheduleException.times",
          () -> ScheduleException.open(LocalDate.of(2026, 10, 1), FIVE, NINE));
    }

    @Test
    void isOnePerDate() {
      LocalDate day = LocalDate.of(2026, 10, 1);
      InvalidValueException e =
          assertInvalid(
              "schedule.duplicateDate",
              () ->
                  Schedule.builder()
                      .addException(ScheduleException.closed(day, "国庆节"))
                      .addException(ScheduleException.open(day, NINE, FIVE))
                      .build());
      assertThat(e.pointer()).contains("/exceptions/1");
    }
  }
}
