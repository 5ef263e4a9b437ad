package org.communitygov.model.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.common.InvalidValues.assertInvalid;
import static org.communitygov.model.volunteer.VolunteerFixtures.record;

import java.time.Duration;
import java.time.LocalTime;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceRecordTest {
  @Nested
  class ItsHours {
    @Test
    void mayBeTheWholeActivityOrLess() {
      assertThat(record("SR-1", "09:00", "11:30", "2.50").hours()).isEqualByComparingTo("2.5");
      assertThat(record("SR-1", "09:00", "11:30", "0").duration())
          .isEqualTo(Duration.ofMinutes(150));
      assertThat(record("SR-1", "09:00", "09:20", "0.33").hours()).isEqualByComparingTo("0.33");
    }

    @Test
    void areNeverNegative() {
      InvalidValueException e =
          assertInvalid(
              "serviceRecord.hoursNegative", () -> record("SR-1", "09:00", "11:30", "-0.01"));
      assertThat(e.pointer()).contains("/hours");
      assertThat(e.arguments()).containsEntry("record", "SR-1");
    }

    @Test
    void areNeverLongerThanTheActivity() {
      assertInvalid(
          "serviceRecord.hoursLongerThanActivity", () -> record("SR-1", "09:00", "11:30", "2.51"));
      assertInvalid(
          "serviceRecord.hoursLongerThanActivity", () -> record("SR-1", "09:00", "09:20", "0.34"));
    }

    @Test
    void haveAtMostTwoDecimals() {
      assertInvalid("serviceRecord.hoursScale", () -> record("SR-1", "09:00", "11:30", "1.005"));
      assertThat(record("SR-1", "09:00", "11:30", "1.500").hours()).isEqualByComparingTo("1.5");
    }
  }

  @Nested
  class ItsGroup {
    @Test
    void isAbsentForAnIndividualNamedForAGroupAndNeverBlank() {
      ServiceRecord alone = record("SR-1", "09:00", "11:00", "2");
      assertThat(alone.group()).isEmpty();
      assertThat(ServiceRecord.builder().from(alone).group("和平里党员志愿服务队").build().group())
          .contains("和平里党员志愿服务队");
      InvalidValueException e =
          assertInvalid(
              "serviceRecord.groupBlank",
              () -> ServiceRecord.builder().from(alone).group(" \t").build());
      assertThat(e.pointer()).contains("/group");
      assertThat(e.arguments()).containsEntry("record", "SR-1");
    }
  }

  @Nested
  class ItsTimes {
    @Test
    void refuseAnEndAtOrBeforeTheStart() {
      assertInvalid("serviceRecord.endBeforeStart", () -> record("SR-1", "09:00", "09:00", "0"));
      assertInvalid("serviceRecord.endBeforeStart", () -> record("SR-1", "23:00", "01:00", "0"));
    }

    @Test
    void overlapOnlyOnOneDateWhenTheTimesCross() {
      ServiceRecord morning = record("SR-1", "09:00", "11:00", "2");
      assertThat(morning.overlaps(record("SR-2", "10:59", "12:00", "1"))).isTrue();
      assertThat(morning.overlaps(record("SR-2", "08:00", "09:01", "1"))).isTrue();
      assertThat(morning.overlaps(record("SR-2", "11:00", "12:00", "1"))).isFalse();
      assertThat(morning.overlaps(record("SR-2", "07:00", "09:00", "1"))).isFalse();
      ServiceRecord nextDay =
          ServiceRecord.builder()
              .from(record("SR-2", "10:00", "11:00", "1"))
              .date(VolunteerFixtures.DAY.plusDays(1))
              .build();
      assertThat(morning.overlaps(nextDay)).isFalse();
      assertThat(
              ServiceRecord.builder()
                  .from(morning)
                  .start(LocalTime.of(10, 0))
                  .hours(java.math.BigDecimal.ONE)
                  .build()
                  .overlaps(morning))
          .isTrue();
    }
  }
}
